package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.CampaignBuilder;
import zhengjiao.testing.TestWorkbook;

/** Odd but legal content never aborts a run when its files are written. */
class OddContentRunTest {

    private static final String EMOJI = "\uD83C\uDF3E";

    private static List<Path> workbooks(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** Every sheet name is one Excel accepts, none twice; every cell within Excel's limit. */
    private static void assertExcelAccepts(Path out) throws IOException {
        for (Path file : workbooks(out)) {
            try (TestWorkbook wb = new TestWorkbook(file)) {
                List<String> seen = new ArrayList<>();
                for (Sheet sheet : wb.workbook()) {
                    WorkbookUtil.validateSheetName(sheet.getSheetName());
                    assertFalse(seen.contains(sheet.getSheetName().toLowerCase(Locale.ROOT)), file + ": " + sheet.getSheetName());
                    seen.add(sheet.getSheetName().toLowerCase(Locale.ROOT));
                    for (Row row : sheet) {
                        for (Cell c : row) {
                            assertTrue(wb.text(c).length() <= 32_767, file.getFileName() + " " + sheet.getSheetName());
                        }
                    }
                }
            }
        }
    }

    private static List<String> sheets(Path file) throws IOException {
        try (TestWorkbook wb = new TestWorkbook(file)) {
            List<String> names = new ArrayList<>();
            wb.workbook().forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void villagesNamedAnyWayStillGetLegalUniqueSheets(@TempDir Path dir) throws IOException {
        String thirty = "长".repeat(29);
        CampaignBuilder b = new CampaignBuilder()
                .village("'姜山村'", 10).village("刘寨:东/西村", 10).village(thirty + EMOJI + "东村", 10)
                .village(thirty + EMOJI + "西村", 10).village("村", 10).village("汇总", 10).village("公示", 10)
                .village("History", 10).village("石'桥!村", 10).village("A&B<村>", 10);
        String[] villages = {"'姜山村'", "刘寨:东/西村", thirty + EMOJI + "东村", thirty + EMOJI + "西村", "村", "汇总", "公示", "History",
            "石'桥!村", "A&B<村>"};
        for (int i = 0; i < villages.length; i++) {
            b.payment(i + 1, "甲" + i, villages[i], "2022-12-" + (10 + i), "S" + i).listed(i + 1, "甲" + i, villages[i])
                    .listed(i + 20, "乙" + i, villages[i]);
        }
        Path out = dir.resolve("out");
        new CampaignRun(new PrintWriter(new StringWriter()), NoPayerRunTest.on("2023-01-10"))
                .run(b.write(dir.resolve("in")), Optional.empty(), out);
        assertExcelAccepts(out);
        // the template's own sheets (公示 here; 汇总 and 村 in the reminder list) are never taken by a village
        String cut = "长".repeat(29) + EMOJI;
        String second = "长".repeat(28) + "(2)";
        assertEquals(List.of("姜山村", "刘寨：东／西村", cut, second, "村", "汇总", "公示(2)", "History(2)", "石'桥!村", "A&B<村>"),
                sheets(out.resolve("缴费名单公示_2022-12-19.xlsx")));
        assertEquals(List.of("汇总", "姜山村", "刘寨：东／西村", cut, second, "村(2)", "汇总(2)", "公示", "History(2)", "石'桥!村", "A&B<村>"),
                sheets(out.resolve("未缴费提醒名单_2022-12-19.xlsx")));
    }

    @Test
    void aNameLongerThanACellIsCutAndTheChecklistSaysWhere(@TempDir Path dir) throws IOException {
        String longName = "张".repeat(32_768);
        Path in = new CampaignBuilder().village("东村", 10)
                .payment(1, longName, "东村", "2022-12-20", "S1").payment(2, "钱二", "东村", "2022-12-21", "S2")
                .listed(2, "钱二", "东村").listed(3, "孙" + "三".repeat(40_000), "东村")
                .write(dir.resolve("in"));
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        new CampaignRun(new PrintWriter(log, true), NoPayerRunTest.on("2023-01-10")).run(in, Optional.empty(), out);
        assertExcelAccepts(out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("核对清单_2022-12-21.xlsx"))) {
            List<String> cut = wb.table("人员核对", "类别").stream().filter(m -> wb.text(m.get("类别")).equals("文字超长已截断"))
                    .map(m -> wb.text(m.get("说明"))).sorted().toList();
            assertEquals(List.of("参保台账 参保台账.csv 第 3 行「姓名」列有 40001 字，超过 Excel 单元格上限 32767 字，报表中已截断",
                    "清册 清册.csv 第 2 行「姓名」列有 32768 字，超过 Excel 单元格上限 32767 字，报表中已截断"), cut);
        }
        try (TestWorkbook wb = new TestWorkbook(out.resolve("未缴费提醒名单_2022-12-21.xlsx"))) {
            String name = wb.text(wb.table("东村", "序号").get(0).get("姓名"));
            assertTrue(name.startsWith("孙三三") && name.endsWith("（原文 40001 字，超过 Excel 单元格上限 32767 字，已截断）"), name.substring(0, 5));
        }
        assertTrue(log.toString().contains("超过 Excel 单元格上限而截断的文字 2 处"), log.toString());
        assertTrue(zhengjiao.check.FolderCheck.check(in).stream().map(zhengjiao.check.Finding::line).toList()
                .contains("[警告] 清册.csv 第 2 行：「姓名」列有 32768 字，超过 Excel 单元格上限 32767 字，运行时截断"));
    }

    @Test
    void aBrokenTemplateIsAChineseErrorNamingTheOutputFile(@TempDir Path dir) throws IOException {
        Path in = new CampaignBuilder().village("东村", 10).payment(1, "赵一", "东村", "2022-12-20", "S1").write(dir.resolve("in"));
        Files.createDirectories(in.resolve("templates"));
        Files.writeString(in.resolve("templates/核对清单.xlsx"), "not a workbook", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("周排名通报_2022-12-20.xlsx"), "last run", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> new CampaignRun(new PrintWriter(new StringWriter()),
                NoPayerRunTest.on("2023-01-10")).run(in, Optional.empty(), out));
        assertTrue(e.getMessage().startsWith("写出 核对清单_2022-12-20.xlsx 失败"), e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*[A-Za-z]{4,} [a-z]{3,}.*"), "no English sentence: " + e.getMessage());
        assertEquals("last run", Files.readString(out.resolve("周排名通报_2022-12-20.xlsx"), StandardCharsets.UTF_8));
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(1, list.count(), "a failed run leaves the folder as it was");
        }
    }
}

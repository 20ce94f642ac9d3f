package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.check.Finding;
import zhengjiao.check.FolderCheck;
import zhengjiao.domain.InputException;
import zhengjiao.testing.LayoutCheck;
import zhengjiao.testing.TestFiles;
import zhengjiao.testing.TestWorkbook;

/**
 * 钱表相符 on the hand-made folder {@code src/test/resources/cash/town}: a town of four villages whose register has 14
 * rows (9 distinct payments through 村居代收/集中代收/委托代征/现金 with a 代收人 column, a repeated 税票号码, a WeChat
 * payment, a government one, a pension row and a last-year row) and whose 代收台账 has 9 rows and a 合计 line. The
 * differences are planted: 乙村 collected 1,140 but 760 was entered; 丁村's agent is 孙莉 in the record and 孙丽 in the
 * register; 戊村 is in the record only; 丙社区 has a collection and a payment dated after the window (12-22); 甲村 has a
 * collection dated 2024-01-10, after the report date 2023-12-22.
 */
class CashRecordRunTest {

    private static final Path TOWN = Path.of("src/test/resources/cash/town");

    /** 汇总 per village: 村居|代收人|台账人数|台账金额|清册笔数|清册金额|差额|核对结果. */
    private static final List<String> SUMMARY = List.of(
            "甲村|李秀英|4|1330|4|1330|0|有 1 条差异",
            "乙村|王建国|3|1140|2|760|380|有 1 条差异",
            "丙社区|赵敏|2|760|2|760|0|有 2 条差异",
            "丁村|孙莉、孙丽|1|380|1|380|0|有 2 条差异",
            "戊村|周强|1|380|0|0|380|有 1 条差异",
            "合计||11|3990|9|3230|760|有 7 条差异");

    private static Path run(Path folder, Path out) throws IOException {
        CampaignRun.Result r = new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(), out);
        assertEquals(LocalDate.of(2023, 12, 22), r.asOf());
        return out.resolve("钱表相符核对_2023-12-22.xlsx");
    }

    private static List<String> rows(TestWorkbook wb, String sheet, String first, List<String> headers) {
        List<String> out = new ArrayList<>();
        for (Map<String, Cell> row : wb.table(sheet, first)) {
            out.add(headers.stream().map(h -> value(wb, row.get(h))).collect(Collectors.joining("|")));
        }
        return out;
    }

    private static String value(TestWorkbook wb, Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC
                ? java.math.BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString() : wb.text(c);
    }

    private static List<String> summary(TestWorkbook wb) {
        return rows(wb, "汇总", "序号", List.of("村居", "代收人", "台账人数", "台账金额（元）", "清册笔数", "清册金额（元）", "差额（元）",
                "核对结果"));
    }

    @Test
    void theFixtureGivesEveryPlantedDifferenceWithItsRows(@TempDir Path out) throws IOException {
        Path book = run(TOWN, out);
        try (TestWorkbook wb = new TestWorkbook(book)) {
            assertEquals(SUMMARY, summary(wb));
            assertEquals(List.of(
                    "1|甲村|李秀英|晚于统计日期|380|0||台账 代收台账.csv 第 11 行",
                    "2|乙村|王建国|金额不符|1140|760|380|台账 代收台账.csv 第 6 行\n清册 清册.csv 第 6–7 行",
                    "3|丙社区|赵敏|代收日期在征缴期外|380|0||台账 代收台账.csv 第 8 行",
                    "4|丙社区|赵敏|清册代收在征缴期外|0|380||清册 清册.csv 第 9 行",
                    "5|丁村|孙莉|台账有、清册无|380|0|380|台账 代收台账.csv 第 9 行",
                    "6|丁村|孙丽|清册有、台账无|0|380|-380|清册 清册.csv 第 10 行",
                    "7|戊村|周强|台账有、清册无|380|0|380|台账 代收台账.csv 第 10 行"),
                    rows(wb, "差异明细", "序号", List.of("序号", "村居", "代收人", "类别", "台账金额（元）", "清册金额（元）", "差额（元）",
                            "依据（文件和行号）")));
            List<String> why = rows(wb, "差异明细", "序号", List.of("说明"));
            assertTrue(why.get(1).startsWith("台账比清册多 380.00 元"), why.get(1));
            assertTrue(why.get(1).endsWith("台账最后代收日期 2023-11-10，清册最后入账日期 2023-11-10"), why.get(1));
            assertTrue(why.get(4).endsWith("清册中另有「孙丽」，是否为同一人？"), why.get(4));
            assertTrue(why.get(5).endsWith("台账中另有「孙莉」，是否为同一人？"), why.get(5));
            // the register's agent payments of the villages with a difference, each with its file and row; the repeated
            // 税票号码 T0001 once, the WeChat, government, pension and last-year rows not at all
            assertEquals(List.of("甲村|李秀英|T0001|380|2", "甲村|李秀英|T0002|380|3", "甲村委会|李秀英|T0003|190|4",
                    "甲村|李秀英|T0010|380|12", "乙村委会|王建国|T0005|380|6", "乙村|王建国|T0006|380|7",
                    "丙社区|赵敏|T0007|380|8", "丙社区居委会|赵敏|T0008|380|9", "丁村|孙丽|T0009|380|10"),
                    rows(wb, "清册代收明细", "序号", List.of("村居", "代收人", "税票号码", "金额（元）", "行号")));
        }
        assertEquals(List.of(), LayoutCheck.problems(book));
    }

    @Test
    void perVillageWhenTheRegisterNamesNoAgent(@TempDir Path dir) throws IOException {
        Path folder = copy(dir);
        Path dump = folder.resolve("payments/清册.csv");
        List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8).stream()
                .map(l -> l.substring(0, l.lastIndexOf(','))).toList();
        Files.write(dump, lines, StandardCharsets.UTF_8);
        try (TestWorkbook wb = new TestWorkbook(run(folder, dir.resolve("out")))) {
            List<String> s = summary(wb);
            // 孙莉 and 孙丽 are one village's money now: 丁村 agrees
            assertEquals("丁村|孙莉|1|380|1|380|0|相符", s.get(3));
            assertEquals("合计||11|3990|9|3230|760|有 5 条差异", s.get(5));
            assertTrue(wb.text(wb.sheet("汇总").getRow(1).getCell(0)).startsWith("按村核对"));
        }
    }

    @Test
    void anXlsxWithChineseDatesAndAGbkCsvUnderTheFolderGiveTheSameFigures(@TempDir Path dir) throws IOException {
        Path folder = copy(dir);
        Files.delete(folder.resolve("代收台账.csv"));
        Path records = Files.createDirectories(folder.resolve("代收台账"));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("甲乙");
            CellStyle chinese = wb.createCellStyle();
            chinese.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            sheet.createRow(0).createCell(0).setCellValue("甲村、乙村代收台账");
            Object[][] rows = {
                {"所属乡镇", "村居委会", "代办员", "代收日期", "代收金额（元）", "人数"},
                {"测试镇", "甲村村民委员会", "李秀英", LocalDate.of(2023, 10, 25), 760.0, 2.0},
                {"", "", "", LocalDate.of(2023, 11, 2), 190.0, 1.0},
                {"测试镇", "甲村", "李 秀英", LocalDate.of(2023, 11, 20), 380.0, 1.0},
                {"测试镇", "乙村", "王建国", LocalDate.of(2023, 11, 10), 1140.0, 3.0},
                {"测试镇", "甲村", "李秀英", LocalDate.of(2024, 1, 10), 380.0, 1.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Cell cell = row.createCell(c);
                    if (rows[r][c] instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(chinese);
                    } else if (rows[r][c] instanceof Double v) {
                        cell.setCellValue(v);
                    } else {
                        cell.setCellValue((String) rows[r][c]);
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(records.resolve("甲乙村.xlsx"))) {
                wb.write(os);
            }
        }
        Files.writeString(records.resolve("其他村.csv"), String.join("\r\n",
                "乡镇,所属村居,经办人,收款日期,上缴金额,代收人数",
                "测试镇,丙社区,赵敏,2023年11月12日,380.00,1",
                "测试镇,丙社区居委会,赵敏,2023/12/22,380,1",
                "测试镇,丁村,孙莉,20231115,380,1",
                "测试镇,戊村,周强,2023.11.1,380,1"), Charset.forName("GBK"));
        try (TestWorkbook wb = new TestWorkbook(run(folder, dir.resolve("out")))) {
            assertEquals(SUMMARY, summary(wb));
            List<String> refs = rows(wb, "差异明细", "序号", List.of("依据（文件和行号）"));
            assertEquals("台账 代收台账/甲乙村.xlsx 第 7 行", refs.get(0));
            assertEquals("台账 代收台账/其他村.csv 第 5 行", refs.get(6));
        }
    }

    @Test
    void aBrokenCashRecordStopsTheRunNamingFileRowAndColumnAndWritesNothing(@TempDir Path dir) throws IOException {
        Path folder = copy(dir);
        Path record = folder.resolve("代收台账.csv");
        Files.writeString(record, Files.readString(record, StandardCharsets.UTF_8).replace("\"1,140.00\"", "一千一百四十"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        InputException e = assertThrows(InputException.class,
                () -> new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(), out));
        assertEquals("文件 代收台账.csv 第 6 行「金额」列：无法识别的金额「一千一百四十」（应为元，最多两位小数，如 380 或 1,140.00）",
                e.getMessage());
        try (Stream<Path> written = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            assertEquals(List.of(), written.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        }
        List<Finding> check = FolderCheck.check(folder);
        assertTrue(check.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR && f.message().equals(e.getMessage())),
                check.toString());
    }

    @Test
    void checkNamesTheRecordsSumAndItsDoubtfulRows() {
        List<String> lines = FolderCheck.check(TOWN).stream().map(Finding::line)
                .filter(l -> l.contains("代收台账")).toList();
        assertEquals(List.of(
                "[提示] 代收台账.csv：代收 9 行，金额合计 4370.00 元，代收人 5 人；运行时与清册中经代收渠道的缴费逐村核对（钱表相符核对）",
                "[警告] 代收台账.csv 第 8 行：「日期」列：2023-12-22，不在集中征缴期 2023-10-01 至 2023-12-20 内，请核实",
                "[警告] 代收台账.csv 第 11 行：「日期」列：2024-01-10，不在集中征缴期 2023-10-01 至 2023-12-20 内，请核实",
                "[警告] 代收台账.csv：村居「戊村」（1 行）与任务分解表对不上，核对时单列"), lines);
    }

    @Test
    void noRecordNoWorkbook(@TempDir Path dir) throws IOException {
        Path folder = copy(dir);
        Files.delete(folder.resolve("代收台账.csv"));
        CampaignRun.Result r = new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(),
                dir.resolve("out"));
        assertTrue(r.outputs().stream().noneMatch(p -> p.getFileName().toString().startsWith("钱表相符核对")), r.outputs().toString());
    }

    @Test
    void aCountyByVillagesShowsTheTownsAndMatchesEachSpelling(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("county");
        TestFiles.copyTree(Path.of("src/test/resources/golden/county-villages"), folder);
        Path dump = folder.resolve("payments/清册.csv");
        List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
        List<String> withAgents = new ArrayList<>(List.of(lines.get(0) + ",缴费渠道,代收人"));
        lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> withAgents.add(l + ",村居代收,老 王"));
        Files.write(dump, withAgents, StandardCharsets.UTF_8);
        // the town and village as the dump writes them (北辛 = 北辛街道, 南 村 = 木石镇南村 = 南村); 东村 of 北辛街道 one payer more
        Files.writeString(folder.resolve("代收台账.csv"), String.join("\n", "镇街,村,代收人,日期,金额",
                "北辛街道,东村,老王,2024-12-01,1200", "北辛,西村委会,老王,2024-12-01,400", "木石镇,南村,老王,2024-12-01,400",
                "木石,南 村,老王,2024-12-02,400", "木石镇,木石镇南村,老王,2024-12-03,400", "木石镇,东村,老王,2024-12-01,400"),
                StandardCharsets.UTF_8);
        CampaignRun.Result r = new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(),
                dir.resolve("out"));
        try (TestWorkbook wb = new TestWorkbook(dir.resolve("out").resolve("钱表相符核对_" + r.asOf() + ".xlsx"))) {
            assertEquals(List.of("北辛街道|东村|老王|1|1200|2|800|400|有 1 条差异", "北辛街道|西村|老王|1|400|1|400|0|相符",
                    "木石镇|南村|老王|3|1200|3|1200|0|相符", "木石镇|东村|老王|1|400|1|400|0|相符", "|合计||6|3200|7|2800|400|有 1 条差异"),
                    rows(wb, "汇总", "序号", List.of("镇街", "村居", "代收人", "台账人数", "台账金额（元）", "清册笔数", "清册金额（元）",
                            "差额（元）", "核对结果")));
        }
    }

    private static Path copy(Path dir) throws IOException {
        Path folder = dir.resolve("town");
        TestFiles.copyTree(TOWN, folder);
        return folder;
    }
}

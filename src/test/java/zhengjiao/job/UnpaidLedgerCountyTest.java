package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.CampaignBuilder;

/**
 * A county ranked by town: the reminder list's summary gives the unpaid by reason on each town's 小计 row and on every
 * indented village row within it, even when two towns have a village of the same name.
 */
class UnpaidLedgerCountyTest {

    /** 甲镇: 东村 (persons 1-4), 西村 (5, 6); 乙镇: 东村 (7-9). Person 6 has paid. */
    private static Path county(Path root) throws IOException {
        Files.createDirectories(root.resolve("payments"));
        Files.write(root.resolve("campaign.yaml"), List.of("辖区: 测试县", "年度: 2023", "征缴开始: 2022-10-01",
                "征缴截止: 2022-12-31", "补助标准: 0", "靠后名次: 1"), StandardCharsets.UTF_8);
        Files.write(root.resolve("任务分解表.csv"), List.of("序号,镇街,人口数,任务数", "1,甲镇,10,6", "2,乙镇,10,3"),
                StandardCharsets.UTF_8);
        Files.write(root.resolve("payments/清册.csv"), List.of(
                "证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道",
                CampaignBuilder.id(6) + ",王六,西村,甲镇,城乡居民基本医疗保险,202301-202312,350.00,2022-11-02,T6,微信"),
                StandardCharsets.UTF_8);
        List<String> roster = new ArrayList<>(List.of("户号,证件号码,姓名,镇街,村名,联系电话,人员类别"));
        String[][] people = {{"1", "甲镇", "东村"}, {"2", "甲镇", "东村"}, {"3", "甲镇", "东村委会"}, {"4", "甲镇", "东村"},
                {"5", "甲镇", "西村"}, {"6", "甲镇", "西村"}, {"7", "乙镇", "东村"}, {"8", "乙镇", "东村"}, {"9", "乙镇", "东村"}};
        for (String[] p : people) {
            roster.add("H" + p[0] + "," + CampaignBuilder.id(Integer.parseInt(p[0])) + ",某" + p[0] + "," + p[1] + "," + p[2]
                    + ",,");
        }
        Files.write(root.resolve("参保台账.csv"), roster, StandardCharsets.UTF_8);
        return root;
    }

    @Test
    void reasonsAreCountedPerVillageWithinEachTown(@TempDir Path dir) throws IOException {
        Path folder = county(dir.resolve("county"));
        Path first = run(folder, "2022-11-15").resolve("未缴费提醒名单_2022-11-15.xlsx");
        // the towns return the list with reasons: 甲镇东村 1 外出务工, 2 参军, 3 参军 (its roster row says 东村委会);
        // 乙镇东村 7 外出务工; 西村 5 and 乙镇 8, 9 without a reason
        Map<String, String> reasons = Map.of(CampaignBuilder.id(1), "外出务工", CampaignBuilder.id(2), "参军",
                CampaignBuilder.id(3), "参军", CampaignBuilder.id(7), "外出务工");
        Files.createDirectories(folder.resolve("台账"));
        try (XSSFWorkbook wb = open(first)) {
            for (Sheet s : wb) {
                int header = headerRow(s, "证件号码");
                if (header < 0) {
                    continue;
                }
                Map<String, Integer> cols = columns(s.getRow(header));
                for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    String reason = row == null ? null : reasons.get(text(row.getCell(cols.get("证件号码"))));
                    if (reason != null) {
                        row.createCell(cols.get("提醒日期")).setCellValue("2022-11-18");
                        row.createCell(cols.get("未缴原因")).setCellValue(reason);
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(folder.resolve("台账/各镇交回.xlsx"))) {
                wb.write(os);
            }
        }

        Path list = run(folder, "2022-11-22").resolve("未缴费提醒名单_2022-11-22.xlsx");
        List<String> problems = zhengjiao.testing.LayoutCheck.problems(list);
        assertEquals(List.of(), problems, String.join("\n", problems));
        try (XSSFWorkbook wb = open(list)) {
            List<Map<String, String>> rows = summary(wb.getSheet("汇总"));
            List<String> names = rows.stream().map(r -> r.get("镇街（村）")).toList();
            assertEquals(List.of("\u3000东村", "\u3000西村", "甲镇 小计", "\u3000东村", "乙镇 小计", "合计"), names);
            Map<String, String> jiaEast = rows.get(0);
            assertEquals("4", jiaEast.get("未缴费"));
            assertEquals("1", jiaEast.get("外出务工"));
            assertEquals("2", jiaEast.get("参军"), "东村委会 is 东村");
            assertEquals("1", jiaEast.get("未填写原因"));
            assertEquals("2", jiaEast.get("不计入应参保"));
            assertEquals("", jiaEast.get("调整后应参保"), "a roster village's base is not counted apart");
            Map<String, String> jiaWest = rows.get(1);
            assertEquals("0", jiaWest.get("外出务工"));
            assertEquals("1", jiaWest.get("未填写原因"));
            Map<String, String> jia = rows.get(2);
            assertEquals("6", jia.get("台账人数"));
            assertEquals("2", jia.get("参军"));
            assertEquals("2", jia.get("未填写原因"));
            assertEquals("4", jia.get("调整后应参保"));
            assertEquals(0.25, Double.parseDouble(jia.get("参保率（调整后）")), 1e-9, "1 covered of 6 less 2");
            assertEquals(1.0 / 6, Double.parseDouble(jia.get("完成率（按任务）")), 1e-9, "1 payer, task 6");
            Map<String, String> yiEast = rows.get(3);
            assertEquals("1", yiEast.get("外出务工"), "乙镇's 东村 is not 甲镇's");
            assertEquals("2", yiEast.get("未填写原因"));
            assertEquals("0", yiEast.get("参军"));
            Map<String, String> total = rows.get(5);
            assertEquals("2", total.get("外出务工"));
            assertEquals("2", total.get("参军"));
            assertEquals("4", total.get("未填写原因"));
            assertEquals("7", total.get("调整后应参保"));
        }
    }

    private static Path run(Path folder, String asOf) throws IOException {
        Path out = folder.resolve("out-" + asOf);
        new CampaignRun(new PrintWriter(new StringWriter(), true), NoPayerRunTest.on("2022-12-01"))
                .run(folder, Optional.of(LocalDate.parse(asOf)), out);
        return out;
    }

    /** The summary's rows under its header, up to and including 合计, as header → text. */
    private static List<Map<String, String>> summary(Sheet s) {
        int header = headerRow(s, "台账人数");
        Map<String, Integer> cols = columns(s.getRow(header));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Map<String, String> m = new HashMap<>();
            cols.forEach((k, i) -> m.put(k, text(row.getCell(i))));
            rows.add(m);
            if (m.get("镇街（村）").equals("合计")) {
                break;
            }
        }
        return rows;
    }

    private static int headerRow(Sheet s, String name) {
        for (int r = 0; r <= Math.min(10, s.getLastRowNum()); r++) {
            Row row = s.getRow(r);
            if (row != null) {
                for (Cell c : row) {
                    if (text(c).equals(name)) {
                        return r;
                    }
                }
            }
        }
        return -1;
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : header) {
            m.putIfAbsent(text(c), c.getColumnIndex());
        }
        return m;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}

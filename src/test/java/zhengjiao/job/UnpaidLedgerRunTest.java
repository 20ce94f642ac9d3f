package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.InputException;
import zhengjiao.testing.CampaignBuilder;

/**
 * The unpaid ledger across two weeks: the reminder list the project wrote is edited the way a cadre edits it (rows
 * reversed, a column inserted, a row deleted, notes typed in the wrong column, an ID retyped with spaces and a lower
 * case x, a sheet renamed), returned in 台账/ beside a second return saved as .xls that disagrees; next week every
 * note is found again — carried, in 历次提醒, under 已缴费（曾提醒）, 已不在台账 or 无法对应 — and the reasons are summed.
 */
class UnpaidLedgerRunTest {

    /** A person whose ID ends in X, to be retyped with a lower-case x. */
    private static final int X_PERSON = firstWithX();

    private static int firstWithX() {
        for (int n = 20; ; n++) {
            if (CampaignBuilder.id(n).endsWith("X")) {
                return n;
            }
        }
    }

    /** 测试镇: 东村 (persons 1-6 and the X person) and 西村 (7, 8); person 7 has paid by the first week. */
    private static CampaignBuilder week(boolean second) {
        CampaignBuilder b = new CampaignBuilder().village("东村", 10).village("西村", 10)
                .listed(1, "赵一", "东村").listed(2, "钱二", "东村").listed(3, "孙三", "东村").listed(4, "李四", "东村")
                .listed(5, "周五", "东村").listed(X_PERSON, "吴十", "东村").listed(7, "郑七", "西村").listed(8, "王八", "西村")
                .payment(7, "郑七", "西村", "2022-11-02", "T7");
        if (second) {
            b.payment(5, "周五", "东村", "2022-11-18", "T5"); // paid since the reminder
        } else {
            b.listed(6, "冯六", "东村"); // removed from the roster by the second week
        }
        return b;
    }

    private static Path run(Path folder, String asOf, StringWriter log) throws IOException {
        Path out = folder.resolve("out");
        new CampaignRun(new PrintWriter(log, true), NoPayerRunTest.on("2022-12-01"))
                .run(folder, Optional.of(LocalDate.parse(asOf)), out);
        return out;
    }

    @Test
    void everyNoteOfTheReturnsIsFoundAgainNextWeek(@TempDir Path dir) throws IOException {
        Path first = week(false).write(dir.resolve("w1"));
        Path list = run(first, "2022-11-15", new StringWriter()).resolve("未缴费提醒名单_2022-11-15.xlsx");
        Path second = week(true).write(dir.resolve("w2"));
        Files.createDirectories(second.resolve("台账"));
        Path returnA = second.resolve("台账/东村交回（王支书）.xlsx");
        editAsACadre(list, returnA);
        Path returnB = second.resolve("台账/东村补充.xls");
        disagreeingReturn(list, returnB);

        StringWriter log = new StringWriter();
        Path out = run(second, "2022-11-22", log);
        // the sheets and columns the ledger adds print on A4 like the rest
        for (String printed : List.of("未缴费提醒名单_2022-11-22.xlsx", "周排名通报_2022-11-22.xlsx", "领导简报_2022-11-22.xlsx")) {
            List<String> problems = zhengjiao.testing.LayoutCheck.problems(out.resolve(printed));
            assertEquals(List.of(), problems, String.join("\n", problems));
        }
        assertTrue(log.toString().contains("带入本次名单 4 人，已缴费（曾提醒）1 人，已不在台账 1 人，无法对应 1 条"), log.toString());
        try (XSSFWorkbook wb = open(out.resolve("未缴费提醒名单_2022-11-22.xlsx"))) {
            Map<String, Map<String, String>> east = rowsById(wb.getSheet("东村"));
            // the disagreeing .xls return is newer (its 提醒日期 2022-11-20 is after list A's 统计日期 2022-11-15)
            Map<String, String> zhao = east.get(CampaignBuilder.id(1));
            assertEquals("2022-11-20", zhao.get("提醒日期"));
            assertEquals("李主任", zhao.get("提醒人"));
            assertEquals("在外地参保", zhao.get("未缴原因"));
            assertEquals("2022-11-12 王支书：外出务工；春节回来再交", zhao.get("历次提醒"));
            // free text kept as typed
            assertEquals("在苏州打工", east.get(CampaignBuilder.id(2)).get("未缴原因"));
            // a reason typed under 备注 and the date under 未缴原因: each in its place
            Map<String, String> sun = east.get(CampaignBuilder.id(3));
            assertEquals("2022-11-13", sun.get("提醒日期"));
            assertEquals("参军", sun.get("未缴原因"));
            assertEquals("", sun.get("备注"));
            // the ID retyped with spaces and a lower-case x
            assertEquals("失联", east.get(CampaignBuilder.id(X_PERSON)).get("未缴原因"));
            // the deleted row: no note, still listed
            assertEquals("", east.get(CampaignBuilder.id(4)).get("未缴原因"));
            assertFalse(east.containsKey(CampaignBuilder.id(5)), "paid since");

            List<String> paid = texts(wb.getSheet("已缴费（曾提醒）"));
            assertTrue(paid.stream().anyMatch(l -> l.contains(CampaignBuilder.id(5)) && l.contains("经济困难") && l.contains("2022-11-18")), paid.toString());
            List<String> gone = texts(wb.getSheet("已不在台账"));
            assertTrue(gone.stream().anyMatch(l -> l.contains(CampaignBuilder.id(6)) && l.contains("死亡")), gone.toString());
            List<String> unmatched = texts(wb.getSheet("无法对应"));
            assertTrue(unmatched.stream().anyMatch(l -> l.contains("东村交回（王支书）.xlsx「东村（已提醒）」第 ") && l.contains("拒绝缴费")),
                    unmatched.toString());

            XSSFSheet sheet = wb.getSheet("东村");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            assertTrue(List.of(validations.get(0).getValidationConstraint().getExplicitListValues()).contains("外出务工"));
            assertFalse(validations.get(0).getShowErrorBox(), "free text allowed");

            Map<String, String> summary = summaryRow(wb.getSheet("汇总"), "东村");
            // 东村: roster 6 (1-5, X), unpaid 5: 在外地参保 1, 其他 (free text 在苏州打工 is 外出务工) ...
            assertEquals("1", summary.get("在外地参保"));
            assertEquals("1", summary.get("外出务工"));
            assertEquals("1", summary.get("参军"));
            assertEquals("1", summary.get("失联"));
            assertEquals("1", summary.get("未填写原因"));
            assertEquals("2", summary.get("不计入应参保"), "在外地参保 and 参军");
            assertEquals("4", summary.get("调整后应参保"));
            assertEquals(0.25, Double.parseDouble(summary.get("参保率（调整后）")), 1e-9);
        }
        try (XSSFWorkbook wb = open(out.resolve("周排名通报_2022-11-22.xlsx"))) {
            Sheet ranking = wb.getSheetAt(0);
            Map<String, String> east = summaryRow(ranking, "东村");
            assertEquals(0.25, Double.parseDouble(east.get("参保率（调整后）")), 1e-9);
            assertEquals(0.1, Double.parseDouble(east.get("完成率")), 1e-9, "the task rate stays");
        }
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(out.resolve("领导简报_2022-11-22.docx")));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String text = words.getText();
            // the whole roster: 8 people, 2 paid, 2 taken out by their reason (东村 alone is 1 of 4, 25%)
            assertTrue(text.contains("参保率（调整后）33.33%（台账 8 人中已缴费 2 人") && text.contains("不计入应参保 2 人"), text);
        }

        // a week later the officials return this week's list unchanged: the same notes, nothing doubled
        Files.copy(out.resolve("未缴费提醒名单_2022-11-22.xlsx"), second.resolve("台账/东村第二周.xlsx"));
        StringWriter again = new StringWriter();
        Path out3 = run(second, "2022-11-29", again);
        try (XSSFWorkbook wb = open(out3.resolve("未缴费提醒名单_2022-11-29.xlsx"))) {
            Map<String, String> zhao = rowsById(wb.getSheet("东村")).get(CampaignBuilder.id(1));
            assertEquals("在外地参保", zhao.get("未缴原因"));
            assertEquals("2022-11-12 王支书：外出务工；春节回来再交", zhao.get("历次提醒"));
            assertEquals(1, texts(wb.getSheet("无法对应")).stream().filter(l -> l.contains("拒绝缴费")).count());
        }
    }

    @Test
    void anUnreadableReturnStopsTheRunAndLastWeeksOutputsStay(@TempDir Path dir) throws IOException {
        Path folder = week(false).write(dir.resolve("w"));
        Path out = run(folder, "2022-11-15", new StringWriter());
        byte[] before = Files.readAllBytes(out.resolve("未缴费提醒名单_2022-11-15.xlsx"));
        Files.createDirectories(folder.resolve("台账"));
        Files.write(folder.resolve("台账/东村.xlsx"), "PK\u0003\u0004 broken".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> run(folder, "2022-11-15", new StringWriter()));
        assertTrue(e.getMessage().contains("东村.xlsx"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("未缴费提醒名单_2022-11-15.xlsx"))));
    }

    /**
     * Return A: the 东村 sheet renamed, a column inserted after 序号, the rows reversed, 李四's row deleted, notes in
     * the four columns (two of them in the wrong column), 吴十's ID retyped, an ID mistyped; 冯六 dies.
     */
    private static void editAsACadre(Path list, Path to) throws IOException {
        try (XSSFWorkbook wb = open(list)) {
            XSSFSheet s = wb.getSheet("东村");
            wb.setSheetName(wb.getSheetIndex(s), "东村（已提醒）");
            int header = 2;
            s.shiftColumns(1, 20, 1);
            s.getRow(header).createCell(1).setCellValue("村民小组");
            List<List<Object>> rows = new ArrayList<>();
            Map<String, Integer> cols = columns(s.getRow(header));
            int last = header;
            for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && !text(s.getRow(r).getCell(cols.get("证件号码"))).isEmpty()) {
                    last = r;
                }
            }
            for (int r = header + 1; r <= last; r++) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c <= 12; c++) {
                    cells.add(text(s.getRow(r).getCell(c)));
                }
                rows.add(cells);
            }
            java.util.Collections.reverse(rows);
            rows.removeIf(r -> r.get(cols.get("证件号码")).equals(CampaignBuilder.id(4)));
            for (int r = header + 1; r <= last; r++) {
                s.removeRow(s.getRow(r));
            }
            int r = header + 1;
            for (List<Object> cells : rows) {
                Row row = s.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c).toString());
                }
                String id = cells.get(cols.get("证件号码")).toString();
                if (id.equals(CampaignBuilder.id(1))) {
                    note(row, cols, "2022-11-12", "王支书", "外出务工", "春节回来再交");
                } else if (id.equals(CampaignBuilder.id(2))) {
                    note(row, cols, "2022-11-12", "王支书", "在苏州打工", "");
                } else if (id.equals(CampaignBuilder.id(3))) {
                    note(row, cols, "", "王支书", "2022-11-13", "参军"); // the date and the reason swapped
                } else if (id.equals(CampaignBuilder.id(X_PERSON))) {
                    String spaced = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14, 17) + "x";
                    row.getCell(cols.get("证件号码")).setCellValue(spaced);
                    note(row, cols, "2022-11-14", "王支书", "失联", "电话空号");
                } else if (id.equals(CampaignBuilder.id(5))) {
                    note(row, cols, "2022-11-14", "王支书", "经济困难", "");
                } else if (id.equals(CampaignBuilder.id(6))) {
                    note(row, cols, "2022-11-14", "王支书", "死亡", "");
                }
            }
            Row typo = s.createRow(r);
            String real = CampaignBuilder.id(8);
            typo.createCell(cols.get("证件号码")).setCellValue(real.substring(0, 17) + (real.endsWith("5") ? "6" : "5"));
            typo.createCell(cols.get("姓名")).setCellValue("某某");
            note(typo, cols, "2022-11-14", "王支书", "拒绝缴费", "");
            save(wb, to);
        }
    }

    /** Return B, saved as .xls: the title rows gone, 赵一 reminded again with another reason. */
    private static void disagreeingReturn(Path list, Path to) throws IOException {
        try (XSSFWorkbook wb = open(list); HSSFWorkbook xls = new HSSFWorkbook()) {
            Sheet s = wb.getSheet("东村");
            Map<String, Integer> cols = columns(s.getRow(2));
            Sheet out = xls.createSheet("Sheet1");
            int to0 = 0;
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row src = s.getRow(r);
                if (src == null) {
                    continue;
                }
                Row row = out.createRow(to0++);
                for (int c = 0; c <= 9; c++) {
                    row.createCell(c).setCellValue(text(src.getCell(c)));
                }
                if (text(src.getCell(cols.get("证件号码"))).equals(CampaignBuilder.id(1))) {
                    note(row, cols, "2022-11-20", "李主任", "在外地参保", "");
                }
            }
            try (OutputStream os = Files.newOutputStream(to)) {
                xls.write(os);
            }
        }
    }

    private static void note(Row row, Map<String, Integer> cols, String date, String by, String reason, String remark) {
        row.createCell(cols.get("提醒日期")).setCellValue(date);
        row.createCell(cols.get("提醒人")).setCellValue(by);
        row.createCell(cols.get("未缴原因")).setCellValue(reason);
        row.createCell(cols.get("备注")).setCellValue(remark);
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> cols = new HashMap<>();
        for (Cell c : header) {
            cols.putIfAbsent(text(c), c.getColumnIndex());
        }
        return cols;
    }

    private static Map<String, Map<String, String>> rowsById(Sheet s) {
        int header = headerRow(s, "证件号码");
        Map<String, Integer> cols = columns(s.getRow(header));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String id = row == null ? "" : text(row.getCell(cols.get("证件号码")));
            if (!id.isEmpty()) {
                Map<String, String> m = new HashMap<>();
                cols.forEach((k, c) -> m.put(k, text(row.getCell(c))));
                out.put(id, m);
            }
        }
        return out;
    }

    private static Map<String, String> summaryRow(Sheet s, String name) {
        int header = headerRow(s, "完成率") >= 0 ? headerRow(s, "完成率") : headerRow(s, "台账人数");
        Map<String, Integer> cols = columns(s.getRow(header));
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null) {
                for (Cell c : row) {
                    if (text(c).equals(name)) {
                        Map<String, String> m = new HashMap<>();
                        cols.forEach((k, i) -> m.put(k, text(row.getCell(i))));
                        return m;
                    }
                }
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static int headerRow(Sheet s, String name) {
        for (int r = 0; r <= Math.min(20, s.getLastRowNum()); r++) {
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

    private static List<String> texts(Sheet s) {
        assertNotNull(s);
        List<String> lines = new ArrayList<>();
        for (Row row : s) {
            StringBuilder sb = new StringBuilder();
            for (Cell c : row) {
                sb.append(text(c)).append('|');
            }
            lines.add(sb.toString());
        }
        return lines;
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

    private static void save(Workbook wb, Path to) throws IOException {
        try (OutputStream os = Files.newOutputStream(to)) {
            wb.write(os);
        }
    }
}

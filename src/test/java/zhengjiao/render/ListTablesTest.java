package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.LayoutCheck;

/**
 * Lists written row by row from a template of the template engine's shape (ListTables, TemplateColumns): the paths
 * of the placeholders, the total and note rows written once, a column per item where the template repeated one, and
 * a column widened before the rows for the widest number it will show. The template is made here, as an official
 * might restyle one: a column right of the repeated one, a narrow amount column.
 */
class ListTablesTest {

    private static final String TEMPLATE = "清单.xlsx";

    @Test
    void rowsTotalAndNoteAreWrittenWithARepeatedColumnPerItem(@TempDir Path dir) throws IOException {
        template(dir.resolve(TEMPLATE));
        Path out = dir.resolve("out.xlsx");
        List<Map<String, Object>> rows = List.of(row("甲", "1.00", List.of("0.50", "0.50"), "首"), row("乙", "2.00",
                List.of("2.00", "0.00"), ""));
        Map<String, Object> values = new HashMap<>();
        values.put("title", "标题");
        values.put("total", Map.of("amount", new BigDecimal("3.00")));
        values.put("fundTotals", List.of(new BigDecimal("2.50"), new BigDecimal("0.50")));
        values.put("note", "说明");
        values.put("rows", rows);
        try (ListBook book = new ListBook(new Templates(Optional.of(dir)), TEMPLATE, List.of("表")).asPaperFit()) {
            TemplateColumns.repeat(book.templateSheet("表"), "${a}", List.of("资金甲", "资金乙"), "${f}", "r.funds", "fundTotals");
            ListTables.write(book, List.of(new ListTables.Table("表", "表", values, "rows")), out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("表");
            assertEquals(List.of("姓名", "金额", "资金甲", "资金乙", "备注"), texts(sheet.getRow(1)));
            assertEquals(List.of("甲", "1.00", "0.50", "0.50", "首"), texts(sheet.getRow(2)));
            // an empty text is an empty cell, the style kept
            assertEquals(List.of("乙", "2.00", "2.00", "0.00", ""), texts(sheet.getRow(3)));
            assertEquals(CellType.BLANK, sheet.getRow(3).getCell(4).getCellType());
            assertEquals(List.of("合计", "3.00", "2.50", "0.50", ""), texts(sheet.getRow(4)));
            assertEquals("说明", sheet.getRow(5).getCell(0).getStringCellValue());
            // the copies take the repeated column's width; the column right of it moved with its own
            assertEquals(sheet.getColumnWidth(2), sheet.getColumnWidth(3));
            assertEquals(20 * 256, sheet.getColumnWidth(4));
            List<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
            assertEquals(List.of("A1:E1", "A6:E6"), merged);
            assertEquals(6, sheet.getLastRowNum() + 1);
        }
        assertEquals(List.of(), LayoutCheck.problems(out));
    }

    @Test
    void aColumnWidensBeforehandForTheWidestNumberItWillShow(@TempDir Path dir) throws IOException {
        template(dir.resolve(TEMPLATE));
        Path out = dir.resolve("out.xlsx");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row("某" + i, "350.00", List.of("350.00"), ""));
        }
        // a county's negative row (a refund) and its total, both wider than the 7-character amount column
        rows.add(row("退", "-1234567.00", List.of("0.00"), ""));
        Map<String, Object> values = new HashMap<>();
        values.put("title", "标题");
        values.put("total", Map.of("amount", new BigDecimal("98765432.10")));
        values.put("fundTotals", List.of(new BigDecimal("17500.00")));
        values.put("note", "说明");
        values.put("rows", rows);
        try (ListBook book = new ListBook(new Templates(Optional.of(dir)), TEMPLATE, List.of("表")).asPaperFit()) {
            TemplateColumns.repeat(book.templateSheet("表"), "${a}", List.of("资金甲"), "${f}", "r.funds", "fundTotals");
            ListTables.write(book, List.of(new ListTables.Table("表", "表", values, "rows")), out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("表");
            assertTrue(sheet.getColumnWidth(1) > 7 * 256, "widened: " + sheet.getColumnWidth(1));
            assertEquals("98,765,432.10", new DataFormatter(java.util.Locale.ROOT).formatCellValue(
                    sheet.getRow(rows.size() + 2).getCell(1)));
        }
        assertEquals(List.of(), LayoutCheck.problems(out));
    }

    @Test
    void withoutItemsTheRepeatedColumnGoes(@TempDir Path dir) throws IOException {
        template(dir.resolve(TEMPLATE));
        try (InputStream in = Files.newInputStream(dir.resolve(TEMPLATE)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("表");
            TemplateColumns.repeat(sheet, "${a}", List.of(), "${f}", "r.funds", "fundTotals");
            assertEquals(List.of("姓名", "金额", "备注"), texts(sheet.getRow(1)));
            assertEquals(List.of("${r.name}", "${r.amount}", "${r.remark}"), texts(sheet.getRow(2)));
            assertEquals(20 * 256, sheet.getColumnWidth(2));
            assertEquals("A1:C1", sheet.getMergedRegion(0).formatAsString());
        }
    }

    @Test
    void pathsReachIntoMapsAndLists() {
        Map<String, Object> values = Map.of("total", Map.of("paid", 5), "fundTotals", List.of(1, 2), "note", "说明");
        Map<String, Object> row = Map.of("funds", List.of(7, 8), "name", "甲");
        assertEquals(5, ListTables.value(values, row, "total.paid"));
        assertEquals(2, ListTables.value(values, row, "fundTotals.1"));
        assertEquals("说明", ListTables.value(values, row, "note"));
        assertEquals(8, ListTables.value(values, row, "r.funds.1"));
        assertEquals("甲", ListTables.value(values, row, "r.name"));
        assertNull(ListTables.value(values, row, "r.funds.2"));
        assertNull(ListTables.value(values, row, "r.name.x"));
        assertNull(ListTables.value(values, row, "missing.key"));
    }

    private static Map<String, Object> row(String name, String amount, List<String> funds, String remark) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("amount", new BigDecimal(amount));
        m.put("funds", funds.stream().map(BigDecimal::new).toList());
        m.put("remark", remark);
        return m;
    }

    private static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return out;
    }

    /**
     * A list sheet as TemplateMaker makes them, restyled: 姓名, 金额 (7 characters wide), the repeated 资金 column
     * (<code>${f}</code> over <code>${a}</code>), then 备注 right of it; title, header, body, total and note rows.
     */
    private static void template(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("表");
            Font font = wb.createFont();
            font.setFontName("宋体");
            font.setFontHeightInPoints((short) 11);
            CellStyle text = wb.createCellStyle();
            text.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setFont(font);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            String[][] rows = {
                {"${title}"},
                {"姓名", "金额", "${f}", "备注"},
                {"${r.name}", "${r.amount}", "${a}", "${r.remark}"},
                {"合计", "${total.amount}", "${a}", ""},
                {"${note}"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Cell cell = row.createCell(c);
                    if (!rows[r][c].isEmpty()) {
                        cell.setCellValue(rows[r][c]);
                    }
                    cell.setCellStyle(r >= 2 && r <= 3 && (c == 1 || c == 2) ? money : text);
                }
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("A5:D5"));
            int[] widths = {10, 7, 13, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getFooter().setCenter(Paper.FOOTER);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}

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
    void aSecondListGoesInTheSecondItemRowWithItsStylesBeforeTheTotal(@TempDir Path dir) throws IOException {
        twoListTemplate(dir.resolve(TEMPLATE));
        Path out = dir.resolve("out.xlsx");
        Map<String, Object> values = new HashMap<>();
        values.put("title", "排名");
        values.put("rows", List.of(row("甲", "1.00", List.of(), ""), row("乙", "2.00", List.of(), "")));
        values.put("unmatchedRows", List.of(row("未匹配", "0.50", List.of(), "")));
        values.put("total", Map.of("amount", new BigDecimal("3.50")));
        values.put("note", "说明");
        try (ListBook book = new ListBook(new Templates(Optional.of(dir)), TEMPLATE, List.of("表")).asPaperFit()) {
            ListTables.write(book, List.of(new ListTables.Table("表", "表", values, List.of("rows", "unmatchedRows"))), out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("表");
            assertEquals(List.of("甲", "1.00"), texts(sheet.getRow(2)));
            assertEquals(List.of("乙", "2.00"), texts(sheet.getRow(3)));
            assertEquals(List.of("未匹配", "0.50"), texts(sheet.getRow(4)));
            assertEquals(List.of("合计", "3.50"), texts(sheet.getRow(5)));
            assertEquals("说明", sheet.getRow(6).getCell(0).getStringCellValue());
            // the first list in the first row's plain style, the second in the second row's italics
            assertEquals(false, wb.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getItalic());
            assertEquals(true, wb.getFontAt(sheet.getRow(4).getCell(0).getCellStyle().getFontIndex()).getItalic());
        }
        // no second list: the total follows the first directly
        values.put("unmatchedRows", List.of());
        Files.delete(out);
        try (ListBook book = new ListBook(new Templates(Optional.of(dir)), TEMPLATE, List.of("表")).asPaperFit()) {
            ListTables.write(book, List.of(new ListTables.Table("表", "表", values, List.of("rows", "unmatchedRows"))), out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("合计", "3.50"), texts(wb.getSheet("表").getRow(4)));
        }
        assertEquals(List.of(), LayoutCheck.problems(out));
    }

    @Test
    void aSheetRepeatedPerTownHasEachTownsValuesAndWidthsOfItsOwn(@TempDir Path dir) throws IOException {
        twoListTemplate(dir.resolve(TEMPLATE));
        Path out = dir.resolve("out.xlsx");
        List<ListTables.Table> tables = new ArrayList<>();
        for (String[] town : new String[][] {{"甲镇", "12.00"}, {"乙镇", "123456789.00"}}) {
            Map<String, Object> t = new HashMap<>();
            t.put("title", town[0] + "各村");
            t.put("rows", List.of(row("一村", town[1], List.of(), "")));
            t.put("total", Map.of("amount", new BigDecimal(town[1])));
            tables.add(new ListTables.Table("镇", town[0], t, "rows"));
        }
        try (ListBook book = new ListBook(new Templates(Optional.of(dir)), TEMPLATE).asPaperFit()) {
            TemplateColumns.renameRoot(book.templateSheet("镇"), "t.", "");
            ListTables.write(book, tables, out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
            Sheet a = wb.getSheet("甲镇");
            Sheet b = wb.getSheet("乙镇");
            assertEquals("甲镇各村", a.getRow(0).getCell(0).getStringCellValue());
            assertEquals("乙镇各村", b.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("一村", "123,456,789.00"), texts(b.getRow(2)));
            assertEquals(List.of("合计", "12.00"), texts(a.getRow(3)));
            // each sheet widened for its own numbers only
            assertEquals(7 * 256, a.getColumnWidth(1));
            assertTrue(b.getColumnWidth(1) > 7 * 256, "widened: " + b.getColumnWidth(1));
        }
        assertEquals(List.of(), LayoutCheck.problems(out));
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
     * Two sheets of the ranking's shape: 表 with two item rows (the second in italics) over the same columns, then the
     * total and the note; 镇 for one town (<code>${t.title}</code>, <code>${t.total.amount}</code>). 金额 7 characters wide.
     */
    private static void twoListTemplate(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font font = wb.createFont();
            font.setFontName("宋体");
            font.setFontHeightInPoints((short) 11);
            Font italic = wb.createFont();
            italic.setFontName("宋体");
            italic.setFontHeightInPoints((short) 11);
            italic.setItalic(true);
            CellStyle text = wb.createCellStyle();
            text.setFont(font);
            CellStyle other = wb.createCellStyle();
            other.setFont(italic);
            CellStyle money = wb.createCellStyle();
            money.setFont(font);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            String[][][] sheets = {
                {{"${title}"}, {"名称", "金额"}, {"${r.name}", "${r.amount}"}, {"${r.name}", "${r.amount}"},
                    {"合计", "${total.amount}"}, {"${note}"}},
                {{"${t.title}"}, {"村名", "金额"}, {"${r.name}", "${r.amount}"}, {"合计", "${t.total.amount}"}}};
            String[] names = {"表", "镇"};
            for (int s = 0; s < sheets.length; s++) {
                Sheet sheet = wb.createSheet(names[s]);
                String[][] rows = sheets[s];
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(rows[r][c]);
                        cell.setCellStyle(c == 1 && r >= 2 ? money : s == 0 && r == 3 ? other : text);
                    }
                }
                sheet.setColumnWidth(0, 10 * 256);
                sheet.setColumnWidth(1, 7 * 256);
                sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
                sheet.createFreezePane(0, 2);
                sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                sheet.getFooter().setCenter(Paper.FOOTER);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
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

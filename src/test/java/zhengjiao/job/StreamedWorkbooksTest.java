package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhengjiao.testing.LayoutCheck;

/**
 * The checklist and the certification are written row by row at every size (render.ListTables: a county's hundred
 * thousand rows go the way a town's few thousand go): on the 朱集 2023 subsidy folder their rows are streamed into the
 * sheets (inline strings), they print well and as they did when the template engine filled them (pages broken by the
 * printing program; 共 1 页 on a sheet that fits one page, &N on the others), and the figures read from the sheets add up (资金明细: per person the funds make up 政府承担; the totals are
 * the columns' sums).
 */
class StreamedWorkbooksTest {

    private static final Path FOLDER = Path.of("src/test/resources/subsidy/zhuji");
    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);
    private static final Pattern PAGES = Pattern.compile("第 &P 页 共 (&N|\\d+) 页");

    @ParameterizedTest
    @ValueSource(strings = {"核对清单", "资助代缴认定结果"})
    void writtenRowByRowAndPrintsWell(String name, @TempDir Path dir) throws IOException {
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(FOLDER, Optional.of(AS_OF), dir);
        Path file = dir.resolve(name + "_" + AS_OF + ".xlsx");
        assertTrue(inlineStrings(file), "the rows were written straight into the sheets (inline strings)");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // the template's jx: comments are the template engine's, not the official's: no comment part is left
            assertEquals(List.of(), java.util.Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("xl/comments") || n.endsWith(".vml")).toList());
        }
        assertEquals(List.of(), LayoutCheck.problems(file));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                // as the template engine's workbooks printed: the printing program breaks the pages; a sheet that
                // surely fits one page says 共 1 页, the others count with &N
                assertEquals(0, sheet.getRowBreaks().length, sheet.getSheetName());
                Matcher m = PAGES.matcher(sheet.getFooter().getCenter());
                assertTrue(m.matches(), sheet.getSheetName() + ": " + sheet.getFooter().getCenter());
                if (m.group(1).equals("1")) {
                    assertTrue(fitsOnePage(sheet), sheet.getSheetName() + " says 共 1 页 but runs over");
                } else {
                    assertEquals("&N", m.group(1), sheet.getSheetName());
                }
                if (sheet.getSheetName().equals("汇总")) {
                    assertEquals("1", m.group(1), "a one-page sheet says so (LibreOffice counts &N over the whole workbook)");
                }
            }
        }
    }

    @Test
    void fundColumnsMakeUpTheGovernmentShareAndTotalsAreTheSums(@TempDir Path dir) throws IOException {
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(FOLDER, Optional.of(AS_OF), dir);
        try (InputStream in = Files.newInputStream(dir.resolve("资助代缴认定结果_" + AS_OF + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet funds = wb.getSheet("资金明细");
            Row header = funds.getRow(2);
            int government = -1;
            for (Cell c : header) {
                if (c.getStringCellValue().equals("政府承担（元）")) {
                    government = c.getColumnIndex();
                }
            }
            int last = header.getLastCellNum() - 1;
            assertTrue(government >= 0 && last > government, "one column per fund right of 政府承担");
            // the title, subtitle and note span the whole table, the fund columns too
            for (CellRangeAddress merged : funds.getMergedRegions()) {
                assertEquals(last, merged.getLastColumn(), merged.formatAsString());
            }
            BigDecimal[] sums = new BigDecimal[last + 1];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            int people = 0;
            for (int r = 3; r <= funds.getLastRowNum(); r++) {
                Row row = funds.getRow(r);
                Cell seq = row.getCell(0);
                if (seq == null || seq.getCellType() != CellType.NUMERIC) {
                    if (row.getCell(1) != null && "合计".equals(row.getCell(1).getStringCellValue())) {
                        for (int c = government; c <= last; c++) {
                            assertEquals(0, sums[c].compareTo(amount(row.getCell(c))), "合计 of column " + c);
                        }
                    }
                    continue;
                }
                people++;
                BigDecimal byFund = BigDecimal.ZERO;
                for (int c = government; c <= last; c++) {
                    sums[c] = sums[c].add(amount(row.getCell(c)));
                    if (c > government) {
                        byFund = byFund.add(amount(row.getCell(c)));
                    }
                }
                assertEquals(0, byFund.compareTo(amount(row.getCell(government))), "row " + (r + 1));
            }
            assertTrue(people > 0);
            assertTrue(sums[government].signum() > 0);
        }
    }

    /** Whether all rows of {@code sheet}, at its fit-to-width scale (Excel's column widths), fit one A4 page. */
    private static boolean fitsOnePage(Sheet sheet) {
        boolean landscape = sheet.getPrintSetup().getLandscape();
        double width = 0;
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        for (int c = 0; c <= last; c++) {
            width += (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
        }
        double paperWidth = (landscape ? 841.9 : 595.3) - (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT)) * 72;
        double paperHeight = (landscape ? 595.3 : 841.9) - (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM)) * 72;
        double scale = Math.min(1, paperWidth / width);
        double rows = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            rows += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return rows * scale <= paperHeight;
    }

    private static BigDecimal amount(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Whether any sheet of {@code xlsx} holds rows as the streaming writer writes them. */
    private static boolean inlineStrings(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("t=\"inlineStr\"")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}

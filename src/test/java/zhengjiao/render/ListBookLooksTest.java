package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhengjiao.job.CampaignRun;
import zhengjiao.testing.TestWorkbook;

/**
 * The lists written row by row ({@link ListBook}) against the bundled example's lists in output-example/, read back
 * with POI cell by cell: the values and everything about looks that the template gives — each cell's font, fill,
 * borders, number format, alignment and wrapping, row heights, merged cells, column widths, frozen panes, print
 * setup (paper, orientation, fit, margins, repeated rows, footer), page breaks and the 未缴原因 drop-down. A change
 * to how a list is written (not to what it says or how the template looks) keeps every line of this.
 */
class ListBookLooksTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of("input-example/zhuji-2023"),
                Optional.of(LocalDate.parse("2022-11-22")), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"缴费人明细_2022-11-22.xlsx", "未缴费提醒名单_2022-11-22.xlsx", "缴费名单公示_2022-11-22.xlsx"})
    void aListLooksAsTheBundledExampleDoes(String name) throws IOException {
        List<String> expected = looks(Path.of("output-example/zhuji-2023", name));
        List<String> actual = looks(out.resolve(name));
        assertTrue(expected.size() > 100, "the example list is too small to tell anything: " + expected.size());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), name + " line " + i);
        }
        assertEquals(expected.size(), actual.size(), name);
        assertTrue(Files.size(out.resolve(name)) > 0);
    }

    /** One line per sheet setting, row and cell, saying what a reader of the file sees. */
    static List<String> looks(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (TestWorkbook wb = new TestWorkbook(file)) {
            lines.add("sheets " + wb.workbook().getNumberOfSheets() + " active " + wb.workbook().getActiveSheetIndex());
            for (org.apache.poi.ss.usermodel.Sheet s : wb.workbook()) {
                XSSFSheet sheet = (XSSFSheet) s;
                PrintSetup ps = sheet.getPrintSetup();
                lines.add("## " + sheet.getSheetName() + " paper " + ps.getPaperSize() + " landscape " + ps.getLandscape()
                        + " fit " + ps.getFitWidth() + "x" + ps.getFitHeight() + " fitToPage " + sheet.getFitToPage()
                        + " margins " + sheet.getMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin) + "/"
                        + sheet.getMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin) + " repeat " + sheet.getRepeatingRows()
                        + " footer " + sheet.getFooter().getCenter() + " pane " + pane(sheet)
                        + " breaks " + Arrays.toString(sheet.getRowBreaks()) + " selected " + sheet.isSelected());
                StringBuilder widths = new StringBuilder("widths");
                for (int c = 0; c < 12; c++) {
                    widths.append(' ').append(sheet.getColumnWidth(c));
                }
                lines.add(widths.toString());
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    merged.add(m.formatAsString());
                }
                merged.sort(null);
                lines.add("merged " + merged);
                for (DataValidation v : sheet.getDataValidations()) {
                    lines.add("validation " + Arrays.toString(v.getRegions().getCellRangeAddresses()) + " "
                            + Arrays.toString(v.getValidationConstraint().getExplicitListValues()) + " error box "
                            + v.getShowErrorBox() + " prompt " + v.getPromptBoxTitle() + ":" + v.getPromptBoxText());
                }
                for (Row row : sheet) {
                    lines.add(row.getRowNum() + " height " + row.getHeightInPoints());
                    for (Cell c : row) {
                        lines.add(c.getAddress() + " " + c.getCellType() + " " + wb.text(c) + " " + style((XSSFCellStyle) c.getCellStyle()));
                    }
                }
            }
        }
        return lines;
    }

    private static String pane(XSSFSheet sheet) {
        org.apache.poi.ss.util.PaneInformation p = sheet.getPaneInformation();
        return p == null ? "none" : p.isFreezePane() + " " + p.getHorizontalSplitPosition() + "/" + p.getVerticalSplitPosition();
    }

    private static String style(XSSFCellStyle s) {
        XSSFFont f = s.getFont();
        return "[" + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "") + " fill "
                + s.getFillPattern() + (s.getFillForegroundXSSFColor() == null ? "" : s.getFillForegroundXSSFColor().getARGBHex())
                + " borders " + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft() + s.getBorderRight() + " format "
                + s.getDataFormatString() + " align " + s.getAlignment() + "/" + s.getVerticalAlignment() + " wrap "
                + s.getWrapText() + "]";
    }
}

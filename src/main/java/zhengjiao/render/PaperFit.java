package zhengjiao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a filled workbook print on A4 without clipping (for the workbooks small enough to re-open): every text that
 * is wider than its cell or merged range wraps and its row grows, every number too wide for its column widens the
 * column, every sheet prints on A4 fit to the page width in the orientation its table needs, with its page numbers
 * counted from 1 ({@link Paper#FOOTER}). Everything else, fonts, colours and widths, stays as the template has it.
 */
public final class PaperFit {

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final Map<XSSFCellStyle, XSSFCellStyle> wrapped = new HashMap<>();
    private final XSSFWorkbook wb;

    private PaperFit(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** Fits the workbook in {@code file} in place. */
    public static void file(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            workbook(wb);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            wb.write(buffer);
            bytes = buffer.toByteArray();
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(bytes);
        }
    }

    /** Fits every sheet of {@code wb}. */
    public static void workbook(XSSFWorkbook wb) {
        PaperFit fit = new PaperFit(wb);
        for (Sheet sheet : wb) {
            fit.sheet((XSSFSheet) sheet);
        }
    }

    private void sheet(XSSFSheet sheet) {
        Map<String, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    merged.put(r + ":" + c, m);
                }
            }
        }
        int lastColumn = 0;
        // numbers first: a column widens to its widest number before texts wrap to the widths
        for (Row row : sheet) {
            for (Cell cell : row) {
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                if (cell.getCellType() == CellType.NUMERIC && !merged.containsKey(row.getRowNum() + ":" + cell.getColumnIndex())) {
                    double need = Paper.textPoints(formatter.formatCellValue(cell), size(cell)) + Paper.CELL_PADDING;
                    int c = cell.getColumnIndex();
                    if (Paper.columnPoints(sheet.getColumnWidth(c)) < need) {
                        sheet.setColumnWidth(c, Paper.columnWidth(need) + 64);
                    }
                }
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            lastColumn = Math.max(lastColumn, m.getLastColumn());
        }
        for (Row row : sheet) {
            double height = row.getZeroHeight() ? 0 : 0;
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell);
                if (text.isEmpty()) {
                    continue;
                }
                CellRangeAddress m = merged.get(row.getRowNum() + ":" + cell.getColumnIndex());
                if (m != null && (m.getFirstRow() != row.getRowNum() || m.getFirstColumn() != cell.getColumnIndex())) {
                    continue;
                }
                int first = m == null ? cell.getColumnIndex() : m.getFirstColumn();
                int last = m == null ? cell.getColumnIndex() : m.getLastColumn();
                double width = -Paper.CELL_PADDING;
                for (int c = first; c <= last; c++) {
                    width += Paper.columnPoints(sheet.getColumnWidth(c));
                }
                double size = size(cell);
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                int lines;
                if (style.getWrapText()) {
                    lines = Paper.lines(text, width, size);
                } else if (Paper.widestLine(text, size) <= width && !text.contains("\n")) {
                    lines = 1;
                } else {
                    cell.setCellStyle(wrap(style));
                    lines = Paper.lines(text, width, size);
                }
                double need = Paper.rowHeight(lines, size);
                if (m != null && m.getLastRow() > m.getFirstRow()) {
                    double have = 0;
                    for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                        Row rr = sheet.getRow(r);
                        have += rr == null ? sheet.getDefaultRowHeightInPoints() : rr.getHeightInPoints();
                    }
                    need = row.getHeightInPoints() + Math.max(0, need - have);
                }
                height = Math.max(height, need);
            }
            if (height > 0 && row.getHeightInPoints() < height) {
                row.setHeightInPoints((float) height);
            }
        }
        print(sheet, lastColumn);
        pageTotal(sheet, lastColumn);
    }

    /** A footer with the total written out, for a sheet that prints on one page. */
    static final String ONE_PAGE_FOOTER = Paper.FOOTER.replace("&N", "1");

    /**
     * A sheet that surely prints on one page says so: 「第 1 页 共 1 页」 in every program (LibreOffice counts &N over the
     * whole workbook, so a one-page ranking printed beside its trend sheet would read 共 6 页). Its rows (each carries
     * its height, so their sum is what prints), at the fit-to-width scale, must fit the printable height less the
     * footer's room and 30 points of slack, with 2% to spare; a sheet with page breaks, or one that may run over, keeps
     * &N. Only the standard footer is touched.
     */
    static void pageTotal(Sheet sheet, int lastColumn) {
        String footer = sheet.getFooter().getCenter();
        if (!Paper.FOOTER.equals(footer) && !ONE_PAGE_FOOTER.equals(footer)) {
            return;
        }
        boolean one = sheet.getPrintSetup().getFitHeight() == 1;
        if (!one && sheet.getRowBreaks().length == 0) {
            // every row, the repeated ones once, in nine tenths of the page body
            CellRangeAddress repeated = sheet.getRepeatingRows();
            double title = repeated == null ? 0 : rowsHeight(sheet, repeated.getFirstRow(), repeated.getLastRow() + 1);
            one = rowsHeight(sheet, 0, sheet.getLastRowNum() + 1) <= (pageBody(sheet, lastColumn) + title) * 0.98;
        }
        sheet.getFooter().setCenter(one ? ONE_PAGE_FOOTER : Paper.FOOTER);
    }

    /**
     * The height a printed page holds below the repeated title rows, in the sheet's own points (before the fit-to-width
     * scale): the printable height less the footer's room and a little slack, over the scale, less the repeated rows.
     *
     * @param lastColumn the table's last column (0-based), for the width the page is fitted to
     */
    static double pageBody(Sheet sheet, int lastColumn) {
        boolean landscape = sheet.getPrintSetup().getLandscape();
        double width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            width += Paper.columnPoints(sheet.getColumnWidth(c));
        }
        double scale = width <= 0 ? 1 : Math.min(1, Paper.printableWidth(landscape, sheet.getMargin(Sheet.LeftMargin),
                sheet.getMargin(Sheet.RightMargin)) / width);
        CellRangeAddress repeated = sheet.getRepeatingRows();
        double title = repeated == null ? 0 : rowsHeight(sheet, repeated.getFirstRow(), repeated.getLastRow() + 1);
        return (Paper.printableHeight(landscape, sheet.getMargin(Sheet.TopMargin), sheet.getMargin(Sheet.BottomMargin))
                - 30) / scale - title;
    }

    /** {@link #pageBody(Sheet, int)} with the last column any row of the sheet fills. */
    static double pageBody(Sheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return pageBody(sheet, last);
    }

    /** The height of rows {@code from} (inclusive) to {@code to} (exclusive), in points; hidden rows take none. */
    static double rowsHeight(Sheet sheet, int from, int to) {
        double h = 0;
        for (int r = from; r < to; r++) {
            Row row = sheet.getRow(r);
            h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getZeroHeight() ? 0 : row.getHeightInPoints();
        }
        return h;
    }

    /** A4, fit to the page width, the orientation the width needs, pages counted per sheet. */
    static void print(Sheet sheet, int lastColumn) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        if (ps.getFitHeight() != 1) {
            ps.setFitHeight((short) 0);
        }
        ps.setUsePage(true);
        ps.setPageStart((short) 1);
        String footer = sheet.getFooter().getCenter();
        if (footer == null || footer.isBlank() || footer.equals("第 &P 页，共 &N 页")) {
            sheet.getFooter().setCenter(Paper.FOOTER);
        }
        double width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            width += Paper.columnPoints(sheet.getColumnWidth(c));
        }
        double portrait = Paper.printableWidth(false, sheet.getMargin(Sheet.LeftMargin), sheet.getMargin(Sheet.RightMargin));
        double smallest = smallestType(sheet);
        // portrait while the body stays readable at the scale portrait needs, landscape otherwise
        ps.setLandscape(width > portrait && portrait / width * smallest < Paper.MIN_TYPE + 0.5);
    }

    /** The smallest type of any cell with text (the body's). */
    private static double smallestType(Sheet sheet) {
        double smallest = 11;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK) {
                    smallest = Math.min(smallest, size(cell));
                }
            }
        }
        return smallest;
    }

    static double size(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return style.getFont().getFontHeightInPoints();
    }

    private XSSFCellStyle wrap(XSSFCellStyle style) {
        return wrapped.computeIfAbsent(style, s -> {
            XSSFCellStyle w = wb.createCellStyle();
            w.cloneStyleFrom(s);
            w.setWrapText(true);
            return w;
        });
    }

    /** Whether a sheet of {@code widths} (points) prints landscape. */
    static boolean landscape(List<Double> widths, double smallestType, double left, double right) {
        double width = widths.stream().mapToDouble(Double::doubleValue).sum();
        double portrait = Paper.printableWidth(false, left, right);
        return width > portrait && portrait / width * smallestType < Paper.MIN_TYPE + 0.5;
    }
}

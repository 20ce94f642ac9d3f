package zhengjiao.render;

import java.util.ArrayList;
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
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Makes a filled workbook print on A4 without clipping (for the workbooks small enough to re-open): every text that
 * is wider than its cell or merged range wraps and its row grows, every number too wide for its column widens the
 * column, every sheet prints on A4 fit to the page width in the orientation its table needs, with its page numbers
 * counted from 1 ({@link Paper#FOOTER}). Everything else, fonts, colours and widths, stays as the template has it.
 */
public final class PaperFit {

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    /** Wrapping copies by the XML of the style they copy. */
    private final Map<String, XSSFCellStyle> wrapped = new HashMap<>();
    private final Map<Integer, String> styleXml = new HashMap<>();
    private final Map<Integer, Double> fontSizes = new HashMap<>();
    private final Map<Integer, Boolean> wrapping = new HashMap<>();
    private final XSSFWorkbook wb;

    private PaperFit(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** Fits every sheet of {@code wb}. */
    public static void workbook(XSSFWorkbook wb) {
        PaperFit fit = new PaperFit(wb);
        for (Sheet sheet : wb) {
            fit.sheet((XSSFSheet) sheet);
        }
    }

    /** A cell with text, as read once: its row, column, text and style. */
    private record Text(Row row, Cell cell, int column, String text, int style, boolean numeric) {
    }

    /**
     * Fits one sheet. Each cell is read from the workbook once (its type, style index and formatted text); font
     * sizes, wrapping and the wrapped copy are looked up once per style, column widths once per column.
     */
    private void sheet(XSSFSheet sheet) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    merged.put(key(r, c), m);
                }
            }
        }
        Widths widths = new Widths(sheet);
        int lastColumn = 0;
        double smallest = 11;
        List<Row> rows = new ArrayList<>();
        List<List<Text>> texts = new ArrayList<>();
        for (Row row : sheet) {
            List<Text> inRow = new ArrayList<>();
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                lastColumn = Math.max(lastColumn, c);
                CellType type = cell.getCellType();
                if (type == CellType.BLANK) {
                    continue;
                }
                int style = styleIndex(cell);
                smallest = Math.min(smallest, fontSize(style));
                String text = formatter.formatCellValue(cell);
                if (!text.isEmpty()) {
                    inRow.add(new Text(row, cell, c, text, style, type == CellType.NUMERIC));
                }
            }
            rows.add(row);
            texts.add(inRow);
        }
        // numbers first: a column widens to its widest number before texts wrap to the widths
        for (List<Text> inRow : texts) {
            for (Text t : inRow) {
                if (t.numeric() && !merged.containsKey(key(t.row().getRowNum(), t.column()))) {
                    double need = Paper.textPoints(t.text(), fontSize(t.style())) + Paper.CELL_PADDING;
                    if (widths.points(t.column()) < need) {
                        widths.set(t.column(), Paper.columnWidth(need) + 64);
                    }
                }
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            lastColumn = Math.max(lastColumn, m.getLastColumn());
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double height = 0;
            for (Text t : texts.get(i)) {
                CellRangeAddress m = merged.get(key(row.getRowNum(), t.column()));
                if (m != null && (m.getFirstRow() != row.getRowNum() || m.getFirstColumn() != t.column())) {
                    continue;
                }
                int first = m == null ? t.column() : m.getFirstColumn();
                int last = m == null ? t.column() : m.getLastColumn();
                double width = -Paper.CELL_PADDING;
                for (int c = first; c <= last; c++) {
                    width += widths.points(c);
                }
                double size = fontSize(t.style());
                String text = t.text();
                int lines;
                if (wraps(t.style())) {
                    lines = Paper.lines(text, width, size);
                } else if (Paper.widestLine(text, size) <= width && !text.contains("\n")) {
                    lines = 1;
                } else {
                    t.cell().setCellStyle(wrap(t.style()));
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
        print(sheet, lastColumn, smallest);
        pageTotal(sheet, lastColumn);
    }

    private static long key(int row, int column) {
        return (long) row << 20 | column;
    }

    /** The style index a cell refers to (0 when it names none), read without making a style object. */
    private static int styleIndex(Cell cell) {
        CTCell ct = ((XSSFCell) cell).getCTCell();
        return ct.isSetS() ? (int) ct.getS() : 0;
    }

    private double fontSize(int style) {
        Double size = fontSizes.get(style);
        if (size == null) {
            size = (double) wb.getCellStyleAt(style).getFont().getFontHeightInPoints();
            fontSizes.put(style, size);
        }
        return size;
    }

    private boolean wraps(int style) {
        return wrapping.computeIfAbsent(style, s -> wb.getCellStyleAt(s).getWrapText());
    }

    /** A sheet's column widths, read from the sheet once per column and kept as they are set. */
    private static final class Widths {
        private final XSSFSheet sheet;
        private final Map<Integer, Integer> known = new HashMap<>();

        Widths(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        double points(int column) {
            return Paper.columnPoints(known.computeIfAbsent(column, sheet::getColumnWidth));
        }

        void set(int column, int width) {
            sheet.setColumnWidth(column, width);
            known.put(column, sheet.getColumnWidth(column));
        }
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
        print(sheet, lastColumn, smallestType(sheet));
    }

    /** {@link #print(Sheet, int)} for a sheet whose smallest type (points) is known. */
    private static void print(Sheet sheet, int lastColumn, double smallest) {
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

    /**
     * The wrapping copy of style {@code index}, made once per distinct style (styles equal in every setting share
     * one copy, as {@link XSSFCellStyle#equals} has them; its XML is compared once per index, not once per cell).
     */
    private XSSFCellStyle wrap(int index) {
        XSSFCellStyle style = wb.getCellStyleAt(index);
        String xml = styleXml.computeIfAbsent(index, i -> style.getCoreXf().toString());
        return wrapped.computeIfAbsent(xml, x -> {
            XSSFCellStyle w = wb.createCellStyle();
            w.cloneStyleFrom(style);
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

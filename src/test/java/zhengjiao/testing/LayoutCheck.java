package zhengjiao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What an official printing a workbook would find wrong, measured rather than guessed: the one layout test every
 * generated workbook passes. Written apart from the program's own measure (zhengjiao.render.Paper) so that a
 * mistake there is not repeated here.
 *
 * <p>Per sheet: A4, fit to the page width, orientation landscape only when portrait is too narrow, title rows
 * repeated, a frozen header, a footer {@code 第 &P 页 共 N 页} counted from 1 on every sheet. Per cell with text:
 * the text fits its cell or merged range at its font and size (a CJK character 1 em, a Latin one about 0.64 em),
 * or the cell wraps and its row is tall enough for the lines (1.45 em each); printed type (size × fit-to-width
 * scale) never below 9 pt; numbers are not stored as text; IDs and tickets are text. Per manual page break: the
 * rows between two breaks, with the repeated title rows, fit the printable height.
 */
public final class LayoutCheck {

    private static final double A4_W = 595.3;
    private static final double A4_H = 841.9;
    private static final double PADDING = 4;
    private static final Pattern FOOTER = Pattern.compile("第 &P 页 共 (&N|\\d+) 页");
    private static final Pattern NUMBER_TEXT = Pattern.compile("-?(0|[1-9][0-9]{0,5})(\\.[0-9]{1,2})?");
    private static final List<String> TEXT_HEADERS = List.of("号码", "户号", "电话", "证件号");

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final List<String> problems = new ArrayList<>();
    private final String file;

    private LayoutCheck(String file) {
        this.file = file;
    }

    /** Everything wrong with the layout of {@code xlsx}; empty when it prints well. */
    public static List<String> problems(Path xlsx) throws IOException {
        LayoutCheck check = new LayoutCheck(xlsx.getFileName().toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                // a hidden sheet (a chart's data) is not printed
                if (!wb.isSheetHidden(wb.getSheetIndex(sheet)) && !wb.isSheetVeryHidden(wb.getSheetIndex(sheet))) {
                    check.sheet((XSSFSheet) sheet);
                }
            }
        }
        return check.problems;
    }

    /** A character's width in ems. */
    static double em(int cp) {
        if (cp < 0x80) {
            if (Character.isDigit(cp)) {
                return 0.64;
            }
            if (Character.isUpperCase(cp)) {
                return 0.74;
            }
            if (cp == ' ') {
                return 0.32;
            }
            if (cp == '*') {
                return 0.52;
            }
            return Character.isLetter(cp) ? 0.62 : 0.42;
        }
        return 1.0;
    }

    static double width(String line, double size) {
        return line.codePoints().mapToDouble(LayoutCheck::em).sum() * size;
    }

    /** Lines of {@code text} wrapped into {@code width}: CJK breaks anywhere, Latin at spaces or when a word is too long. */
    static int lines(String text, double width, double size) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split("(?<=[\\x{80}-\\x{10FFFF} ])|(?=[\\x{80}-\\x{10FFFF}])")) {
                double w = width(word, size);
                if (used + w <= width + 0.01) {
                    used += w;
                } else if (w <= width) {
                    lines++;
                    used = w;
                } else {
                    for (int cp : word.codePoints().toArray()) {
                        double c = em(cp) * size;
                        if (used + c > width + 0.01) {
                            lines++;
                            used = 0;
                        }
                        used += c;
                    }
                }
            }
        }
        return lines;
    }

    static double columnPoints(Sheet sheet, int c) {
        return (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
    }

    private void problem(Sheet sheet, String what) {
        if (problems.size() < 200) {
            problems.add(file + "「" + sheet.getSheetName() + "」" + what);
        }
    }

    private void sheet(XSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        if (ps.getPaperSize() != PrintSetup.A4_PAPERSIZE) {
            problem(sheet, "不是 A4 纸");
        }
        if (!sheet.getFitToPage() || ps.getFitWidth() != 1) {
            problem(sheet, "没有按页宽缩放");
        }
        if (!ps.getUsePage() || ps.getPageStart() != 1) {
            problem(sheet, "页码没有从每张表的第 1 页算起");
        }
        String footer = sheet.getFooter().getCenter();
        if (footer == null || !FOOTER.matcher(footer).matches()) {
            problem(sheet, "页脚不是「第 &P 页 共 &N 页」：" + footer);
        }
        if (sheet.getRepeatingRows() == null) {
            problem(sheet, "打印时不重复标题行");
        }
        PaneInformation pane = sheet.getPaneInformation();
        if (pane == null || !pane.isFreezePane() || pane.getHorizontalSplitPosition() == 0) {
            problem(sheet, "没有冻结表头");
        }
        Map<String, CellRangeAddress> merged = new HashMap<>();
        int lastColumn = 0;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    merged.put(r + ":" + c, m);
                }
            }
            lastColumn = Math.max(lastColumn, m.getLastColumn());
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK) {
                    lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                }
            }
        }
        double tableWidth = 0;
        for (int c = 0; c <= lastColumn; c++) {
            tableWidth += columnPoints(sheet, c);
        }
        double lr = (sheet.getMargin(Sheet.LeftMargin) + sheet.getMargin(Sheet.RightMargin)) * 72;
        double tb = (sheet.getMargin(Sheet.TopMargin) + sheet.getMargin(Sheet.BottomMargin)) * 72;
        boolean landscape = ps.getLandscape();
        double printable = (landscape ? A4_H : A4_W) - lr;
        double pageHeight = (landscape ? A4_W : A4_H) - tb;
        if (landscape && tableWidth <= A4_W - lr) {
            problem(sheet, "表宽 " + Math.round(tableWidth) + " 磅，纵向 A4 就放得下，却横向打印");
        }
        double scale = Math.min(1, printable / tableWidth);
        int headerRow = sheet.getRepeatingRows() == null ? -1 : sheet.getRepeatingRows().getLastRow();
        Map<Integer, String> headers = new HashMap<>();
        if (headerRow >= 0 && sheet.getRow(headerRow) != null) {
            for (Cell c : sheet.getRow(headerRow)) {
                headers.put(c.getColumnIndex(), formatter.formatCellValue(c));
            }
        }
        double smallest = Double.MAX_VALUE;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell);
                if (text.isEmpty()) {
                    continue;
                }
                CellRangeAddress m = merged.get(row.getRowNum() + ":" + cell.getColumnIndex());
                if (m != null && (m.getFirstRow() != row.getRowNum() || m.getFirstColumn() != cell.getColumnIndex())) {
                    continue;
                }
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                double size = style.getFont().getFontHeightInPoints();
                smallest = Math.min(smallest, size);
                fits(sheet, row, cell, m, text, style, size);
                if (row.getRowNum() > headerRow) {
                    types(sheet, cell, text, headers.getOrDefault(cell.getColumnIndex(), ""));
                }
            }
        }
        if (smallest < Double.MAX_VALUE && smallest * scale < 9 - 0.05) {
            problem(sheet, String.format("打印字号 %.1f 磅（%.0f 磅 × 缩放 %.0f%%），小于 9 磅", smallest * scale, smallest,
                    scale * 100));
        }
        pages(sheet, scale, pageHeight);
    }

    private void fits(Sheet sheet, Row row, Cell cell, CellRangeAddress m, String text, XSSFCellStyle style, double size) {
        int first = m == null ? cell.getColumnIndex() : m.getFirstColumn();
        int last = m == null ? cell.getColumnIndex() : m.getLastColumn();
        double width = -PADDING;
        for (int c = first; c <= last; c++) {
            width += columnPoints(sheet, c);
        }
        double height = 0;
        int lastRow = m == null ? row.getRowNum() : m.getLastRow();
        for (int r = row.getRowNum(); r <= lastRow; r++) {
            Row rr = sheet.getRow(r);
            height += rr == null ? sheet.getDefaultRowHeightInPoints() : rr.getHeightInPoints();
        }
        String where = cell.getAddress().formatAsString();
        String shown = text.length() > 24 ? text.substring(0, 24) + "…" : text;
        if (style.getWrapText()) {
            int lines = lines(text, width, size);
            if (lines * size * 1.45 > height + 1) {
                problem(sheet, where + " 的文字折成 " + lines + " 行，行高 " + height + " 磅放不下：" + shown);
            }
        } else {
            double widest = 0;
            for (String line : text.split("\n", -1)) {
                widest = Math.max(widest, width(line, size));
            }
            if (widest > width + 0.5) {
                problem(sheet, where + " 的文字宽 " + Math.round(widest) + " 磅，单元格只有 " + Math.round(width) + " 磅，被截断："
                        + shown);
            } else if (size * 1.45 > height + 1) {
                problem(sheet, where + " 的文字高 " + Math.round(size * 1.45) + " 磅，行高只有 " + height + " 磅：" + shown);
            }
        }
    }

    private void types(Sheet sheet, Cell cell, String text, String header) {
        boolean textColumn = TEXT_HEADERS.stream().anyMatch(header::endsWith);
        String where = cell.getAddress().formatAsString();
        if (cell.getCellType() == CellType.STRING && !textColumn && NUMBER_TEXT.matcher(text.replace(",", "")).matches()) {
            problem(sheet, where + "（" + header + "）的数字存成了文字：" + text);
        }
        if (cell.getCellType() == CellType.NUMERIC && textColumn) {
            problem(sheet, where + "（" + header + "）的号码存成了数字：" + text);
        }
    }

    /** With manual page breaks: each page's rows and the repeated title rows fit the printable height. */
    private void pages(Sheet sheet, double scale, double pageHeight) {
        int[] breaks = sheet.getRowBreaks();
        if (breaks.length == 0) {
            return;
        }
        double repeated = 0;
        CellRangeAddress rr = sheet.getRepeatingRows();
        int firstBody = 0;
        if (rr != null) {
            for (int r = rr.getFirstRow(); r <= rr.getLastRow(); r++) {
                repeated += height(sheet, r);
            }
            firstBody = rr.getLastRow() + 1;
        }
        int start = firstBody;
        List<Integer> ends = new ArrayList<>();
        for (int b : breaks) {
            ends.add(b);
        }
        ends.add(sheet.getLastRowNum());
        for (int end : ends) {
            double h = repeated;
            for (int r = start; r <= end; r++) {
                h += height(sheet, r);
            }
            if (h * scale > pageHeight - 24) {
                problem(sheet, "第 " + (start + 1) + "–" + (end + 1) + " 行一页放不下：" + Math.round(h * scale) + " 磅，可打印高度 "
                        + Math.round(pageHeight - 24) + " 磅");
                return;
            }
            start = end + 1;
        }
    }

    private static double height(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
}

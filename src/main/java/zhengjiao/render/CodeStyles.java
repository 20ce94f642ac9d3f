package zhengjiao.render;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fonts, styles and text cells for the few sheets built in code rather than from a template (趋势, 领导简报, 两险 sheets, 钱表相符核对). */
final class CodeStyles {

    private CodeStyles() {
    }

    /** A font by name (宋体, 黑体), size in points and weight. */
    static Font font(XSSFWorkbook wb, String name, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    /** A vertically centred style with {@code font} and {@code align}, thin borders all round when {@code border}. */
    static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /**
     * As {@link #style(XSSFWorkbook, Font, HorizontalAlignment, boolean)}, with a number format ({@code "0"},
     * {@code "0.00%"}, {@code "#,##0.00"}; null for none) and, when {@code fill}, the grey of header and total rows.
     */
    static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border, String format,
                           boolean fill) {
        CellStyle s = style(wb, font, align, border);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        if (fill) {
            s.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    /** A text cell. */
    static void cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    /**
     * The styles of a table built in code, as the ranking template has them: 宋体 11 with thin borders, a bold grey
     * header and 合计 row, 黑体 16 title; texts wrap. One per workbook (a sheet may adjust one for its own use).
     */
    static final class Table {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle pct;
        final CellStyle money;
        final CellStyle totalText;
        final CellStyle totalInt;
        final CellStyle totalPct;
        final CellStyle totalMoney;
        final CellStyle note;
        /** A block's heading across the table (督查第1组 …): bold, left, bordered. */
        final CellStyle heading;

        Table(XSSFWorkbook wb) {
            Font body = font(wb, "宋体", 11, false);
            Font bold = font(wb, "宋体", 11, true);
            title = style(wb, font(wb, "黑体", 16, true), HorizontalAlignment.CENTER, false, null, false);
            head = style(wb, bold, HorizontalAlignment.CENTER, true, null, true);
            head.setWrapText(true);
            text = style(wb, body, HorizontalAlignment.LEFT, true, null, false);
            text.setWrapText(true);
            integer = style(wb, body, HorizontalAlignment.RIGHT, true, "0", false);
            pct = style(wb, body, HorizontalAlignment.RIGHT, true, "0.00%", false);
            money = style(wb, body, HorizontalAlignment.RIGHT, true, "#,##0.00", false);
            totalText = style(wb, bold, HorizontalAlignment.CENTER, true, null, true);
            totalInt = style(wb, bold, HorizontalAlignment.RIGHT, true, "0", true);
            totalPct = style(wb, bold, HorizontalAlignment.RIGHT, true, "0.00%", true);
            totalMoney = style(wb, bold, HorizontalAlignment.RIGHT, true, "#,##0.00", true);
            note = style(wb, body, HorizontalAlignment.LEFT, false, null, false);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            heading = style(wb, bold, HorizontalAlignment.LEFT, true, null, false);
            heading.setWrapText(true);
        }

    }
}

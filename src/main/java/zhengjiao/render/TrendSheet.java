package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import static zhengjiao.render.CodeStyles.cell;
import static zhengjiao.render.CodeStyles.font;
import zhengjiao.report.Period;
import zhengjiao.report.Rate;
import zhengjiao.report.Trend;

/**
 * The 趋势 sheet of the ranking workbook: each unit's paid count on each day of a {@link Trend} (per week for a weekly
 * circular, per day for a daily one, ending on the report date), in task-table order, with the 合计 line. Added after
 * the template is filled; the last column equals the ranking's 缴费人数, the one before it 缴费人数 − 本周新增.
 */
final class TrendSheet {

    /** The sheet's name. */
    static final String NAME = "趋势";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private TrendSheet() {
    }

    /** Adds the sheet to the workbook at {@code workbook}, rewriting the file. */
    static void append(Path workbook, Trend trend, Period period) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            fill(wb, trend, period);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
    }

    private static void fill(XSSFWorkbook wb, Trend trend, Period period) {
        Sheet sheet = wb.createSheet(new SheetNames(names(wb)).add(NAME));
        Styles st = new Styles(wb);
        List<java.time.LocalDate> days = trend.days();
        int last = days.size() + 2;
        Row title = sheet.createRow(0);
        title.setHeightInPoints(26);
        cell(title, 0, "缴费人数趋势（" + (period.days() == 7 ? "每周" : period.days() == 1 ? "每日" : "每" + period.days() + "日")
                + "，截至" + (days.isEmpty() ? "" : days.get(days.size() - 1).format(DAY)) + "）", st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(last, 1)));
        Row subtitle = sheet.createRow(1);
        cell(subtitle, 0, "每列为截至该日（含当日）的累计缴费人数，与周排名通报同一口径；最后一列即本期缴费人数，前一列为上期。", st.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Math.max(last, 1)));
        Row head = sheet.createRow(2);
        head.setHeightInPoints(28);
        cell(head, 0, "名称", st.head);
        cell(head, 1, "任务数", st.head);
        for (int d = 0; d < days.size(); d++) {
            cell(head, d + 2, days.get(d).format(DAY), st.head);
        }
        cell(head, last, "完成率", st.head);
        int r = 3;
        for (Trend.Series s : trend.units()) {
            line(sheet.createRow(r++), s, st, false);
        }
        if (!trend.units().isEmpty()) {
            line(sheet.createRow(r++), trend.total(), st, true);
        }
        Row note = sheet.createRow(r + 1);
        cell(note, 0, "说明：合计含未匹配的缴费人；完成率 = 最后一列 ÷ 任务数。", st.note);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, Math.max(last, 1)));
        note.setHeightInPoints(20);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 9 * 256);
        for (int c = 2; c <= last; c++) {
            sheet.setColumnWidth(c, 9 * 256);
        }
        sheet.createFreezePane(2, 3);
        sheet.setRepeatingRows(new CellRangeAddress(0, 2, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static void line(Row row, Trend.Series s, Styles st, boolean total) {
        cell(row, 0, s.name(), total ? st.totalText : st.text);
        number(row, 1, s.task(), total ? st.totalInt : st.integer);
        for (int d = 0; d < s.paid().size(); d++) {
            number(row, d + 2, s.paid().get(d), total ? st.totalInt : st.integer);
        }
        Rate rate = new Rate(s.last(), s.task());
        Cell c = row.createCell(s.paid().size() + 2);
        if (rate.defined()) {
            c.setCellValue(rate.value());
        }
        c.setCellStyle(total ? st.totalPct : st.pct);
    }

    private static void number(Row row, int col, int value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** The sheet's styles: 宋体 11 with thin borders, bold 合计 and header (grey), 黑体 16 title, as the templates. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle pct;
        final CellStyle totalText;
        final CellStyle totalInt;
        final CellStyle totalPct;
        final CellStyle note;

        Styles(XSSFWorkbook wb) {
            Font body = font(wb, "宋体", 11, false);
            Font bold = font(wb, "宋体", 11, true);
            title = style(wb, font(wb, "黑体", 16, true), HorizontalAlignment.CENTER, false, null, false);
            head = style(wb, bold, HorizontalAlignment.CENTER, true, null, true);
            head.setWrapText(true);
            text = style(wb, body, HorizontalAlignment.LEFT, true, null, false);
            integer = style(wb, body, HorizontalAlignment.RIGHT, true, "0", false);
            pct = style(wb, body, HorizontalAlignment.RIGHT, true, "0.00%", false);
            totalText = style(wb, bold, HorizontalAlignment.CENTER, true, null, true);
            totalInt = style(wb, bold, HorizontalAlignment.RIGHT, true, "0", true);
            totalPct = style(wb, bold, HorizontalAlignment.RIGHT, true, "0.00%", true);
            note = style(wb, body, HorizontalAlignment.LEFT, false, null, false);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border, String format,
                                       boolean fill) {
            CellStyle s = CodeStyles.style(wb, font, align, border);
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            if (fill) {
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import static zhengjiao.render.CodeStyles.cell;
import static zhengjiao.render.CodeStyles.style;
import zhengjiao.report.Period;
import zhengjiao.report.Rate;
import zhengjiao.report.Trend;

/**
 * The 趋势 sheet of the ranking workbook: each unit's paid count on each day of a {@link Trend} (per week for a weekly
 * circular, per day for a daily one, ending on the report date), in task-table order, with the 合计 line. Added after
 * the template is filled; the last column equals the ranking's 缴费人数, the one before it 缴费人数 − 本周新增.
 *
 * <p>On paper: A4 at 11 pt printing at 9 pt or more, page numbers per sheet. More days than a landscape page holds at
 * that size ({@link #datesPerBlock()}) are laid out in blocks one under another: the latest days first, with the
 * rate, then the earlier days going back.
 */
final class TrendSheet {

    /** The sheet's name. */
    static final String NAME = "趋势";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    /** Column widths in characters: a name, the task, a day (wide enough for 12月31日 on one line). */
    private static final int NAME_WIDTH = 14;
    private static final int TASK_WIDTH = 9;
    private static final int DAY_WIDTH = 10;
    private static final double MARGIN = 0.4;
    private static final double BODY_POINTS = 11;

    private TrendSheet() {
    }

    /** The pension's sheet in a 两险 campaign (notice 003). */
    static final String PENSION_NAME = "养老趋势";

    /**
     * What a trend sheet is called and says.
     *
     * @param name    the sheet's name
     * @param heading the title's words before the period (缴费人数趋势)
     * @param sameAs  the ranking whose counts the columns equal (周排名通报)
     */
    record Labels(String name, String heading, String sameAs) {
    }

    /** The medical (or only) insurance's sheet. */
    static final Labels MAIN = new Labels(NAME, "缴费人数趋势", "周排名通报");
    /** The pension's sheet of a 两险 campaign: its payers as the pension ranking counts them. */
    static final Labels PENSION = new Labels(PENSION_NAME, "居民养老保险缴费人数趋势", "“" + TwoInsuranceSheets.PENSION + "”");

    /** Adds the sheet to the workbook at {@code workbook}, rewriting the file. */
    static void append(Path workbook, Trend trend, Period period) throws IOException {
        append(workbook, trend, period, MAIN);
    }

    /** Adds a sheet named and titled by {@code labels} to the workbook at {@code workbook}, rewriting the file. */
    static void append(Path workbook, Trend trend, Period period, Labels labels) throws IOException {
        WorkbookRewrite.rewrite(workbook, wb -> fill(wb, trend, period, labels));
    }

    /**
     * Adds the medical (or only) insurance's sheet to {@code wb}, a ranking workbook being written (the sheet is built as
     * {@link #append} builds it in the written file).
     */
    static void add(XSSFWorkbook wb, Trend trend, Period period) {
        fill(wb, trend, period, MAIN);
    }

    private static void fill(XSSFWorkbook wb, Trend trend, Period period, Labels labels) {
        Sheet sheet = wb.createSheet(new SheetNames(names(wb)).add(labels.name()));
        CodeStyles.Table st = new CodeStyles.Table(wb);
        st.text.setWrapText(false); // names on one line, as the sheet was laid out
        List<LocalDate> days = trend.days();
        int perBlock = datesPerBlock();
        int first = Math.min(days.size(), perBlock);
        // the table's last column: the rate, right of the first (latest) block's dates, the widest block
        int last = first + 2;
        sheet.setColumnWidth(0, NAME_WIDTH * 256);
        sheet.setColumnWidth(1, TASK_WIDTH * 256);
        for (int c = 2; c <= last; c++) {
            sheet.setColumnWidth(c, DAY_WIDTH * 256);
        }
        int span = Math.max(last, 1);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(26);
        cell(title, 0, labels.heading() + "（" + (period.days() == 7 ? "每周" : period.days() == 1 ? "每日" : "每" + period.days() + "日")
                + "，截至" + (days.isEmpty() ? "" : days.get(days.size() - 1).format(DAY)) + "）", st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, span));
        boolean blocks = days.size() > perBlock;
        note(sheet, 1, span, "每列为截至该日（含当日）的累计缴费人数，与" + labels.sameAs() + "同一口径；最后一列即本期缴费人数，前一列为上期。"
                + (blocks ? "最近 " + perBlock + " 期在上，更早的各期依次在下。" : ""), st);
        // the latest block first, with the rate; then the earlier days, going back, so that a page stays readable
        int r = block(sheet, 2, trend, days.size() - first, days.size(), true, st);
        for (int end = days.size() - first; end > 0; end -= perBlock) {
            r = block(sheet, r + 1, trend, Math.max(0, end - perBlock), end, false, st);
        }
        note(sheet, r + 1, span, "说明：合计含未匹配的缴费人；完成率 = 最后一列 ÷ 任务数。", st);
        sheet.createFreezePane(2, 3);
        // with several blocks only the title repeats: the header of the first block would not fit the others
        sheet.setRepeatingRows(new CellRangeAddress(0, blocks ? 1 : 2, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, MARGIN);
        sheet.setMargin(Sheet.RightMargin, MARGIN);
        sheet.getFooter().setCenter(Paper.FOOTER);
        sheet.getPrintSetup().setFitHeight((short) 0);
        PaperFit.print(sheet, last);
        PaperFit.pageTotal(sheet, last);
    }

    /** How many day columns a block holds so that the sheet prints landscape at {@link Paper#MIN_TYPE} or more. */
    static int datesPerBlock() {
        double widest = Paper.printableWidth(true, MARGIN, MARGIN) * BODY_POINTS / Paper.MIN_TYPE;
        double fixed = Paper.columnPoints(NAME_WIDTH * 256) + Paper.columnPoints(TASK_WIDTH * 256)
                + Paper.columnPoints(DAY_WIDTH * 256);
        return Math.max(1, (int) ((widest - fixed) / Paper.columnPoints(DAY_WIDTH * 256)));
    }

    /** Writes the header and lines of days {@code from} (inclusive) to {@code to} at row {@code r}; the next free row. */
    private static int block(Sheet sheet, int r, Trend trend, int from, int to, boolean rate, CodeStyles.Table st) {
        List<LocalDate> days = trend.days();
        Row head = sheet.createRow(r++);
        head.setHeightInPoints((float) Paper.rowHeight(1, BODY_POINTS) + 4);
        cell(head, 0, "名称", st.head);
        cell(head, 1, "任务数", st.head);
        for (int d = from; d < to; d++) {
            cell(head, d - from + 2, days.get(d).format(DAY), st.head);
        }
        if (rate) {
            cell(head, to - from + 2, "完成率", st.head);
        }
        for (Trend.Series s : trend.units()) {
            line(sheet.createRow(r++), s, from, to, rate, st, false);
        }
        if (!trend.units().isEmpty()) {
            line(sheet.createRow(r++), trend.total(), from, to, rate, st, true);
        }
        return r;
    }

    /** A merged note over the table's width, its row as tall as its lines. */
    private static void note(Sheet sheet, int r, int span, String text, CodeStyles.Table st) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, st.note);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, span));
        double width = -Paper.CELL_PADDING;
        for (int c = 0; c <= span; c++) {
            width += Paper.columnPoints(sheet.getColumnWidth(c));
        }
        row.setHeightInPoints((float) Paper.rowHeight(Paper.lines(text, width, BODY_POINTS), BODY_POINTS));
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static void line(Row row, Trend.Series s, int from, int to, boolean withRate, CodeStyles.Table st, boolean total) {
        cell(row, 0, s.name(), total ? st.totalText : st.text);
        number(row, 1, s.task(), total ? st.totalInt : st.integer);
        for (int d = from; d < to; d++) {
            number(row, d - from + 2, s.paid().get(d), total ? st.totalInt : st.integer);
        }
        if (!withRate) {
            return;
        }
        Rate rate = new Rate(s.last(), s.task());
        Cell c = row.createCell(to - from + 2);
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
}

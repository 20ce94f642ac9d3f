package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.ReminderNote;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.UnpaidReason;
import zhengjiao.report.Rate;
import zhengjiao.report.UnpaidLedger;

/**
 * Adds the unpaid ledger to a reminder list already written (未缴费提醒名单), whatever its layout: every sheet is
 * found by its header's names, not by position. On each village sheet the 未缴原因 column gets the drop-down of
 * standard reasons (free text still allowed); with returned lists read, each person's latest notes fill 提醒日期,
 * 提醒人, 未缴原因 and 备注, a 历次提醒 column holds the earlier ones, the summary sheet gains the unpaid by reason and
 * the adjusted coverage beside the task rate, and three sheets keep every other note: 已缴费（曾提醒）, 已不在台账 and
 * 无法对应.
 */
public final class UnpaidLedgerSheets {

    public static final String PAID_SHEET = "已缴费（曾提醒）";
    public static final String GONE_SHEET = "已不在台账";
    public static final String UNMATCHED_SHEET = "无法对应";
    static final String HISTORY = "历次提醒";
    private static final String PROMPT = "可从下拉列表选择标准原因，也可直接填写；已在外地参保、参加职工医保、参军、服刑、死亡的请留存佐证资料";

    private UnpaidLedgerSheets() {
    }

    /**
     * Rewrites {@code file} in place with the notes of {@code ledger} (and the drop-down on a list sheet that lacks
     * it). Without returned lists there is nothing to add and the file is not re-read: the list was written with its
     * drop-downs ({@link PeopleReports#writeReminders}), at any size.
     *
     * @param taskRates per task-table line's name, its task rate (缴费人数 ÷ 任务数), shown beside the adjusted one
     */
    public static void apply(Path file, Optional<UnpaidLedger> ledger, Map<String, Rate> taskRates) throws IOException {
        if (ledger.isEmpty()) {
            return;
        }
        WorkbookRewrite.rewrite(file, wb -> {
            List<Sheet> lists = new ArrayList<>();
            Sheet summary = null;
            for (Sheet sheet : wb) {
                Header h = Header.find(sheet, "证件号码", "未缴原因");
                if (h != null) {
                    lists.add(sheet);
                } else if (summary == null && Header.find(sheet, "台账人数", "未缴费") != null) {
                    summary = sheet;
                }
            }
            Styles styles = new Styles(wb, lists.isEmpty() ? null : lists.get(0));
            for (Sheet sheet : lists) {
                fillList(sheet, ledger.get(), styles);
            }
            if (summary != null) {
                SummaryReasons.fill(summary, ledger.get(), taskRates, styles);
            }
            OtherNotes.write(wb, ledger.get(), styles);
            // carried notes and the added columns: widths, wrapped rows and the page, as every workbook gets them
            PaperFit.workbook(wb);
        });
    }

    /** One village sheet: the drop-down if it lacks one, the carried notes and 历次提醒. */
    private static void fillList(Sheet sheet, UnpaidLedger ledger, Styles styles) {
        Header h = Header.find(sheet, "证件号码", "未缴原因");
        int id = h.column("证件号码");
        int last = h.row();
        for (int r = h.row() + 1; r <= sheet.getLastRowNum(); r++) {
            if (!ResidentId.normalize(text(sheet.getRow(r), id)).isEmpty()) {
                last = r;
            }
        }
        boolean hasDropDown = sheet.getDataValidations().stream().anyMatch(d -> java.util.Arrays.stream(
                d.getRegions().getCellRangeAddresses()).anyMatch(r -> r.getFirstColumn() == h.column("未缴原因")));
        if (last > h.row() && !hasDropDown) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint list = helper.createExplicitListConstraint(UnpaidReason.labels().toArray(new String[0]));
            DataValidation v = helper.createValidation(list, new CellRangeAddressList(h.row() + 1, last, h.column("未缴原因"),
                    h.column("未缴原因")));
            v.setShowErrorBox(false);
            v.setSuppressDropDownArrow(true);
            v.createPromptBox("未缴原因", PROMPT);
            v.setShowPromptBox(true);
            sheet.addValidationData(v);
        }
        int history = h.lastColumn() + 1;
        Cell head = h.headerRow().createCell(history);
        head.setCellValue(HISTORY);
        head.setCellStyle(h.headerRow().getCell(h.lastColumn()).getCellStyle());
        sheet.setColumnWidth(history, 36 * 256);
        widenMerged(sheet, h.lastColumn(), history);
        for (int r = h.row() + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String person = ResidentId.upgrade(text(row, id));
            UnpaidLedger.Carried c = ledger.carried().get(person);
            Cell hist = row.createCell(history);
            hist.setCellStyle(styles.wrap(row.getCell(h.lastColumn())));
            if (c == null) {
                continue;
            }
            ReminderNote n = c.latest();
            String date = n.date().map(Object::toString).orElse("");
            put(row, h.column("提醒日期"), date);
            if (!date.isEmpty() && h.column("提醒日期") >= 0) {
                // a carried date stays on one line: the column takes its width (the cadre's own dates fit it too)
                double need = Paper.textPoints(date, PaperFit.size(row.getCell(h.column("提醒日期")))) + Paper.CELL_PADDING;
                if (Paper.columnPoints(sheet.getColumnWidth(h.column("提醒日期"))) < need) {
                    sheet.setColumnWidth(h.column("提醒日期"), Paper.columnWidth(need) + 64);
                }
            }
            put(row, h.column("提醒人"), n.by());
            put(row, h.column("未缴原因"), n.reasonText());
            String advice = text(row, h.column("备注"));
            put(row, h.column("备注"), advice.isEmpty() ? n.remark() : n.remark().isEmpty() ? advice : n.remark() + "；" + advice);
            hist.setCellValue(c.historyText());
            // a carried note wider than its column wraps, and the row grows to its lines
            for (String column : List.of("提醒日期", "提醒人", "未缴原因", "备注", HISTORY)) {
                int k = column.equals(HISTORY) ? history : h.column(column);
                if (k >= 0) {
                    fit(sheet, row, k, styles);
                }
            }
        }
        // the wider table may need the other orientation; its pages break anew at the new page height
        PaperFit.print(sheet, history);
        breakPages(sheet);
    }

    /**
     * Puts the page breaks of a list without forced breaks where the printed page fills: the rows between two breaks,
     * with the repeated title rows and the footer's room, fit the printable height at the sheet's fit-to-width scale.
     */
    static void breakPages(Sheet sheet) {
        for (int b : sheet.getRowBreaks()) {
            sheet.removeRowBreak(b);
        }
        CellRangeAddress repeated = sheet.getRepeatingRows();
        int first = repeated == null ? 0 : repeated.getLastRow() + 1;
        // the footer and a little slack for rounding in the printing program, as the list was first written
        double page = PaperFit.pageBody(sheet);
        double used = 0;
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            double h = height(sheet, r);
            if (used + h > page && used > 0) {
                sheet.setRowBreak(r - 1);
                used = 0;
            }
            used += h;
        }
    }

    /** Wraps the cell in column {@code k} of {@code row} if its text is wider than the column, growing the row. */
    private static void fit(Sheet sheet, Row row, int k, Styles styles) {
        Cell cell = row.getCell(k);
        if (cell == null || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
            return;
        }
        String text = cell.getStringCellValue();
        double size = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
        double width = Paper.columnPoints(sheet.getColumnWidth(k)) - Paper.CELL_PADDING;
        if (Paper.widestLine(text, size) <= width && text.indexOf('\n') < 0) {
            return;
        }
        if (!cell.getCellStyle().getWrapText()) {
            cell.setCellStyle(styles.wrap(cell));
        }
        row.setHeightInPoints((float) Math.max(row.getHeightInPoints(), Paper.rowHeight(Paper.lines(text, width, size), size)));
    }

    private static double height(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }

    /** Title, subtitle and note rows merged across the table are widened to the new last column. */
    static void widenMerged(Sheet sheet, int oldLast, int newLast) {
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getLastColumn() == oldLast && m.getFirstColumn() == 0) {
                sheet.removeMergedRegion(i);
                sheet.addMergedRegion(new CellRangeAddress(m.getFirstRow(), m.getLastRow(), 0, newLast));
            }
        }
    }

    private static void put(Row row, int column, String value) {
        if (column < 0) {
            return;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            cell = row.createCell(column);
        }
        if (value.isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }

    /** A cell's text ("" for none; numbers as written). */
    static String text(Row row, int column) {
        if (row == null || column < 0) {
            return "";
        }
        Cell c = row.getCell(column);
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.STRING ? c.getStringCellValue()
                : c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue()) : "";
    }

    /**
     * A sheet's header row, found among its first rows by names it must hold.
     *
     * @param headerRow the row
     * @param columns   each header text's column
     */
    record Header(Row headerRow, Map<String, Integer> columns) {

        static Header find(Sheet sheet, String... names) {
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Integer> columns = new HashMap<>();
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        columns.putIfAbsent(c.getStringCellValue().strip(), c.getColumnIndex());
                    }
                }
                if (List.of(names).stream().allMatch(columns::containsKey)) {
                    return new Header(row, columns);
                }
            }
            return null;
        }

        int row() {
            return headerRow.getRowNum();
        }

        int column(String name) {
            return columns.getOrDefault(name, -1);
        }

        int lastColumn() {
            return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** The cell styles the added cells take, cloned once from the list's own. */
    static final class Styles {
        private final XSSFWorkbook wb;
        private final Map<Short, CellStyle> wrapped = new HashMap<>();
        final CellStyle header;
        final CellStyle text;
        final CellStyle title;

        Styles(XSSFWorkbook wb, Sheet list) {
            this.wb = wb;
            Header h = list == null ? null : Header.find(list, "证件号码", "未缴原因");
            header = h == null ? wb.createCellStyle() : h.headerRow().getCell(h.column("证件号码")).getCellStyle();
            Row first = h == null ? null : list.getRow(h.row() + 1);
            Cell sample = first == null ? null : first.getCell(h.column("姓名") >= 0 ? h.column("姓名") : h.column("证件号码"));
            text = sample == null ? wb.createCellStyle() : sample.getCellStyle();
            Row top = list == null ? null : list.getRow(0);
            title = top == null || top.getCell(0) == null ? header : top.getCell(0).getCellStyle();
        }

        /** {@code like}'s style with wrapped text (for 历次提醒 and other long cells). */
        CellStyle wrap(Cell like) {
            CellStyle base = like == null ? text : like.getCellStyle();
            return wrapped.computeIfAbsent(base.getIndex(), i -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(base);
                s.setWrapText(true);
                return s;
            });
        }
    }
}

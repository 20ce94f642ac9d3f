package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengjiao.domain.InputException;
import zhengjiao.domain.ReminderNote;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.UnpaidReason;

/**
 * Reads a reminder list (未缴费提醒名单) that village cadres filled in and returned, in {@code 台账/}: every visible
 * sheet whose header names a 证件号码 column and at least one of 提醒日期, 提醒人, 未缴原因, 备注 (the summary sheet and
 * anything else are passed over). Columns are found by their names, wherever they were moved; rows may be re-sorted
 * or deleted. Each row with anything typed in those columns becomes a {@link ReminderNote}, its texts put in place
 * ({@link #sort}): nothing typed is dropped.
 *
 * <p>The list's date, which orders the returns, is the 统计日期 in its title ("（截至2022年11月22日）"); a list whose
 * title rows were deleted is dated by each row's 提醒日期, else by the file's last-modified time.
 */
public final class ReturnedListReader {

    static final Column REMIND_DATE = Column.optional("提醒日期", "提醒日期", "提醒时间", "日期");
    static final Column BY = Column.optional("提醒人", "提醒人", "提醒人员", "提醒干部", "经办人");
    static final Column REASON = Column.optional("未缴原因", "未缴原因", "未缴费原因", "未参保原因", "未参保缴费原因", "原因");
    static final Column REMARK = Column.optional("备注", "备注", "说明");
    static final Column HISTORY = Column.optional("历次提醒", "历次提醒", "以前的提醒", "此前提醒");

    private static final List<Column> COLUMNS = List.of(PaymentDumpReader.ID, PaymentDumpReader.NAME, REMIND_DATE, BY, REASON,
            REMARK, HISTORY);
    private static final List<Column> NOTE_COLUMNS = List.of(REMIND_DATE, BY, REASON, REMARK);
    private static final Pattern STATED = Pattern.compile("截至\\s*(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})");
    /** The advice the program itself writes under 备注; it is written again each week, so it is not a cadre's note. */
    private static final Pattern ADVICE = Pattern.compile("\\d{1,2}月\\d{1,2}日满 ?\\d+ ?周岁，应在生日后缴费以享受资助[。；;]?");

    private ReturnedListReader() {
    }

    /**
     * What one returned file holds.
     *
     * @param file   the file
     * @param stated the 统计日期 its title states, if any
     * @param notes  its notes, in file order
     * @param sheets the sheets read as lists
     */
    public record Returned(Path file, Optional<LocalDate> stated, List<ReminderNote> notes, List<String> sheets) {
        public Returned {
            notes = List.copyOf(notes);
            sheets = List.copyOf(sheets);
        }
    }

    /**
     * Reads one returned list.
     *
     * @param name how messages and notes name the file (its path under the campaign folder's 台账/)
     * @throws InputException naming the file when it cannot be read, or when no sheet of it is a reminder list
     */
    public static Returned read(Path file, String name) {
        Instant time;
        try {
            time = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            time = Instant.EPOCH;
        }
        Reading reading = new Reading(file, name, time);
        try {
            RowSource.readSheets(file, reading::accept);
        } catch (InputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw InputException.at(file, 0, null, "文件不存在");
        } catch (IOException | RuntimeException e) {
            throw InputException.at(file, 0, null, "无法读取（" + Table.describe(e) + "）；请在 Excel 或 WPS 中打开，"
                    + "另存为“Excel 工作簿（*.xlsx）”后放回");
        }
        reading.endSheet();
        if (reading.sheets.isEmpty()) {
            throw InputException.at(file, 0, null, "不是未缴费提醒名单：没有一张工作表的表头同时有「证件号码」和「提醒日期」「提醒人」"
                    + "「未缴原因」「备注」中的一列；台账/ 中只放各村填好交回的提醒名单");
        }
        return reading.finish();
    }

    /** The state of one file's reading: the current sheet's header (once found) and the notes so far. */
    private static final class Reading {
        private final Path file;
        private final String name;
        private final Instant time;
        private final List<ReminderNote> notes = new ArrayList<>();
        private final List<String> sheets = new ArrayList<>();
        private final List<SourceRow> head = new ArrayList<>();
        /** Per note, the date the row itself gives, for lists without a stated date. */
        private final List<Row> rows = new ArrayList<>();
        private String sheet;
        private HeaderRow header;
        private boolean skipping;
        private LocalDate stated;

        Reading(Path file, String name, Instant time) {
            this.file = file;
            this.name = name;
            this.time = time;
        }

        void accept(String sheetName, SourceRow row) {
            if (!sheetName.equals(sheet)) {
                endSheet();
                sheet = sheetName;
            }
            if (skipping) {
                return;
            }
            if (header != null) {
                take(row);
                return;
            }
            head.add(row);
            if (head.size() == HeaderRow.SEARCH_ROWS) {
                locate();
            }
        }

        void endSheet() {
            if (sheet != null && header == null && !skipping) {
                locate();
            }
            header = null;
            skipping = false;
            head.clear();
        }

        private void locate() {
            SourceRow found = null;
            for (SourceRow r : head) {
                if (found == null && names(r, PaymentDumpReader.ID) && NOTE_COLUMNS.stream().anyMatch(c -> names(r, c))) {
                    found = r;
                }
                if (stated == null && (found == null || r.number() < found.number())) {
                    stated = statedDate(r);
                }
            }
            if (found == null) {
                skipping = true;
                head.clear();
                return;
            }
            header = HeaderRow.locate(file, List.of(found), COLUMNS);
            sheets.add(sheet);
            for (SourceRow r : head) {
                if (r.number() > header.rowNumber()) {
                    take(r);
                }
            }
            head.clear();
        }

        private static boolean names(SourceRow row, Column column) {
            for (String cell : row.cells()) {
                if (cell != null && column.matches(cell)) {
                    return true;
                }
            }
            return false;
        }

        private void take(SourceRow row) {
            if (row.isBlank()) {
                return;
            }
            String[] typed = new String[NOTE_COLUMNS.size()];
            for (int i = 0; i < typed.length; i++) {
                typed[i] = header.has(NOTE_COLUMNS.get(i)) ? row.text(header.indexOf(NOTE_COLUMNS.get(i))) : "";
            }
            List<String> history = lines(header.has(HISTORY) ? row.text(header.indexOf(HISTORY)) : "");
            Sorted s = sort(typed[0], typed[1], typed[2], typed[3]);
            if (!s.hasContent() && history.isEmpty()) {
                return;
            }
            int idCell = header.indexOf(PaymentDumpReader.ID);
            String id = ResidentId.upgrade(row.text(idCell));
            boolean valid = !row.isNumeric(idCell) && ResidentId.problem(id).isEmpty();
            String personName = Values.tidy(row.text(header.indexOf(PaymentDumpReader.NAME)));
            rows.add(new Row(notes.size(), s.date));
            notes.add(new ReminderNote(id, valid, personName, Optional.ofNullable(s.date), s.by, s.reason,
                    UnpaidReason.of(s.reason), s.remark, history, new ReminderNote.Source(name, sheet, row.number()),
                    LocalDate.EPOCH, time));
        }

        Returned finish() {
            LocalDate fileDay = LocalDate.ofInstant(time, ZoneId.systemDefault());
            List<ReminderNote> dated = new ArrayList<>();
            for (Row r : rows) {
                ReminderNote n = notes.get(r.index);
                LocalDate listDate = stated != null ? stated : r.date != null ? r.date : fileDay;
                dated.add(new ReminderNote(n.id(), n.idValid(), n.name(), n.date(), n.by(), n.reasonText(), n.reason(),
                        n.remark(), n.history(), n.source(), listDate, n.fileTime()));
            }
            return new Returned(file, Optional.ofNullable(stated), dated, sheets);
        }
    }

    private record Row(int index, LocalDate date) {
    }

    /** The 统计日期 a title row states ("…（截至2022年11月22日）"), or null. */
    static LocalDate statedDate(SourceRow row) {
        for (String cell : row.cells()) {
            if (cell == null) {
                continue;
            }
            Matcher m = STATED.matcher(Values.tidy(cell));
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The 历次提醒 entries of a cell: one per line, blank lines dropped. */
    static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The four texts of a row put in their places.
     *
     * @param date   提醒日期, or null
     * @param by     提醒人
     * @param reason 未缴原因 as typed
     * @param remark 备注 and whatever else was typed, joined by "；"
     */
    record Sorted(LocalDate date, String by, String reason, String remark) {
        boolean hasContent() {
            return date != null || !by.isEmpty() || !reason.isEmpty() || !remark.isEmpty();
        }
    }

    /**
     * Puts what a cadre typed under 提醒日期, 提醒人, 未缴原因 and 备注 where it belongs: a date typed in any of them is the
     * 提醒日期; when 未缴原因 is empty (or holds a date), a cell of 备注, 提醒人 or 提醒日期 that names a standard reason is
     * the reason; anything else stays where it was typed, and what cannot stay (text under 提醒日期, a second date)
     * goes to 备注. The program's own birthday advice under 备注 is left out (it is written again each week).
     */
    static Sorted sort(String dateCell, String byCell, String reasonCell, String remarkCell) {
        String[] cells = {clean(dateCell), clean(byCell), clean(reasonCell), withoutAdvice(clean(remarkCell))};
        final int dateAt = 0;
        final int byAt = 1;
        final int reasonAt = 2;
        final int remarkAt = 3;
        boolean[] used = new boolean[4];
        LocalDate date = null;
        for (int i : new int[] {dateAt, reasonAt, byAt, remarkAt}) {
            LocalDate d = cells[i].isEmpty() ? null : Values.date(cells[i]);
            if (d != null && date == null) {
                date = d;
                used[i] = true;
            } else if (d != null && d.equals(date)) {
                used[i] = true; // the same date typed twice
            }
        }
        String reason = "";
        if (!cells[reasonAt].isEmpty() && !used[reasonAt]) {
            reason = cells[reasonAt];
            used[reasonAt] = true;
        } else {
            for (int i : new int[] {remarkAt, byAt, dateAt}) {
                if (!cells[i].isEmpty() && !used[i] && namesReason(cells[i], i == remarkAt)) {
                    reason = cells[i];
                    used[i] = true;
                    break;
                }
            }
        }
        String by = "";
        if (!cells[byAt].isEmpty() && !used[byAt]) {
            by = cells[byAt];
            used[byAt] = true;
        }
        List<String> rest = new ArrayList<>();
        for (int i : new int[] {remarkAt, dateAt, reasonAt}) {
            if (!cells[i].isEmpty() && !used[i]) {
                rest.add(cells[i]);
            }
        }
        return new Sorted(date, by, reason, String.join("；", rest));
    }

    /**
     * Whether a text typed in another column is a reason: under 备注 any text that names one; under 提醒人 or 提醒日期
     * only a standard label (a name like 王学军 must not become 上学).
     */
    private static boolean namesReason(String text, boolean remark) {
        return remark ? UnpaidReason.of(text).isPresent() : UnpaidReason.byLabel(text).isPresent();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }

    private static String withoutAdvice(String remark) {
        if (!ADVICE.matcher(remark).find()) {
            return remark;
        }
        // the list writes a cadre's remark before the advice, joined by "；"
        return ADVICE.matcher(remark).replaceAll("").strip().replaceAll("[；;，,]+$", "").strip();
    }
}

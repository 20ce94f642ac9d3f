package zhengjiao.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a village cadre wrote about one person on one row of a returned reminder list (未缴费提醒名单 filled in and
 * returned in {@code 台账/}), each text already put in its place: a date typed under 未缴原因 is the 提醒日期, a
 * standard reason typed under 备注 is the 未缴原因; nothing typed is dropped.
 *
 * @param id          the ID as read, normalised and upgraded; may be invalid (then {@link #idValid()} is false)
 * @param idValid     whether {@code id} is a valid 18-character resident ID
 * @param name        姓名 on the row ("" when none)
 * @param date        提醒日期, if one was typed
 * @param by          提醒人 ("" when none)
 * @param reasonText  未缴原因 as typed ("" when none)
 * @param reason      the standard reason {@code reasonText} names, if it names one
 * @param remark      备注 and anything else typed that is neither a date nor the reason ("" when none)
 * @param history     the row's 历次提醒 entries (earlier notes the list carried), one per line, as written
 * @param source      where the row is: file, sheet and row
 * @param listDate    the return's date for ordering: its 统计日期, else the row's 提醒日期, else the file's time
 * @param fileTime    the file's last-modified time, to order returns of the same date
 */
public record ReminderNote(String id, boolean idValid, String name, Optional<LocalDate> date, String by, String reasonText,
                           Optional<UnpaidReason> reason, String remark, List<String> history, Source source,
                           LocalDate listDate, Instant fileTime) {

    public ReminderNote {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(listDate, "listDate must not be null");
        Objects.requireNonNull(fileTime, "fileTime must not be null");
        history = List.copyOf(history);
    }

    /**
     * Where a note was read.
     *
     * @param file  the file's name under 台账/
     * @param sheet the sheet's name
     * @param row   the row (1-based, as the official sees it)
     */
    public record Source(String file, String sheet, int row) {

        /** "提醒名单.xlsx「刘寨村」第 5 行". */
        public String describe() {
            return file + (sheet.isEmpty() || sheet.equals(file) ? " " : "「" + sheet + "」") + "第 " + row + " 行";
        }
    }

    /** Whether the row holds anything a cadre wrote. */
    public boolean hasContent() {
        return date.isPresent() || !by.isEmpty() || !reasonText.isEmpty() || !remark.isEmpty() || !history.isEmpty();
    }

    /** Whether the four columns hold anything (a row with only 历次提醒 carries no note of its own). */
    public boolean hasOwnNote() {
        return date.isPresent() || !by.isEmpty() || !reasonText.isEmpty() || !remark.isEmpty();
    }

    /** The reason shown and counted: the standard one when the text names one, else the text as typed. */
    public String reasonShown() {
        return reason.map(UnpaidReason::label).orElse(reasonText);
    }

    /** The reason counted: the standard one, 其他 for a text naming none, empty when no reason was given. */
    public Optional<UnpaidReason> counted() {
        return reason.or(() -> reasonText.isEmpty() ? Optional.empty() : Optional.of(UnpaidReason.OTHER));
    }

    /**
     * The note as one line of 历次提醒: "2022-11-20 王明：外出务工；春节后回来缴". Two notes with the same four texts have
     * the same line wherever they were read.
     */
    public String line() {
        StringBuilder sb = new StringBuilder();
        date.ifPresent(d -> sb.append(d).append(' '));
        if (!by.isEmpty()) {
            sb.append(by).append('：');
        }
        String body = reasonText.isEmpty() ? remark : remark.isEmpty() ? reasonText : reasonText + "；" + remark;
        return sb.append(body).toString().strip();
    }
}

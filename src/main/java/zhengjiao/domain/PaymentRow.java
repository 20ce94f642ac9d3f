package zhengjiao.domain;

import java.time.LocalDate;

/**
 * One row of a payment dump, parsed. Rows that cannot be parsed never become a PaymentRow: they are
 * {@link Exclusion}s.
 *
 * @param source     where the row was read
 * @param id         the normalised, valid 18-character resident ID
 * @param name       缴费人姓名 (may be empty)
 * @param village    村居 as written in the dump
 * @param town       乡镇(街道) as written, or "" when the dump has none
 * @param insurance  险种
 * @param policyYear 费款所属期's year
 * @param date       缴费日期
 * @param amountFen  amount in fen; negative for a refund
 * @param serial     电子税票号码 (may be empty)
 * @param channel    缴费渠道 (may be empty)
 * @param agent      the village agent who collected it (代收人, 经办人), when the dump has such a column; else ""
 */
public record PaymentRow(
        RowRef source,
        String id,
        String name,
        String village,
        String town,
        Insurance insurance,
        int policyYear,
        LocalDate date,
        long amountFen,
        String serial,
        String channel,
        String agent) {

    public PaymentRow {
        agent = agent == null ? "" : agent;
    }

    /** A row of a dump without an agent column. */
    public PaymentRow(RowRef source, String id, String name, String village, String town, Insurance insurance,
                      int policyYear, LocalDate date, long amountFen, String serial, String channel) {
        this(source, id, name, village, town, insurance, policyYear, date, amountFen, serial, channel, "");
    }
}

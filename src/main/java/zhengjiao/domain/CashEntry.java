package zhengjiao.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of the collecting agents' cash record (代收台账): money a village agent (村居代办员, 协办员) collected from
 * residents during the collection phase, to be matched against the register's payments through the agent channel
 * (钱表相符, notice 003 六（二）).
 *
 * @param source    where the row was read (the file as shown under the campaign folder, its row)
 * @param town      镇街 as written, or "" when the record has none (a town's own record)
 * @param village   村居 as written
 * @param agent     代收人 as written, spaces removed
 * @param date      代收日期
 * @param amountFen 金额 in fen (negative for money handed back)
 * @param persons   人数 when the record has that column and the cell is filled; otherwise the row is one payer
 * @param insurance 险种 when the record names one, else null (the campaign's insurance is assumed)
 * @param note      票据号 and 备注 as written, joined by "；" (may be empty)
 */
public record CashEntry(RowRef source, String town, String village, String agent, LocalDate date, long amountFen,
                        OptionalInt persons, Insurance insurance, String note) {

    public CashEntry {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(village, "village must not be null");
        Objects.requireNonNull(date, "date must not be null");
        town = town == null ? "" : town;
        agent = agent == null ? "" : agent;
        persons = persons == null ? OptionalInt.empty() : persons;
        note = note == null ? "" : note;
    }

    /** The payers this row stands for: its 人数, or 1. */
    public int payerCount() {
        return persons.orElse(1);
    }
}

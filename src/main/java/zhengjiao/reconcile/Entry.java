package zhengjiao.reconcile;

import java.time.LocalDate;

/**
 * One distinct payment (or refund) of a person: a serial number seen once, however many dumps repeat it. Kept small
 * (a county holds a million of them): the date as an epoch day, where it was first seen as two ints.
 *
 * @param serial     电子税票号码, or a key made of date and amount when the dump gave none
 * @param day        缴费日期 as {@link LocalDate#toEpochDay()}
 * @param amountFen  amount in fen, negative for a refund
 * @param village    index into the task table, or {@code -1 - k} for the k-th unmatched village text
 * @param government whether the channel says the government paid (代缴)
 * @param fileIndex  the ledger's index of the dump the payment was first seen in
 * @param row        the row of that dump
 * @param seen       how many rows showed this payment
 */
record Entry(String serial, int day, long amountFen, int village, boolean government, int fileIndex, int row, int seen) {

    Entry seenAgain() {
        return new Entry(serial, day, amountFen, village, government, fileIndex, row, seen + 1);
    }

    /** 缴费日期. */
    LocalDate date() {
        return LocalDate.ofEpochDay(day);
    }

    /** Whether the payment is dated on or before the epoch day {@code last}. */
    boolean onOrBefore(long last) {
        return day <= last;
    }

    boolean isRefund() {
        return amountFen < 0;
    }
}

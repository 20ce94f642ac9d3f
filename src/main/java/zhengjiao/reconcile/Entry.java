package zhengjiao.reconcile;

import java.time.LocalDate;
import zhengjiao.domain.RowRef;

/**
 * One distinct payment (or refund) of a person: a serial number seen once, however many dumps repeat it.
 *
 * @param serial     电子税票号码, or a key made of date and amount when the dump gave none
 * @param date       缴费日期
 * @param amountFen  amount in fen, negative for a refund
 * @param village    index into the task table, or {@code -1 - k} for the k-th unmatched village text
 * @param government whether the channel says the government paid (代缴)
 * @param first      where the payment was first seen
 * @param seen       how many rows showed this payment
 * @param place      村居 as the dump wrote it (one shared string per distinct text)
 */
record Entry(String serial, LocalDate date, long amountFen, int village, boolean government, RowRef first, int seen,
             String place) {

    Entry seenAgain() {
        return new Entry(serial, date, amountFen, village, government, first, seen + 1, place);
    }

    boolean isRefund() {
        return amountFen < 0;
    }
}

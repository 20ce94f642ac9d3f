package zhengjiao.reconcile;

import zhengjiao.domain.LongText;
import zhengjiao.domain.PaymentRow;

/**
 * What the ledger derives from a payment row alone, without any of its own state: the person's code
 * ({@link PersonIndex#code}), the payment's serial as numbers, its epoch day and whether the channel is a
 * government's. Made on the threads that parse the dumps, so that the one thread taking the rows in order
 * ({@link Ledger#payment(PaymentRow, PaymentKey)}) does less for each row; the ledger's result is the same with or
 * without it.
 */
public final class PaymentKey {

    final long code;
    private final Entry partial;

    private PaymentKey(long code, Entry partial) {
        this.code = code;
        this.partial = partial;
    }

    /**
     * The key of {@code row}, or null when the ledger must look at the row itself (a text too long for a cell, which
     * the ledger cuts and notes first).
     */
    public static PaymentKey of(PaymentRow row) {
        if (LongText.tooLong(row.id()) || LongText.tooLong(row.name()) || LongText.tooLong(row.village())
                || LongText.tooLong(row.town()) || LongText.tooLong(row.serial()) || LongText.tooLong(row.channel())) {
            return null;
        }
        return new PaymentKey(PersonIndex.code(row.id()), Entry.of(Ledger.serialKey(row), (int) row.date().toEpochDay(),
                row.amountFen(), 0, Ledger.isGovernmentChannel(row.channel()), row.source().fileIndex(), row.source().row(),
                null));
    }

    /** The payment's entry, counted towards {@code village} and written {@code place} in the dump. */
    Entry entry(int village, String place) {
        Entry e = partial;
        return new Entry(e.serialHigh(), e.serialLow(), e.serialText(), e.serialLength(), e.day(), e.amountFen(), village,
                e.government(), e.fileIndex(), e.row(), e.seen(), place);
    }
}

package zhengjiao.report;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.RandomAccess;
import zhengjiao.reconcile.Ledger;

/**
 * Payers kept as their places in the ledger's reading order ({@link Ledger#forEachPayerAt}), each made again when
 * asked for: a county's million payers cost 4 bytes each while the lists are written, not a payer object each.
 * Unmodifiable; read from several threads at once once the dumps are read.
 */
final class PayerList extends AbstractList<Ledger.Payer> implements RandomAccess {

    private final Ledger ledger;
    private final LocalDate day;
    private final int[] places;

    /** The payers on {@code day} at {@code places} (each must count on that day), in that order. */
    PayerList(Ledger ledger, LocalDate day, int[] places) {
        this.ledger = ledger;
        this.day = day;
        this.places = places;
    }

    @Override
    public Ledger.Payer get(int index) {
        Ledger.Payer p = ledger.payerAt(places[index], day);
        if (p == null) {
            throw new IllegalStateException("第 " + index + " 个缴费人在 " + day + " 不再计入（账本在列表做好后变了）");
        }
        return p;
    }

    @Override
    public int size() {
        return places.length;
    }

    /** A growing list of ints (places), for collecting a village's payers. */
    static final class Places {
        private int[] items = new int[8];
        private int size;

        void add(int place) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = place;
        }

        void addAll(Places more) {
            for (int i = 0; i < more.size; i++) {
                add(more.items[i]);
            }
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}

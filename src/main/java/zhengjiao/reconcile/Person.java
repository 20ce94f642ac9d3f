package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's distinct payments for the campaign's insurance and year, in the order they were read. A county holds a
 * million persons, so a person is kept small: almost everyone pays once, and the first payment's fields live in the
 * person itself (an {@link Entry} is made only when asked for); a list exists only for a second payment; the name is
 * kept as chars in blocks shared by all persons ({@link NamePool}) rather than as an object of its own.
 */
final class Person {

    static final Comparator<Entry> CHRONOLOGICAL = Comparator.comparingInt(Entry::day)
            .thenComparingInt(Entry::fileIndex).thenComparingInt(Entry::row);

    /** The resident ID as {@link PersonIndex#code}. */
    final long code;
    /** 姓名: {@link #nameLength} chars from {@link #nameAt} in a block of the ledger's {@link NamePool}. */
    private char[] nameBlock;
    private int nameAt;
    private char nameLength;
    /** Whether a roster lists this person. */
    boolean listed;
    private boolean hasFirst;
    private long serialHigh;
    private long serialLow;
    private String serialText;
    private byte serialLength;
    private int day;
    private long amountFen;
    private int village;
    private boolean government;
    private int fileIndex;
    private int row;
    /** Rows that showed the first payment (stops at 65,535: a count of that many is as good as any). */
    private char seen;
    private String place;
    private List<Entry> more;

    Person(long code, String name, NamePool names) {
        this.code = code;
        name(name, names);
    }

    /** 姓名 from the dumps ("" when none gave one). */
    String name() {
        return nameLength == 0 ? "" : new String(nameBlock, nameAt, nameLength);
    }

    /** Whether no dump gave a name yet. */
    boolean nameless() {
        return nameLength == 0;
    }

    /** Keeps {@code text} as the name, its chars copied into {@code names} (once a person, or when a name comes later). */
    void name(String text, NamePool names) {
        if (text.isEmpty()) {
            nameLength = 0;
            return;
        }
        nameAt = names.add(text);
        nameBlock = names.lastBlock();
        nameLength = (char) text.length();
    }

    private void first(Entry e) {
        hasFirst = true;
        serialHigh = e.serialHigh();
        serialLow = e.serialLow();
        serialText = e.serialText();
        serialLength = e.serialLength();
        day = e.day();
        amountFen = e.amountFen();
        village = e.village();
        government = e.government();
        fileIndex = e.fileIndex();
        row = e.row();
        seen = (char) Math.min(Character.MAX_VALUE, e.seen());
        place = e.place();
    }

    private Entry first() {
        return hasFirst ? new Entry(serialHigh, serialLow, serialText, serialLength, day, amountFen, village, government,
                fileIndex, row, seen, place) : null;
    }

    /** The resident ID. */
    String id() {
        return PersonIndex.id(code);
    }

    /** Adds a payment unless the same serial is already there; returns false for a repeat. */
    boolean add(Entry entry) {
        if (!hasFirst) {
            first(entry);
            return true;
        }
        if (first().sameSerial(entry)) {
            if (seen < Character.MAX_VALUE) {
                seen++;
            }
            return false;
        }
        if (more == null) {
            more = new ArrayList<>(1);
        }
        for (int i = 0; i < more.size(); i++) {
            if (more.get(i).sameSerial(entry)) {
                more.set(i, more.get(i).seenAgain());
                return false;
            }
        }
        more.add(entry);
        return true;
    }

    /** Whether the person has exactly one payment (or refund): then it alone decides from which day they count. */
    boolean single() {
        return hasFirst && more == null;
    }

    /** The epoch day of the first payment. */
    int firstDay() {
        return day;
    }

    /** The amount of the first payment, fen. */
    long firstAmount() {
        return amountFen;
    }

    /** The village of the first payment (a task-table line, or a negative code for 未匹配). */
    int firstVillage() {
        return village;
    }

    /** Whether the first payment came through a government channel. */
    boolean firstGovernment() {
        return government;
    }

    /** How many distinct payments and refunds the person has. */
    int size() {
        return !hasFirst ? 0 : 1 + (more == null ? 0 : more.size());
    }

    /** The payments in reading order (a new list). */
    List<Entry> entries() {
        List<Entry> all = new ArrayList<>(size());
        if (hasFirst) {
            all.add(first());
        }
        if (more != null) {
            all.addAll(more);
        }
        return all;
    }

    private Entry at(int i) {
        return i == 0 ? first() : more.get(i - 1);
    }

    /** Net amount in fen of the payments dated on or before {@code day}. */
    long netOn(LocalDate day) {
        long last = day.toEpochDay();
        if (more == null) {
            return hasFirst && this.day <= last ? amountFen : 0;
        }
        long net = 0;
        for (int i = 0, n = size(); i < n; i++) {
            Entry e = at(i);
            if (e.onOrBefore(last)) {
                net += e.amountFen();
            }
        }
        return net;
    }

    /**
     * The payment a counted person is attributed by on {@code day}: the earliest positive payment dated
     * on or before it; null when the person does not count that day (net amount not above zero).
     */
    Entry countingEntry(LocalDate day) {
        long last = day.toEpochDay();
        if (more == null) {
            return hasFirst && this.day <= last && amountFen > 0 ? first() : null;
        }
        long net = 0;
        Entry best = null;
        for (int i = 0, n = size(); i < n; i++) {
            Entry e = at(i);
            if (!e.onOrBefore(last)) {
                continue;
            }
            net += e.amountFen();
            if (e.amountFen() > 0 && (best == null || CHRONOLOGICAL.compare(e, best) < 0)) {
                best = e;
            }
        }
        return net > 0 ? best : null;
    }

    /** How many payments ({@code positive}) or refunds dated on or before {@code day} the person has. */
    int countOn(LocalDate day, boolean positive) {
        long last = day.toEpochDay();
        if (more == null) {
            return hasFirst && this.day <= last && (positive ? amountFen > 0 : amountFen < 0) ? 1 : 0;
        }
        int count = 0;
        for (int i = 0, n = size(); i < n; i++) {
            Entry e = at(i);
            if ((positive ? e.amountFen() > 0 : e.amountFen() < 0) && e.onOrBefore(last)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a payment dated on or before {@code day} matched no village of the task table. */
    boolean unmatchedOn(LocalDate day) {
        long last = day.toEpochDay();
        if (more == null) {
            return hasFirst && village < 0 && this.day <= last;
        }
        for (int i = 0, n = size(); i < n; i++) {
            Entry e = at(i);
            if (e.village() < 0 && e.onOrBefore(last)) {
                return true;
            }
        }
        return false;
    }
}

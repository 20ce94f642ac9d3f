package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A person's distinct payments for the campaign's insurance and year, in the order they were read. */
final class Person {

    static final Comparator<Entry> CHRONOLOGICAL = Comparator.comparing(Entry::date)
            .thenComparingInt(e -> e.first().fileIndex()).thenComparingInt(e -> e.first().row());

    final String id;
    String name;
    /** Whether a roster lists this person. */
    boolean listed;
    private final List<Entry> entries = new ArrayList<>(1);

    Person(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Adds a payment unless the same serial is already there; returns false for a repeat. */
    boolean add(Entry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).serial().equals(entry.serial())) {
                entries.set(i, entries.get(i).seenAgain());
                return false;
            }
        }
        entries.add(entry);
        return true;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Net amount in fen of the payments dated on or before {@code day}. */
    long netOn(LocalDate day) {
        long net = 0;
        for (Entry e : entries) {
            if (!e.date().isAfter(day)) {
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
        if (netOn(day) <= 0) {
            return null;
        }
        Entry best = null;
        for (Entry e : entries) {
            if (e.amountFen() > 0 && !e.date().isAfter(day) && (best == null || CHRONOLOGICAL.compare(e, best) < 0)) {
                best = e;
            }
        }
        return best;
    }

    /** How many payments ({@code positive}) or refunds dated on or before {@code day} the person has. */
    int countOn(LocalDate day, boolean positive) {
        int n = 0;
        for (Entry e : entries) {
            if ((positive ? e.amountFen() > 0 : e.amountFen() < 0) && !e.date().isAfter(day)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a payment dated on or before {@code day} matched no village of the task table. */
    boolean unmatchedOn(LocalDate day) {
        for (Entry e : entries) {
            if (e.village() < 0 && !e.date().isAfter(day)) {
                return true;
            }
        }
        return false;
    }

    List<Entry> positivesOn(LocalDate day) {
        return entries.stream().filter(e -> e.amountFen() > 0 && !e.date().isAfter(day)).sorted(CHRONOLOGICAL).toList();
    }

    List<Entry> refundsOn(LocalDate day) {
        return entries.stream().filter(e -> e.amountFen() < 0 && !e.date().isAfter(day)).sorted(CHRONOLOGICAL).toList();
    }
}

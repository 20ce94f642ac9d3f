package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Who counts on one day: paid persons per village (self-paid and government-paid), and those under 未匹配. */
public final class Snapshot {

    private final LocalDate day;
    private final int[] paid;
    private final int[] government;
    private final Map<String, Integer> unmatched;
    private final int unmatchedGovernment;

    Snapshot(LocalDate day, int[] paid, int[] government, Map<String, Integer> unmatched, int unmatchedGovernment) {
        this.day = day;
        this.paid = paid.clone();
        this.government = government.clone();
        this.unmatched = Collections.unmodifiableMap(new TreeMap<>(unmatched));
        this.unmatchedGovernment = unmatchedGovernment;
    }

    public LocalDate day() {
        return day;
    }

    /** Persons counted towards village {@code i} of the task table. */
    public int paid(int i) {
        return paid[i];
    }

    /** Of those, persons whose payment came through a government channel (代缴). */
    public int government(int i) {
        return government[i];
    }

    /** Persons counted under 未匹配, by the dump's village text. */
    public Map<String, Integer> unmatched() {
        return unmatched;
    }

    public int unmatchedTotal() {
        return unmatched.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int unmatchedGovernment() {
        return unmatchedGovernment;
    }

    /** Persons counted towards the villages of the task table. */
    public int matchedTotal() {
        return Arrays.stream(paid).sum();
    }

    public int governmentTotal() {
        return Arrays.stream(government).sum() + unmatchedGovernment;
    }
}

package zhengjiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A completion rate paid / task, kept as the exact fraction so that equal rates compare equal
 * (3/4 = 6/8) and ranking never depends on rounding. A task of 0 has no rate and ranks last.
 */
public record Rate(long paid, long task) implements Comparable<Rate> {

    public boolean defined() {
        return task > 0;
    }

    /**
     * The rate as a number for a percent-formatted cell, unrounded (the cell's format rounds, as {@link #percent}
     * does, so that the sheet and the circular show the same figure), or null without a task.
     */
    public Double value() {
        return defined() ? (double) paid / task : null;
    }

    /** "85.31%" for texts. */
    public String percent() {
        if (!defined()) {
            return "—";
        }
        return BigDecimal.valueOf(paid * 100L).divide(BigDecimal.valueOf(task), 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Higher rates first; undefined rates after every defined one. */
    @Override
    public int compareTo(Rate other) {
        if (!defined() || !other.defined()) {
            return Boolean.compare(!defined(), !other.defined());
        }
        return Long.compare(other.paid * task, paid * other.task);
    }
}

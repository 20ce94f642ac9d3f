package zhengjiao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Competition ranking by completion rate: highest first, equal rates share a rank (1, 2, 2, 4).
 *
 * <p>The bottom places: a unit is among the bottom {@code n} when fewer than {@code n} units have a strictly
 * lower rate, so a tie at the boundary flags every tied unit. When all units share one rate nobody is behind
 * anybody and no unit is flagged.
 */
public final class Ranking {

    private Ranking() {
    }

    /** The rank of each rate, in the input's order. */
    public static int[] ranks(List<Rate> rates) {
        int[] ranks = new int[rates.size()];
        for (int i = 0; i < rates.size(); i++) {
            int better = 0;
            for (Rate other : rates) {
                if (other.compareTo(rates.get(i)) < 0) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }

    /** Whether each unit is among the bottom {@code n}, in the input's order. */
    public static boolean[] bottom(List<Rate> rates, int n) {
        boolean[] flags = new boolean[rates.size()];
        if (n <= 0 || rates.isEmpty()) {
            return flags;
        }
        boolean allEqual = rates.stream().allMatch(r -> r.compareTo(rates.get(0)) == 0);
        if (allEqual) {
            return flags;
        }
        for (int i = 0; i < rates.size(); i++) {
            int worse = 0;
            for (Rate other : rates) {
                if (other.compareTo(rates.get(i)) > 0) {
                    worse++;
                }
            }
            flags[i] = worse < n;
        }
        return flags;
    }

    /** Indexes sorted by rank, ties in the input's order. */
    public static List<Integer> order(int[] ranks) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparingInt((Integer i) -> ranks[i]).thenComparingInt(i -> i));
        return idx;
    }
}

package zhengjiao.domain;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggestions for misspelt names (a settings key, an option, a command): the known name nearest by edit distance
 * (Levenshtein, with swapped neighbours counting one edit), if it is near enough to be a likely slip.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The candidate nearest to {@code word}, ignoring case, if at most one edit in three characters away (and at
     * least one edit is always allowed): 考核日其 → 考核日期, rn → run, --ot → --out. Null when none is that near.
     */
    public static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(word.length(), best.length()) / 3);
        return bestDistance <= allowed ? best : null;
    }

    /**
     * The edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbouring
     * characters (rnu → run) count one each (optimal string alignment). Counted in UTF-16 units; a Chinese
     * character is one.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

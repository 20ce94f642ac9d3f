package zhengjiao.domain;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggestions for misspelt names (a settings key, an option, a command): the known name nearest by edit distance
 * (Levenshtein), if it is near enough to be a likely slip.
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

    /** The Levenshtein distance between two strings, counted in UTF-16 units (a Chinese character is one). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}

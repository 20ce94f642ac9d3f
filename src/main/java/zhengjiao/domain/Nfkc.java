package zhengjiao.domain;

import java.text.Normalizer;

/**
 * NFKC normalisation (full-width letters and digits, the ideographic space and other compatibility characters
 * become their plain forms) with a fast path: text made only of ASCII and CJK unified ideographs (U+4E00–U+9FFF),
 * which NFKC leaves as it is, is returned without running the normaliser. Dumps repeat such text on every row.
 */
public final class Nfkc {

    private Nfkc() {
    }

    /** {@code text} in NFKC; null becomes "". */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return isStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Whether NFKC certainly leaves {@code text} unchanged: only ASCII and CJK unified ideographs. */
    static boolean isStable(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
    }
}

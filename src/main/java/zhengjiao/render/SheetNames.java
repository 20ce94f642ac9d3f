package zhengjiao.render;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place a sheet is named from data (a village, a town, a group leader): every name it gives is one Excel
 * accepts and unique in its workbook, whatever the data holds. Excel's rules: 1 to 31 characters; none of
 * {@code : \ / ? * [ ]}; no apostrophe at the start or the end; no two names equal ignoring case; "History" is
 * reserved. Characters a workbook file cannot hold at all (control characters, half an emoji) are dropped.
 *
 * <p>What it does with a name that breaks a rule: the forbidden characters become their full-width forms
 * ({@code 刘寨/东} → {@code 刘寨／东}); apostrophes and spaces at either end are dropped ({@code '姜山村'} →
 * {@code 姜山村}); a long name is cut to 31 characters at a character boundary (an emoji is kept whole or left
 * out); an empty result becomes the fallback; a name already taken gets {@code (2)}, {@code (3)} … within the 31.
 */
public final class SheetNames {

    /** The most characters Excel allows in a sheet name (counted in UTF-16 units, as Excel does). */
    public static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = ":\\/?*[]";
    private static final String FULL_WIDTH = "：＼／？＊［］";

    private final Set<String> taken = new HashSet<>();

    /** @param reserved names the workbook already has (its template's sheets), never given out */
    public SheetNames(Collection<String> reserved) {
        reserved.forEach(n -> taken.add(key(n)));
        taken.add(key("History"));
    }

    /** No name reserved but Excel's own. */
    public SheetNames() {
        this(List.of());
    }

    /** A legal name for {@code wanted}, not given out before; "表" when nothing of it is left. */
    public String add(String wanted) {
        return add(wanted, "表");
    }

    /** A legal name for {@code wanted}, not given out before; {@code fallback} when nothing of it is left. */
    public String add(String wanted, String fallback) {
        String base = legal(wanted);
        if (base.isEmpty()) {
            base = legal(fallback);
        }
        if (base.isEmpty()) {
            base = "表";
        }
        String name = base;
        for (int i = 2; taken.contains(key(name)); i++) {
            String suffix = "(" + i + ")";
            name = trimEnds(cut(base, MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** {@code wanted} made legal (possibly empty), without regard to the other names. */
    public static String legal(String wanted) {
        if (wanted == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(wanted.length());
        for (int i = 0; i < wanted.length(); ) {
            int cp = wanted.codePointAt(i);
            i += Character.charCount(cp);
            int forbidden = FORBIDDEN.indexOf(cp);
            if (forbidden >= 0) {
                sb.append(FULL_WIDTH.charAt(forbidden));
            } else if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\u3000') {
                sb.append(' ');
            } else if (fitsXml(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        String name = trimEnds(sb.toString());
        return trimEnds(cut(name, MAX_LENGTH));
    }

    /** A character a workbook's XML can hold: no control character, no lone half of a surrogate pair. */
    private static boolean fitsXml(int cp) {
        if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
            return false;
        }
        return cp != 0xFFFE && cp != 0xFFFF;
    }

    /** At most {@code units} UTF-16 units of {@code s}, never half a surrogate pair. */
    private static String cut(String s, int units) {
        if (s.length() <= units) {
            return s;
        }
        int end = units;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Without spaces and apostrophes at either end (Excel refuses a name starting or ending with one). */
    private static String trimEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEnd(s.charAt(start))) {
            start++;
        }
        while (end > start && isEnd(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isEnd(char c) {
        return c == '\'' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}

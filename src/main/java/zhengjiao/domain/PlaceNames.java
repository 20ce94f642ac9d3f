package zhengjiao.domain;

import java.util.List;

/**
 * Tolerant keys for place names: 刘寨 = 刘寨村 = 刘寨村委会 = 刘寨村村民委员会 = " 刘 寨 村 " (full-width too).
 * The key is NFKC text without any spaces or invisible characters and without its administrative suffixes.
 */
public final class PlaceNames {

    private static final List<String> VILLAGE_SUFFIXES = List.of(
            "社区居民委员会", "村民委员会", "居民委员会", "社区居委会", "村委会", "居委会", "委员会", "社区", "村");
    private static final List<String> TOWN_SUFFIXES = List.of("街道办事处", "人民政府", "街道办", "街道", "镇", "乡");

    private PlaceNames() {
    }

    /** NFKC with all whitespace and invisible characters removed; brackets unified to ASCII. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Nfkc.of(raw);
        if (isClean(nfkc)) {
            return nfkc;
        }
        StringBuilder sb = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The matching key of a village or community name: every stacked administrative suffix is removed, so the task
     * table's 刘寨村 and the registered committee names 刘寨村村民委员会, 刘寨村村委会 and 刘寨村居民委员会 share the key
     * 刘寨. A name is never stripped to nothing (a one-character remainder stays).
     */
    public static String villageKey(String raw) {
        String s = unquoted(clean(raw));
        while (true) {
            String shorter = stripSuffix(s, VILLAGE_SUFFIXES);
            if (shorter.equals(s)) {
                return s;
            }
            s = shorter;
        }
    }

    /** Whether nothing in an NFKC text is whitespace, a format or a control character (ASCII and CJK checked fast). */
    private static boolean isClean(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return false;
            }
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF) && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL)) {
                return false;
            }
        }
        return true;
    }

    /** The matching key of a town or sub-district name (木石 = 木石镇, 北辛 = 北辛街道). */
    public static String townKey(String raw) {
        String once = stripSuffix(unquoted(clean(raw)), TOWN_SUFFIXES);
        return stripSuffix(once, TOWN_SUFFIXES); // 朱集镇人民政府 -> 朱集镇 -> 朱集
    }

    /** Without the quotes a spreadsheet user types around a name ('姜山村', “姜山村”). */
    private static String unquoted(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && QUOTES.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && QUOTES.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static final String QUOTES = "'\"`‘’“”";

    private static String stripSuffix(String s, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.length() > suffix.length() && s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** Characters that end an administrative prefix (安徽省宿州市灵璧县朱集镇…). */
    private static final String PREFIX_ENDS = "省市县区旗镇乡道处";

    /**
     * Every tail of {@code cleaned} that follows an administrative prefix, longest first: 灵璧县朱集镇刘寨村委会 gives
     * 朱集镇刘寨村委会 and 刘寨村委会. Used only when the whole text matches nothing.
     */
    public static List<String> tailsAfterPrefixes(String cleaned) {
        List<String> tails = new java.util.ArrayList<>();
        for (int i = 1; i < cleaned.length() - 1; i++) {
            if (PREFIX_ENDS.indexOf(cleaned.charAt(i - 1)) >= 0) {
                tails.add(cleaned.substring(i));
            }
        }
        return tails;
    }

    /**
     * The text after a leading town prefix such as "朱集镇" in "朱集镇刘寨村委会", or the text itself when it
     * has no such prefix.
     */
    public static String withoutTownPrefix(String cleaned, String townKey) {
        for (String suffix : TOWN_SUFFIXES) {
            String prefix = townKey + suffix;
            if (cleaned.startsWith(prefix) && cleaned.length() > prefix.length()) {
                return cleaned.substring(prefix.length());
            }
        }
        return cleaned;
    }
}

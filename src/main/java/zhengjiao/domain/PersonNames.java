package zhengjiao.domain;

/** Masking of personal names for public lists: 李四 -> 李*, 张小三 -> 张*三, 欧阳小明 -> 欧**明. */
public final class PersonNames {

    private PersonNames() {
    }

    /** Keeps the first character, and the last one of names of three or more characters. */
    public static String mask(String name) {
        String n = PlaceNames.clean(name);
        // counted by code points (a rare character outside the BMP is one character), without a stream per name
        int count = n.codePointCount(0, n.length());
        if (count == 0) {
            return "";
        }
        if (count == 1) {
            return "*";
        }
        int firstEnd = n.offsetByCodePoints(0, 1);
        StringBuilder sb = new StringBuilder(n.length() + 2).append(n, 0, firstEnd);
        if (count == 2) {
            return sb.append('*').toString();
        }
        for (int i = 2; i < count; i++) {
            sb.append('*');
        }
        return sb.append(n, n.offsetByCodePoints(n.length(), -1), n.length()).toString();
    }
}

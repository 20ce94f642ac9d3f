package zhengjiao.domain;

/** Masking of personal names for public lists: 李四 -> 李*, 张小三 -> 张*三, 欧阳小明 -> 欧**明. */
public final class PersonNames {

    private PersonNames() {
    }

    /** Keeps the first character, and the last one of names of three or more characters. */
    public static String mask(String name) {
        String n = PlaceNames.clean(name);
        int[] cps = n.codePoints().toArray();
        if (cps.length == 0) {
            return "";
        }
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cps.length - 2));
        return sb.appendCodePoint(cps[cps.length - 1]).toString();
    }
}

package zhengjiao.render;

import java.util.List;

/** Small rules of Excel files that every report follows. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * A valid, unique sheet name: Excel forbids {@code : \\ / ? * [ ]}, allows 31 characters and no duplicates
     * (compared case-insensitively).
     */
    static String sheetName(String wanted, List<String> taken) {
        String base = wanted.replaceAll("[:\\\\/?*\\[\\]]", "_");
        if (base.isBlank()) {
            base = "Sheet";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; contains(taken, name); i++) {
            String suffix = "(" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }

    private static boolean contains(List<String> taken, String name) {
        return taken.stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }
}

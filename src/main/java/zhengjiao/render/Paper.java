package zhengjiao.render;

/**
 * What a printed A4 page holds and how much room a text takes on it: the one measure the workbook writers use to
 * wrap texts, grow rows, choose the orientation and break pages.
 *
 * <p>Widths are estimates that err on the wide side: a CJK character takes a full em, Latin digits and letters
 * about 0.64 em (DejaVu Sans, which LibreOffice falls back to for the Latin part of a 宋体 cell, is the widest
 * of the fonts met in practice; SimSun's own half-width forms take 0.5 em). A line takes 1.45 em of height (the
 * Noto CJK fonts' ascent and descent). An Excel column width of {@code w} characters is {@code 7w + 5} pixels of
 * the default font, 0.75 point each.
 */
public final class Paper {

    /** A4 in points. */
    public static final double A4_WIDTH = 595.3;
    public static final double A4_HEIGHT = 841.9;
    /** The smallest type a printed body may have after fit-to-width scaling. */
    public static final double MIN_TYPE = 9;
    /** The room a cell keeps free inside its borders, both sides together. */
    public static final double CELL_PADDING = 4;
    /** The footer every sheet prints: page numbers counted per sheet. */
    public static final String FOOTER = "第 &P 页 共 &N 页";

    private Paper() {
    }

    /** The width of one character in ems. */
    public static double em(int cp) {
        if (cp >= '0' && cp <= '9') {
            return 0.64;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return cp == 'W' || cp == 'M' ? 0.9 : 0.74;
        }
        if (cp >= 'a' && cp <= 'z') {
            return cp == 'w' || cp == 'm' ? 0.9 : 0.62;
        }
        if (cp == ' ') {
            return 0.32;
        }
        if (cp < 0x80) {
            return cp == '%' ? 0.95 : cp == '#' ? 0.84 : cp == '*' ? 0.52 : 0.42;
        }
        if (cp >= 0x2190 && cp <= 0x21FF) {
            return 0.84; // arrows
        }
        if (cp == 0x2014) {
            return 1.0;
        }
        return 1.0;
    }

    /** The width of {@code text} set at {@code size} points, in points. */
    public static double textPoints(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += em(cp);
            i += Character.charCount(cp);
        }
        return ems * size;
    }

    /** The widest line of {@code text} (lines split at line breaks), in points. */
    public static double widestLine(String text, double size) {
        double widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, textPoints(line, size));
        }
        return widest;
    }

    /**
     * How many lines {@code text} takes when wrapped into {@code width} points: lines break at line breaks, between
     * any two CJK characters, at spaces, and inside a Latin word only when the word alone is wider than the line.
     */
    public static int lines(String text, double width, double size) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, Math.max(width, size), size);
        }
        return lines;
    }

    private static int paragraphLines(String text, double width, double size) {
        int lines = 1;
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            // a unit: one CJK character, or a run of Latin characters up to and including a space
            int start = i;
            int cp = text.codePointAt(i);
            double unit;
            if (cp >= 0x80 || cp == ' ') {
                unit = em(cp) * size;
                i += Character.charCount(cp);
            } else {
                unit = 0;
                while (i < text.length() && text.charAt(i) < 0x80 && text.charAt(i) != ' ') {
                    unit += em(text.charAt(i)) * size;
                    i++;
                }
                if (i < text.length() && text.charAt(i) == ' ') {
                    // the space after a word takes its room on the line as the word does
                    unit += em(' ') * size;
                    i++;
                }
            }
            if (used + unit <= width + 0.01) {
                used += unit;
            } else if (unit <= width) {
                lines++;
                used = unit;
            } else {
                // a word longer than the line breaks where it must
                for (int j = start; j < i; j++) {
                    double w = em(text.charAt(j)) * size;
                    if (used + w > width + 0.01) {
                        lines++;
                        used = 0;
                    }
                    used += w;
                }
            }
        }
        return lines;
    }

    /** The height one line of type takes, in points. */
    public static double lineHeight(double size) {
        return size * 1.45;
    }

    /** The height a cell needs for {@code lines} lines at {@code size} points. */
    public static double rowHeight(int lines, double size) {
        return Math.ceil(Math.max(1, lines) * lineHeight(size) + 0.5);
    }

    /** An Excel column width (in 1/256 of a character) in points. */
    public static double columnPoints(int width256) {
        return (width256 / 256.0 * 7 + 5) * 0.75;
    }

    /** The Excel column width (1/256 of a character) that is {@code points} wide. */
    public static int columnWidth(double points) {
        return (int) Math.ceil(((points / 0.75) - 5) / 7 * 256);
    }

    /** The printable width of an A4 page, in points, with margins in inches. */
    public static double printableWidth(boolean landscape, double leftInches, double rightInches) {
        return (landscape ? A4_HEIGHT : A4_WIDTH) - (leftInches + rightInches) * 72;
    }

    /** The printable height of an A4 page, in points, with margins in inches. */
    public static double printableHeight(boolean landscape, double topInches, double bottomInches) {
        return (landscape ? A4_WIDTH : A4_HEIGHT) - (topInches + bottomInches) * 72;
    }
}

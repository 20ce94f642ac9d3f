package zhengjiao.domain;

/**
 * Excel's limit on the text of one cell (32,767 characters): a longer text from a user's file is cut before it
 * reaches a workbook, with a remark at its end saying so, instead of aborting the run when the file is written.
 */
public final class LongText {

    /** The most characters (UTF-16 units, as Excel counts) a cell may hold. */
    public static final int CELL_LIMIT = 32_767;
    /** Characters kept of a text that is cut, leaving room for the remark. */
    static final int KEPT = 32_000;

    private LongText() {
    }

    /** Whether {@code text} is longer than a cell may hold. */
    public static boolean tooLong(String text) {
        return text != null && text.length() > CELL_LIMIT;
    }

    /**
     * {@code text} itself when it fits a cell; else its first {@value #KEPT} characters (never half an emoji)
     * followed by "…（原文 N 字，超过 Excel 单元格上限 32767 字，已截断）".
     */
    public static String fit(String text) {
        if (!tooLong(text)) {
            return text;
        }
        int end = KEPT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…（原文 " + text.length() + " 字，超过 Excel 单元格上限 " + CELL_LIMIT + " 字，已截断）";
    }
}

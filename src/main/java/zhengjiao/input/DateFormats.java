package zhengjiao.input;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell number formats show a date. Besides the formats POI knows, the built-in ids 27–36 and 50–58 are the
 * East Asian date and time formats (e.g. 31 = {@code yyyy"年"m"月"d"日"}) that Chinese Excel and WPS write with no
 * format string in the file; and custom formats written with 年/月/日 are dates too.
 */
final class DateFormats {

    private DateFormats() {
    }

    /**
     * Whether a number styled with format {@code id} and format string {@code format} (null when the file gives
     * none) is a date or time.
     */
    static boolean isDate(int id, String format) {
        boolean reserved = format == null || format.isBlank() || format.startsWith("reserved");
        if (isEastAsianBuiltin(id) && reserved) {
            return true;
        }
        if (reserved) {
            return DateUtil.isInternalDateFormat(id);
        }
        if (DateUtil.isADateFormat(id, format)) {
            return true;
        }
        return hasCjkDatePart(format);
    }

    /** The built-in ids Excel reserves for East Asian date and time formats. */
    static boolean isEastAsianBuiltin(int id) {
        return id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }

    /** {@code yyyy"年"m"月"d"日"}, {@code [DBNum1]yyyy年m月d日}: date codes beside Chinese date words. */
    private static boolean hasCjkDatePart(String format) {
        boolean word = format.contains("年") || format.contains("月") || format.contains("日");
        if (!word) {
            return false;
        }
        String codes = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return codes.matches("(?s).*[yYdD].*") || codes.matches("(?s).*[mM].*") && !codes.matches("(?s).*[0#?].*");
    }
}

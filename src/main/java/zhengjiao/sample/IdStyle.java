package zhengjiao.sample;

import java.math.BigDecimal;
import java.math.MathContext;
import zhengjiao.domain.ResidentId;

/**
 * How a person's ID number is written in the dumps. The first five styles still normalise to the person's valid
 * number ({@link ResidentId#normalize(String)}); the others are the planned invalid numbers.
 */
enum IdStyle {
    /** As issued. */
    NORMAL(false),
    /** Lower-case check character x (only for numbers ending in X). */
    LOWER_X(false),
    /** Full-width digits and Ｘ. */
    FULL_WIDTH(false),
    /** A leading and a trailing space. */
    SPACES(false),
    /** A zero-width space after the area code (never in the GBK file: GBK cannot encode it). */
    ZERO_WIDTH(false),
    /** Another check character than the right one. */
    WRONG_CHECK(true),
    /** A month 13, a day 32 or 30 February, with a check character that fits the wrong digits. */
    BAD_BIRTH_DATE(true),
    /** One digit lost: 17 characters. */
    SEVENTEEN(true),
    /** Turned into a number by Excel: 3.41323E+17 in CSV, a numeric cell in the workbook. */
    EXCEL(true);

    private static final String CHECKS = "10X98765432";

    private final boolean invalid;

    IdStyle(boolean invalid) {
        this.invalid = invalid;
    }

    boolean invalid() {
        return invalid;
    }

    /** The text of the number in a CSV dump or a text cell. */
    String render(long first17) {
        String head = Long.toString(first17);
        String valid = head + ResidentId.checkChar(head);
        return switch (this) {
            case NORMAL -> valid;
            case LOWER_X -> valid.replace('X', 'x');
            case FULL_WIDTH -> fullWidth(valid);
            case SPACES -> " " + valid + " ";
            case ZERO_WIDTH -> valid.substring(0, 6) + '\u200B' + valid.substring(6);
            case WRONG_CHECK -> head + wrongCheck(head, first17);
            case BAD_BIRTH_DATE -> badBirthDate(head, first17);
            case SEVENTEEN -> dropOneDigit(valid, first17);
            case EXCEL -> excelGeneral(valid);
        };
    }

    /** The value Excel keeps of a number typed as digits: 15 significant digits. */
    static double excelNumber(long first17) {
        String head = Long.toString(first17);
        return new BigDecimal(head + ResidentId.checkChar(head)).round(new MathContext(15)).doubleValue();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append((char) (s.charAt(i) + 0xFEE0));
        }
        return sb.toString();
    }

    private static char wrongCheck(String head, long first17) {
        int right = CHECKS.indexOf(ResidentId.checkChar(head));
        int shift = 1 + (int) (first17 % 10);
        return CHECKS.charAt((right + shift) % CHECKS.length());
    }

    private static String badBirthDate(String head, long first17) {
        String mmdd = switch ((int) (first17 % 3)) {
            case 0 -> "13" + head.substring(12, 14);
            case 1 -> head.substring(10, 12) + "32";
            default -> "0230";
        };
        String bad = head.substring(0, 10) + mmdd + head.substring(14);
        return bad + ResidentId.checkChar(bad);
    }

    private static String dropOneDigit(String valid, long first17) {
        int at = 8 + (int) (first17 % 9);
        return valid.substring(0, at) + valid.substring(at + 1);
    }

    /** Excel's General format of a large number: six significant digits, e.g. 3.41323E+17. */
    private static String excelGeneral(String valid) {
        BigDecimal rounded = new BigDecimal(valid).round(new MathContext(6));
        String mantissa = rounded.unscaledValue().toString();
        int exponent = mantissa.length() - 1 - rounded.scale();
        String digits = mantissa.replaceAll("0+$", "");
        String text = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return text + "E+" + exponent;
    }
}

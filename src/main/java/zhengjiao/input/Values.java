package zhengjiao.input;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the text values found in dumps and tables: dates, money and policy years.
 * Every method returns null (or empty) for text it cannot read; the caller names file, row and column.
 */
public final class Values {

    private static final Pattern YMD_SEPARATED =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern YMD_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:\\d{6})?(?:[ T].*)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:\\.0)?(?:年度?)?(?:[-/.]?(\\d{1,2})月?)?");
    private static final Pattern COMPACT_RANGE = Pattern.compile("(\\d{6})-(\\d{6})");
    /** One side of a 费款所属期起止 range: a day or a month, separated or compact. */
    private static final String PERIOD_END = "\\d{4}[-/.年]\\d{1,2}月?(?:[-/.月]\\d{1,2}日?)?(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{8}|\\d{6}";
    /** 2023-01-01至2023-12-31, 2023-01-01-2023-12-31, 2023-01-01--2023-12-31, 2023-01-01~2023-12-31, 20230101-20231231. */
    private static final Pattern DATE_RANGE = Pattern.compile("(" + PERIOD_END + ")(?:至|到|~|～|-{1,2}|—{1,2}|－{1,2}|_)("
            + PERIOD_END + ")");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("至|~|～|—|－|到");
    private static final Pattern MONEY = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Values() {
    }

    /** NFKC and trimmed (also of full-width and non-breaking spaces). */
    public static String tidy(String raw) {
        if (raw == null) {
            return "";
        }
        return zhengjiao.domain.Nfkc.of(raw).strip();
    }

    /**
     * A date written as 2022-10-15, 2022/10/15, 2022/1/5, 2022.1.5, 2022年1月5日, 20221015 or
     * 20221015093105, optionally followed by a time of day.
     */
    public static LocalDate date(String raw) {
        LocalDate plain = isoDate(raw);
        if (plain != null) {
            return plain;
        }
        String s = tidy(raw);
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = YMD_SEPARATED.matcher(s);
        if (!m.matches()) {
            m = YMD_COMPACT.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The fast path of {@link #date}: {@code yyyy-MM-dd}, optionally followed by " HH:mm:ss"; null otherwise. */
    private static LocalDate isoDate(String s) {
        if (s == null || s.length() != 10 && s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.length() == 19 && (s.charAt(10) != ' ' || s.charAt(13) != ':' || s.charAt(16) != ':')) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || s.length() == 19 && (digits(s, 11, 13) < 0 || digits(s, 14, 16) < 0 || digits(s, 17, 19) < 0)) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by ASCII digits {@code s[from, to)}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Money in fen: "350", "350.00", "-350", "￥350.0", "1,050.00". Null when not money or finer than a fen. */
    public static Long fen(String raw) {
        long plain = plainFen(raw);
        if (plain != Long.MIN_VALUE) {
            return plain;
        }
        String s = tidy(raw).replace(",", "").replace("¥", "").replace("￥", "").replace("元", "").strip();
        if (!MONEY.matcher(s).matches()) {
            return null;
        }
        try {
            BigDecimal yuan = new BigDecimal(s);
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** The fast path of {@link #fen}: "400", "400.0" or "400.00" (digits only); Long.MIN_VALUE otherwise. */
    private static long plainFen(String s) {
        if (s == null || s.isEmpty() || s.length() > 15) {
            return Long.MIN_VALUE;
        }
        int dot = s.indexOf('.');
        int end = dot < 0 ? s.length() : dot;
        int decimals = dot < 0 ? 0 : s.length() - dot - 1;
        if (end == 0 || decimals > 2) {
            return Long.MIN_VALUE;
        }
        long yuan = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            yuan = yuan * 10 + (c - '0');
        }
        long fen = 0;
        for (int i = 0; i < 2; i++) {
            int at = end + 1 + i;
            char c = at < s.length() ? s.charAt(at) : '0';
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            fen = fen * 10 + (c - '0');
        }
        return yuan * 100 + fen;
    }

    /**
     * The policy year of a 费款所属期 written as a year (2023, 2023年), a month (202301, 2023-01) or a range
     * (202301-202312, 2023-01-01至2023-12-31, and the tax system's 费款所属期起止 with {@code -}, {@code --} or
     * {@code ~} between two dates). A range spanning two years has no single policy year.
     */
    public static OptionalInt policyYear(String raw) {
        String s = tidy(raw).replace(" ", "");
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher compactRange = COMPACT_RANGE.matcher(s);
        if (compactRange.matches()) {
            return sameYear(yearOf(compactRange.group(1)), yearOf(compactRange.group(2)));
        }
        Matcher range = DATE_RANGE.matcher(s);
        if (range.matches()) {
            return sameYear(yearOf(range.group(1)), yearOf(range.group(2)));
        }
        String[] sides = RANGE_SEPARATOR.split(s);
        if (sides.length == 2) {
            return sameYear(yearOf(sides[0]), yearOf(sides[1]));
        }
        return yearOf(s);
    }

    private static OptionalInt sameYear(OptionalInt a, OptionalInt b) {
        return a.isPresent() && b.isPresent() && a.getAsInt() == b.getAsInt() ? a : OptionalInt.empty();
    }

    private static OptionalInt yearOf(String s) {
        Matcher m = YEAR_MONTH.matcher(s);
        if (m.matches()) {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        }
        LocalDate d = date(s);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d.getYear());
    }
}

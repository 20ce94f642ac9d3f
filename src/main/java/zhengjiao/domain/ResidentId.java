package zhengjiao.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): normalisation, the 18-character check and masking.
 *
 * <p>A person is identified by the normalised 18-character number. Normalisation applies NFKC (full-width
 * digits become ASCII), removes every space and invisible character and upper-cases the check character.
 * Nothing here ever logs a number; {@link #mask(String)} is what messages may show.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final java.util.regex.Pattern SCIENTIFIC = java.util.regex.Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentId() {
    }

    /** NFKC, drop whitespace, invisible characters and stray quotes, upper-case x. Never returns null. */
    public static String normalize(String raw) {
        if (isPlain(raw)) {
            return raw;
        }
        String compact = PlaceNames.clean(raw);
        StringBuilder sb = new StringBuilder(compact.length());
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c != '\'' && c != '`') {
                sb.append(c == 'x' ? 'X' : c);
            }
        }
        return sb.toString();
    }

    /** Already normal: 18 ASCII digits, or 17 and an upper-case X (what almost every row holds). */
    private static boolean isPlain(String raw) {
        if (raw == null || raw.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = raw.charAt(17);
        return last >= '0' && last <= '9' || last == 'X';
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Why a normalised number is not a valid 18-character resident ID, or empty when it is valid.
     * The reason is in Chinese and never contains the number itself.
     */
    public static Optional<String> problem(String id) {
        if (isPlain(id)) {
            // what almost every row holds: only the area, the birth date and the check character are left to judge
            return id.charAt(0) == '0' ? NO_AREA : !realBirthDate(id) ? NO_BIRTH_DATE
                    : checkChar(id) != id.charAt(17) ? WRONG_CHECK : Optional.empty();
        }
        if (id.isEmpty()) {
            return Optional.of("证件号码为空");
        }
        if (SCIENTIFIC.matcher(id).matches()) {
            return Optional.of("证件号码被存成科学计数法（如 3.41E+17），末几位已丢失，无法还原");
        }
        if (id.length() != 18) {
            return Optional.of("证件号码应为18位，实为" + id.length() + "位");
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Optional.of("证件号码前17位应全为数字");
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("证件号码末位应为数字或X");
        }
        if (id.charAt(0) == '0') {
            return NO_AREA;
        }
        if (birthDate(id).isEmpty()) {
            return NO_BIRTH_DATE;
        }
        if (checkChar(id) != last) {
            return WRONG_CHECK;
        }
        return Optional.empty();
    }

    private static final Optional<String> NO_AREA = Optional.of("证件号码地区码无效");
    private static final Optional<String> NO_BIRTH_DATE = Optional.of("证件号码中的出生日期不存在");
    private static final Optional<String> WRONG_CHECK = Optional.of("证件号码校验位错误");

    /** Whether positions 7-14 of 18 digits are a real date between 1900 and 2099 (as {@link #birthDate}), by arithmetic. */
    private static boolean realBirthDate(String id) {
        int y = digits(id, 6, 10);
        int m = digits(id, 10, 12);
        int d = digits(id, 12, 14);
        if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) {
            return false;
        }
        boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        int days = m == 2 ? (leap ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
        return d <= days;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** The birth date in positions 7-14, if it is a real date between 1900 and 2099. */
    public static Optional<LocalDate> birthDate(String id) {
        if (id.length() != 18) {
            return Optional.empty();
        }
        for (int i = 6; i < 14; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return realBirthDate(id) ? Optional.of(LocalDate.of(digits(id, 6, 10), digits(id, 10, 12), digits(id, 12, 14)))
                : Optional.empty();
    }

    /**
     * A legacy 15-digit number as its 18-character form: "19" inserted before the 2-digit birth year and the check
     * character appended (150102880730303 -> 150102198807303035). Other input is returned normalised, unchanged.
     */
    public static String upgrade(String raw) {
        String id = normalize(raw);
        if (id.length() != 15 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return id;
        }
        String first17 = id.substring(0, 6) + "19" + id.substring(6);
        return first17 + checkChar(first17);
    }

    /** Whether the 17th digit (the sequence's last) is odd: male. Only for valid numbers. */
    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /** Full years of age on {@code day}, from the number's birth date. */
    public static Optional<Integer> ageOn(String id, LocalDate day) {
        return birthDate(id).map(b -> java.time.Period.between(b, day).getYears());
    }

    /** The day the person reaches {@code years} of age (29 February birthdays fall on 28 February in other years). */
    public static Optional<LocalDate> birthdayOfAge(String id, int years) {
        return birthDate(id).map(b -> b.plusYears(years));
    }

    /** Builds a valid number from an area code, a birth date and a 3-digit sequence (odd = male). */
    public static String of(String area, LocalDate birth, int sequence) {
        String first17 = area + String.format("%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        return first17 + checkChar(first17);
    }

    /** Keeps the first {@code head} and last {@code tail} characters, the rest becomes '*'. */
    public static String mask(String id, int head, int tail) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() <= head + tail) {
            return "*".repeat(id.length());
        }
        return id.substring(0, head) + "*".repeat(id.length() - head - tail) + id.substring(id.length() - tail);
    }

    /** The default mask for messages and public lists: first 6 and last 4 kept. */
    public static String mask(String id) {
        return mask(id, 6, 4);
    }
}

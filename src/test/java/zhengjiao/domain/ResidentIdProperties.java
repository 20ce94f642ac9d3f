package zhengjiao.domain;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of resident ID numbers over random birth dates and sequences (jqwik prints the seed of a failure). */
class ResidentIdProperties {

    private static String id(int days, int seq) {
        return ResidentId.of("341323", LocalDate.of(1920, 1, 1).plusDays(days), seq);
    }

    @Property
    void builtNumbersAreValidAndKeepTheirBirthDate(@ForAll @IntRange(min = 0, max = 37000) int days,
                                                   @ForAll @IntRange(min = 0, max = 999) int seq) {
        String id = id(days, seq);
        if (!ResidentId.isValid(id) || !ResidentId.birthDate(id).orElseThrow().equals(LocalDate.of(1920, 1, 1).plusDays(days))) {
            throw new AssertionError(id);
        }
        if (ResidentId.isMale(id) != (seq % 2 == 1)) {
            throw new AssertionError("sex of " + id);
        }
    }

    @Property
    void fifteenDigitNumbersUpgradeToValidEighteen(@ForAll @IntRange(min = 0, max = 36500) int days,
                                                   @ForAll @IntRange(min = 0, max = 999) int seq) {
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(days);
        String old = "150102" + String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        String upgraded = ResidentId.upgrade(old);
        if (!ResidentId.isValid(upgraded) || !upgraded.startsWith("150102" + (1900 + birth.getYear() % 100))) {
            throw new AssertionError(old + " -> " + upgraded);
        }
    }

    @Property
    void maskingKeepsSixAndFourAndHidesTheBirthDate(@ForAll @IntRange(min = 0, max = 37000) int days,
                                                    @ForAll @IntRange(min = 0, max = 999) int seq) {
        String id = id(days, seq);
        String masked = ResidentId.mask(id);
        if (masked.length() != 18 || !masked.startsWith(id.substring(0, 6)) || !masked.endsWith(id.substring(14))
                || !masked.substring(6, 14).equals("********")) {
            throw new AssertionError(masked);
        }
    }

    @Property
    void anyChangedDigitIsCaught(@ForAll @IntRange(min = 0, max = 37000) int days, @ForAll @IntRange(min = 0, max = 999) int seq,
                                 @ForAll @IntRange(min = 0, max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        String id = id(days, seq);
        char changed = (char) ('0' + (id.charAt(position) - '0' + delta) % 10);
        String typo = id.substring(0, position) + changed + id.substring(position + 1);
        if (ResidentId.isValid(typo)) {
            throw new AssertionError(id + " -> " + typo);
        }
    }
}

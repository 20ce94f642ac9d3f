package zhengjiao.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.NameSpelling;
import zhengjiao.sample.PaymentTable.Tag;

/**
 * The payments of the county sample (滕州市 2025, units are towns), following the 2025 notice: personal
 * contribution 400; people aged 70 and over in 2025 (born 1955 or earlier) are paid by city finance (政府代缴,
 * 400 on a batch day); people aged 60-69 (born 1956-1965) pay half, 200; of the others 5% are in a special group
 * paid by the government. People drawn only for a problem are younger (born 1966 or later) and pay 400. Three
 * dumps; Shandong's channels (爱山东, 云闪付).
 */
final class CountyPaymentPlanner extends PaymentPlanner {

    static final String AREA = "370481";
    static final LocalDateTime START = LocalDateTime.of(2024, 10, 1, 0, 0);
    static final LocalDate LAST_BIRTH = LocalDate.of(2024, 9, 30);
    static final int STANDARD = 400;
    /** 滕州's 2024 personal contribution, paid late for last year. */
    static final int LAST_YEAR_STANDARD = 380;
    /** Half of the standard, for ages 60-69. */
    static final int HALF = STANDARD / 2;
    static final int LAST_GOVERNMENT_BIRTH_YEAR = 1955;
    static final int LAST_HALF_BIRTH_YEAR = 1965;
    /** 超标准收费 and 少缴. */
    static final int[] OFF_STANDARD = {420, 380};
    /** The ages from which the subsidies start (年龄资助). */
    static final int[] SUBSIDY_AGES = {60, 70};
    /** Payments after the window: 2025-01-03 to 2025-02-15. */
    static final LocalDate FIRST_LATE = LocalDate.of(2025, 1, 3);
    static final LocalDate LAST_LATE = LocalDate.of(2025, 2, 15);
    /** Unpaid people whose 60th or 70th birthday falls in this month should pay after it. */
    static final LocalDate FIRST_WAIT = LocalDate.of(2024, 12, 1);
    static final LocalDate LAST_WAIT = LocalDate.of(2024, 12, 31);
    /** 16 or older in 2025. */
    private static final LocalDate LAST_PENSION_BIRTH = LocalDate.of(2009, 12, 31);
    private static final LocalDate FIRST_PROBLEM_BIRTH = LocalDate.of(LAST_HALF_BIRTH_YEAR + 1, 1, 1);

    /** First and last day of each dump's period: October-November, December 1-20, December 15-31. */
    private static final int[][] PERIODS = {{0, 60}, {61, 80}, {75, 91}};
    /** The October-November dump is GBK. */
    private static final int GBK_PERIOD = 0;
    private static final NameSpelling[] TOWN_VARIANTS = {
        NameSpelling.WITHOUT_SUFFIX, NameSpelling.SPACED, NameSpelling.FULL_WIDTH_SPACE};

    private final List<SampleTown> towns;

    CountyPaymentPlanner(SplittableRandom rng, List<SampleTown> towns) {
        super(rng, new PersonTable(AREA, LAST_BIRTH), new PaymentTable(START),
                towns.stream().mapToInt(SampleTown::payers).toArray(),
                towns.stream().mapToInt(SampleTown::lagDays).toArray());
        this.towns = towns;
    }

    @Override
    int standard() {
        return STANDARD;
    }

    @Override
    int lastYearStandard() {
        return LAST_YEAR_STANDARD;
    }

    @Override
    int[][] periods() {
        return PERIODS;
    }

    @Override
    int gbkPeriod() {
        return GBK_PERIOD;
    }

    @Override
    LocalDate lastPensionBirth() {
        return LAST_PENSION_BIRTH;
    }

    @Override
    LocalDate firstProblemBirth() {
        return FIRST_PROBLEM_BIRTH;
    }

    @Override
    int unknownPlaces() {
        return CountyPlanner.UNKNOWN_TOWNS.size();
    }

    @Override
    PersonRole unknownRole() {
        return PersonRole.UNKNOWN_TOWN;
    }

    @Override
    boolean governmentPaysUnknown(int k) {
        return false;
    }

    @Override
    int addPayerPayment(int person, int unit) {
        int birthYear = people.birth(person).getYear();
        if (birthYear <= LAST_GOVERNMENT_BIRTH_YEAR || rng.nextDouble() < 0.05) {
            return payments.add(person, governmentTime(), STANDARD, Kind.MEDICAL, Tag.FIRST, Channel.GOVERNMENT);
        }
        int amount = birthYear <= LAST_HALF_BIRTH_YEAR ? HALF : STANDARD;
        return payments.add(person, curveTime(towns.get(unit).lagDays()), amount, Kind.MEDICAL, Tag.FIRST,
                selfChannel());
    }

    @Override
    Channel selfChannel() {
        int r = rng.nextInt(100);
        if (r < 35) {
            return Channel.WECHAT;
        }
        if (r < 50) {
            return Channel.ALIPAY;
        }
        if (r < 65) {
            return Channel.AISHANDONG;
        }
        return r < 72 ? Channel.YUNSHANFU : Channel.BANK;
    }

    @Override
    int pensionAmount() {
        return rng.nextBoolean() ? 300 : 500;
    }

    @Override
    int population(int unit) {
        return towns.get(unit).population();
    }

    @Override
    int[] offStandardAmounts() {
        return OFF_STANDARD.clone();
    }

    @Override
    int[] lateDays() {
        LocalDate start = START.toLocalDate();
        return new int[] {(int) ChronoUnit.DAYS.between(start, FIRST_LATE), (int) ChronoUnit.DAYS.between(start, LAST_LATE)};
    }

    /** Nobody aged 70 or over in 2025 is left unpaid: the city pays for all of them. */
    @Override
    LocalDate firstUnpaidBirth() {
        return LocalDate.of(LAST_GOVERNMENT_BIRTH_YEAR + 1, 1, 1);
    }

    /**
     * Half of {@code count} payers who turn 60 during the window paid before their birthday, the full 400; the
     * other half turn 70 and paid 200 themselves before it (instead of the city paying). Then {@code count} unpaid
     * people whose 60th or 70th birthday is in December 2024.
     */
    @Override
    void ageBirthdays(int count) {
        for (int j = 0; j < count; j++) {
            earlyBirthday(j % 2 == 0 ? 60 : 70);
        }
        for (int j = 0; j < count; j++) {
            int year = START.getYear() - (j % 2 == 0 ? 60 : 70);
            int person = people.draw(rng, randomUnit(), LocalDate.of(year, FIRST_WAIT.getMonthValue(),
                    FIRST_WAIT.getDayOfMonth()), LocalDate.of(year, LAST_WAIT.getMonthValue(), LAST_WAIT.getDayOfMonth()),
                    false);
            people.setRole(person, PersonRole.SHOULD_WAIT);
        }
    }

    private void earlyBirthday(int age) {
        boolean sixty = age == 60;
        int person = pickPlain(p -> {
            int birthday = birthdayDay(p, age);
            boolean government = payments.channel(p) == Channel.GOVERNMENT;
            return birthday >= 5 && birthday < DAYS
                    && (sixty ? !government && payments.amount(p) == HALF : government);
        });
        people.setRole(person, PersonRole.EARLY_BIRTHDAY);
        int birthday = birthdayDay(person, age);
        int day = Math.max(0, birthday - 30) + rng.nextInt(Math.min(30, birthday));
        if (sixty) {
            payments.setAmount(person, STANDARD, payments.channel(person));
            payments.setTime(person, day * PaymentTable.DAY + daySecond());
            adjustCounts(0, -1);
        } else {
            payments.setAmount(person, HALF, selfChannel());
            payments.setTime(person, day * PaymentTable.DAY + daySecond());
            adjustCounts(-1, 1);
        }
    }

    /** Days from the window's first day to the person's birthday of that age (negative when before). */
    private int birthdayDay(int person, int age) {
        return (int) ChronoUnit.DAYS.between(START.toLocalDate(), people.birth(person).plusYears(age));
    }

    /** Whether the 60th or 70th birthday is in December 2024. */
    @Override
    boolean shouldWait(LocalDate birth) {
        for (int age : SUBSIDY_AGES) {
            LocalDate birthday = birth.plusYears(age);
            if (!birthday.isBefore(FIRST_WAIT) && !birthday.isAfter(LAST_WAIT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Newborns 新生儿; of the government-paid payers under 70, 85% are in a special group (低保, 特困, 返贫致贫,
     * 监测对象, 重度残疾, 优抚对象: all fully paid in 滕州 2025), of those 70 and over 4%; nobody else has one.
     */
    @Override
    RosterCategory category(int person) {
        PersonRole role = people.role(person);
        if (role == PersonRole.NEWBORN_PAID || role == PersonRole.NEWBORN_UNPAID) {
            return RosterCategory.NEWBORN;
        }
        if (!isPayer(person) || !role.counts() || payments.channel(firstPayment(person)) != Channel.GOVERNMENT) {
            return RosterCategory.NONE;
        }
        boolean aged = people.birth(person).getYear() <= LAST_GOVERNMENT_BIRTH_YEAR;
        int r = rng.nextInt(100);
        if (aged ? r >= 4 : r >= 85) {
            return RosterCategory.NONE;
        }
        int g = rng.nextInt(100);
        return g < 30 ? RosterCategory.DIBAO : g < 40 ? RosterCategory.TEKUN : g < 48 ? RosterCategory.FANPIN
                : g < 65 ? RosterCategory.MONITORED : g < 85 ? RosterCategory.SEVERE_DISABILITY : RosterCategory.VETERAN;
    }

    /** 5% of rows spell the town otherwise, 1% write the amount otherwise, 2% the short insurance. */
    @Override
    void decorate(int payment) {
        NameSpelling spelling = NameSpelling.AS_TABLE;
        if (people.village(payments.person(payment)) >= 0 && rng.nextInt(1000) < 50) {
            spelling = TOWN_VARIANTS[rng.nextInt(TOWN_VARIANTS.length)];
        }
        AmountFormat format = rng.nextInt(1000) < 10 ? AmountFormat.values()[rng.nextInt(3)] : null;
        int bits = 0;
        if (payments.kind(payment) != Kind.PENSION && rng.nextInt(1000) < 20) {
            bits |= PaymentTable.INSURANCE_SHORT;
        }
        payments.decorate(payment, spelling, format, bits);
    }
}

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
 * The payments of a county sample (units are towns), following its notice ({@link CountyPreset}). For 滕州市 2025:
 * personal contribution 400; people aged 70 and over in 2025 (born 1955 or earlier) are paid by city finance (政府代缴,
 * 400 on a batch day); people aged 60-69 (born 1956-1965) pay half, 200; of the others 5% are in a special group
 * paid by the government. People drawn only for a problem are younger (born 1966 or later) and pay 400. Three
 * dumps; Shandong's channels (爱山东, 云闪付). The other presets change the year, the amounts, whether 60-69 pay half
 * (鱼台: no), a share some groups pay themselves (鱼台: 100 of 380) and the pension tiers (峄城's 两险).
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

    /** The GBK dump is the first. */
    private static final int GBK_PERIOD = 0;
    private static final NameSpelling[] TOWN_VARIANTS = {
        NameSpelling.WITHOUT_SUFFIX, NameSpelling.SPACED, NameSpelling.FULL_WIDTH_SPACE};

    private final List<SampleTown> towns;
    private final CountyPreset preset;
    private final CountyPreset.Money money;
    private final LocalDate start;
    private final int lastGovernmentBirthYear;
    private final int lastHalfBirthYear;
    private final LocalDate lastPensionBirth;
    private final LocalDate firstProblemBirth;

    /** 滕州市 2025. */
    CountyPaymentPlanner(SplittableRandom rng, List<SampleTown> towns) {
        this(rng, towns, CountyPreset.TENGZHOU_2025);
    }

    CountyPaymentPlanner(SplittableRandom rng, List<SampleTown> towns, CountyPreset preset) {
        super(rng, new PersonTable(preset.place().area(), preset.calendar().start().minusDays(1)),
                new PaymentTable(preset.calendar().start().atStartOfDay()),
                towns.stream().mapToInt(SampleTown::payers).toArray(),
                towns.stream().mapToInt(SampleTown::lagDays).toArray(), preset.calendar().days());
        this.towns = towns;
        this.preset = preset;
        this.money = preset.money();
        this.start = preset.calendar().start();
        int year = preset.calendar().year();
        this.lastGovernmentBirthYear = year - 70;
        this.lastHalfBirthYear = year - 60;
        // two insurances: pension payers are 16 on the window's first day (the tier check asks it on the payment day)
        this.lastPensionBirth = money.twoInsurances() ? start.minusYears(16).minusDays(1) : LocalDate.of(year - 16, 12, 31);
        this.firstProblemBirth = LocalDate.of(lastHalfBirthYear + 1, 1, 1);
    }

    @Override
    int standard() {
        return money.standard();
    }

    @Override
    int lastYearStandard() {
        return money.lastYearStandard();
    }

    @Override
    int[][] periods() {
        return preset.calendar().periods();
    }

    @Override
    int gbkPeriod() {
        return GBK_PERIOD;
    }

    @Override
    LocalDate lastPensionBirth() {
        return lastPensionBirth;
    }

    @Override
    LocalDate firstProblemBirth() {
        return firstProblemBirth;
    }

    @Override
    int unknownPlaces() {
        return preset.place().unknownTowns().size();
    }

    @Override
    PersonRole unknownRole() {
        return PersonRole.UNKNOWN_TOWN;
    }

    @Override
    boolean governmentPaysUnknown(int k) {
        return false;
    }

    /** Government-paid (70 and over, 5% special groups), then (鱼台) 4% paying a share, then half or all. */
    @Override
    int addPayerPayment(int person, int unit) {
        int birthYear = people.birth(person).getYear();
        if (birthYear <= lastGovernmentBirthYear || rng.nextDouble() < 0.05) {
            return payments.add(person, governmentTime(), money.standard(), Kind.MEDICAL, Tag.FIRST, Channel.GOVERNMENT);
        }
        int amount = money.halfFrom60() && birthYear <= lastHalfBirthYear ? money.half() : money.standard();
        if (money.subsidisedShare() > 0 && rng.nextDouble() < 0.04) {
            amount = money.subsidisedShare();
        }
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

    /**
     * 300 or 500 where the campaign collects medical insurance only (rows that must not count); for 两险 a tier:
     * 100 (mostly government-paid) 4%, 350 46%, 500 24%, 800 12%, 1000 9%, 3000 3%, 5000 1%, 8000 1%.
     */
    @Override
    int pensionAmount() {
        if (!money.twoInsurances()) {
            return rng.nextBoolean() ? 300 : 500;
        }
        int[] tiers = money.pensionTiers();
        int[] cumulative = {4, 50, 74, 86, 95, 98, 99, 100};
        int r = rng.nextInt(100);
        int i = 0;
        while (r >= cumulative[i]) {
            i++;
        }
        return tiers[Math.min(i, tiers.length - 1)];
    }

    /** 两险: the lowest tier is the government's payment for 低保, 特困, 重残 and 脱贫户 (9 in 10); else self-paid. */
    @Override
    Channel pensionChannel(int amount) {
        if (money.twoInsurances() && amount == money.pensionTiers()[0] && rng.nextInt(10) < 9) {
            return Channel.GOVERNMENT;
        }
        return selfChannel();
    }

    @Override
    double pensionShare() {
        return money.twoInsurances() ? 0.22 : super.pensionShare();
    }

    /**
     * 两险: a few pension payments that break the rules on purpose: 300 (not a tier) and a payer under 16 (350).
     * Nothing for the other presets.
     */
    @Override
    void presetProblems(int few) {
        if (!money.twoInsurances()) {
            return;
        }
        for (int j = 0; j < 2; j++) {
            int person = pickPlain(p -> !people.birth(p).isAfter(lastPensionBirth) && payments.channel(p) != Channel.GOVERNMENT);
            people.setRole(person, PersonRole.PENSION_ALSO);
            decorate(payments.add(person, curveTime(lagOf(person)), 300, Kind.PENSION, Tag.FIRST, selfChannel()));
        }
        LocalDate young = start.minusYears(16);
        for (int j = 0; j < 2; j++) {
            int person = pickPlain(p -> people.birth(p).isAfter(young) && people.birth(p).isBefore(young.plusYears(2)));
            people.setRole(person, PersonRole.PENSION_ALSO);
            decorate(payments.add(person, curveTime(lagOf(person)), 350, Kind.PENSION, Tag.FIRST, selfChannel()));
        }
    }

    @Override
    int population(int unit) {
        return towns.get(unit).population();
    }

    @Override
    int[] offStandardAmounts() {
        return money.offStandard();
    }

    @Override
    int[] lateDays() {
        CountyPreset.Calendar calendar = preset.calendar();
        return new int[] {calendar.day(calendar.firstLate()), calendar.day(calendar.lastLate())};
    }

    /** Nobody aged 70 or over in 2025 is left unpaid: the city pays for all of them. */
    @Override
    LocalDate firstUnpaidBirth() {
        return LocalDate.of(lastGovernmentBirthYear + 1, 1, 1);
    }

    /**
     * {@code count} payers who turn an age of 年龄资助 during the window paid before their birthday, the ages taken
     * in turn: before 60, the full standard (not half); before 70, what the younger pay themselves (half, or the
     * full standard where 60-69 pay all) instead of the government paying. Then {@code count} unpaid people whose
     * birthday of such an age is in December of the window's year (滕州 2025: 2024).
     */
    @Override
    void ageBirthdays(int count) {
        int[] ages = money.subsidyAges();
        for (int j = 0; j < count; j++) {
            earlyBirthday(ages[j % ages.length]);
        }
        for (int j = 0; j < count; j++) {
            int year = start.getYear() - ages[j % ages.length];
            int person = people.draw(rng, randomUnit(), LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31), false);
            people.setRole(person, PersonRole.SHOULD_WAIT);
        }
    }

    private void earlyBirthday(int age) {
        boolean sixty = age == 60;
        int days = days();
        int person = pickPlain(p -> {
            int birthday = birthdayDay(p, age);
            boolean government = payments.channel(p) == Channel.GOVERNMENT;
            return birthday >= 5 && birthday < days
                    && (sixty ? !government && payments.amount(p) == money.half() : government);
        });
        people.setRole(person, PersonRole.EARLY_BIRTHDAY);
        int birthday = birthdayDay(person, age);
        int day = Math.max(0, birthday - 30) + rng.nextInt(Math.min(30, birthday));
        if (sixty) {
            payments.setAmount(person, money.standard(), payments.channel(person));
            payments.setTime(person, day * PaymentTable.DAY + daySecond());
            adjustCounts(0, -1);
        } else {
            int amount = money.halfFrom60() ? money.half() : money.standard();
            payments.setAmount(person, amount, selfChannel());
            payments.setTime(person, day * PaymentTable.DAY + daySecond());
            adjustCounts(-1, amount < money.standard() ? 1 : 0);
        }
    }

    /** Days from the window's first day to the person's birthday of that age (negative when before). */
    private int birthdayDay(int person, int age) {
        return (int) ChronoUnit.DAYS.between(start, people.birth(person).plusYears(age));
    }

    /** Whether a birthday of an age of 年龄资助 is in December of the window's year. */
    @Override
    boolean shouldWait(LocalDate birth) {
        for (int age : money.subsidyAges()) {
            LocalDate birthday = birth.plusYears(age);
            if (birthday.getYear() == start.getYear() && birthday.getMonthValue() == 12) {
                return true;
            }
        }
        return false;
    }

    /**
     * Newborns 新生儿; of the government-paid payers under 70, 85% are in a special group (滕州: 低保, 特困, 返贫致贫,
     * 监测对象, 重度残疾, 优抚对象, all fully paid; 鱼台 and 峄城: 低保, 特困, 重度残疾, 优抚对象), of those 70 and over
     * 4%. 鱼台: payers of the 100 share are 低保边缘, 监测对象 or 返贫致贫. 峄城: 2% of the other self-paid payers
     * are 脱贫户 (their pension is paid by the government, their medical insurance is not). Nobody else has one.
     */
    @Override
    RosterCategory category(int person) {
        PersonRole role = people.role(person);
        if (role == PersonRole.NEWBORN_PAID || role == PersonRole.NEWBORN_UNPAID) {
            return RosterCategory.NEWBORN;
        }
        if (!isPayer(person) || !role.counts()) {
            return RosterCategory.NONE;
        }
        int payment = firstPayment(person);
        if (payments.channel(payment) != Channel.GOVERNMENT) {
            return selfPaidCategory(payment);
        }
        boolean aged = people.birth(person).getYear() <= lastGovernmentBirthYear;
        int r = rng.nextInt(100);
        if (aged ? r >= 4 : r >= 85) {
            return RosterCategory.NONE;
        }
        int g = rng.nextInt(100);
        int[] shares = preset.governmentShares();
        List<RosterCategory> groups = preset.governmentGroups();
        int i = 0;
        while (g >= shares[i]) {
            i++;
        }
        return groups.get(i);
    }

    private RosterCategory selfPaidCategory(int payment) {
        if (money.subsidisedShare() > 0 && payments.amount(payment) == money.subsidisedShare()) {
            int g = rng.nextInt(100);
            return g < 30 ? RosterCategory.LOW_EDGE : g < 80 ? RosterCategory.MONITORED : RosterCategory.FANPIN;
        }
        if (money.twoInsurances() && payments.amount(payment) == money.standard() && rng.nextInt(100) < 2) {
            return RosterCategory.POOR;
        }
        return RosterCategory.NONE;
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

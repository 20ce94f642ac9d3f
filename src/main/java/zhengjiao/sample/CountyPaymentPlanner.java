package zhengjiao.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

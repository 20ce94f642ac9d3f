package zhengjiao.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.NameSpelling;
import zhengjiao.sample.PaymentTable.Tag;

/**
 * The payments of the town sample (朱集镇 2023, units are villages): personal contribution 350, 6% of payers
 * paid by the government, 3% subsidised (pay 50, 80 or 175), four dumps, Anhui's channels.
 */
final class TownPaymentPlanner extends PaymentPlanner {

    static final int STANDARD = 350;
    /** Zhuji's 2022 personal contribution, paid late for last year. */
    static final int LAST_YEAR_STANDARD = 320;
    /** What subsidised people pay themselves: 低保 50, 返贫致贫 80, 监测人口 175 (认可金额). */
    static final List<Integer> SHARES = List.of(50, 80, 175);
    /** 超标准收费 and 少缴. */
    static final int[] OFF_STANDARD = {360, 300};
    /** Payments after the window: 2023-01-05 to 2023-02-20. */
    static final LocalDate FIRST_LATE = LocalDate.of(2023, 1, 5);
    static final LocalDate LAST_LATE = LocalDate.of(2023, 2, 20);

    /** First and last day of each dump's period: October, November, December 1-20, December 15-31. */
    private static final int[][] PERIODS = {{0, 30}, {31, 60}, {61, 80}, {75, 91}};
    /** The November dump is GBK. */
    private static final int GBK_PERIOD = 1;

    private final List<SampleVillage> villages;

    TownPaymentPlanner(SplittableRandom rng, List<SampleVillage> villages) {
        super(rng, new PersonTable(), new PaymentTable(),
                villages.stream().mapToInt(SampleVillage::payers).toArray(),
                villages.stream().mapToInt(SampleVillage::lagDays).toArray());
        this.villages = villages;
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
        return PersonTable.LAST_PENSION_BIRTH;
    }

    @Override
    LocalDate firstProblemBirth() {
        return PersonTable.FIRST_BIRTH;
    }

    @Override
    int unknownPlaces() {
        return PersonTable.UNKNOWN_VILLAGES.length;
    }

    @Override
    PersonRole unknownRole() {
        return PersonRole.UNKNOWN_VILLAGE;
    }

    /** 朱集镇敬老院: the nursing home's residents are paid by the government. */
    @Override
    boolean governmentPaysUnknown(int k) {
        return k == 0;
    }

    @Override
    int addPayerPayment(int person, int unit) {
        double u = rng.nextDouble();
        if (u < 0.06) {
            return payments.add(person, governmentTime(), STANDARD, Kind.MEDICAL, Tag.FIRST, Channel.GOVERNMENT);
        }
        int lagDays = villages.get(unit).lagDays();
        if (u < 0.09) {
            return payments.add(person, curveTime(lagDays), subsidisedShare(), Kind.MEDICAL, Tag.FIRST,
                    selfChannel());
        }
        return payments.add(person, curveTime(lagDays), STANDARD, Kind.MEDICAL, Tag.FIRST, selfChannel());
    }

    @Override
    Channel selfChannel() {
        int r = rng.nextInt(100);
        if (r < 40) {
            return Channel.WECHAT;
        }
        if (r < 58) {
            return Channel.ALIPAY;
        }
        return r < 70 ? Channel.BANK : Channel.WANSHITONG;
    }

    @Override
    int pensionAmount() {
        return rng.nextBoolean() ? 200 : 300;
    }

    /** 2% of rows spell the village otherwise, 1% write the amount otherwise, 1% 朱集, 2% the short insurance. */
    @Override
    void decorate(int payment) {
        NameSpelling spelling = NameSpelling.AS_TABLE;
        if (people.village(payments.person(payment)) >= 0 && rng.nextInt(1000) < 20) {
            spelling = NameSpelling.values()[1 + rng.nextInt(NameSpelling.values().length - 1)];
        }
        AmountFormat format = rng.nextInt(1000) < 10 ? AmountFormat.values()[rng.nextInt(3)] : null;
        int bits = 0;
        if (rng.nextInt(1000) < 10) {
            bits |= PaymentTable.TOWN_SHORT;
        }
        if (payments.kind(payment) != Kind.PENSION && rng.nextInt(1000) < 20) {
            bits |= PaymentTable.INSURANCE_SHORT;
        }
        payments.decorate(payment, spelling, format, bits);
    }

    @Override
    int population(int unit) {
        return villages.get(unit).population();
    }

    @Override
    int[] offStandardAmounts() {
        return OFF_STANDARD.clone();
    }

    @Override
    int[] lateDays() {
        LocalDate start = PaymentTable.START.toLocalDate();
        return new int[] {(int) ChronoUnit.DAYS.between(start, FIRST_LATE), (int) ChronoUnit.DAYS.between(start, LAST_LATE)};
    }

    @Override
    LocalDate firstUnpaidBirth() {
        return PersonTable.FIRST_BIRTH;
    }

    /**
     * Newborns 新生儿; government-paid payers 特困 (40%), 优抚对象 (25%) or none (计生代缴); subsidised payers by
     * their share (50 低保, 80 返贫致贫, 175 监测对象); 0.5% of plain payers 重度残疾 (Zhuji subsidises none, they
     * pay 350); 2.4% of unpaid people 低保, 监测对象 or 重度残疾.
     */
    @Override
    RosterCategory category(int person) {
        PersonRole role = people.role(person);
        if (role == PersonRole.NEWBORN_PAID || role == PersonRole.NEWBORN_UNPAID) {
            return RosterCategory.NEWBORN;
        }
        if (isPayer(person) && role.counts()) {
            int payment = firstPayment(person);
            int r = rng.nextInt(1000);
            if (payments.channel(payment) == Channel.GOVERNMENT) {
                return r < 400 ? RosterCategory.TEKUN : r < 650 ? RosterCategory.VETERAN : RosterCategory.NONE;
            }
            return switch (payments.amount(payment)) {
                case 50 -> RosterCategory.DIBAO;
                case 80 -> RosterCategory.FANPIN;
                case 175 -> RosterCategory.MONITORED;
                default -> role == PersonRole.PLAIN && r < 5 ? RosterCategory.SEVERE_DISABILITY : RosterCategory.NONE;
            };
        }
        if (role == PersonRole.UNPAID) {
            int r = rng.nextInt(1000);
            return r < 8 ? RosterCategory.DIBAO : r < 16 ? RosterCategory.MONITORED
                    : r < 24 ? RosterCategory.SEVERE_DISABILITY : RosterCategory.NONE;
        }
        return RosterCategory.NONE;
    }

    /** 低保 pays 50, 返贫致贫 80, 监测人口 175. */
    private int subsidisedShare() {
        int r = rng.nextInt(100);
        return r < 60 ? 50 : r < 75 ? 80 : 175;
    }
}

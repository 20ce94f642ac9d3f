package zhengjiao.sample;

import java.time.LocalDate;
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

    /** 低保 pays 50, 返贫致贫 80, 监测人口 175. */
    private int subsidisedShare() {
        int r = rng.nextInt(100);
        return r < 60 ? 50 : r < 75 ? 80 : 175;
    }
}

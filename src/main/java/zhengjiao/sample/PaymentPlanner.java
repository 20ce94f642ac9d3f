package zhengjiao.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.Tag;
import zhengjiao.sample.PaymentTable.VillageSpelling;

/**
 * Draws the people and payments of a sample campaign: first every village's payers, then the planned problems
 * on some payers (duplicates, refunds, pension and last-year rows, messy numbers), then the people who must
 * not count (refunded, pension only, last year only, unknown village, invalid number). Each step consumes the
 * random numbers in a fixed order.
 */
final class PaymentPlanner {

    static final int DAYS = 92;
    static final int STANDARD = 350;
    /** Zhuji's 2022 personal contribution, paid late for last year. */
    static final int LAST_YEAR_STANDARD = 320;

    private static final double RUSH = 2.2;
    /** Government batch payments: 10-28, 11-18, 12-08, 12-18. */
    private static final int[] GOVERNMENT_DAYS = {27, 48, 68, 78};
    /** First and last day of each dump's period: October, November, December 1-20, December 15-31. */
    private static final int[][] PERIODS = {{0, 30}, {31, 60}, {61, 80}, {75, 91}};

    private final SplittableRandom rng;
    private final List<SampleVillage> villages;
    private final PersonTable people = new PersonTable();
    private final PaymentTable payments = new PaymentTable();
    private int payerCount;
    private int governmentPaid;
    private int subsidised;

    PaymentPlanner(SplittableRandom rng, List<SampleVillage> villages) {
        this.rng = rng;
        this.villages = villages;
    }

    PersonTable people() {
        return people;
    }

    PaymentTable payments() {
        return payments;
    }

    int governmentPaid() {
        return governmentPaid;
    }

    int subsidised() {
        return subsidised;
    }

    void run() {
        drawPayers();
        // roughly 8 rows of each planned problem per 10,000 payers; pension ~3% and last year ~0.5% of rows
        int eightPer10k = Math.max(1, (int) Math.round(8.0 * payerCount / 10_000));
        int pension = Math.max(1, (int) Math.round(0.017 * payerCount));
        int lastYear = Math.max(1, (int) Math.round(0.003 * payerCount));
        int refundsRepaid = (eightPer10k + 1) / 2;
        duplicates(eightPer10k);
        refundsRepaid(refundsRepaid);
        pensionAlso(pension);
        lastYearAlso(lastYear);
        for (IdStyle style : List.of(IdStyle.LOWER_X, IdStyle.FULL_WIDTH, IdStyle.SPACES, IdStyle.ZERO_WIDTH)) {
            messyIds(style, eightPer10k);
        }
        refundsNotRepaid(eightPer10k - refundsRepaid);
        pensionOnly(pension);
        lastYearOnly(lastYear);
        unknownVillages(eightPer10k);
        for (IdStyle style : List.of(IdStyle.WRONG_CHECK, IdStyle.BAD_BIRTH_DATE, IdStyle.SEVENTEEN, IdStyle.EXCEL)) {
            invalidIds(style, eightPer10k);
        }
    }

    // ---- payers ------------------------------------------------------------------------------------------

    private void drawPayers() {
        for (int v = 0; v < villages.size(); v++) {
            SampleVillage village = villages.get(v);
            for (int k = 0; k < village.payers(); k++) {
                int person = people.draw(rng, v, PersonTable.LAST_BIRTH);
                double u = rng.nextDouble();
                int payment;
                if (u < 0.06) {
                    int day = GOVERNMENT_DAYS[rng.nextInt(GOVERNMENT_DAYS.length)];
                    payment = payments.add(person, day * PaymentTable.DAY + officeSecond(), STANDARD, Kind.MEDICAL,
                            Tag.FIRST, Channel.GOVERNMENT);
                    governmentPaid++;
                } else if (u < 0.09) {
                    payment = payments.add(person, curveTime(village.lagDays()), subsidisedShare(), Kind.MEDICAL,
                            Tag.FIRST, selfChannel());
                    subsidised++;
                } else {
                    payment = payments.add(person, curveTime(village.lagDays()), STANDARD, Kind.MEDICAL,
                            Tag.FIRST, selfChannel());
                }
                decorate(payment);
            }
        }
        payerCount = people.size();
    }

    private void duplicates(int count) {
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> true);
            people.setRole(person, PersonRole.DUPLICATE);
            int gap = 1 + rng.nextInt(10);
            int first = firstPayment(person);
            if (payments.day(first) + gap > DAYS - 1) {
                payments.setTime(first, (DAYS - 1 - gap) * PaymentTable.DAY + payments.time(first) % PaymentTable.DAY);
            }
            int day = payments.day(first) + gap;
            decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), STANDARD, Kind.MEDICAL,
                    Tag.DUPLICATE, selfChannel()));
        }
    }

    private void refundsRepaid(int count) {
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> true);
            people.setRole(person, PersonRole.REFUNDED_AND_REPAID);
            int first = firstPayment(person);
            int day = Math.min(curveDay(lagOf(person)), 60);
            payments.setTime(first, day * PaymentTable.DAY + daySecond());
            int refundDay = day + 1 + rng.nextInt(15);
            decorate(payments.add(person, refundDay * PaymentTable.DAY + daySecond(), -STANDARD, Kind.MEDICAL,
                    Tag.REFUND, payments.channel(first)));
            int repayDay = refundDay + 1 + rng.nextInt(15);
            decorate(payments.add(person, repayDay * PaymentTable.DAY + daySecond(), STANDARD, Kind.MEDICAL,
                    Tag.REPAYMENT, selfChannel()));
        }
    }

    private void pensionAlso(int count) {
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> !people.birth(p).isAfter(PersonTable.LAST_PENSION_BIRTH));
            people.setRole(person, PersonRole.PENSION_ALSO);
            pension(person);
        }
    }

    private void lastYearAlso(int count) {
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> true);
            people.setRole(person, PersonRole.OTHER_YEAR_ALSO);
            lastYear(person);
        }
    }

    private void messyIds(IdStyle style, int count) {
        int[] periods = style == IdStyle.ZERO_WIDTH ? new int[] {0, 2, 3} : new int[] {0, 1, 2, 3};
        for (int j = 0; j < count; j++) {
            int[] period = PERIODS[periods[j % periods.length]];
            int person = pickPayer(p -> {
                int day = payments.day(firstPayment(p));
                return day >= period[0] && day <= period[1] && (style != IdStyle.LOWER_X || people.checkIsX(p));
            });
            people.setRole(person, PersonRole.MESSY_ID);
            people.setIdStyle(person, style);
        }
    }

    // ---- people who must not count -----------------------------------------------------------------------

    private void refundsNotRepaid(int count) {
        for (int j = 0; j < count; j++) {
            int village = randomVillage();
            int person = people.draw(rng, village, PersonTable.LAST_BIRTH);
            people.setRole(person, PersonRole.REFUNDED_NOT_REPAID);
            int day = Math.min(curveDay(villages.get(village).lagDays()), 70);
            Channel channel = selfChannel();
            decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), STANDARD, Kind.MEDICAL, Tag.FIRST,
                    channel));
            int refundDay = day + 1 + rng.nextInt(15);
            decorate(payments.add(person, refundDay * PaymentTable.DAY + daySecond(), -STANDARD, Kind.MEDICAL,
                    Tag.REFUND, channel));
        }
    }

    private void pensionOnly(int count) {
        for (int j = 0; j < count; j++) {
            int person = people.draw(rng, randomVillage(), PersonTable.LAST_PENSION_BIRTH);
            people.setRole(person, PersonRole.PENSION_ONLY);
            pension(person);
        }
    }

    private void lastYearOnly(int count) {
        for (int j = 0; j < count; j++) {
            int person = people.draw(rng, randomVillage(), PersonTable.LAST_BIRTH);
            people.setRole(person, PersonRole.OTHER_YEAR_ONLY);
            lastYear(person);
        }
    }

    private void unknownVillages(int count) {
        for (int j = 0; j < count; j++) {
            int name = j % PersonTable.UNKNOWN_VILLAGES.length;
            int person = people.draw(rng, -1 - name, PersonTable.LAST_BIRTH);
            people.setRole(person, PersonRole.UNKNOWN_VILLAGE);
            int day = periodDay(j % PERIODS.length);
            boolean nursingHome = name == 0;
            decorate(payments.add(person, day * PaymentTable.DAY + (nursingHome ? officeSecond() : daySecond()),
                    STANDARD, Kind.MEDICAL, Tag.FIRST, nursingHome ? Channel.GOVERNMENT : selfChannel()));
        }
    }

    private void invalidIds(IdStyle style, int count) {
        for (int j = 0; j < count; j++) {
            int person = people.draw(rng, randomVillage(), PersonTable.LAST_BIRTH, style == IdStyle.EXCEL);
            people.setRole(person, PersonRole.INVALID_ID);
            people.setIdStyle(person, style);
            int day = periodDay(j % PERIODS.length);
            decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), STANDARD, Kind.MEDICAL, Tag.FIRST,
                    selfChannel()));
        }
    }

    // ---- single payments and draws -----------------------------------------------------------------------

    private void pension(int person) {
        int amount = rng.nextBoolean() ? 200 : 300;
        decorate(payments.add(person, curveTime(lagOf(person)), amount, Kind.PENSION, Tag.FIRST, selfChannel()));
    }

    /** Late payment for 2022: mostly October, some in early November. */
    private void lastYear(int person) {
        int day = rng.nextInt(4) < 3 ? rng.nextInt(31) : 31 + rng.nextInt(10);
        decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), LAST_YEAR_STANDARD,
                Kind.MEDICAL_LAST_YEAR, Tag.FIRST, selfChannel()));
    }

    private void decorate(int payment) {
        VillageSpelling spelling = VillageSpelling.AS_TABLE;
        if (people.village(payments.person(payment)) >= 0 && rng.nextInt(1000) < 20) {
            spelling = VillageSpelling.values()[1 + rng.nextInt(VillageSpelling.values().length - 1)];
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

    /** A payer with nothing planned yet, self-paid 350, matching the condition. */
    private int pickPayer(IntPredicate condition) {
        for (int attempt = 0; attempt < 10_000_000; attempt++) {
            int person = rng.nextInt(payerCount);
            int first = firstPayment(person);
            if (people.role(person) == PersonRole.PLAIN && payments.amount(first) == STANDARD
                    && payments.channel(first) != Channel.GOVERNMENT && condition.test(person)) {
                return person;
            }
        }
        throw new IllegalStateException("no payer left for a planned problem");
    }

    /** Payers are drawn first, one payment each, so a payer's first payment has the payer's index. */
    private int firstPayment(int payer) {
        return payer;
    }

    private int lagOf(int person) {
        return villages.get(people.village(person)).lagDays();
    }

    /** A village weighted by its payers. */
    private int randomVillage() {
        return people.village(rng.nextInt(payerCount));
    }

    /** Slow at first, a rush at the end: day = lag + floor((92 - lag) * u^(1/2.2)). */
    private int curveDay(int lagDays) {
        double x = StrictMath.pow(rng.nextDouble(), 1 / RUSH); // StrictMath: the same bits on every JVM
        return Math.min(DAYS - 1, lagDays + (int) ((DAYS - lagDays) * x));
    }

    private int curveTime(int lagDays) {
        return curveDay(lagDays) * PaymentTable.DAY + daySecond();
    }

    private int periodDay(int period) {
        return PERIODS[period][0] + rng.nextInt(PERIODS[period][1] - PERIODS[period][0] + 1);
    }

    /** 08:00:00 to 21:59:59. */
    private int daySecond() {
        return 8 * 3600 + rng.nextInt(14 * 3600);
    }

    /** 09:00:00 to 16:59:59. */
    private int officeSecond() {
        return 9 * 3600 + rng.nextInt(8 * 3600);
    }

    private Channel selfChannel() {
        int r = rng.nextInt(100);
        if (r < 40) {
            return Channel.WECHAT;
        }
        if (r < 58) {
            return Channel.ALIPAY;
        }
        return r < 70 ? Channel.BANK : Channel.WANSHITONG;
    }

    /** 低保 pays 50, 返贫致贫 80, 监测人口 175. */
    private int subsidisedShare() {
        int r = rng.nextInt(100);
        return r < 60 ? 50 : r < 75 ? 80 : 175;
    }
}

package zhengjiao.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.Tag;

/**
 * Draws the people and payments of a sample campaign: first every unit's payers (a unit is a village of the
 * town sample or a town of the county sample), then the planned problems on some payers (duplicates, refunds,
 * pension and last-year rows, messy numbers), then the people who must not count (refunded, pension only, last
 * year only, unknown place, invalid number), then the problems the roster (参保台账) and the money checks need:
 * off-standard amounts, payments after the window, newborns, age birthdays (county sample), people who paid in
 * another unit, payers left out of the roster, and the roster's unpaid people. Each step consumes the random
 * numbers in a fixed order, and later steps never change what earlier ones drew.
 *
 * <p>What differs between the samples (amounts, channels, the dumps' periods, how a payer pays, how names are
 * written) is left to the subclasses {@link TownPaymentPlanner} and {@link CountyPaymentPlanner}.
 */
abstract class PaymentPlanner {

    /** The town sample's and 滕州's windows run from 10-01 to 12-31: 92 days (other presets: their own). */
    static final int DAYS = 92;

    private static final double RUSH = 2.2;
    /** Government batch payments: 10-28, 11-18, 12-08, 12-18. */
    private static final int[] GOVERNMENT_DAYS = {27, 48, 68, 78};

    protected final SplittableRandom rng;
    protected final PersonTable people;
    protected final PaymentTable payments;
    private final int[] unitPayers;
    private final int[] unitLagDays;
    /** Days of the window. */
    private final int days;
    private int payerCount;
    private int governmentPaid;
    private int subsidised;
    /** Payers whose roster unit is another than the unit of their payments. */
    private final Map<Integer, Integer> movedTo = new HashMap<>();
    /** The payments made after the window, in planning order. */
    private final List<Integer> latePayments = new ArrayList<>();

    /**
     * @param rng      the sample's random numbers
     * @param people   an empty person table
     * @param payments an empty payment table
     * @param payers   per unit, how many people must count for it
     * @param lagDays  per unit, days by which its payment curve starts late
     */
    PaymentPlanner(SplittableRandom rng, PersonTable people, PaymentTable payments, int[] payers, int[] lagDays) {
        this(rng, people, payments, payers, lagDays, DAYS);
    }

    /**
     * @param days days of the window (at least 81: the government's batch days run to day 78)
     */
    PaymentPlanner(SplittableRandom rng, PersonTable people, PaymentTable payments, int[] payers, int[] lagDays,
                   int days) {
        if (days < 81) {
            throw new IllegalArgumentException("window too short: " + days);
        }
        this.days = days;
        this.rng = rng;
        this.people = people;
        this.payments = payments;
        this.unitPayers = payers.clone();
        this.unitLagDays = lagDays.clone();
    }

    // ---- what each sample decides ------------------------------------------------------------------------

    /** The personal contribution of the campaign's year, in yuan. */
    abstract int standard();

    /** The personal contribution of the year before, paid late. */
    abstract int lastYearStandard();

    /** First and last day of each dump's period, in dump order. */
    abstract int[][] periods();

    /** The index in {@link #periods()} of the GBK dump, which cannot hold a zero-width space. */
    abstract int gbkPeriod();

    /** The youngest person who may pay pension insurance. */
    abstract LocalDate lastPensionBirth();

    /** The earliest birth of people drawn only for a problem (they pay the full standard themselves). */
    abstract LocalDate firstProblemBirth();

    /** How many unknown place names there are (people of unit {@code -1 - k}). */
    abstract int unknownPlaces();

    /** The role of people whose place matches nothing. */
    abstract PersonRole unknownRole();

    /** Whether the people of unknown place {@code k} are paid by the government (a nursing home). */
    abstract boolean governmentPaysUnknown(int k);

    /** Adds a new payer's first payment (their only one until a problem is planned on them). */
    abstract int addPayerPayment(int person, int unit);

    abstract Channel selfChannel();

    abstract int pensionAmount();

    /** Chooses how a payment's texts are written. */
    abstract void decorate(int payment);

    /** The unit's population as in the task table. */
    abstract int population(int unit);

    /** The two off-standard amounts some payers pay instead of the standard. */
    abstract int[] offStandardAmounts();

    /** First and last day (after the window's first day) of the payments after the window. */
    abstract int[] lateDays();

    /** The earliest birth of the roster's unpaid people. */
    abstract LocalDate firstUnpaidBirth();

    /** The roster's 人员类别 of a person in the roster, consistent with their payment; may draw. */
    abstract RosterCategory category(int person);

    /** The share of payers who also pay pension insurance (1.7%; more where both are collected together). */
    double pensionShare() {
        return 0.017;
    }

    /** The channel of a pension payment of that amount: the payer's own by default. */
    Channel pensionChannel(int amount) {
        return selfChannel();
    }

    /** Problems only one sample plans, after all others; none by default. */
    void presetProblems(int few) {
    }

    /** Days of the window. */
    int days() {
        return days;
    }

    /** Plans payers who paid before an age birthday and unpaid people who must wait for one; none by default. */
    void ageBirthdays(int count) {
    }

    /** Whether an unpaid person born on {@code birth} should pay after an age birthday; never by default. */
    boolean shouldWait(LocalDate birth) {
        return false;
    }

    // ---- results -----------------------------------------------------------------------------------------

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

    /** Corrects the counts of government-paid and subsidised payers after a payment was changed. */
    void adjustCounts(int governmentChange, int subsidisedChange) {
        governmentPaid += governmentChange;
        subsidised += subsidisedChange;
    }

    /** Whether the person was drawn as a payer (their first payment has their index). */
    boolean isPayer(int person) {
        return person < payerCount;
    }

    int payerCount() {
        return payerCount;
    }

    int units() {
        return unitPayers.length;
    }

    /** The unit of the person's roster row: another unit for people who paid elsewhere. */
    int rosterUnit(int person) {
        Integer other = movedTo.get(person);
        return other == null ? people.village(person) : other;
    }

    /** The payments after the window. */
    List<Integer> latePayments() {
        return List.copyOf(latePayments);
    }

    void run() {
        drawPayers();
        // roughly 8 rows of each planned problem per 10,000 payers; pension ~3% and last year ~0.5% of rows
        int eightPer10k = Math.max(1, (int) Math.round(8.0 * payerCount / 10_000));
        int pension = Math.max(1, (int) Math.round(0.017 * payerCount));
        int pensionAlso = Math.max(1, (int) Math.round(pensionShare() * payerCount));
        int lastYear = Math.max(1, (int) Math.round(0.003 * payerCount));
        int refundsRepaid = (eightPer10k + 1) / 2;
        duplicates(eightPer10k);
        refundsRepaid(refundsRepaid);
        pensionAlso(pensionAlso);
        lastYearAlso(lastYear);
        for (IdStyle style : List.of(IdStyle.LOWER_X, IdStyle.FULL_WIDTH, IdStyle.SPACES, IdStyle.ZERO_WIDTH)) {
            messyIds(style, eightPer10k);
        }
        refundsNotRepaid(eightPer10k - refundsRepaid);
        pensionOnly(pension);
        lastYearOnly(lastYear);
        unknownPlaces(eightPer10k);
        for (IdStyle style : List.of(IdStyle.WRONG_CHECK, IdStyle.BAD_BIRTH_DATE, IdStyle.SEVENTEEN, IdStyle.EXCEL)) {
            invalidIds(style, eightPer10k);
        }
        // the roster's and the money checks' problems: a few each at scale 1
        int few = Math.max(3, (int) Math.round(1.5 * payerCount / 10_000));
        int newborns = Math.max(3, (int) Math.round(1.0 * payerCount / 10_000));
        offStandard(few);
        latePayments(few);
        newbornsPaid(newborns);
        ageBirthdays(few);
        moved(Math.max(3, (int) Math.round(0.003 * payerCount)));
        notInRoster(Math.max(3, (int) Math.round(0.002 * payerCount)));
        unpaid();
        newbornsUnpaid(newborns);
        presetProblems(few);
    }

    // ---- payers ------------------------------------------------------------------------------------------

    private void drawPayers() {
        for (int unit = 0; unit < unitPayers.length; unit++) {
            for (int k = 0; k < unitPayers[unit]; k++) {
                int person = people.draw(rng, unit, people.latestBirth());
                int payment = addPayerPayment(person, unit);
                if (payments.channel(payment) == Channel.GOVERNMENT) {
                    governmentPaid++;
                } else if (payments.amount(payment) < standard()) {
                    subsidised++;
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
            if (payments.day(first) + gap > days - 1) {
                payments.setTime(first, (days - 1 - gap) * PaymentTable.DAY + payments.time(first) % PaymentTable.DAY);
            }
            int day = payments.day(first) + gap;
            decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), standard(), Kind.MEDICAL,
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
            decorate(payments.add(person, refundDay * PaymentTable.DAY + daySecond(), -standard(), Kind.MEDICAL,
                    Tag.REFUND, payments.channel(first)));
            int repayDay = refundDay + 1 + rng.nextInt(15);
            decorate(payments.add(person, repayDay * PaymentTable.DAY + daySecond(), standard(), Kind.MEDICAL,
                    Tag.REPAYMENT, selfChannel()));
        }
    }

    private void pensionAlso(int count) {
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> !people.birth(p).isAfter(lastPensionBirth()));
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

    /** Spread over the dumps' periods; zero-width spaces never in the GBK dump. */
    private void messyIds(IdStyle style, int count) {
        int[][] all = periods();
        int[] periods = IntStream.range(0, all.length)
                .filter(i -> style != IdStyle.ZERO_WIDTH || i != gbkPeriod()).toArray();
        for (int j = 0; j < count; j++) {
            int[] period = all[periods[j % periods.length]];
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
            int unit = randomUnit();
            int person = drawProblemPerson(unit, people.latestBirth(), false);
            people.setRole(person, PersonRole.REFUNDED_NOT_REPAID);
            int day = Math.min(curveDay(unitLagDays[unit]), 70);
            Channel channel = selfChannel();
            decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), standard(), Kind.MEDICAL, Tag.FIRST,
                    channel));
            int refundDay = day + 1 + rng.nextInt(15);
            decorate(payments.add(person, refundDay * PaymentTable.DAY + daySecond(), -standard(), Kind.MEDICAL,
                    Tag.REFUND, channel));
        }
    }

    private void pensionOnly(int count) {
        for (int j = 0; j < count; j++) {
            int person = drawProblemPerson(randomUnit(), lastPensionBirth(), false);
            people.setRole(person, PersonRole.PENSION_ONLY);
            pension(person);
        }
    }

    private void lastYearOnly(int count) {
        for (int j = 0; j < count; j++) {
            int person = drawProblemPerson(randomUnit(), people.latestBirth(), false);
            people.setRole(person, PersonRole.OTHER_YEAR_ONLY);
            lastYear(person);
        }
    }

    private void unknownPlaces(int count) {
        for (int j = 0; j < count; j++) {
            int name = j % unknownPlaces();
            int person = drawProblemPerson(-1 - name, people.latestBirth(), false);
            people.setRole(person, unknownRole());
            int day = periodDay(j % periods().length);
            boolean government = governmentPaysUnknown(name);
            decorate(payments.add(person, day * PaymentTable.DAY + (government ? officeSecond() : daySecond()),
                    standard(), Kind.MEDICAL, Tag.FIRST, government ? Channel.GOVERNMENT : selfChannel()));
        }
    }

    private void invalidIds(IdStyle style, int count) {
        for (int j = 0; j < count; j++) {
            int person = drawProblemPerson(randomUnit(), people.latestBirth(), style == IdStyle.EXCEL);
            people.setRole(person, PersonRole.INVALID_ID);
            people.setIdStyle(person, style);
            int day = periodDay(j % periods().length);
            decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), standard(), Kind.MEDICAL, Tag.FIRST,
                    selfChannel()));
        }
    }

    // ---- the roster's and the money checks' problems -----------------------------------------------------

    /** Counted payers who pay another amount than the standard: 超标准收费 or 少缴. */
    private void offStandard(int count) {
        int[] amounts = offStandardAmounts();
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> true);
            people.setRole(person, PersonRole.OFF_STANDARD);
            int payment = firstPayment(person);
            payments.setAmount(payment, amounts[j % amounts.length], payments.channel(payment));
        }
    }

    /** New people who pay the standard after the window (a dump of its own); they do not count at its end. */
    private void latePayments(int count) {
        int[] days = lateDays();
        for (int j = 0; j < count; j++) {
            int person = drawProblemPerson(randomUnit(), people.latestBirth(), false);
            people.setRole(person, PersonRole.LATE_PAYMENT);
            int day = days[0] + rng.nextInt(days[1] - days[0] + 1);
            int payment = payments.add(person, day * PaymentTable.DAY + daySecond(), standard(), Kind.MEDICAL,
                    Tag.FIRST, selfChannel());
            decorate(payment);
            latePayments.add(payment);
        }
    }

    /** Payers turned into babies born in the window up to 12 days before its end, paying 3 to 42 days after birth. */
    private void newbornsPaid(int count) {
        LocalDate start = payments.start().toLocalDate();
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> true);
            people.setRole(person, PersonRole.NEWBORN_PAID);
            people.redraw(person, rng, start, start.plusDays(days - 12));
            int first = (int) ChronoUnit.DAYS.between(start, people.birth(person)) + 3;
            int day = first + rng.nextInt(Math.min(40, days - first));
            payments.setTime(firstPayment(person), day * PaymentTable.DAY + daySecond());
        }
    }

    /** Payers whose roster row is in another unit than their payments. */
    private void moved(int count) {
        for (int j = 0; j < count; j++) {
            int person = pickPayer(p -> true);
            people.setRole(person, PersonRole.MOVED);
            int own = people.village(person);
            int other = rng.nextInt(unitPayers.length - 1);
            movedTo.put(person, other >= own ? other + 1 : other);
        }
    }

    private void notInRoster(int count) {
        for (int j = 0; j < count; j++) {
            people.setRole(pickPayer(p -> true), PersonRole.NOT_IN_ROSTER);
        }
    }

    /** Per unit, round(population x 0.95) - payers unpaid people (at least one): they are in the roster only. */
    private void unpaid() {
        for (int unit = 0; unit < unitPayers.length; unit++) {
            int count = Math.max(1, (int) ((population(unit) * 95L + 50) / 100) - unitPayers[unit]);
            for (int k = 0; k < count; k++) {
                int person = people.draw(rng, unit, firstUnpaidBirth(), people.latestBirth(), false);
                people.setRole(person, PersonRole.UNPAID);
            }
        }
    }

    /** Babies born during the window who have not paid. */
    private void newbornsUnpaid(int count) {
        LocalDate start = payments.start().toLocalDate();
        for (int j = 0; j < count; j++) {
            int person = people.draw(rng, randomUnit(), start, start.plusDays(days - 1), false);
            people.setRole(person, PersonRole.NEWBORN_UNPAID);
        }
    }

    // ---- single payments and draws -----------------------------------------------------------------------

    private int drawProblemPerson(int unit, LocalDate lastBirth, boolean digitCheck) {
        return people.draw(rng, unit, firstProblemBirth(), lastBirth, digitCheck);
    }

    private void pension(int person) {
        int amount = pensionAmount();
        decorate(payments.add(person, curveTime(lagOf(person)), amount, Kind.PENSION, Tag.FIRST, pensionChannel(amount)));
    }

    /** Late payment for last year: mostly October, some in early November. */
    private void lastYear(int person) {
        int day = rng.nextInt(4) < 3 ? rng.nextInt(31) : 31 + rng.nextInt(10);
        decorate(payments.add(person, day * PaymentTable.DAY + daySecond(), lastYearStandard(),
                Kind.MEDICAL_LAST_YEAR, Tag.FIRST, selfChannel()));
    }

    /** A payer with nothing planned yet, self-paid at the standard, matching the condition. */
    private int pickPayer(IntPredicate condition) {
        return pickPlain(p -> payments.amount(firstPayment(p)) == standard()
                && payments.channel(firstPayment(p)) != Channel.GOVERNMENT && condition.test(p));
    }

    /** A payer with nothing planned yet (any amount and channel) matching the condition. */
    int pickPlain(IntPredicate condition) {
        for (int attempt = 0; attempt < 10_000_000; attempt++) {
            int person = rng.nextInt(payerCount);
            if (people.role(person) == PersonRole.PLAIN && condition.test(person)) {
                return person;
            }
        }
        throw new IllegalStateException("no payer left for a planned problem");
    }

    /** Payers are drawn first, one payment each, so a payer's first payment has the payer's index. */
    static int firstPayment(int payer) {
        return payer;
    }

    int lagOf(int person) {
        return unitLagDays[people.village(person)];
    }

    /** A unit weighted by its payers. */
    int randomUnit() {
        return people.village(rng.nextInt(payerCount));
    }

    /** A government batch payment's time: one of four batch days, office hours. */
    int governmentTime() {
        int day = GOVERNMENT_DAYS[rng.nextInt(GOVERNMENT_DAYS.length)];
        return day * PaymentTable.DAY + officeSecond();
    }

    /** Slow at first, a rush at the end: day = lag + floor((days - lag) * u^(1/2.2)). */
    int curveDay(int lagDays) {
        double x = StrictMath.pow(rng.nextDouble(), 1 / RUSH); // StrictMath: the same bits on every JVM
        return Math.min(days - 1, lagDays + (int) ((days - lagDays) * x));
    }

    int curveTime(int lagDays) {
        return curveDay(lagDays) * PaymentTable.DAY + daySecond();
    }

    private int periodDay(int period) {
        int[] p = periods()[period];
        return p[0] + rng.nextInt(p[1] - p[0] + 1);
    }

    /** 08:00:00 to 21:59:59. */
    int daySecond() {
        return 8 * 3600 + rng.nextInt(14 * 3600);
    }

    /** 09:00:00 to 16:59:59. */
    private int officeSecond() {
        return 9 * 3600 + rng.nextInt(8 * 3600);
    }
}

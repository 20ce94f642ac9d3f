package zhengjiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.PensionTiers;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.PensionSieve;

/** The pension of a 两险 campaign counted by notice 003's rules: 16 and over on the day of payment, the eight tiers. */
class PensionProgressTest {

    private static final Settings SETTINGS = new Settings("峄城区", "枣庄市", 2024, Insurance.RESIDENT_MEDICAL,
            new BigDecimal("380"), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 20), LocalDate.of(2023, 12, 20),
            BigDecimal.ZERO, 1, Optional.empty(), Optional.empty(), null, Optional.empty(), null, null,
            List.of(Insurance.RESIDENT_MEDICAL, Insurance.RESIDENT_PENSION));
    private static final TaskTable PENSION_TASKS = new TaskTable(Path.of("任务分解表.csv"), List.of(
            new Village(1, "底阁镇", "底阁镇", 500, 4, "", 2), new Village(2, "峨山镇", "峨山镇", 500, 2, "", 3)),
            TaskTable.Level.TOWNS);
    private static final LocalDate DAY = LocalDate.of(2023, 12, 1);

    private PensionSieve sieve;
    private int row;

    @BeforeEach
    void setUp() {
        Ledger pension = new Ledger(SETTINGS.countingFor(Insurance.RESIDENT_PENSION), PENSION_TASKS, LocalDate.of(2024, 3, 1));
        pension.startFile("a.csv");
        sieve = new PensionSieve(pension, PensionTiers.YICHENG_2024);
    }

    private void pay(String id, String town, String date, long yuan, String serial, Insurance insurance, String channel) {
        sieve.payment(new PaymentRow(new RowRef(0, "a.csv", ++row), id, "某人", "某村", town, insurance, 2024,
                LocalDate.parse(date), yuan * 100, serial, channel));
    }

    private static String born(String date, int seq) {
        return ResidentId.of("370404", LocalDate.parse(date), seq);
    }

    @Test
    void tiersAdditionsAndTheGovernmentsHundredPerTown() {
        pay(born("1970-01-01", 11), "底阁镇", "2023-11-01", 100, "S1", Insurance.RESIDENT_PENSION, "政府代缴");
        pay(born("1971-01-01", 13), "底阁镇", "2023-11-02", 100, "S2", Insurance.RESIDENT_PENSION, "微信");
        pay(born("1972-01-01", 15), "底阁镇", "2023-11-03", 500, "S3", Insurance.RESIDENT_PENSION, "微信");
        pay(born("1972-01-01", 15), "底阁镇", "2023-11-03", 500, "S3", Insurance.RESIDENT_PENSION, "微信");
        pay(born("1973-01-01", 17), "峨山镇", "2023-11-04", 8000, "S4", Insurance.RESIDENT_PENSION, "银行柜台");
        pay(born("1974-01-01", 19), "峨山镇", "2023-11-05", 380, "M1", Insurance.RESIDENT_MEDICAL, "微信");
        PensionProgress p = PensionProgress.build(sieve, DAY, Period.WEEK);
        assertEquals(List.of(3, 1), p.ranking().units().stream().sorted(java.util.Comparator.comparingInt(RankedUnit::seq))
                .map(RankedUnit::paid).toList());
        PensionProgress.TierLine diGe = p.tiers().get(0);
        assertEquals(List.of(2, 0, 1, 0, 0, 0, 0, 0), diGe.counts());
        assertEquals((30 + 30 + 60) * 100, diGe.additionFen());
        assertEquals(1, diGe.governmentPaid());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1), p.tiers().get(1).counts());
        assertEquals(4, p.total().payers());
        assertEquals((30 + 30 + 60 + 80) * 100, p.total().additionFen());
        assertEquals(List.of(), p.problems());
    }

    @Test
    void underSixteenOnThePaymentDayAndOffTierAmountsAreListedNotCounted() {
        pay(born("2007-11-02", 21), "底阁镇", "2023-11-01", 350, "S1", Insurance.RESIDENT_PENSION, "微信");
        pay(born("2007-11-01", 23), "底阁镇", "2023-11-01", 350, "S2", Insurance.RESIDENT_PENSION, "微信");
        pay(born("1980-05-05", 25), "峨山镇", "2023-11-01", 300, "S3", Insurance.RESIDENT_PENSION, "微信");
        pay(born("1980-05-05", 25), "峨山镇", "2023-11-01", 300, "S3", Insurance.RESIDENT_PENSION, "微信");
        pay(born("1981-05-05", 27), "峨山镇", "2023-12-05", 2000, "S4", Insurance.RESIDENT_PENSION, "微信");
        PensionProgress p = PensionProgress.build(sieve, DAY, Period.WEEK);
        assertEquals(1, p.total().payers(), "the one who turned 16 that day");
        assertEquals(List.of(PensionSieve.Kind.UNDER_AGE, PensionSieve.Kind.OFF_TIER),
                p.problems().stream().map(PensionSieve.Problem::kind).toList(), "once each; the one after the day not yet");
        assertEquals(15, p.problems().get(0).age());
        assertEquals(3, PensionProgress.build(sieve, LocalDate.of(2023, 12, 10), Period.WEEK).problems().size());
    }

    @Test
    void aRefundCancelsAndASecondTicketCountsOnce() {
        String a = born("1960-03-03", 31);
        pay(a, "底阁镇", "2023-11-01", 500, "S1", Insurance.RESIDENT_PENSION, "微信");
        pay(a, "底阁镇", "2023-11-10", -500, "R1", Insurance.RESIDENT_PENSION, "微信");
        String b = born("1961-03-03", 33);
        pay(b, "峨山镇", "2023-11-01", 1000, "S2", Insurance.RESIDENT_PENSION, "微信");
        pay(b, "峨山镇", "2023-11-02", 1000, "S3", Insurance.RESIDENT_PENSION, "微信");
        PensionProgress p = PensionProgress.build(sieve, DAY, Period.WEEK);
        assertEquals(1, p.total().payers());
        assertEquals(1, p.tiers().get(1).counts().get(4));
        assertEquals(1, sieve.ledger().duplicates(DAY).size());
    }
}

package zhengjiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;

/** The people to look at: off-standard amounts, payments after the window, subsidy birthdays (滕州 2025-like rules). */
class PeopleReportTest {

    private static final Settings SETTINGS = new Settings("滕州市", "", 2025, Insurance.RESIDENT_MEDICAL, new BigDecimal("400"),
            LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), BigDecimal.ZERO, 3,
            Optional.empty(), Optional.empty(), new Settings.People(List.of(new BigDecimal("200")), List.of(60, 70),
            Optional.of(30), Optional.empty(), Optional.empty(), 6, 4));
    private static final TaskTable TABLE = new TaskTable(Path.of("t.csv"),
            List.of(new Village(1, "北辛街道", "北辛街道", 100, 90, "", 2)), TaskTable.Level.TOWNS);

    private final Ledger ledger = new Ledger(SETTINGS, TABLE);
    private int row;

    PeopleReportTest() {
        ledger.startFile("a.csv");
    }

    private String pay(LocalDate birth, String date, long yuan) {
        String id = ResidentId.of("370481", birth, 100 + row);
        ledger.payment(new PaymentRow(new RowRef(0, "a.csv", ++row), id, "某" + row, "某社区", "北辛", Insurance.RESIDENT_MEDICAL,
                2025, LocalDate.parse(date), yuan * 100, "S" + row, "微信"));
        return id;
    }

    private static List<String> kinds(PeopleReport r) {
        return r.notes().stream().map(n -> n.kind().name() + " " + n.detail()).toList();
    }

    @Test
    void amountsOutsideTheStandardAndTheExplainedSharesAreReported() {
        pay(LocalDate.of(1990, 1, 1), "2024-11-01", 400);
        pay(LocalDate.of(1960, 1, 1), "2024-11-01", 200);
        pay(LocalDate.of(1991, 1, 1), "2024-11-01", 420);
        pay(LocalDate.of(1992, 1, 1), "2024-11-01", 380);
        PeopleReport r = PeopleReport.build(ledger, LocalDate.of(2024, 12, 31));
        assertEquals(List.of("OVER_STANDARD 2024-11-01 缴费 420 元（税票 S3），标准 400 元（资助对象认可金额：[200]）",
                        "UNDER_STANDARD 2024-11-01 缴费 380 元（税票 S4），标准 400 元（资助对象认可金额：[200]）"), kinds(r));
    }

    @Test
    void aSecondOffStandardPaymentIsReportedToo() {
        String id = pay(LocalDate.of(1990, 1, 1), "2024-11-01", 400);
        ledger.payment(new PaymentRow(new RowRef(0, "a.csv", ++row), id, "某1", "某社区", "北辛", Insurance.RESIDENT_MEDICAL,
                2025, LocalDate.parse("2024-11-05"), 38000, "S-second", "微信"));
        PeopleReport r = PeopleReport.build(ledger, LocalDate.of(2024, 12, 31));
        assertEquals(List.of(PeopleReport.Kind.UNDER_STANDARD), r.notes().stream().map(PeopleReport.Note::kind).toList());
        assertEquals(id, r.notes().get(0).id());
    }

    @Test
    void paymentsAfterTheWindowCarryTheWaitingPeriod() {
        pay(LocalDate.of(1990, 1, 1), "2025-01-10", 400);
        PeopleReport r = PeopleReport.build(ledger, LocalDate.of(2025, 1, 15));
        assertEquals(List.of("AFTER_WINDOW 缴费日期 2025-01-10，晚于征缴期（至 2024-12-31），设 30 天待遇等待期，至 2025-02-09 止"),
                kinds(r));
    }

    @Test
    void payingBeforeTheSixtiethBirthdayIsReported() {
        pay(LocalDate.of(1964, 12, 20), "2024-11-01", 400);
        pay(LocalDate.of(1964, 10, 20), "2024-11-01", 200);
        PeopleReport r = PeopleReport.build(ledger, LocalDate.of(2024, 12, 31));
        assertEquals(List.of("BEFORE_BIRTHDAY 12月20日满 60 周岁，却在 2024-11-01 生日前缴费，可能失去年龄资助"), kinds(r));
    }

    @Test
    void unpaidPeopleWithASubsidyBirthdayAheadAreToldToWait(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        String id = ResidentId.of("370481", LocalDate.of(1954, 12, 25), 123);
        RosterPerson waiting = new RosterPerson(id, "李四", "北辛街道", "某社区", "", "", "", 2);
        Path roster = dir.resolve("参保台账.csv");
        java.nio.file.Files.writeString(roster, "证件号码,姓名,镇街,村名\n" + id + ",李四,北辛街道,某社区\n");
        PeopleReport r = PeopleReport.build(ledger, Optional.of(roster), LocalDate.of(2024, 12, 10));
        assertEquals(List.of("WAIT_FOR_BIRTHDAY 12月25日满 70 周岁，应在生日后缴费以享受资助"), kinds(r));
        assertEquals("12月25日满 70 周岁，应在生日后缴费以享受资助", r.villages().get(0).advice().get(id));
        assertEquals(List.of(waiting), r.villages().get(0).unpaid());
    }
}

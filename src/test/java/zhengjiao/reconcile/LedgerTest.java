package zhengjiao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;

class LedgerTest {

    private static final Settings SETTINGS = new Settings("朱集镇", "灵璧县", 2023, Insurance.RESIDENT_MEDICAL,
            new BigDecimal("350"), LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 31),
            BigDecimal.ONE, 3, Optional.empty(), Optional.empty());
    private static final TaskTable TABLE = new TaskTable(Path.of("任务分解表.csv"), List.of(
            new Village(1, "刘寨村", 100, 2, "", 2), new Village(2, "姜山村", 100, 2, "", 3)));
    private static final LocalDate DEC1 = LocalDate.of(2022, 12, 1);

    private Ledger ledger;
    private int row;

    @BeforeEach
    void setUp() {
        ledger = new Ledger(SETTINGS, TABLE);
        ledger.startFile("a.csv");
        ledger.startFile("b.csv");
    }

    private static String id(int n) {
        return ResidentId.of("341323", LocalDate.of(1980, 1, 1).plusDays(n), 101);
    }

    private void pay(int file, int person, String village, String date, long yuan, String serial) {
        pay(file, person, village, date, yuan, serial, Insurance.RESIDENT_MEDICAL, 2023, "");
    }

    private void pay(int file, int person, String village, String date, long yuan, String serial, Insurance insurance,
                     int year, String town) {
        ledger.payment(new PaymentRow(new RowRef(file, file == 0 ? "a.csv" : "b.csv", ++row), id(person), "某人", village,
                town, insurance, year, LocalDate.parse(date), yuan * 100, serial, "微信"));
    }

    @Test
    void oneSerialSeenInTwoDumpsIsOnePayment() {
        pay(0, 1, "刘寨村", "2022-11-01", 350, "S1");
        pay(1, 1, "刘寨村", "2022-11-01", 350, "S1");
        assertEquals(1, ledger.on(DEC1).paid(0));
        assertTrue(ledger.duplicates(DEC1).isEmpty());
        assertEquals(1, ledger.files().get(1).repeats());
    }

    @Test
    void twoSerialsAreADuplicatePaymentCountedOnce() {
        pay(0, 1, "刘寨村", "2022-11-01", 350, "S1");
        pay(1, 1, "刘寨", "2022-11-05", 350, "S2");
        assertEquals(1, ledger.on(DEC1).paid(0));
        List<PersonCase> duplicates = ledger.duplicates(DEC1);
        assertEquals(1, duplicates.size());
        assertEquals("S1、S2", duplicates.get(0).positiveSerials());
    }

    @Test
    void aFullRefundMeansThePersonNoLongerCounts() {
        pay(0, 1, "刘寨村", "2022-11-01", 350, "S1");
        pay(0, 1, "刘寨村", "2022-11-10", -350, "R1");
        assertEquals(1, ledger.on(LocalDate.of(2022, 11, 9)).paid(0));
        assertEquals(0, ledger.on(DEC1).paid(0));
        assertFalse(ledger.refunds(DEC1).get(0).counted());
    }

    @Test
    void aPersonCountsFromTheFirstPaymentDate() {
        pay(0, 1, "姜山村", "2022-12-02", 350, "S1");
        assertEquals(0, ledger.on(DEC1).paid(1));
        assertEquals(1, ledger.on(LocalDate.of(2022, 12, 2)).paid(1));
    }

    @Test
    void otherInsuranceYearAndTownAreExcludedWithAReason() {
        pay(0, 1, "刘寨村", "2022-11-01", 200, "P1", Insurance.RESIDENT_PENSION, 2023, "");
        pay(0, 2, "刘寨村", "2022-11-01", 350, "Y1", Insurance.RESIDENT_MEDICAL, 2022, "");
        pay(0, 3, "刘寨村", "2022-11-01", 350, "T1", Insurance.RESIDENT_MEDICAL, 2023, "游集镇");
        pay(0, 4, "刘寨村", "2022-11-01", 350, "T2", Insurance.RESIDENT_MEDICAL, 2023, "朱集");
        pay(0, 5, "刘寨村", "2022-11-01", 350, "T3", Insurance.RESIDENT_MEDICAL, 2023, "灵璧县");
        assertEquals(2, ledger.on(DEC1).paid(0));
        List<Exclusion.Kind> kinds = ledger.exclusions().stream().map(Exclusion::kind).toList();
        assertEquals(List.of(Exclusion.Kind.OTHER_INSURANCE, Exclusion.Kind.OTHER_YEAR, Exclusion.Kind.OTHER_TOWN), kinds);
        assertTrue(ledger.exclusions().get(1).reason().contains("2022 年度"));
    }

    @Test
    void unmatchedVillagesAreKeptUnderTheirOwnName() {
        pay(0, 1, "红棋村", "2022-11-01", 350, "S1");
        pay(0, 2, "朱集镇刘寨村委会", "2022-11-01", 350, "S2");
        Snapshot s = ledger.on(DEC1);
        assertEquals(1, s.paid(0));
        assertEquals(1, s.unmatched().get("红棋村"));
        assertEquals(1, ledger.unmatched(DEC1).size());
    }

    @Test
    void thePersonCountsTowardsTheVillageOfTheEarliestPayment() {
        pay(0, 1, "姜山村", "2022-11-05", 350, "S2");
        pay(0, 1, "刘寨村", "2022-11-01", 350, "S1");
        Snapshot s = ledger.on(DEC1);
        assertEquals(1, s.paid(0));
        assertEquals(0, s.paid(1));
    }

    @Test
    void latestPaymentDateIgnoresExcludedRows() {
        pay(0, 1, "刘寨村", "2022-11-05", 350, "S1");
        pay(0, 2, "刘寨村", "2022-12-30", 200, "P1", Insurance.RESIDENT_PENSION, 2023, "");
        assertEquals(LocalDate.of(2022, 11, 5), ledger.latestPaymentDate().orElseThrow());
    }

    @Test
    void placesAreShownAsTheTaskTableSpellsThem() {
        assertEquals(List.of("", "刘寨村"), List.of(ledger.canonicalPlace("", "朱集镇刘寨村村民委员会")));
        assertEquals(List.of("朱集镇", "姜山村"), List.of(ledger.canonicalPlace("朱集镇", "姜山村村委会")));
        assertEquals(List.of("", "王庄村"), List.of(ledger.canonicalPlace("", " 王庄村 ")));

        TaskTable county = new TaskTable(Path.of("任务分解表.csv"), List.of(
                new Village(1, "北辛街道", "东村", 10, 2, "", 2), new Village(2, "木石镇", "南村", 10, 4, "", 3)),
                TaskTable.Level.TOWN_VILLAGES);
        Settings city = new Settings("滕州市", "", 2025, Insurance.RESIDENT_MEDICAL, new BigDecimal("400"),
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), BigDecimal.ONE, 3,
                Optional.empty(), Optional.empty());
        Ledger countyLedger = new Ledger(city, county);
        assertEquals(List.of("北辛街道", "东村"), List.of(countyLedger.canonicalPlace("北辛", "东村村民委员会")));
        assertEquals(List.of("北辛街道", "东村"), List.of(countyLedger.canonicalPlace("滕州市北辛街道办事处", "北辛街道东村村委会")));
        assertEquals(List.of("木石镇", "北村"), List.of(countyLedger.canonicalPlace("木石", "北村")));
        assertEquals(List.of("龙阳镇", "x村"), List.of(countyLedger.canonicalPlace("龙阳镇", "x村")));
    }

    @Test
    void onePassOverManyDaysGivesWhatEachDayGivesAlone() {
        pay(0, 1, "刘寨村", "2022-10-03", 350, "S1");
        pay(0, 2, "姜山村", "2022-10-05", 350, "S2");
        pay(1, 2, "姜山村", "2022-10-09", -350, "S3");          // refunded
        pay(0, 3, "红棋村", "2022-10-04", 350, "S4");           // unmatched
        pay(0, 4, "刘寨村", "2022-10-06", 350, "S5");
        pay(1, 4, "姜山村", "2022-10-02", 350, "S6");           // paid twice, counts by the earlier
        pay(0, 5, "姜山村", "2022-10-08", 350, "S7");
        pay(0, 6, "刘寨村", "2022-10-07", 0, "S8");             // nothing paid
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2022, 10, 1); !d.isAfter(LocalDate.of(2022, 10, 12)); d = d.plusDays(1)) {
            days.add(d);
        }
        List<Snapshot> all = ledger.onDays(days);
        for (int i = 0; i < days.size(); i++) {
            Snapshot one = ledger.on(days.get(i));
            assertEquals(List.of(one.paid(0), one.paid(1), one.government(0), one.unmatched()),
                    List.of(all.get(i).paid(0), all.get(i).paid(1), all.get(i).government(0), all.get(i).unmatched()),
                    days.get(i).toString());
        }
        assertEquals(2, all.get(days.size() - 1).paid(1));
    }
}

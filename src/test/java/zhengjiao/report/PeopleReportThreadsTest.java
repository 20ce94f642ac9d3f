package zhengjiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;

/**
 * The people report is the same whether the payers are ordered on a thread of their own while the roster is read
 * and checked in two halves at once, or all one after the other; the public list's order is village, then pinyin,
 * then ID.
 */
class PeopleReportThreadsTest {

    private static final Settings SETTINGS = new Settings("北辛街道", "滕州市", 2025, Insurance.RESIDENT_MEDICAL, new BigDecimal("400"),
            LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), BigDecimal.ZERO, 3,
            Optional.empty(), Optional.empty(), new Settings.People(List.of(new BigDecimal("200")), List.of(60, 70),
            Optional.of(30), Optional.empty(), Optional.empty(), 6, 4));
    private static final TaskTable TABLE = new TaskTable(Path.of("t.csv"), List.of(
            new Village(1, "北辛街道", "刘寨村", 100, 90, "", 2), new Village(2, "北辛街道", "张庄村", 100, 90, "", 3),
            new Village(3, "北辛街道", "王楼村", 100, 90, "", 4)), TaskTable.Level.VILLAGES);

    @TempDir
    Path dir;

    @Test
    void theSameReportWithOneThreadOrTwo() throws IOException {
        Random random = new Random(3);
        String[] surnames = {"王", "汪", "张", "章", "闫", "邹", "曾", "单", "李"};
        String[] villages = {"刘寨村", "张庄村", "王楼村", "李家村"};
        Ledger ledger = new Ledger(SETTINGS, TABLE, LocalDate.of(2025, 3, 1));
        ledger.startFile("a.csv");
        StringBuilder roster = new StringBuilder("证件号码,姓名,镇街,村名,联系电话,人员类别,户号\n");
        for (int i = 0; i < 3000; i++) {
            String id = ResidentId.of("370481", LocalDate.of(1940 + i % 70, 1 + i % 12, 1 + i % 28), i % 900 + 1);
            // names repeat (the same name in one village: ordered by ID), villages unmatched now and then
            String name = surnames[random.nextInt(surnames.length)] + (char) ('一' + random.nextInt(6));
            String village = villages[random.nextInt(villages.length)];
            if (random.nextInt(10) < 8) {
                ledger.payment(new PaymentRow(new RowRef(0, "a.csv", i + 2), id, name, village, "北辛", Insurance.RESIDENT_MEDICAL,
                        2025, LocalDate.of(2024, 10, 1).plusDays(random.nextInt(100)), random.nextInt(20) == 0 ? 38000 : 40000,
                        "S" + i, "微信"));
            }
            if (random.nextInt(10) < 9) {
                roster.append(id).append(',').append(name).append(",北辛街道,").append(villages[random.nextInt(villages.length)])
                        .append(",130,,").append(i / 4).append('\n');
            }
        }
        Path file = dir.resolve("参保台账.csv");
        Files.writeString(file, roster, StandardCharsets.UTF_8);
        LocalDate asOf = LocalDate.of(2024, 12, 15);

        PeopleReport alone = PeopleReport.build(ledger, Optional.of(file), asOf, null, true, false, Integer.MAX_VALUE);
        List<List<Ledger.Payer>> aloneLists = new ArrayList<>();
        alone.villages().forEach(v -> aloneLists.add(List.copyOf(v.payers())));
        PeopleReport parallel = PeopleReport.build(ledger, Optional.of(file), asOf, null, true, true, 100);
        List<List<Ledger.Payer>> parallelLists = new ArrayList<>();
        parallel.villages().forEach(v -> parallelLists.add(List.copyOf(v.payers())));

        assertEquals(alone.notes(), parallel.notes());
        assertEquals(aloneLists, parallelLists);
        assertEquals(alone.villages().stream().map(v -> v.name() + v.roster() + v.unpaid() + v.elsewhere() + v.advice()).toList(),
                parallel.villages().stream().map(v -> v.name() + v.roster() + v.unpaid() + v.elsewhere() + v.advice()).toList());
        // each village's payers in pinyin order, the same name by ID; the roster's marks are seen (listed)
        for (List<Ledger.Payer> payers : parallelLists) {
            List<Ledger.Payer> sorted = new ArrayList<>(payers);
            sorted.sort(java.util.Comparator.comparing((Ledger.Payer p) -> PinyinOrder.asSurname(p.name()), PinyinOrder.comparator())
                    .thenComparing(Ledger.Payer::id));
            assertEquals(sorted, payers);
        }
        assertTrue(parallelLists.stream().mapToInt(List::size).sum() > 1000, "payers counted");
        assertTrue(parallelLists.stream().flatMap(List::stream).anyMatch(Ledger.Payer::listed));
        assertTrue(parallelLists.stream().flatMap(List::stream).anyMatch(p -> !p.listed()));
    }
}

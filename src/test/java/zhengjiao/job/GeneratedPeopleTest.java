package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.ResidentId;
import zhengjiao.reconcile.Ledger;
import zhengjiao.report.PeopleReport;
import zhengjiao.sample.CountySampleGenerator;
import zhengjiao.sample.CountySampleResult;
import zhengjiao.sample.RosterTruth;
import zhengjiao.sample.SampleGenerator;
import zhengjiao.sample.SampleResult;

/**
 * Generated campaigns with a roster: the unpaid people per village, people who paid elsewhere or are not in the
 * roster, off-standard amounts, late payments and subsidy birthdays must equal the generator's ground truth.
 */
class GeneratedPeopleTest {

    private static Set<String> ids(PeopleReport r, PeopleReport.Kind... kinds) {
        Set<PeopleReport.Kind> wanted = Set.of(kinds);
        return r.notes().stream().filter(n -> wanted.contains(n.kind())).map(PeopleReport.Note::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static PeopleReport people(Path dir, LocalDate asOf) {
        CampaignFolder folder = CampaignFolder.open(dir);
        Ledger ledger = new CampaignRun(new PrintWriter(Writer.nullWriter())).reconcile(folder);
        return PeopleReport.build(ledger, folder.roster(), asOf);
    }

    private static void assertMatches(RosterTruth truth, PeopleReport end, PeopleReport late, String seed) {
        Map<String, Integer> unpaid = new LinkedHashMap<>();
        end.villages().forEach(v -> unpaid.put(v.name(), v.unpaid().size()));
        assertEquals(truth.unpaidByUnit(), unpaid, seed);
        assertEquals(new TreeSet<>(truth.moved()), ids(end, PeopleReport.Kind.PAID_ELSEWHERE), seed);
        // payers whose village matches nothing are not in the roster either; the truth lists the planned ones
        Set<String> villages = end.villages().stream().map(PeopleReport.VillagePeople::name).collect(Collectors.toSet());
        Set<String> notInRoster = end.notes().stream().filter(n -> n.kind() == PeopleReport.Kind.NOT_IN_ROSTER)
                .filter(n -> villages.contains(n.village())).map(PeopleReport.Note::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(truth.notInRoster()), notInRoster, seed);
        assertEquals(new TreeSet<>(truth.offStandard().keySet()),
                ids(end, PeopleReport.Kind.OVER_STANDARD, PeopleReport.Kind.UNDER_STANDARD), seed);
        assertEquals(new TreeSet<>(truth.latePayments().keySet()), ids(late, PeopleReport.Kind.AFTER_WINDOW), seed);
    }

    @Test
    void townSample(@TempDir Path dir) throws IOException {
        SampleResult truth = SampleGenerator.generate(dir, 7, 1);
        assertMatches(truth.roster(), people(dir, LocalDate.of(2022, 12, 31)), people(dir, LocalDate.of(2023, 12, 31)),
                "town seed 7");
    }

    @Test
    void countySampleWithSubsidyBirthdays(@TempDir Path dir) throws IOException {
        CountySampleResult truth = CountySampleGenerator.generate(dir, 11, 1);
        PeopleReport end = people(dir, LocalDate.of(2024, 12, 31));
        assertMatches(truth.roster(), end, people(dir, LocalDate.of(2025, 12, 31)), "county seed 11");
        // the generator sets 60-69 amounts by birth year, so people turning 60 in the last weeks also paid 200 early;
        // paying oneself before the subsidy birthday is flagged whatever the amount (the 峄城 rule), so the flagged
        // set holds the planned ones and each flagged person really paid before a 60th or 70th birthday that year
        Set<String> early = ids(end, PeopleReport.Kind.BEFORE_BIRTHDAY);
        assertTrue(early.containsAll(truth.roster().earlyBirthday()), "county seed 11");
        for (PeopleReport.Note n : end.notes()) {
            if (n.kind() == PeopleReport.Kind.BEFORE_BIRTHDAY) {
                int year = ResidentId.birthDate(n.id()).orElseThrow().getYear();
                assertTrue(year == 1964 || year == 1954, n.toString());
            }
        }
        // a month before the end of the year, everyone unpaid whose 60th or 70th birthday is in December must wait
        Set<String> wait = ids(people(dir, LocalDate.of(2024, 11, 30)), PeopleReport.Kind.WAIT_FOR_BIRTHDAY);
        assertTrue(wait.containsAll(truth.roster().shouldWait()), "county seed 11");
        for (String id : wait) {
            LocalDate birth = ResidentId.birthDate(id).orElseThrow();
            assertTrue(List.of(1964, 1954).contains(birth.getYear()) && birth.getMonthValue() == 12, id);
        }
    }
}

package zhengjiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;

/**
 * The weekly ranking circular (周通报、周排名) on a date, compared with the same report 7 days earlier.
 *
 * @param settings   the campaign
 * @param asOf       the report date
 * @param previous   the comparison date (asOf minus 7 days)
 * @param units      the villages in rank order
 * @param total      the 合计 line: every counted person, unmatched ones included
 * @param unmatched  persons counted under 未匹配 on the report date, by the dump's village text
 * @param unmatchedNew of those, new this week
 * @param unmatchedGovernment of those, paid by the government
 */
public record WeeklyReport(Settings settings, LocalDate asOf, LocalDate previous, List<RankedUnit> units, Total total,
                           Map<String, Integer> unmatched, int unmatchedNew, int unmatchedGovernment) {

    public WeeklyReport {
        units = List.copyOf(units);
        unmatched = Map.copyOf(unmatched);
    }

    /**
     * The 合计 line.
     *
     * @param task        sum of the tasks
     * @param paid        every counted person, unmatched included
     * @param selfPaid    of which self-paid
     * @param government  of which government-paid
     * @param newThisWeek new this week
     */
    public record Total(int task, int paid, int selfPaid, int government, int newThisWeek) {
        public Rate rate() {
            return new Rate(paid, task);
        }
    }

    public int unmatchedTotal() {
        return unmatched.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Builds the report for {@code asOf} from a reconciled ledger. */
    public static WeeklyReport build(Ledger ledger, LocalDate asOf) {
        TaskTable table = ledger.table();
        LocalDate previous = asOf.minusDays(7);
        Snapshot now = ledger.on(asOf);
        Snapshot before = ledger.on(previous);
        List<Rate> ratesNow = new ArrayList<>();
        List<Rate> ratesBefore = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            int task = table.villages().get(i).task();
            ratesNow.add(new Rate(now.paid(i), task));
            ratesBefore.add(new Rate(before.paid(i), task));
        }
        int bottomN = ledger.settings().bottomPlaces();
        int[] rankNow = Ranking.ranks(ratesNow);
        int[] rankBefore = Ranking.ranks(ratesBefore);
        boolean[] bottomNow = Ranking.bottom(ratesNow, bottomN);
        boolean[] bottomBefore = Ranking.bottom(ratesBefore, bottomN);
        List<RankedUnit> units = new ArrayList<>();
        for (int i : Ranking.order(rankNow)) {
            Village v = table.villages().get(i);
            units.add(new RankedUnit(v.seq(), v.name(), v.task(), now.paid(i), now.selfPaid(i), now.government(i),
                    ratesNow.get(i), rankNow[i], now.paid(i) - before.paid(i), rankBefore[i], rankBefore[i] - rankNow[i],
                    bottomNow[i], bottomBefore[i]));
        }
        int paid = now.matchedTotal() + now.unmatchedTotal();
        int paidBefore = before.matchedTotal() + before.unmatchedTotal();
        Total total = new Total(table.totalTask(), paid, paid - now.governmentTotal(), now.governmentTotal(),
                paid - paidBefore);
        return new WeeklyReport(ledger.settings(), asOf, previous, units, total, now.unmatched(),
                now.unmatchedTotal() - before.unmatchedTotal(), now.unmatchedGovernment());
    }

    /** Villages to be called in (约谈): bottom places this week and last week. */
    public List<RankedUnit> calledIn() {
        return units.stream().filter(RankedUnit::calledIn).toList();
    }

    /** Villages in the bottom places this week. */
    public List<RankedUnit> bottom() {
        return units.stream().filter(RankedUnit::bottomNow).toList();
    }
}

package zhengjiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;

/**
 * The weekly ranking circular (周通报、周排名) on a date, compared with the same report 7 days earlier (or one
 * {@link Period} earlier: 1 day for a daily circular).
 * A town ranks its villages; a county ranks its towns, and when its table lists villages under towns, each
 * town's villages are ranked within the town too.
 *
 * @param settings   the campaign
 * @param level      what the task table's lines are
 * @param asOf       the report date
 * @param previous   the comparison date (asOf minus 7 days, or minus the period)
 * @param units      the ranked units (villages, or towns) in rank order
 * @param total      the 合计 line: every counted person, unmatched ones included
 * @param unmatched  persons counted under 未匹配 on the report date, by the dump's text
 * @param unmatchedNew of those, new this week
 * @param unmatchedGovernment of those, paid by the government
 * @param towns      at county level with village tasks: each town's villages ranked within it
 */
public record WeeklyReport(Settings settings, TaskTable.Level level, LocalDate asOf, LocalDate previous,
                           List<RankedUnit> units, Total total, Map<String, Integer> unmatched, int unmatchedNew,
                           int unmatchedGovernment, List<TownRanking> towns) {

    public WeeklyReport {
        units = List.copyOf(units);
        unmatched = Map.copyOf(unmatched);
        towns = List.copyOf(towns);
    }

    /**
     * The 合计 line.
     *
     * @param task        sum of the tasks
     * @param paid        every counted person
     * @param selfPaid    of which self-paid
     * @param government  of which government-paid
     * @param newThisWeek new this week
     */
    public record Total(int task, int paid, int selfPaid, int government, int newThisWeek) {
        public Rate rate() {
            return new Rate(paid, task);
        }
    }

    /**
     * A town's villages ranked within the town.
     *
     * @param town     the town as written in the task table
     * @param villages its villages in rank order
     * @param total    the town's sums
     */
    public record TownRanking(String town, List<RankedUnit> villages, Total total) {
        public TownRanking {
            villages = List.copyOf(villages);
        }
    }

    /** One unit's figures before ranking. */
    private record Figures(int seq, String name, int task, int paid, int government, int paidBefore) {
    }

    public int unmatchedTotal() {
        return unmatched.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The comparison period: the days between {@link #previous} and {@link #asOf}. */
    public Period period() {
        return new Period((int) (asOf.toEpochDay() - previous.toEpochDay()));
    }

    /** Builds the weekly report (compared with 7 days earlier) for {@code asOf} from a reconciled ledger. */
    public static WeeklyReport build(Ledger ledger, LocalDate asOf) {
        return build(ledger, asOf, Period.WEEK);
    }

    /** Builds the report for {@code asOf}, compared with the report one {@code period} earlier. */
    public static WeeklyReport build(Ledger ledger, LocalDate asOf, Period period) {
        TaskTable table = ledger.table();
        LocalDate previous = asOf.minusDays(period.days());
        Snapshot now = ledger.on(asOf);
        Snapshot before = ledger.on(previous);
        int bottomN = ledger.settings().bottomPlaces();
        List<Figures> lines = new ArrayList<>();
        List<TownRanking> towns = new ArrayList<>();
        if (table.level() == TaskTable.Level.TOWN_VILLAGES) {
            int seq = 0;
            for (String town : table.towns()) {
                List<Figures> villages = new ArrayList<>();
                for (int i = 0; i < table.size(); i++) {
                    Village v = table.villages().get(i);
                    if (PlaceNames.townKey(v.town()).equals(PlaceNames.townKey(town))) {
                        villages.add(new Figures(v.seq(), v.name(), v.task(), now.paid(i), now.government(i), before.paid(i)));
                    }
                }
                Figures sum = new Figures(++seq, town, villages.stream().mapToInt(Figures::task).sum(),
                        villages.stream().mapToInt(Figures::paid).sum(), villages.stream().mapToInt(Figures::government).sum(),
                        villages.stream().mapToInt(Figures::paidBefore).sum());
                lines.add(sum);
                towns.add(new TownRanking(town, rank(villages, bottomN, period), total(sum)));
            }
        } else {
            for (int i = 0; i < table.size(); i++) {
                Village v = table.villages().get(i);
                lines.add(new Figures(v.seq(), v.name(), v.task(), now.paid(i), now.government(i), before.paid(i)));
            }
        }
        int paid = now.matchedTotal() + now.unmatchedTotal();
        int paidBefore = before.matchedTotal() + before.unmatchedTotal();
        Total total = new Total(table.totalTask(), paid, paid - now.governmentTotal(), now.governmentTotal(),
                paid - paidBefore);
        return new WeeklyReport(ledger.settings(), table.level(), asOf, previous, rank(lines, bottomN, period), total,
                now.unmatched(), now.unmatchedTotal() - before.unmatchedTotal(), now.unmatchedGovernment(), towns);
    }

    private static Total total(Figures f) {
        return new Total(f.task(), f.paid(), f.paid() - f.government(), f.government(), f.paid() - f.paidBefore());
    }

    private static List<RankedUnit> rank(List<Figures> lines, int bottomN, Period period) {
        List<Rate> ratesNow = lines.stream().map(f -> new Rate(f.paid(), f.task())).toList();
        List<Rate> ratesBefore = lines.stream().map(f -> new Rate(f.paidBefore(), f.task())).toList();
        int[] rankNow = Ranking.ranks(ratesNow);
        int[] rankBefore = Ranking.ranks(ratesBefore);
        boolean[] bottomNow = Ranking.bottom(ratesNow, bottomN);
        boolean[] bottomBefore = Ranking.bottom(ratesBefore, bottomN);
        List<RankedUnit> units = new ArrayList<>();
        for (int i : Ranking.order(rankNow)) {
            Figures f = lines.get(i);
            units.add(new RankedUnit(f.seq(), f.name(), f.task(), f.paid(), f.paid() - f.government(), f.government(),
                    ratesNow.get(i), rankNow[i], f.paid() - f.paidBefore(), rankBefore[i], rankBefore[i] - rankNow[i],
                    bottomNow[i], bottomBefore[i], period));
        }
        return units;
    }

    /** The rank of a unit by name, or 0. */
    public int rankOf(String name) {
        return units.stream().filter(u -> u.name().equals(name)).mapToInt(RankedUnit::rank).findFirst().orElse(0);
    }
}

package zhengjiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import zhengjiao.domain.PensionTiers;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.PensionSieve;

/**
 * The pension's progress in a 两险 campaign on the report date (notice 003: 城乡居民基本养老、基本医疗保险集中征缴):
 * its ranking against the 养老任务数, with the same rules and comparison period as the medical one, the tier
 * distribution per unit (人数 per 档次, the government's additions and the 代缴 of the hardship groups, notice 003
 * 四（一）), and the pension payments not counted (under 16, not a tier).
 *
 * @param ranking  the pension ranking (units of the ranking: villages, or towns at county level)
 * @param tiers    per unit of the ranking, in task-table order, then 未匹配 when someone counts there
 * @param total    the sum of all lines
 * @param problems the payments not counted, dated on or before the report date, in reading order
 * @param rules    the tiers, additions and minimum age counted by
 * @param trend    the pension payers on every day from the window's first day to the report date, per unit of the
 *                 ranking, counted as the ranking counts them (the 养老趋势 sheet)
 */
public record PensionProgress(WeeklyReport ranking, List<TierLine> tiers, TierLine total, List<PensionSieve.Problem> problems,
                              PensionTiers rules, Trend trend) {

    public PensionProgress {
        Objects.requireNonNull(ranking, "ranking must not be null");
        Objects.requireNonNull(trend, "trend must not be null");
        tiers = List.copyOf(tiers);
        problems = List.copyOf(problems);
    }

    /** The name of the line of payers whose place matches no unit. */
    public static final String UNMATCHED = "未匹配";

    /**
     * One unit's tier distribution.
     *
     * @param name           the unit (a village, or a town at county level), or 未匹配 / 合计
     * @param counts         counted payers per tier, in the order of {@link PensionTiers#tiersFen}
     * @param additionFen    the government's additions for them, fen (30/60/80 元 a person by tier)
     * @param governmentPaid of them, paid through a government channel at the 代缴 amount (100 元 for 重度残疾人,
     *                       特困人员, 低保, 扶贫户)
     */
    public record TierLine(String name, List<Integer> counts, long additionFen, int governmentPaid) {

        public TierLine {
            counts = List.copyOf(counts);
        }

        /** Counted payers of all tiers. */
        public int payers() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The pension progress on {@code asOf}, compared with one {@code period} earlier.
     *
     * @param sieve the pension ledger and the payments it kept out
     */
    public static PensionProgress build(PensionSieve sieve, LocalDate asOf, Period period) {
        Ledger ledger = sieve.ledger();
        PensionTiers rules = sieve.rules();
        WeeklyReport ranking = WeeklyReport.build(ledger, asOf, period);
        TaskTable table = ledger.table();
        List<String> units = new ArrayList<>();
        int[] unitOf = new int[table.size()];
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            Village v = table.villages().get(i);
            String unit = table.level() == TaskTable.Level.TOWN_VILLAGES
                    ? table.townOfKey(PlaceNames.townKey(v.town())).orElse(v.town()) : v.name();
            Integer at = unitIndex.get(unit);
            if (at == null) {
                at = units.size();
                unitIndex.put(unit, at);
                units.add(unit);
            }
            unitOf[i] = at;
        }
        int n = rules.tiersFen().size();
        int[][] counts = new int[units.size() + 1][n];
        long[] additions = new long[units.size() + 1];
        int[] government = new int[units.size() + 1];
        for (Ledger.Payer p : ledger.payersOn(asOf)) {
            int line = p.village() >= 0 ? unitOf[p.village()] : units.size();
            int tier = rules.tiersFen().indexOf(p.amountFen());
            if (tier < 0) {
                continue; // the sieve lets only tiers through; a refund-only net cannot count
            }
            counts[line][tier]++;
            additions[line] += rules.additionFen(p.amountFen());
            if (p.government() && p.amountFen() == rules.paidFen()) {
                government[line]++;
            }
        }
        List<TierLine> lines = new ArrayList<>();
        for (int u = 0; u <= units.size(); u++) {
            boolean unmatched = u == units.size();
            if (unmatched && java.util.Arrays.stream(counts[u]).sum() == 0) {
                continue;
            }
            lines.add(line(unmatched ? UNMATCHED : units.get(u), counts[u], additions[u], government[u]));
        }
        int[] all = new int[n];
        long allAdditions = 0;
        int allGovernment = 0;
        for (int u = 0; u <= units.size(); u++) {
            for (int t = 0; t < n; t++) {
                all[t] += counts[u][t];
            }
            allAdditions += additions[u];
            allGovernment += government[u];
        }
        return new PensionProgress(ranking, lines, line("合计", all, allAdditions, allGovernment), sieve.problems(asOf),
                rules, Trend.daily(ledger, asOf));
    }

    private static TierLine line(String name, int[] counts, long additionFen, int government) {
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return new TierLine(name, list, additionFen, government);
    }
}

package zhengjiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;

/**
 * How many persons had paid on each of a row of days since the collection window opened: per ranked unit (village,
 * or town) and in all (the 合计 line, unmatched payers included). Each figure is counted exactly as the ranking
 * counts it on that day ({@link Ledger#on}), so the last day's figures equal the ranking's 缴费人数 and the figures one
 * period earlier equal 缴费人数 minus 本周新增.
 *
 * @param days   the days, oldest first
 * @param units  one series per unit of the ranking, in task-table order
 * @param total  every counted person (the 合计 line, 未匹配 included)
 */
public record Trend(List<LocalDate> days, List<Series> units, Series total) {

    public Trend {
        days = List.copyOf(days);
        units = List.copyOf(units);
        Objects.requireNonNull(total, "total must not be null");
    }

    /**
     * One unit's counts.
     *
     * @param name  the unit as the ranking names it
     * @param task  its task (任务数)
     * @param paid  persons counted on each day of {@link Trend#days}
     */
    public record Series(String name, int task, List<Integer> paid) {
        public Series {
            paid = List.copyOf(paid);
        }

        /** The count on the last day. */
        public int last() {
            return paid.isEmpty() ? 0 : paid.get(paid.size() - 1);
        }
    }

    /** Every day from the window's first day to {@code asOf} (only {@code asOf} when it comes before the window). */
    public static Trend daily(Ledger ledger, LocalDate asOf) {
        LocalDate start = ledger.settings().windowStart();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start.isAfter(asOf) ? asOf : start; !d.isAfter(asOf); d = d.plusDays(1)) {
            days.add(d);
        }
        return on(ledger, days);
    }

    /** The counts on the given days. */
    public static Trend on(Ledger ledger, List<LocalDate> days) {
        TaskTable table = ledger.table();
        List<String> names = new ArrayList<>();
        List<Integer> tasks = new ArrayList<>();
        int[] unitOf = new int[table.size()];
        if (table.level() == TaskTable.Level.TOWN_VILLAGES) {
            for (String town : table.towns()) {
                names.add(town);
                int task = 0;
                for (int i = 0; i < table.size(); i++) {
                    Village v = table.villages().get(i);
                    if (PlaceNames.townKey(v.town()).equals(PlaceNames.townKey(town))) {
                        unitOf[i] = names.size() - 1;
                        task += v.task();
                    }
                }
                tasks.add(task);
            }
        } else {
            for (int i = 0; i < table.size(); i++) {
                names.add(table.villages().get(i).name());
                tasks.add(table.villages().get(i).task());
                unitOf[i] = i;
            }
        }
        List<List<Integer>> counts = new ArrayList<>();
        names.forEach(n -> counts.add(new ArrayList<>()));
        List<Integer> totals = new ArrayList<>();
        for (Snapshot s : ledger.onDays(days)) {
            int[] sums = new int[names.size()];
            for (int i = 0; i < table.size(); i++) {
                sums[unitOf[i]] += s.paid(i);
            }
            for (int u = 0; u < sums.length; u++) {
                counts.get(u).add(sums[u]);
            }
            totals.add(s.matchedTotal() + s.unmatchedTotal());
        }
        List<Series> units = new ArrayList<>();
        for (int u = 0; u < names.size(); u++) {
            units.add(new Series(names.get(u), tasks.get(u), counts.get(u)));
        }
        return new Trend(days, units, new Series("合计", table.totalTask(), totals));
    }

    /**
     * The days of this trend one {@code period} apart, ending on the last day: the last day, one period earlier, two
     * periods earlier … back to the first day held (per week for a weekly circular, per day for a daily one).
     */
    public Trend every(Period period) {
        List<Integer> picked = new ArrayList<>();
        for (int i = days.size() - 1; i >= 0; i -= period.days()) {
            picked.add(0, i);
        }
        List<Series> out = new ArrayList<>();
        for (Series s : units) {
            out.add(new Series(s.name(), s.task(), picked.stream().map(s.paid()::get).toList()));
        }
        return new Trend(picked.stream().map(days::get).toList(), out,
                new Series(total.name(), total.task(), picked.stream().map(total.paid()::get).toList()));
    }
}

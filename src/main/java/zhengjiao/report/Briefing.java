package zhengjiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;

/**
 * What a leader reads on one page (领导简报): where the campaign stands, who is behind, what changed. Every figure
 * comes from the ranking's {@link WeeklyReport} (paid, task, rate, new payers) or is derived from it here, once, so
 * the briefing, the circular document and the ranking workbook show the same numbers.
 *
 * @param report        the ranking on the report date
 * @param daily         the counts on every day since the window opened, up to the report date
 * @param lastYear      last year's total counts by day of its window, when last year's dumps are in the folder
 * @param daysLeft      days after the report date up to and including the window's last day (0 once it has ended)
 * @param neededPerDay  new payers needed per remaining day to reach the task (rounded up); 0 when met or ended
 * @param timeProgress  the share of the window gone by on the report date (时间进度): days elapsed / window days
 * @param behindPace    the units whose completion rate is below the time progress, in rank order
 * @param forecast      the finishing date at the last 7 days' pace
 * @param risks         the counts that need checking
 */
public record Briefing(WeeklyReport report, Trend daily, Optional<Trend.Series> lastYear, int daysLeft, int neededPerDay,
                       Rate timeProgress, List<RankedUnit> behindPace, Forecast forecast, Risks risks) {

    /** The pace of the forecast: the last 7 days. */
    public static final int FORECAST_DAYS = 7;

    public Briefing {
        Objects.requireNonNull(report, "report must not be null");
        behindPace = List.copyOf(behindPace);
        lastYear = lastYear == null ? Optional.empty() : lastYear;
    }

    /**
     * When the task would be met at the recent pace.
     *
     * @param recentAdded new payers in the last {@link #FORECAST_DAYS} days (all payers, as the 合计 line)
     * @param remaining   persons still needed for the task (0 when met)
     * @param finish      the day the task would be met: report date + ⌈remaining ÷ (recentAdded ÷ 7)⌉ days;
     *                    empty when already met or when nobody paid in the last 7 days
     */
    public record Forecast(int recentAdded, int remaining, Optional<LocalDate> finish) {
        public Forecast {
            finish = finish == null ? Optional.empty() : finish;
        }

        /** The task is met already. */
        public boolean met() {
            return remaining == 0;
        }
    }

    /**
     * What needs checking before the figures are reported upward.
     *
     * @param unmatched    payers whose village (or town) matched no line of the task table (未匹配)
     * @param duplicates   persons with two or more different tickets (重复缴费)
     * @param specialUnpaid special-group people with no payment when the certification ran (名单人员未缴费), when a
     *                     subsidy policy was certified
     */
    public record Risks(int unmatched, int duplicates, Optional<Integer> specialUnpaid) {
        public Risks {
            specialUnpaid = specialUnpaid == null ? Optional.empty() : specialUnpaid;
        }
    }

    /**
     * Builds the briefing.
     *
     * @param ledger        the reconciled payments
     * @param report        the ranking on the report date
     * @param daily         {@link Trend#daily} up to the report date
     * @param lastYear      last year's day-by-day total, if known
     * @param specialUnpaid special-group people unpaid at certification, if certified
     */
    public static Briefing build(Ledger ledger, WeeklyReport report, Trend daily, Optional<Trend.Series> lastYear,
                                 Optional<Integer> specialUnpaid) {
        LocalDate asOf = report.asOf();
        LocalDate start = report.settings().windowStart();
        LocalDate end = report.settings().windowEnd();
        int daysLeft = (int) Math.max(0, end.toEpochDay() - asOf.toEpochDay());
        int remaining = Math.max(0, report.total().task() - report.total().paid());
        int needed = daysLeft == 0 || remaining == 0 ? 0 : (remaining + daysLeft - 1) / daysLeft;
        long windowDays = end.toEpochDay() - start.toEpochDay() + 1;
        long elapsed = Math.min(windowDays, Math.max(0, asOf.toEpochDay() - start.toEpochDay() + 1));
        Rate time = new Rate(elapsed, windowDays);
        List<RankedUnit> behind = report.units().stream()
                .filter(u -> u.task() > 0 && (long) u.paid() * windowDays < (long) u.task() * elapsed).toList();
        Snapshot before = ledger.on(asOf.minusDays(FORECAST_DAYS));
        int recent = report.total().paid() - (before.matchedTotal() + before.unmatchedTotal());
        Optional<LocalDate> finish = Optional.empty();
        if (remaining > 0 && recent > 0) {
            long days = ((long) remaining * FORECAST_DAYS + recent - 1) / recent;
            finish = Optional.of(asOf.plusDays(days));
        }
        Risks risks = new Risks(report.unmatchedTotal(), ledger.duplicates(asOf).size(), specialUnpaid);
        return new Briefing(report, daily, lastYear, daysLeft, needed, time, behind,
                new Forecast(recent, remaining, finish), risks);
    }
}

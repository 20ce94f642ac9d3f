package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import zhengjiao.reconcile.Ledger;
import zhengjiao.report.Allowance;
import zhengjiao.report.Briefing;
import zhengjiao.report.GroupBulletin;
import zhengjiao.report.PensionProgress;
import zhengjiao.report.Trend;
import zhengjiao.report.WeeklyReport;
import zhengjiao.subsidy.SubsidyReport;

/**
 * The outputs for leaders and for filing, made from the same ranking as the workbooks: the circular as an official
 * document ({@code 周通报_<日期>.docx}), the one-page briefing ({@code 领导简报_<日期>.xlsx} with native charts and
 * {@code 领导简报_<日期>.docx} with the same charts as pictures), and the 趋势 sheet of the ranking workbook (for a 两险
 * campaign also 养老趋势, the pension's payers laid out the same way).
 */
public final class LeaderReports {

    /** The kind of checklist note that counts special-group people unpaid at certification. */
    static final String SPECIAL_UNPAID = "名单人员未缴费";

    private LeaderReports() {
    }

    /**
     * What the outputs are made from.
     *
     * @param ledger    the reconciled payments
     * @param report    the ranking on the report date
     * @param allowance the work allowance
     * @param groups    the supervision groups' bulletin (county level), if any
     * @param subsidy   the special-group certification, if it ran
     * @param lastYear  last year's day-by-day total payers, if last year's dumps are in the folder
     * @param unpaid    the unpaid ledger carried from the returned reminder lists (台账/), if any: the briefing then
     *                  shows the adjusted coverage beside the task rate
     * @param pension   a 两险 campaign's pension progress on the same date (notice 003): the circular and the briefing
     *                  then give the pension's figures beside the medical ones
     */
    public record Inputs(Ledger ledger, WeeklyReport report, Allowance allowance, Optional<GroupBulletin> groups,
                         Optional<SubsidyReport> subsidy, Optional<Trend.Series> lastYear,
                         Optional<zhengjiao.report.UnpaidLedger> unpaid, Optional<PensionProgress> pension) {

        /** A campaign of one insurance. */
        public Inputs(Ledger ledger, WeeklyReport report, Allowance allowance, Optional<GroupBulletin> groups,
                      Optional<SubsidyReport> subsidy, Optional<Trend.Series> lastYear,
                      Optional<zhengjiao.report.UnpaidLedger> unpaid) {
            this(ledger, report, allowance, groups, subsidy, lastYear, unpaid, Optional.empty());
        }

        /** Without an unpaid ledger. */
        public Inputs(Ledger ledger, WeeklyReport report, Allowance allowance, Optional<GroupBulletin> groups,
                      Optional<SubsidyReport> subsidy, Optional<Trend.Series> lastYear) {
            this(ledger, report, allowance, groups, subsidy, lastYear, Optional.empty());
        }
    }

    /**
     * Writes the circular document and the briefing into {@code stage} and adds the 趋势 sheet to the ranking workbook
     * already written at {@code ranking}.
     */
    public static void write(OutputStage stage, Path ranking, Templates templates, Inputs in) throws IOException {
        write(stage, Optional.of(ranking), templates, in, true, true);
    }

    /**
     * As {@link #write(OutputStage, Path, Templates, Inputs)}, for a run that writes only some outputs
     * ({@code run --only}): the 趋势 sheet when the ranking was written, 周通报_日期.docx when {@code circular},
     * 领导简报_日期.xlsx/.docx when {@code briefing}; each the same as in a full run.
     */
    public static void write(OutputStage stage, Optional<Path> ranking, Templates templates, Inputs in, boolean circular,
                             boolean briefingFiles) throws IOException {
        write(stage, ranking, templates, in, Trend.daily(in.ledger(), in.report().asOf()), circular, briefingFiles);
    }

    /**
     * As {@link #write(OutputStage, Optional, Templates, Inputs, boolean, boolean)}, with the day-by-day counts
     * ({@link Trend#daily} on the report's date) already made; {@code ranking} empty when the ranking was written with
     * its 趋势 sheet ({@link Reports#writeRanking(WeeklyReport, Optional, Path)}).
     */
    public static void write(OutputStage stage, Optional<Path> ranking, Templates templates, Inputs in, Trend daily,
                             boolean circular, boolean briefingFiles) throws IOException {
        WeeklyReport report = in.report();
        LocalDate asOf = report.asOf();
        if (ranking.isPresent()) {
            TrendSheet.append(ranking.get(), daily.every(report.period()), report.period());
            if (in.pension().isPresent()) {
                TrendSheet.append(ranking.get(), in.pension().get().trend().every(report.period()), report.period(),
                        TrendSheet.PENSION);
            }
        }
        if (!circular && !briefingFiles) {
            return;
        }
        Optional<Integer> unpaid = in.subsidy().map(s -> (int) s.checklist().stream()
                .filter(n -> n.kind().equals(SPECIAL_UNPAID)).count());
        Briefing briefing = Briefing.build(in.ledger(), report, daily, in.lastYear(), unpaid);
        if (circular) {
            Optional<WeeklyReport> assessed = Optional.empty();
            if (!asOf.isBefore(report.settings().windowEnd())) {
                LocalDate day = asOf.isBefore(report.settings().assessmentDate()) ? asOf : report.settings().assessmentDate();
                assessed = Optional.of(day.equals(asOf) ? report : WeeklyReport.build(in.ledger(), day, report.period()));
            }
            CircularText text = CircularText.of(new CircularText.Sources(report, briefing, in.allowance(), assessed, in.groups(),
                    in.pension()));
            new CircularDocument(templates).write(text, stage.file("周通报_" + asOf + ".docx"));
        }
        if (briefingFiles) {
            BriefingText words = BriefingText.of(briefing).withAdjusted(in.unpaid()).withPension(in.pension());
            BriefingWorkbook.write(briefing, words, stage.file("领导简报_" + asOf + ".xlsx"));
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            BriefingDocument.write(briefing, words, stage.file("领导简报_" + asOf + ".docx"));
        }
    }
}

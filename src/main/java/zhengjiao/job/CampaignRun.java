package zhengjiao.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.input.PaymentDumpReader;
import zhengjiao.input.TaskTableReader;
import zhengjiao.reconcile.Ledger;
import zhengjiao.domain.SupervisionGroup;
import zhengjiao.input.ContactTableReader;
import zhengjiao.input.GroupTableReader;
import zhengjiao.render.PeopleReports;
import zhengjiao.report.PeopleReport;
import zhengjiao.render.CountyReports;
import zhengjiao.render.OutputStage;
import zhengjiao.render.Templates;
import zhengjiao.report.ContactDirectory;
import zhengjiao.report.GroupBulletin;
import zhengjiao.render.Reports;
import zhengjiao.report.Allowance;
import zhengjiao.report.WeeklyReport;
import zhengjiao.domain.Listing;
import zhengjiao.domain.Policy;
import zhengjiao.input.PolicyReader;
import zhengjiao.input.SpecialListReader;
import zhengjiao.render.SubsidyReports;
import zhengjiao.subsidy.Certifier;
import zhengjiao.subsidy.SubsidyReport;

/** {@code zhengjiao run}: reads a campaign folder and writes the week's reports. */
public final class CampaignRun {

    private final PrintWriter log;

    /** @param log where progress lines go (standard error on the command line) */
    public CampaignRun(PrintWriter log) {
        this.log = log;
    }

    /**
     * The result of a run.
     *
     * @param asOf    the report date used
     * @param outputs the files written
     * @param ledger  the reconciliation behind them
     */
    public record Result(LocalDate asOf, List<Path> outputs, Ledger ledger) {
    }

    /** Reads {@code folder} and reconciles its payments. */
    public Ledger reconcile(CampaignFolder folder) {
        return reconcile(folder, folder.settings(), TaskTableReader.read(folder.taskTable()));
    }

    private Ledger reconcile(CampaignFolder folder, Settings settings, TaskTable table) {
        Ledger ledger = new Ledger(settings, table);
        Path payments = folder.root().resolve("payments");
        for (CampaignFolder.Skipped skipped : folder.skipped()) {
            if (skipped.file().startsWith(payments)) {
                ledger.skippedFile(payments.relativize(skipped.file()).toString(), skipped.reason());
            }
        }
        for (Path dump : folder.dumps()) {
            int index = ledger.startFile(folder.root().resolve("payments").relativize(dump).toString());
            long started = System.nanoTime();
            int rows = PaymentDumpReader.read(dump, index, progressSink(ledger), table.level().isCounty());
            log.printf("读取 %s：%d 行，%.1f 秒%n", dump.getFileName(), rows, (System.nanoTime() - started) / 1e9);
        }
        return ledger;
    }

    private PaymentDumpReader.Sink progressSink(Ledger ledger) {
        return new PaymentDumpReader.Sink() {
            @Override
            public void payment(zhengjiao.domain.PaymentRow row) {
                ledger.payment(row);
            }

            @Override
            public void excluded(zhengjiao.domain.Exclusion exclusion) {
                ledger.excluded(exclusion);
            }

            @Override
            public void progress(String fileName, int rows) {
                if (rows % PaymentDumpReader.PROGRESS_EVERY == 0 && rows > 0) {
                    log.printf("  …%s 已读 %d 行%n", fileName, rows);
                }
            }
        };
    }

    /** Runs the whole job with the weekly comparison; {@code asOf} empty means the latest payment date found. */
    public Result run(Path folderPath, Optional<LocalDate> asOfOption, Path outDir) throws IOException {
        return run(folderPath, asOfOption, zhengjiao.report.Period.WEEK, outDir);
    }

    /** Runs the whole job, comparing with the reports one {@code period} earlier (7 days: weekly, 1: daily). */
    public Result run(Path folderPath, Optional<LocalDate> asOfOption, zhengjiao.report.Period period, Path outDir)
            throws IOException {
        CampaignFolder folder = CampaignFolder.open(folderPath);
        TaskTable table = TaskTableReader.read(folder.taskTable());
        // the small tables are checked before the long read of the dumps
        Optional<List<SupervisionGroup>> groups = folder.groups().map(g -> GroupTableReader.read(g, table));
        Optional<ContactDirectory> directory = folder.contacts().map(c -> ContactDirectory.build(ContactTableReader.read(c),
                folder.lastYearContacts().map(ContactTableReader::read).orElse(null)));
        Optional<Policy> policy = folder.settings().policy().map(name -> PolicyReader.find(folder.root(), name));
        policy.ifPresent(p -> SubsidyReport.requireStandard(p, folder.settings()));
        for (CampaignFolder.Skipped skipped : folder.skipped()) {
            log.printf("警告：%s %s%n", folder.root().relativize(skipped.file()), skipped.reason());
        }
        List<Listing> listings = new java.util.ArrayList<>();
        Optional<String> listProblem = Optional.empty();
        if (policy.isPresent()) {
            Certifier names = new Certifier(policy.get(), folder.settings().personalStandard());
            for (Path list : folder.specialLists()) {
                try {
                    listings.addAll(SpecialListReader.read(list, names::categoryInFileName));
                } catch (InputException e) {
                    listProblem = Optional.of(e.getMessage());
                    log.printf("警告：部门名单无法使用，本次不做资助代缴认定（其余报表照常生成）：%s%n", e.getMessage());
                    break;
                }
            }
        }
        Settings settings = policy.map(p -> new Certifier(p, folder.settings().personalStandard()).explain(folder.settings()))
                .orElse(folder.settings());
        Ledger ledger = reconcile(folder, settings, table);
        LocalDate asOf = asOfOption.or(ledger::latestPaymentDate).orElseThrow(() ->
                new InputException("清册中没有 " + folder.settings().policyYear() + " 年度"
                        + folder.settings().insurance().label() + "的有效缴费记录，无法确定统计日期；请用 --as-of 指定"));
        WeeklyReport weekly = WeeklyReport.build(ledger, asOf, period);
        Allowance allowance = Allowance.build(ledger, asOf);
        long started = System.nanoTime();
        Optional<SubsidyReport.Builder> certifying = listProblem.isPresent() ? Optional.empty()
                : policy.map(p -> SubsidyReport.start(p, settings, listings, ledger, asOf));
        List<SubsidyReport.Note> subsidyNotes = listProblem.map(m -> List.of(new SubsidyReport.Note("部门名单无法使用", "", "",
                "special/", m + "；本次未做资助代缴认定，改正后重新运行"))).orElse(List.of());
        // one pass over the roster serves both the people lists and the certification
        PeopleReport people = PeopleReport.build(ledger, folder.roster(), asOf,
                certifying.map(SubsidyReport.Builder::roster).orElse(null));
        Optional<SubsidyReport> subsidy = certifying.map(b -> b.finish(folder.roster().isPresent()));
        subsidy.ifPresent(r -> log.printf("资助代缴认定：%d 人（含读参保台账），%.1f 秒%n", r.rows().size(),
                (System.nanoTime() - started) / 1e9));
        Reports reports = new Reports(folder.templates());
        try (OutputStage stage = new OutputStage(outDir)) {
            Path ranking = stage.file("周排名通报_" + asOf + ".xlsx");
            reports.writeRanking(weekly, ranking);
            if (allowance.perPerson().signum() > 0) {
                reports.writeAllowance(allowance, folder.settings(), stage.file("工作经费补助_" + asOf + ".xlsx"));
            }
            reports.writeCircular(weekly, allowance, stage.file("周通报_" + asOf + ".txt"));
            reports.writeChecklist(ledger, people.notes(), subsidy.map(SubsidyReport::checklist).orElse(subsidyNotes), asOf,
                    stage.file("核对清单_" + asOf + ".xlsx"));
            if (subsidy.isPresent()) {
                SubsidyReports special = new SubsidyReports(new Templates(folder.templates()));
                special.writeCertification(subsidy.get(), folder.settings(), stage.file("资助代缴认定结果_" + asOf + ".xlsx"));
                special.writeRequest(subsidy.get(), folder.settings(), stage.file("资金申请汇总_" + asOf + ".xlsx"));
            }
            if (folder.roster().isPresent()) {
                PeopleReports lists = new PeopleReports(new Templates(folder.templates()));
                lists.writeReminders(people, folder.settings(), table.level() == TaskTable.Level.TOWNS ? "镇街" : "村名",
                        stage.file("未缴费提醒名单_" + asOf + ".xlsx"));
                lists.writePublicList(people, folder.settings(), stage.file("缴费名单公示_" + asOf + ".xlsx"));
            }
            CountyReports county = new CountyReports(new Templates(folder.templates()));
            if (groups.isPresent()) {
                county.writeGroups(GroupBulletin.build(weekly, groups.get()), stage.file("督查分组通报_" + asOf + ".xlsx"));
            }
            if (directory.isPresent()) {
                county.writeContacts(directory.get(), folder.settings(), stage.file("联系方式一览表.xlsx"));
            }
            zhengjiao.render.LeaderReports.write(stage, ranking, new Templates(folder.templates()),
                    new zhengjiao.render.LeaderReports.Inputs(ledger, weekly, allowance,
                            groups.map(g -> GroupBulletin.build(weekly, g)), subsidy, java.util.Optional.empty()));
            List<Path> written = stage.commit();
            return new Result(asOf, written, ledger);
        }
    }
}

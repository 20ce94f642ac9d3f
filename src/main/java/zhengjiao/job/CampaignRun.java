package zhengjiao.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Redact;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.input.PaymentDumpReader;
import zhengjiao.input.TaskTableReader;
import zhengjiao.reconcile.Ledger;
import zhengjiao.domain.CashEntry;
import zhengjiao.reconcile.AgentPayments;
import zhengjiao.reconcile.CashReconciliation;
import zhengjiao.render.CashReports;
import zhengjiao.domain.SupervisionGroup;
import zhengjiao.input.ContactTableReader;
import zhengjiao.input.GroupTableReader;
import zhengjiao.render.AdjustedRateColumn;
import zhengjiao.render.PeopleReports;
import zhengjiao.render.UnpaidLedgerSheets;
import zhengjiao.report.UnpaidLedger;
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
import zhengjiao.render.TwoInsuranceSheets;
import zhengjiao.domain.PensionTiers;
import zhengjiao.input.PensionTaskReader;
import zhengjiao.reconcile.PensionSieve;
import zhengjiao.report.PensionProgress;
import zhengjiao.subsidy.Certifier;
import zhengjiao.subsidy.SubsidyReport;

/** {@code zhengjiao run}: reads a campaign folder and writes the week's reports. */
public final class CampaignRun {

    private final PrintWriter log;
    private final Clock clock;

    /** @param log where progress lines go (standard error on the command line) */
    public CampaignRun(PrintWriter log) {
        this(log, Clock.systemDefaultZone());
    }

    /**
     * @param log   where progress lines go (standard error on the command line)
     * @param clock what "today" is: payments dated after it are not counted, and the default report date is never later
     */
    public CampaignRun(PrintWriter log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Writes one output file into the stage. */
    private interface Output {
        void write(Path file) throws IOException;
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
        return reconcile(folder, settings, table, null, Optional.empty());
    }

    /**
     * Reconciles the dumps for the campaign's insurance. {@code agents}, when not null, is fed the same rows (钱表相符);
     * for a 两险 campaign the same rows also feed {@code pension}, which counts the resident pension (its ledger's files
     * are started in the same order, so rows point alike).
     */
    private Ledger reconcile(CampaignFolder folder, Settings settings, TaskTable table, AgentPayments agents,
                             Optional<PensionSieve> pension) {
        Ledger ledger = new Ledger(settings, table, LocalDate.now(clock));
        Path payments = folder.root().resolve("payments");
        for (CampaignFolder.Skipped skipped : folder.skipped()) {
            if (skipped.file().startsWith(payments)) {
                ledger.skippedFile(payments.relativize(skipped.file()).toString(), skipped.reason());
                pension.ifPresent(p -> p.ledger().skippedFile(payments.relativize(skipped.file()).toString(), skipped.reason()));
            }
        }
        long started = System.nanoTime();
        List<DumpReading.Dump> dumps = new java.util.ArrayList<>();
        for (Path dump : folder.dumps()) {
            int index = ledger.startFile(payments.relativize(dump).toString());
            pension.ifPresent(p -> p.ledger().startFile(payments.relativize(dump).toString()));
            dumps.add(new DumpReading.Dump(dump, index, rows -> log.printf("读取 %s：%d 行（开始读取后 %.1f 秒）%n", dump.getFileName(), rows,
                    (System.nanoTime() - started) / 1e9)));
        }
        // the dumps are parsed on every core; the ledger takes their rows in file order, as a single read would
        DumpReading.readAll(dumps, table.level().isCounty(), progressSink(ledger, agents, pension));
        return ledger;
    }

    private DumpReading.KeyedSink progressSink(Ledger ledger, AgentPayments agents, Optional<PensionSieve> pension) {
        java.util.Map<String, Integer> lastProgress = new java.util.HashMap<>();
        PensionSieve sieve = pension.orElse(null);
        return new DumpReading.KeyedSink() {
            @Override
            public void payment(zhengjiao.domain.PaymentRow row) {
                payment(row, null);
            }

            @Override
            public void payment(zhengjiao.domain.PaymentRow row, zhengjiao.reconcile.PaymentKey key) {
                ledger.payment(row, key);
                if (agents != null) {
                    agents.offer(row);
                }
                if (sieve != null) {
                    sieve.payment(row);
                }
            }

            @Override
            public void excluded(zhengjiao.domain.Exclusion exclusion) {
                ledger.excluded(exclusion);
            }

            @Override
            public void progress(String fileName, int rows) {
                if (rows % PaymentDumpReader.PROGRESS_EVERY == 0 && rows > 0 && !Integer.valueOf(rows).equals(lastProgress.put(fileName, rows))) {
                    log.printf("  …%s 已读 %d 行%n", fileName, rows);
                }
            }
        };
    }

    /** Runs the whole job with the weekly comparison; see {@link #run(Path, Optional, zhengjiao.report.Period, Path)}. */
    public Result run(Path folderPath, Optional<LocalDate> asOfOption, Path outDir) throws IOException {
        return run(folderPath, asOfOption, zhengjiao.report.Period.WEEK, outDir);
    }

    /**
     * Runs the whole job, comparing with the reports one {@code period} earlier (7 days: weekly, 1: daily);
     * {@code asOf} empty means the latest payment date found ({@link Ledger#latestPaymentDate}: never after today,
     * never a date long after the window), or with no payment at all today or 征缴截止, whichever is earlier.
     * Progress goes to the log while reading and writing, and a short summary at the end.
     */
    public Result run(Path folderPath, Optional<LocalDate> asOfOption, zhengjiao.report.Period period, Path outDir)
            throws IOException {
        return run(folderPath, asOfOption, period, outDir, java.util.Set.of());
    }

    /**
     * As {@link #run(Path, Optional, zhengjiao.report.Period, Path)}, writing only the outputs named in {@code only}
     * (each the start of a file name before 「_日期」 or the extension, as in {@code zhengjiao run --only}: 周排名通报,
     * 工作经费补助, 周通报 (.txt and .docx), 领导简报 (.xlsx and .docx), 核对清单, 缴费人明细, 未缴费提醒名单, 缴费名单公示,
     * 资助代缴认定结果, 资金申请汇总, 钱表相符核对, 督查分组通报, 联系方式一览表); empty means every output. Each chosen file
     * is the same as a full run writes; the work only the others need (the roster, the people lists) is skipped. The
     * set written is exactly the chosen files, put in place whole or not at all ({@link OutputStage}); other files in
     * the output folder are left as they were. A chosen output this
     * folder cannot have (a list without a roster) is named in a warning.
     */
    public Result run(Path folderPath, Optional<LocalDate> asOfOption, zhengjiao.report.Period period, Path outDir,
                      java.util.Set<String> only) throws IOException {
        java.util.function.Predicate<String> want = name -> only.isEmpty() || only.contains(name);
        long runStarted = System.nanoTime();
        // a run killed while it switched the outputs left its set half moved: finish that first
        OutputStage.recover(outDir);
        CampaignFolder folder = CampaignFolder.open(folderPath);
        TaskTable table = TaskTableReader.read(folder.taskTable());
        // a 两险 campaign's pension tasks (养老任务数) sit beside the medical ones
        Optional<TaskTable> pensionTable = folder.settings().collectsPension()
                ? Optional.of(PensionTaskReader.read(folder.taskTable(), table)) : Optional.empty();
        // the small tables are checked before the long read of the dumps
        Optional<List<SupervisionGroup>> groups = folder.groups().map(g -> GroupTableReader.read(g, table));
        Optional<ContactDirectory> directory = folder.contacts().map(c -> ContactDirectory.build(ContactTableReader.read(c),
                folder.lastYearContacts().map(ContactTableReader::read).orElse(null)));
        Optional<Policy> policy = folder.settings().policy().map(name -> PolicyReader.find(folder.root(), name));
        policy.ifPresent(p -> SubsidyReport.requireStandard(p, folder.settings()));
        // the returned reminder lists too: one that cannot be read stops the run before anything is written
        ReturnedLists returns = ReturnedLists.read(folder.root(), log);
        List<CampaignFolder.Skipped> passedOver = new java.util.ArrayList<>(folder.skipped());
        passedOver.addAll(returns.skipped());
        for (CampaignFolder.Skipped skipped : passedOver) {
            log.printf("警告：%s %s%n", folder.root().relativize(skipped.file()), skipped.reason());
        }
        if (returns.present() && folder.roster().isEmpty()) {
            log.printf("警告：%s/ 中有交回的提醒名单，但文件夹中没有参保台账，不生成未缴费提醒名单，提醒记录本次未使用%n",
                    CampaignFolder.RETURNS_DIR);
        }
        List<Listing> listings = new java.util.ArrayList<>();
        Optional<String> listProblem = Optional.empty();
        if (policy.isPresent()) {
            Certifier names = new Certifier(policy.get(), folder.settings().personalStandard());
            for (Path list : folder.specialLists()) {
                try {
                    long read = System.nanoTime();
                    List<Listing> some = SpecialListReader.read(list, names::categoryInFileName);
                    listings.addAll(some);
                    log.printf("读取 %s/%s：%d 行，%.1f 秒%n", CampaignFolder.SPECIAL_DIR, list.getFileName(), some.size(),
                            (System.nanoTime() - read) / 1e9);
                } catch (InputException e) {
                    listProblem = Optional.of(e.getMessage());
                    log.printf("警告：部门名单无法使用，本次不做资助代缴认定（其余报表照常生成）：%s%n", e.getMessage());
                    break;
                }
            }
        }
        Settings settings = policy.map(p -> new Certifier(p, folder.settings().personalStandard()).explain(folder.settings()))
                .orElse(folder.settings());
        settings.windowWarning().ifPresent(w -> log.println("警告：" + w));
        // the agents' cash record is read before the dumps too: a cell that cannot be read stops the run at once
        CashRecords cashFiles = CashRecords.find(folder.root());
        cashFiles.skipped().forEach(s -> log.printf("警告：%s %s%n", folder.root().relativize(s.file()), s.reason()));
        List<CashEntry> cash = cashFiles.read(folder.root(), table.level().isCounty());
        if (cashFiles.present()) {
            log.printf("读取代收台账：%d 个文件，%d 行%n", cashFiles.files().size(), cash.size());
        }
        AgentPayments agents = cashFiles.present() ? new AgentPayments(settings, table.level(),
                CashRecords.insurances(settings), LocalDate.now(clock)) : null;
        Optional<PensionSieve> sieve = pensionTable.map(t -> new PensionSieve(new Ledger(settings.countingFor(
                zhengjiao.domain.Insurance.RESIDENT_PENSION), t, LocalDate.now(clock)), pensionRules(policy)));
        Ledger ledger = reconcile(folder, settings, table, agents, sieve);
        if (HEAP_AFTER_READING) {
            heapAfterReading(ledger);
        }
        LocalDate asOf = reportDate(ledger, asOfOption);
        warnUnavailable(only, folder, policy.isPresent(), groups.isPresent(), directory.isPresent(), cashFiles.present());
        // the roster pass and the people lists serve these outputs only (the ranking's and the briefing's 调整后完成率
        // come from the returned reminder lists, checked against the roster; the briefing counts the certification)
        boolean adjusted = returns.present() && folder.roster().isPresent();
        boolean needPeople = want.test(CHECKLIST) || want.test(PAYER_DETAIL) || want.test(REMINDERS) || want.test(PUBLIC_LIST)
                || want.test(CERTIFICATION) || want.test(REQUEST) || want.test(BRIEFING) && (adjusted || policy.isPresent())
                || want.test(RANKING) && adjusted;
        Optional<CashReconciliation.Result> moneyCheck = agents == null || !want.test(CASH_CHECK) ? Optional.empty()
                : Optional.of(CashReconciliation.build(cash, agents.payments(), ledger, asOf, CashRecords.insurances(settings)));
        WeeklyReport weekly = WeeklyReport.build(ledger, asOf, period);
        Optional<PensionProgress> pension = sieve.map(p -> PensionProgress.build(p, asOf, period));
        Allowance allowance = Allowance.build(ledger, asOf);
        long started = System.nanoTime();
        Optional<SubsidyReport.Builder> certifying = listProblem.isPresent() || !needPeople ? Optional.empty()
                : policy.map(p -> SubsidyReport.start(p, settings, listings, ledger, asOf));
        List<SubsidyReport.Note> subsidyNotes = listProblem.map(m -> List.of(new SubsidyReport.Note("部门名单无法使用", "", "",
                "special/", m + "；本次未做资助代缴认定，改正后重新运行"))).orElse(List.of());
        // one pass over the roster serves both the people lists and the certification
        Optional<Path> roster = needPeople ? folder.roster() : Optional.empty();
        roster.ifPresent(r -> {
            log.printf("读取参保台账 %s …", r.getFileName());
            log.flush();
        });
        // the payers themselves only for the lists (a county's millions need not be held for the checklist's notes)
        boolean keepPayers = want.test(PAYER_DETAIL) || want.test(PUBLIC_LIST) || want.test(REMINDERS);
        PeopleReport people = needPeople ? PeopleReport.build(ledger, roster, asOf,
                certifying.map(SubsidyReport.Builder::roster).orElse(null), keepPayers) : null;
        roster.ifPresent(r -> log.printf(" %.1f 秒%n", (System.nanoTime() - started) / 1e9));
        Optional<UnpaidLedger> unpaid = needPeople && adjusted
                ? Optional.of(UnpaidLedger.build(returns.notes(), people, ledger, settings.excludedReasons())) : Optional.empty();
        java.util.Map<String, zhengjiao.report.Rate> taskRates = ReturnedLists.taskRates(weekly);
        Optional<SubsidyReport> subsidy = certifying.map(b -> b.finish(roster.isPresent()));
        subsidy.ifPresent(r -> log.printf("资助代缴认定：%d 人（含读参保台账），%.1f 秒%n", r.rows().size(),
                (System.nanoTime() - started) / 1e9));
        Reports reports = new Reports(folder.templates());
        String checklist = "核对清单_" + asOf + ".xlsx";
        try (OutputStage stage = new OutputStage(outDir)) {
            List<Job> jobs = new java.util.ArrayList<>();
            Path ranking = want.test(RANKING) ? stage.file("周排名通报_" + asOf + ".xlsx") : null;
            // the day-by-day counts, made once for the 趋势 sheet and the briefing; with nothing re-opening the ranking
            // after it is written, its 趋势 sheet is written with it rather than added by re-reading the file
            java.util.concurrent.FutureTask<zhengjiao.report.Trend> daily = new java.util.concurrent.FutureTask<>(
                    () -> zhengjiao.report.Trend.daily(ledger, asOf));
            boolean trendWithRanking = unpaid.isEmpty() && pension.isEmpty();
            if (want.test(RANKING)) {
                jobs.add(new Job("周排名通报_" + asOf + ".xlsx", false, f -> {
                    reports.writeRanking(weekly, trendWithRanking ? Optional.of(made(daily)) : Optional.empty(), f);
                    if (unpaid.isPresent()) {
                        AdjustedRateColumn.apply(f, unpaid.get());
                    }
                    if (pension.isPresent()) {
                        TwoInsuranceSheets.apply(f, weekly, pension.get());
                    }
                }));
            }
            if (allowance.perPerson().signum() > 0 && want.test(ALLOWANCE)) {
                jobs.add(new Job("工作经费补助_" + asOf + ".xlsx", false, f -> reports.writeAllowance(allowance, folder.settings(), f)));
            }
            if (want.test(CIRCULAR)) {
                jobs.add(new Job("周通报_" + asOf + ".txt", false, f -> reports.writeCircular(weekly, allowance, pension, f)));
            }
            // the long ones start first (a town's checklist and certification, a county's lists), the small ones fill in
            if (want.test(CHECKLIST)) {
                jobs.add(new Job(checklist, true, f -> reports.writeChecklist(ledger, people.notes(),
                        subsidy.map(SubsidyReport::checklist).orElse(subsidyNotes), asOf, f)));
            }
            if (subsidy.isPresent()) {
                SubsidyReports special = new SubsidyReports(new Templates(folder.templates()));
                if (want.test(CERTIFICATION)) {
                    jobs.add(new Job("资助代缴认定结果_" + asOf + ".xlsx", true, f -> special.writeCertification(subsidy.get(),
                            folder.settings(), f)));
                }
                if (want.test(REQUEST)) {
                    jobs.add(new Job("资金申请汇总_" + asOf + ".xlsx", false, f -> special.writeRequest(subsidy.get(),
                            folder.settings(), f)));
                }
            }
            PeopleReports lists = new PeopleReports(new Templates(folder.templates()));
            if (want.test(PAYER_DETAIL)) {
                jobs.add(new Job("缴费人明细_" + asOf + ".xlsx", true, f -> lists.writePayerDetail(people, folder.settings(), table, f)));
            }
            if (roster.isPresent()) {
                if (want.test(REMINDERS)) {
                    jobs.add(new Job("未缴费提醒名单_" + asOf + ".xlsx", true, f -> {
                        lists.writeReminders(people, folder.settings(), table, f);
                        UnpaidLedgerSheets.apply(f, unpaid, taskRates);
                    }));
                }
                if (want.test(PUBLIC_LIST)) {
                    PeopleReports.publicityWarning(folder.settings(), asOf).ifPresent(log::println);
                    jobs.add(new Job("缴费名单公示_" + asOf + ".xlsx", true, f -> lists.writePublicList(people, folder.settings(), table, f)));
                }
            }
            CountyReports county = new CountyReports(new Templates(folder.templates()));
            if (groups.isPresent() && want.test(GROUPS)) {
                jobs.add(new Job("督查分组通报_" + asOf + ".xlsx", false, f -> county.writeGroups(
                        GroupBulletin.build(weekly, groups.get()), pension.map(p -> GroupBulletin.build(p.ranking(), groups.get())), f)));
            }
            if (directory.isPresent() && want.test(CONTACTS)) {
                jobs.add(new Job("联系方式一览表.xlsx", false, f -> county.writeContacts(directory.get(), folder.settings(), f)));
            }
            if (moneyCheck.isPresent()) {
                jobs.add(new Job("钱表相符核对_" + asOf + ".xlsx", false, f -> CashReports.write(moneyCheck.get(),
                        folder.settings(), table.level().isCounty(), f)));
            }
            // the outputs in this order in the listing, whichever is done first
            jobs.stream().filter(j -> !j.namesItsFiles()).forEach(j -> stage.file(j.name()));
            // the ranking's sheets feed the briefing and the 趋势 sheet: those follow it on the same thread
            boolean circularDocument = want.test(CIRCULAR);
            boolean briefing = want.test(BRIEFING);
            String leaderNames = circularDocument && briefing ? "周通报_" + asOf + ".docx、领导简报_" + asOf + ".xlsx/.docx"
                    : circularDocument ? "周通报_" + asOf + ".docx" : "领导简报_" + asOf + ".xlsx/.docx";
            Output leaderFiles = f -> zhengjiao.render.LeaderReports.write(stage,
                    trendWithRanking ? Optional.empty() : Optional.ofNullable(ranking),
                    new Templates(folder.templates()), new zhengjiao.render.LeaderReports.Inputs(ledger, weekly, allowance,
                            groups.map(g -> GroupBulletin.build(weekly, g)), subsidy,
                            circularDocument || briefing ? lastYear(folder, table, asOf) : Optional.empty(), unpaid, pension),
                    made(daily), circularDocument, briefing);
            IoRunnable leaders = () -> write(stage, circularDocument || briefing ? leaderNames : "周排名通报_" + asOf
                    + ".xlsx 的趋势表", null, leaderFiles);
            if (ranking == null && (circularDocument || briefing)) {
                // without the ranking the circular document and the briefing are an output of their own
                jobs.add(new Job(leaderNames, false, leaderFiles, true));
            }
            writeAll(stage, jobs, ranking != null && (!trendWithRanking || circularDocument || briefing) ? leaders : () -> { });
            List<Path> written = stage.commit();
            long cutTexts = people == null ? ledger.cutCount() : people.notes().stream().filter(n -> n.kind() == PeopleReport.Kind.TEXT_CUT).count()
                    + ledger.cutCount() - ledger.cuts().size();
            RunSummary.lines(ledger, weekly, asOf, cutTexts, want.test(CHECKLIST) ? checklist
                    : checklist + "（本次 --only 未选，未生成）").forEach(log::println);
            unpaid.ifPresent(u -> log.println(ReturnedLists.summary(returns, u)));
            moneyCheck.ifPresent(m -> log.println(cashSummary(m)));
            pension.ifPresent(p -> log.println(pensionSummary(p)));
            log.printf("共用 %.1f 秒%n", (System.nanoTime() - runStarted) / 1e9);
            return new Result(asOf, written, ledger);
        }
    }

    /** What {@code task} makes, made by the first caller (the others wait for it). */
    private static <T> T made(java.util.concurrent.FutureTask<T> task) throws IOException {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("写出时被中断");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /** {@code run --only} names: each the start of an output's file name (周通报 and 领导简报 are two files each). */
    public static final String RANKING = "周排名通报";
    public static final String ALLOWANCE = "工作经费补助";
    public static final String CIRCULAR = "周通报";
    public static final String BRIEFING = "领导简报";
    public static final String CHECKLIST = "核对清单";
    public static final String PAYER_DETAIL = "缴费人明细";
    public static final String REMINDERS = "未缴费提醒名单";
    public static final String PUBLIC_LIST = "缴费名单公示";
    public static final String CERTIFICATION = "资助代缴认定结果";
    public static final String REQUEST = "资金申请汇总";
    public static final String CASH_CHECK = "钱表相符核对";
    public static final String GROUPS = "督查分组通报";
    public static final String CONTACTS = "联系方式一览表";

    /** Every {@code run --only} name, in the order of the help's list of outputs. */
    public static final List<String> OUTPUT_NAMES = List.of(RANKING, ALLOWANCE, CIRCULAR, BRIEFING, CHECKLIST, PAYER_DETAIL,
            REMINDERS, PUBLIC_LIST, CERTIFICATION, REQUEST, CASH_CHECK, GROUPS, CONTACTS);

    /** Warns of each output chosen with {@code --only} that this folder does not give (its input is missing). */
    private void warnUnavailable(java.util.Set<String> only, CampaignFolder folder, boolean policy, boolean groups,
                                 boolean contacts, boolean cash) {
        java.util.Map<String, String> missing = new java.util.LinkedHashMap<>();
        if (folder.roster().isEmpty()) {
            missing.put(REMINDERS, "文件夹中没有参保台账");
            missing.put(PUBLIC_LIST, "文件夹中没有参保台账");
        }
        if (!policy) {
            missing.put(CERTIFICATION, "campaign.yaml 没有设置资助政策");
            missing.put(REQUEST, "campaign.yaml 没有设置资助政策");
        }
        if (!groups) {
            missing.put(GROUPS, "文件夹中没有督查分组表");
        }
        if (!contacts) {
            missing.put(CONTACTS, "文件夹中没有联系方式一览表");
        }
        if (!cash) {
            missing.put(CASH_CHECK, "文件夹中没有代收台账");
        }
        for (String name : only) {
            if (missing.containsKey(name)) {
                log.printf("警告：--only 选了 %s，但%s，不生成%n", name, missing.get(name));
            }
        }
    }

    /** "钱表相符：代收台账 12 行，计入核对 4560.00 元；清册代收 11 笔 4180.00 元，差额 380.00 元，3 条差异，见 钱表相符核对_…". */
    private static String cashSummary(CashReconciliation.Result m) {
        CashReconciliation.Line t = m.total();
        return "钱表相符：代收台账 " + m.cashRows() + " 行，计入核对 " + CashReconciliation.yuan(t.cashFen()) + " 元；清册代收 "
                + t.registerCount() + " 笔 " + CashReconciliation.yuan(t.registerFen()) + " 元，差额 "
                + CashReconciliation.yuan(t.differenceFen()) + " 元，" + (m.differences().isEmpty() ? "相符"
                : m.differences().size() + " 条差异，见 钱表相符核对_" + m.asOf() + ".xlsx");
    }

    /**
     * The pension rules of a 两险 campaign: the subsidy policy's 养老保险 part when it has one, else notice 003's
     * ({@link PensionTiers#YICHENG_2024}).
     */
    private static PensionTiers pensionRules(Optional<Policy> policy) {
        return policy.flatMap(Policy::pension).map(PensionTiers::of).orElse(PensionTiers.YICHENG_2024);
    }

    /** The run summary's line on the pension of a 两险 campaign. */
    static String pensionSummary(PensionProgress p) {
        WeeklyReport.Total t = p.ranking().total();
        return "居民养老保险：计入缴费 " + t.paid() + " 人（养老任务数 " + t.task() + "，完成率 " + t.rate().percent()
                + "）；政府补贴 " + java.math.BigDecimal.valueOf(p.total().additionFen(), 2).stripTrailingZeros().toPlainString()
                + " 元，政府代缴 " + p.total().governmentPaid() + " 人；未计入的养老缴费（未满 " + p.rules().minAge()
                + " 周岁或不是规定档次）" + p.problems().size() + " 笔，见周排名通报“" + TwoInsuranceSheets.PROBLEMS + "”";
    }

    /**
     * With {@code -Dzhengjiao.heapAfterReading=true} the run collects garbage once the dumps are read and logs the
     * live heap and the persons, for the benchmark's bytes per payer (bench/benchmark.sh); off by default.
     */
    private static final boolean HEAP_AFTER_READING = Boolean.getBoolean("zhengjiao.heapAfterReading");

    private void heapAfterReading(Ledger ledger) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        log.printf("读完清册后的堆：%d 字节，%d 人%n", used, ledger.personCount());
    }

    /** The folder of last year's dumps, read only for last year's curve in the briefing. */
    public static final String LAST_YEAR_DUMPS = "上年清册";

    /**
     * Last year's cumulative payers by day from last year's window start, up to the same day of the window as
     * {@code asOf} (or the end of last year's window), when the campaign folder holds {@value #LAST_YEAR_DUMPS}/ with
     * last year's dumps: they are reconciled like this year's, for policy year − 1 and a window a year earlier.
     */
    private Optional<zhengjiao.report.Trend.Series> lastYear(CampaignFolder folder, TaskTable table, LocalDate asOf) {
        Path dir = folder.root().resolve(LAST_YEAR_DUMPS);
        if (!java.nio.file.Files.isDirectory(dir)) {
            return Optional.empty();
        }
        CampaignFolder.Scan scan = CampaignFolder.scan(dir);
        for (CampaignFolder.Skipped skipped : scan.skipped()) {
            log.printf("警告：%s/%s %s%n", LAST_YEAR_DUMPS, dir.relativize(skipped.file()), skipped.reason());
        }
        if (scan.tables().isEmpty()) {
            return Optional.empty();
        }
        Settings before = folder.settings().yearBefore();
        Ledger ledger = new Ledger(before, table, LocalDate.now(clock));
        List<DumpReading.Dump> dumps = new java.util.ArrayList<>();
        for (Path dump : scan.tables()) {
            dumps.add(new DumpReading.Dump(dump, ledger.startFile(LAST_YEAR_DUMPS + "/" + dir.relativize(dump)), rows -> { }));
        }
        DumpReading.readAll(dumps, table.level().isCounty(), ledger);
        LocalDate end = asOf.minusYears(1).isBefore(before.windowEnd()) ? asOf.minusYears(1) : before.windowEnd();
        List<Integer> paid = new java.util.ArrayList<>();
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate d = before.windowStart(); !d.isAfter(end); d = d.plusDays(1)) {
            days.add(d);
        }
        for (zhengjiao.reconcile.Snapshot s : ledger.onDays(days)) {
            paid.add(s.matchedTotal() + s.unmatchedTotal());
        }
        log.printf("读取 %s/：上年同期（%s 至 %s）%d 人%n", LAST_YEAR_DUMPS, before.windowStart(), end,
                paid.isEmpty() ? 0 : paid.get(paid.size() - 1));
        return paid.isEmpty() ? Optional.empty() : Optional.of(new zhengjiao.report.Trend.Series("上年同期", table.totalTask(), paid));
    }

    /** The report date: as given, else the ledger's latest plausible payment date, else today or 征缴截止 if earlier. */
    private LocalDate reportDate(Ledger ledger, Optional<LocalDate> given) {
        Settings s = ledger.settings();
        LocalDate today = ledger.today();
        if (given.isPresent()) {
            if (given.get().isAfter(today)) {
                log.println("注意：统计日期 " + given.get() + " 晚于今天（" + today + "），缴费日期晚于今天的行不计入");
            }
            return given.get();
        }
        Optional<LocalDate> latest = ledger.latestPaymentDate();
        if (latest.isEmpty()) {
            LocalDate day = today.isBefore(s.windowEnd()) ? today : s.windowEnd();
            log.println("清册中还没有 " + s.policyYear() + " 年度" + s.insurance().label() + "的有效缴费记录，统计日期取 " + day
                    + "（今天与征缴截止中较早的一天；可用 --as-of 指定）");
            return day;
        }
        long late = ledger.lateRows().stream().filter(r -> r.date().isAfter(latest.get())).count();
        if (late > 0) {
            log.println("有 " + late + " 笔缴费日期晚于 " + Ledger.lateLimit(s) + "（征缴截止后 "
                    + (Ledger.lateLimit(s).toEpochDay() - s.windowEnd().toEpochDay()) + " 天），未用于确定统计日期，见核对清单“人员核对”；"
                    + "如确需统计到这些日期，请用 --as-of 指定");
        }
        return latest.get();
    }

    /** Something that writes and may fail to. */
    private interface IoRunnable {
        void run() throws IOException;
    }

    /**
     * An output: its file name, whether it is long (a list of people: started first), how it is written, and whether
     * it names its files in the stage itself ({@code name} is then only for the progress line).
     */
    private record Job(String name, boolean first, Output output, boolean namesItsFiles) {
        Job(String name, boolean first, Output output) {
            this(name, first, output, false);
        }
    }

    /** Threads writing outputs at the same time: two (the outputs are independent; more would only share memory). */
    static final int WRITERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * Writes the outputs on {@link #WRITERS} threads, the long lists first, so that a county's lists and its ranking
     * and checklist are written at the same time; the first error stops the rest and is the run's.
     */
    private void writeAll(OutputStage stage, List<Job> jobs, IoRunnable afterRanking) throws IOException {
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "zhengjiao-writer");
            t.setDaemon(true);
            return t;
        });
        if (jobs.isEmpty()) {
            return;
        }
        try {
            List<Job> order = new java.util.ArrayList<>(List.of(jobs.get(0)));
            order.addAll(jobs.stream().skip(1).filter(Job::first).toList());
            order.addAll(jobs.stream().skip(1).filter(j -> !j.first()).toList());
            java.util.concurrent.CompletionService<Void> done = new java.util.concurrent.ExecutorCompletionService<>(writers);
            for (Job j : order) {
                done.submit(() -> {
                    write(stage, j.name(), j.namesItsFiles() ? null : stage.file(j.name()), j.output());
                    if (j == jobs.get(0)) {
                        afterRanking.run();
                    }
                    return null;
                });
            }
            for (int i = 0; i < order.size(); i++) {
                try {
                    join(done.take());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("写出被中断", e);
                }
            }
        } finally {
            writers.shutdownNow();
            awaitQuietly(writers);
        }
    }

    /** Waits for an output written on another thread; its error is the run's. */
    private static void join(java.util.concurrent.Future<?> lane) throws IOException {
        try {
            lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("写出被中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Lets an output still being written when the run failed finish before its staging folder is removed. */
    private static void awaitQuietly(java.util.concurrent.ExecutorService writers) {
        try {
            writers.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes one output into the stage, with a progress line when done (whole lines: two outputs may be written at
     * the same time).
     */
    private void write(OutputStage stage, String name, Output output) throws IOException {
        write(stage, name, stage.file(name), output);
    }

    /** As {@link #write(OutputStage, String, Output)}; {@code file} null when the output names its files itself. */
    private void write(OutputStage stage, String name, Path file, Output output) throws IOException {
        long started = System.nanoTime();
        long cpu = CPU_TIMES ? THREADS.getCurrentThreadCpuTime() : 0;
        try {
            output.write(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().contains(name)) {
                throw io;
            }
            if (e instanceof InputException in) {
                throw in;
            }
            String message = e.getMessage() == null ? "" : e.getMessage();
            boolean chinese = message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            throw new IOException(Redact.text("写出 " + name + " 失败：" + (chinese ? message : "（" + e.getClass().getSimpleName()
                    + "）请检查输出文件夹是否可写、磁盘是否已满；仍然出错请把这段信息发给维护人员")), e);
        }
        log.printf("写出 %s … %.1f 秒%s%n", name, (System.nanoTime() - started) / 1e9, CPU_TIMES ? String.format("（CPU %.2f 秒）",
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9) : "");
    }

    /**
     * With {@code -Dzhengjiao.cpuTimes=true} each output's line also gives the CPU seconds its thread spent: on a busy
     * machine the wall seconds say little, the CPU seconds still compare one version with another (bench/).
     */
    private static final boolean CPU_TIMES = Boolean.getBoolean("zhengjiao.cpuTimes");
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
}

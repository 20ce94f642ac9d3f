package zhengjiao.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.InputException;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Listing;
import zhengjiao.domain.Policy;
import zhengjiao.input.ContactTableReader;
import zhengjiao.input.PolicyReader;
import zhengjiao.input.SpecialListReader;
import zhengjiao.subsidy.Certifier;
import zhengjiao.subsidy.SubsidyReport;
import zhengjiao.input.GroupTableReader;
import zhengjiao.input.PaymentDumpReader;
import zhengjiao.input.SettingsReader;
import zhengjiao.input.TaskTableReader;
import zhengjiao.input.UnitTable;
import zhengjiao.job.CampaignFolder;
import zhengjiao.reconcile.FileStats;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.PersonCase;

/**
 * Checks everything in a campaign folder and keeps going after a problem, so that one pass lists them all:
 * the settings, the task table ({@link TaskTableCheck}) and every payment dump (readable, columns found,
 * rows that would not count, village names that match nothing).
 */
public final class FolderCheck {

    /** Row-level findings listed per dump and kind before the rest is summed up. */
    static final int ROWS_LISTED = 5;

    private final Path root;
    private final List<Finding> findings = new ArrayList<>();

    private FolderCheck(Path root) {
        this.root = root;
    }

    public static List<Finding> check(Path root) {
        FolderCheck c = new FolderCheck(root);
        c.run();
        return List.copyOf(c.findings);
    }

    private void error(String file, InputException e) {
        // the message of an input error names its file (and row) itself
        boolean named = e.getMessage().startsWith("文件 ");
        findings.add(new Finding(Finding.Severity.ERROR, named ? "" : file, 0, e.getMessage()));
    }

    private void run() {
        if (!Files.isDirectory(root)) {
            findings.add(new Finding(Finding.Severity.ERROR, "", 0, "找不到征缴文件夹：" + root));
            return;
        }
        Optional<Settings> settings = settings();
        Optional<TaskTable> table = taskTable(settings);
        table.ifPresent(this::countyTables);
        settings.ifPresent(this::specialLists);
        roster();
        returns();
        findings.addAll(CashRecordCheck.check(root, settings, table));
        templates();
        List<Path> dumps;
        try {
            CampaignFolder.Scan scan = CampaignFolder.scanDumps(root);
            skipped(scan.skipped());
            dumps = scan.tables();
        } catch (InputException e) {
            error("payments", e);
            return;
        }
        if (settings.isPresent() && table.isPresent()) {
            reconcile(settings.get(), table.get(), dumps);
        } else {
            for (Path dump : dumps) {
                readOnly(dump);
            }
        }
    }

    /** The roster, read through as a run reads it: a roster a run would refuse is an error here too. */
    private void roster() {
        Optional<Path> roster;
        try {
            roster = CampaignFolder.findRoster(root);
        } catch (InputException e) {
            error("参保台账", e);
            return;
        }
        if (roster.isEmpty()) {
            return;
        }
        String name = roster.get().getFileName().toString();
        int[] counts = new int[2];
        try {
            zhengjiao.input.RosterReader.read(roster.get(), new zhengjiao.input.RosterReader.Handler() {
                @Override
                public void person(zhengjiao.domain.RosterPerson person) {
                    counts[0]++;
                }

                @Override
                public void problem(String problem) {
                    counts[1]++;
                }
            });
            findings.add(new Finding(Finding.Severity.NOTE, name, 0, "参保台账：" + counts[0] + " 人"
                    + (counts[1] > 0 ? "，" + counts[1] + " 行证件号码无效或重复（不采用，见核对清单「人员核对」）" : "")));
        } catch (InputException e) {
            error(name, e);
        }
    }

    /**
     * The reminder lists returned in 台账/, read as a run reads them: one that cannot be read is an error (the run would
     * stop on it); rows whose ID is no valid resident ID are a warning (they go to 无法对应).
     */
    private void returns() {
        CampaignFolder.Scan scan = CampaignFolder.scanReturns(root);
        skipped(scan.skipped());
        Path dir = root.resolve(CampaignFolder.RETURNS_DIR);
        for (Path file : scan.tables()) {
            String name = CampaignFolder.RETURNS_DIR + "/" + dir.relativize(file);
            try {
                zhengjiao.input.ReturnedListReader.Returned r = zhengjiao.input.ReturnedListReader.read(file, name);
                long invalid = r.notes().stream().filter(n -> !n.idValid()).count();
                findings.add(new Finding(Finding.Severity.NOTE, name, 0, "交回的提醒名单：" + r.sheets().size() + " 张名单表，"
                        + r.notes().size() + " 条提醒记录" + r.stated().map(d -> "，统计日期 " + d).orElse("，表中没有统计日期")));
                if (invalid > 0) {
                    findings.add(new Finding(Finding.Severity.WARNING, name, 0, invalid + " 条提醒记录的证件号码无效或为空，"
                            + "对应不到任何人，将列入未缴费提醒名单的“无法对应”表"));
                }
            } catch (InputException e) {
                error(name, e);
            }
        }
    }

    /** The folder's own templates: each must open as a run would open it. */
    private void templates() {
        for (String problem : zhengjiao.render.Templates.problems(root.resolve("templates"))) {
            findings.add(new Finding(Finding.Severity.ERROR, "templates", 0, problem));
        }
    }

    /** Files of payments/ or special/ that are not read: a warning each, with the reason. */
    private void skipped(List<CampaignFolder.Skipped> skipped) {
        for (CampaignFolder.Skipped f : skipped) {
            findings.add(new Finding(Finding.Severity.WARNING, root.relativize(f.file()).toString(), 0, f.reason()));
        }
    }

    private Optional<Settings> settings() {
        Path file = root.resolve(SettingsReader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            findings.add(new Finding(Finding.Severity.ERROR, SettingsReader.FILE_NAME, 0, "缺少设置文件"));
            return Optional.empty();
        }
        try {
            Settings s = SettingsReader.read(file);
            if (s.assessmentDate().isBefore(s.windowStart())) {
                findings.add(new Finding(Finding.Severity.WARNING, SettingsReader.FILE_NAME, 0,
                        "考核日期 " + s.assessmentDate() + " 早于征缴开始 " + s.windowStart()));
            }
            s.windowWarning().ifPresent(w -> findings.add(new Finding(Finding.Severity.WARNING, SettingsReader.FILE_NAME, 0, w)));
            if (s.statedTotal().isEmpty()) {
                findings.add(new Finding(Finding.Severity.NOTE, SettingsReader.FILE_NAME, 0,
                        "未设置「任务总数」，无法核对任务分解表的合计"));
            }
            return Optional.of(s);
        } catch (InputException e) {
            error(SettingsReader.FILE_NAME, e);
            return Optional.empty();
        }
    }

    /** The subsidy policy and the department lists in special/: readable, IDs valid, categories known. */
    private void specialLists(Settings settings) {
        List<Path> lists;
        try {
            CampaignFolder.Scan scan = CampaignFolder.scanSpecial(root);
            skipped(scan.skipped());
            lists = scan.tables();
        } catch (InputException e) {
            error(CampaignFolder.SPECIAL_DIR, e);
            return;
        }
        if (settings.policy().isEmpty()) {
            if (!lists.isEmpty()) {
                findings.add(new Finding(Finding.Severity.ERROR, CampaignFolder.SPECIAL_DIR, 0, "有部门名单，但 campaign.yaml 没有设置"
                        + "「资助政策」（内置：" + String.join("、", PolicyReader.SHIPPED) + "）"));
            }
            return;
        }
        Certifier certifier;
        try {
            Policy policy = PolicyReader.find(root, settings.policy().get());
            SubsidyReport.requireStandard(policy, settings);
            certifier = new Certifier(policy, settings.personalStandard());
        } catch (InputException e) {
            error(SettingsReader.FILE_NAME, e);
            return;
        }
        for (Path list : lists) {
            String name = CampaignFolder.SPECIAL_DIR + "/" + list.getFileName();
            try {
                Map<String, Integer> groups = new java.util.TreeMap<>();
                int invalid = 0;
                for (Listing l : SpecialListReader.read(list, certifier::categoryInFileName)) {
                    if (l.idProblem().isPresent()) {
                        invalid++;
                        findings.add(new Finding(Finding.Severity.WARNING, name, l.row(), "证件号码：" + l.idProblem().get()));
                        continue;
                    }
                    Optional<Policy.Group> g = certifier.groupOf(l.category());
                    if (g.isEmpty()) {
                        findings.add(new Finding(Finding.Severity.WARNING, name, l.row(), "人员类别「" + l.category()
                                + "」不是资助政策中的类别，可在政策文件中添加别名"));
                    }
                    groups.merge(g.map(Policy.Group::name).orElse("无法识别"), 1, Integer::sum);
                }
                findings.add(new Finding(Finding.Severity.NOTE, name, 0, "部门名单：" + String.join("，", groups.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() + " 人").toList()) + (invalid > 0 ? "，证件号码无效 " + invalid + " 行" : "")));
            } catch (InputException e) {
                error(name, e);
            }
        }
    }

    private Optional<TaskTable> taskTable(Optional<Settings> settings) {
        Path file;
        try {
            file = CampaignFolder.findTaskTable(root, settings);
        } catch (InputException e) {
            error("任务分解表", e);
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        try {
            UnitTable raw = UnitTable.readTasks(file);
            List<Finding> own = TaskTableCheck.check(raw, settings.flatMap(Settings::statedTotal));
            findings.addAll(own);
            if (own.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
                return Optional.empty();
            }
            TaskTable table = TaskTableReader.read(file);
            if (settings.map(Settings::collectsPension).orElse(false)) {
                // a 两险 campaign ranks the pension against its own tasks (养老任务数)
                zhengjiao.input.PensionTaskReader.read(file, table);
            }
            return Optional.of(table);
        } catch (InputException e) {
            error(name, e);
            return Optional.empty();
        }
    }

    /** The supervision groups and contact directories, when the folder has them. */
    private void countyTables(TaskTable table) {
        List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(root)) {
            files = list.filter(Files::isRegularFile).filter(zhengjiao.input.RowSource::isTableFile).sorted().toList();
        } catch (java.io.IOException e) {
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (name.contains("督查分组")) {
                    int groups = GroupTableReader.read(file, table).size();
                    findings.add(new Finding(Finding.Severity.NOTE, name, 0, groups + " 个督查组，覆盖全部 "
                            + table.towns().size() + " 个镇街"));
                } else if (name.contains("联系方式")) {
                    int towns = ContactTableReader.read(file).size();
                    findings.add(new Finding(Finding.Severity.NOTE, name, 0, towns + " 个镇街的联系方式"));
                }
            } catch (InputException e) {
                error(name, e);
            }
        }
    }

    private void readOnly(Path dump) {
        String name = root.resolve("payments").relativize(dump).toString();
        try {
            PaymentDumpReader.read(dump, 0, new PaymentDumpReader.Sink() {
                @Override
                public void payment(PaymentRow row) {
                }

                @Override
                public void excluded(Exclusion exclusion) {
                }
            });
        } catch (InputException e) {
            error(name, e);
        }
    }

    private void reconcile(Settings settings, TaskTable table, List<Path> dumps) {
        Ledger ledger = new Ledger(settings, table);
        for (Path dump : dumps) {
            String name = root.resolve("payments").relativize(dump).toString();
            int index = ledger.startFile(name);
            try {
                PaymentDumpReader.read(dump, index, ledger, table.level().isCounty());
            } catch (InputException e) {
                error(name, e);
            }
        }
        reportExclusions(ledger);
        reportLateRows(ledger);
        ledger.cuts().stream().limit(ROWS_LISTED).forEach(c -> findings.add(new Finding(Finding.Severity.WARNING,
                c.source().fileName(), c.source().row(), "「" + c.column() + "」列有 " + c.length()
                        + " 字，超过 Excel 单元格上限 32767 字，运行时截断")));
        ledger.latestPaymentDate().ifPresent(latest -> {
            List<PersonCase> unmatched = ledger.unmatched(ledger.today());
            Map<String, Integer> byName = new java.util.TreeMap<>();
            for (PersonCase c : unmatched) {
                c.payments().stream().filter(p -> !p.matched()).forEach(p -> byName.merge(p.village(), 1, Integer::sum));
            }
            String place = table.level().isCounty() ? "镇街" : "村居";
            byName.forEach((village, n) -> findings.add(new Finding(Finding.Severity.WARNING, "", 0,
                    "清册中的" + place + "「" + village + "」（" + n + " 笔缴费）与任务分解表都对不上，运行时计入“未匹配”"
                            + ledger.nearestPlace(village).map(m -> "（是否为 " + m + "？）").orElse(""))));
            int duplicates = ledger.duplicates(ledger.today()).size();
            if (duplicates > 0) {
                findings.add(new Finding(Finding.Severity.NOTE, "", 0, duplicates + " 人有两笔以上不同税票的缴费（重复缴费），运行后见核对清单"));
            }
        });
    }

    private void reportExclusions(Ledger ledger) {
        Map<String, Map<Exclusion.Kind, Integer>> listed = new java.util.HashMap<>();
        for (Exclusion e : ledger.exclusions()) {
            if (!isRowLevel(e.kind())) {
                continue;
            }
            Map<Exclusion.Kind, Integer> perKind = listed.computeIfAbsent(e.source().fileName(), f -> new EnumMap<>(Exclusion.Kind.class));
            int n = perKind.merge(e.kind(), 1, Integer::sum);
            if (n <= ROWS_LISTED) {
                findings.add(new Finding(Finding.Severity.WARNING, e.source().fileName(), e.source().row(), e.reason()));
            }
        }
        for (FileStats f : ledger.files()) {
            for (Exclusion.Kind kind : Exclusion.Kind.values()) {
                int n = f.excluded(kind);
                if (n == 0) {
                    continue;
                }
                if (isRowLevel(kind)) {
                    if (n > ROWS_LISTED) {
                        findings.add(new Finding(Finding.Severity.WARNING, f.fileName(), 0, "共 " + n + " 行" + kind.label()
                                + "（以上列出前 " + ROWS_LISTED + " 行，全部见运行后的核对清单）"));
                    }
                } else {
                    findings.add(new Finding(Finding.Severity.NOTE, f.fileName(), 0, n + " 行" + kind.label() + "，不计入"));
                }
            }
        }
    }

    private static boolean isRowLevel(Exclusion.Kind kind) {
        return kind == Exclusion.Kind.INVALID_ID || kind == Exclusion.Kind.UNREADABLE || kind == Exclusion.Kind.FUTURE_DATE;
    }

    /** Payments dated long after the window: counted, but kept out of the default report date; listed like bad rows. */
    private void reportLateRows(Ledger ledger) {
        Map<String, Integer> perFile = new java.util.LinkedHashMap<>();
        for (Ledger.LateRow r : ledger.lateRows()) {
            int n = perFile.merge(r.source().fileName(), 1, Integer::sum);
            if (n <= ROWS_LISTED) {
                findings.add(new Finding(Finding.Severity.WARNING, r.source().fileName(), r.source().row(), "「缴费日期」列："
                        + r.date() + "，晚于征缴截止后的 " + Ledger.lateLimit(ledger.settings()) + "，请核实日期；运行时这一行不用于确定统计日期"));
            }
        }
        perFile.forEach((file, n) -> {
            if (n > ROWS_LISTED) {
                findings.add(new Finding(Finding.Severity.WARNING, file, 0, "共 " + n + " 行缴费日期晚于 "
                        + Ledger.lateLimit(ledger.settings()) + "（以上列出前 " + ROWS_LISTED + " 行，全部见运行后的核对清单“人员核对”）"));
            }
        });
    }
}

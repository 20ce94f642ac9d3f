package zhengjiao.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Settings;
import zhengjiao.input.FileKind;
import zhengjiao.input.RowSource;
import zhengjiao.input.SettingsReader;

/**
 * The layout of a campaign folder: {@code campaign.yaml}, the task table (named in the settings, or the
 * one table file whose name contains 任务), {@code payments/} with the dumps (sub-folders included), and
 * optionally {@code templates/} with restyled report templates.
 *
 * @param root      the folder
 * @param settings  the settings read from campaign.yaml
 * @param taskTable the task table file
 * @param dumps     the payment dumps in name order
 * @param templates the folder's own templates, if any
 * @param groups    the supervision-group table (督查分组表), if any
 * @param contacts  the contact directory (联系方式一览表), if any
 * @param lastYearContacts last year's contact directory (its name says 上年 or 去年), if any
 * @param roster    the roster of people who should be insured (参保台账), if any
 * @param specialLists the department lists under special/ that can be read
 * @param skipped   the files of payments/ and special/ that are not read, each with the reason
 */
public record CampaignFolder(Path root, Settings settings, Path taskTable, List<Path> dumps, Optional<Path> templates,
                             Optional<Path> groups, Optional<Path> contacts, Optional<Path> lastYearContacts,
                             Optional<Path> roster, List<Path> specialLists, List<Skipped> skipped) {

    /**
     * A file in payments/ or special/ that is not read.
     *
     * @param file   the file
     * @param reason why, and what to do, in Chinese
     */
    public record Skipped(Path file, String reason) {
    }

    /**
     * The files of a folder judged by their bytes ({@link FileKind}).
     *
     * @param tables  the files a reader exists for, sorted by their path under the folder
     * @param skipped the others, with the reason
     */
    public record Scan(List<Path> tables, List<Skipped> skipped) {
    }

    /** The folder of department lists of special-group people (one file per department). */
    public static final String SPECIAL_DIR = "special";

    public static CampaignFolder open(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InputException("找不到征缴文件夹：" + root);
        }
        Path settingsFile = root.resolve(SettingsReader.FILE_NAME);
        if (!Files.isRegularFile(settingsFile)) {
            throw new InputException("文件夹 " + root + " 中没有设置文件 " + SettingsReader.FILE_NAME);
        }
        Settings settings = SettingsReader.read(settingsFile);
        Path task = findTaskTable(root, Optional.of(settings));
        Scan payments = scanDumps(root);
        Path templates = root.resolve("templates");
        List<Path> tables = topLevelTables(root);
        Optional<Path> groups = single(root, tables, n -> n.contains("督查分组"), "督查分组表");
        Optional<Path> contacts = single(root, tables, n -> n.contains("联系方式") && !isLastYear(n), "联系方式一览表");
        Optional<Path> lastYear = single(root, tables, n -> n.contains("联系方式") && isLastYear(n), "上年联系方式一览表");
        Optional<Path> roster = findRoster(root, tables);
        Scan specialScan = scanSpecial(root);
        List<Path> special = specialScan.tables();
        if (!special.isEmpty() && settings.policy().isEmpty()) {
            throw new InputException("文件夹 " + root.resolve(SPECIAL_DIR) + " 中有部门名单，但 campaign.yaml 没有设置「资助政策」"
                    + "（如 资助政策: 滕州市2025）");
        }
        List<Skipped> skipped = new ArrayList<>(payments.skipped());
        skipped.addAll(specialScan.skipped());
        return new CampaignFolder(root, settings, task, payments.tables(),
                Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty(), groups, contacts, lastYear, roster,
                special, List.copyOf(skipped));
    }

    /** The folder of returned reminder lists (提醒名单 filled in by the villages), read back into the unpaid ledger. */
    public static final String RETURNS_DIR = "台账";

    /**
     * Every file under {@code 台账/} (sub-folders included), judged by its bytes; nothing when the folder is absent.
     * Pictures and PDFs (the evidence officials keep beside a list) and lock files are passed over with their reason;
     * a file named as a workbook (.xlsx, .xls, .et, .csv) that is no readable table is kept, so that reading it stops
     * the run with its name: a return must never be left out without a word.
     */
    public static Scan scanReturns(Path root) {
        Path dir = root.resolve(RETURNS_DIR);
        if (!Files.isDirectory(dir)) {
            return new Scan(List.of(), List.of());
        }
        Scan scan = scan(dir);
        List<Path> tables = new ArrayList<>(scan.tables());
        List<Skipped> skipped = new ArrayList<>();
        for (Skipped s : scan.skipped()) {
            String name = s.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            boolean workbookName = name.matches(".*\\.(xlsx|xlsm|xls|et|csv)$") && !name.startsWith("~$") && !name.startsWith(".");
            if (workbookName) {
                tables.add(s.file());
            } else {
                skipped.add(s);
            }
        }
        tables.sort(Comparator.comparing(p -> dir.relativize(p).toString()));
        return new Scan(List.copyOf(tables), List.copyOf(skipped));
    }

    /** The department lists under {@code special/} that can be read, sorted by name; none when the folder is absent. */
    public static List<Path> specialLists(Path root) {
        return scanSpecial(root).tables();
    }

    /** Every file under {@code special/}, judged by its bytes; nothing when the folder is absent. */
    public static Scan scanSpecial(Path root) {
        Path dir = root.resolve(SPECIAL_DIR);
        return Files.isDirectory(dir) ? scan(dir) : new Scan(List.of(), List.of());
    }

    /**
     * Every regular file under {@code dir} (sub-folders included), judged by its bytes: what is to be read (including
     * workbooks that will be refused with their reason, see {@link FileKind#stopsTheRun}), and what is passed over,
     * with the reason. Nothing is left out without a word.
     */
    public static Scan scan(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString())).toList();
        } catch (IOException e) {
            throw new InputException("无法读取文件夹 " + dir.getFileName() + "；请检查文件夹权限", e);
        }
        List<Path> tables = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path f : files) {
            FileKind kind;
            try {
                kind = FileKind.detect(f);
            } catch (IOException e) {
                skipped.add(new Skipped(f, "无法打开，可能正被其他程序占用或没有读取权限"));
                continue;
            }
            if (kind.readable() || kind.stopsTheRun(f.getFileName().toString())) {
                tables.add(f); // an unreadable one is refused, with its reason, when it is read
            } else {
                skipped.add(new Skipped(f, kind.reason()));
            }
        }
        return new Scan(List.copyOf(tables), List.copyOf(skipped));
    }

    /**
     * The roster (参保台账): the one top-level table whose name has 参保台账, 花名册 or 应参保; none when there is none.
     *
     * @throws InputException when there are several
     */
    public static Optional<Path> findRoster(Path root) {
        return findRoster(root, topLevelTables(root));
    }

    private static Optional<Path> findRoster(Path root, List<Path> tables) {
        return single(root, tables, n -> n.contains("参保台账") || n.contains("花名册") || n.contains("应参保"), "参保台账");
    }

    private static boolean isLastYear(String name) {
        return name.contains("上年") || name.contains("去年") || name.contains("往年");
    }

    private static List<Path> topLevelTables(Path root) {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isRegularFile).filter(RowSource::isTableFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException("无法读取文件夹 " + root.getFileName() + "；请检查文件夹权限", e);
        }
    }

    private static Optional<Path> single(Path root, List<Path> tables, java.util.function.Predicate<String> which, String what) {
        List<Path> found = tables.stream().filter(p -> which.test(p.getFileName().toString())).toList();
        if (found.size() > 1) {
            throw new InputException("文件夹 " + root + " 中有多个" + what + "：" + found.stream()
                    .map(p -> p.getFileName().toString()).toList() + "，请只保留一个");
        }
        return found.stream().findFirst();
    }

    /** The payment dumps under {@code payments/} that can be read, sorted by their path there. */
    public static List<Path> findDumps(Path root) {
        return scanDumps(root).tables();
    }

    /**
     * Every file under {@code payments/}, judged by its bytes.
     *
     * @throws InputException when the folder is missing or holds no readable table (naming the files it does hold)
     */
    public static Scan scanDumps(Path root) {
        Path payments = root.resolve("payments");
        if (!Files.isDirectory(payments)) {
            throw new InputException("文件夹 " + root.getFileName() + " 中没有 payments/ 子文件夹（放税务导出的征收清册）");
        }
        Scan scan = scan(payments);
        if (scan.tables().isEmpty()) {
            StringBuilder sb = new StringBuilder("payments/ 中没有可读取的缴费清册（.xlsx、.xls、.csv 或文本表格）");
            for (Skipped s : scan.skipped()) {
                sb.append("；").append(payments.relativize(s.file())).append(" ").append(s.reason());
            }
            throw new InputException(sb.toString());
        }
        return scan;
    }

    /** The task table named in the settings, or the one table file whose name contains 任务. */
    public static Path findTaskTable(Path root, Optional<Settings> settings) {
        Path task = settings.flatMap(Settings::taskTable).map(root::resolve).orElseGet(() -> findTaskTable(root));
        if (!Files.isRegularFile(task)) {
            throw new InputException("找不到任务分解表 " + task.getFileName() + "（在 " + root + " 中）");
        }
        return task;
    }

    private static Path findTaskTable(Path root) {
        List<Path> candidates;
        try (Stream<Path> list = Files.list(root)) {
            candidates = list.filter(Files::isRegularFile).filter(RowSource::isTableFile)
                    .filter(p -> p.getFileName().toString().contains("任务")).sorted().toList();
        } catch (IOException e) {
            throw new InputException("无法读取文件夹 " + root.getFileName() + "；请检查文件夹权限", e);
        }
        if (candidates.isEmpty()) {
            throw new InputException("文件夹 " + root + " 中找不到任务分解表（文件名含“任务”的 .xlsx/.xls/.csv），"
                    + "或在 campaign.yaml 中用「任务分解表」指定");
        }
        if (candidates.size() > 1) {
            throw new InputException("文件夹 " + root + " 中有多个文件名含“任务”的表格：" + candidates.stream()
                    .map(p -> p.getFileName().toString()).toList() + "，请在 campaign.yaml 中用「任务分解表」指定一个");
        }
        return candidates.get(0);
    }
}

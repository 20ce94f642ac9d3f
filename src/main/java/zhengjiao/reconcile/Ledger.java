package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.LongText;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.input.PaymentDumpReader;

/**
 * The campaign's reconciliation: fed every dump row, it keeps each person's distinct payments of the
 * campaign's insurance and policy year, and answers who counts on any day and where.
 *
 * <p>Rules: a person is a valid resident ID; one serial seen in several dumps is one payment; a negative
 * amount is a refund; on day D a person counts when the net amount of their payments dated on or before D
 * is above zero, towards the village of their earliest positive payment; rows of another insurance, year
 * or town are {@link Exclusion}s, and so are rows dated after the day of the run (a date that cannot be true).
 *
 * <p>Dates: a payment dated more than {@link #LATE_DAYS} days (or the waiting period, when longer) after 征缴截止
 * counts like any other, but is listed ({@link #lateRows}) and never sets the default report date
 * ({@link #latestPaymentDate}), so that one mistyped date cannot move the whole week's reports. Texts longer than an
 * Excel cell may hold are cut where they are read, and listed ({@link #cuts}).
 *
 * <p>Threads: rows are taken in on one thread; once read, the ledger may be asked from several threads at once (the
 * outputs are written in parallel): the answers it keeps per day ({@link #on}, {@link #payersOn}, the cases) are
 * made under its lock.
 */
public final class Ledger implements PaymentDumpReader.Sink {

    private final Settings settings;
    private final TaskTable table;
    private final VillageMatcher matcher;
    private final String townKey;
    /** A dump whose 乡镇 column names the county (灵璧县) says nothing about the town. */
    private final String parentKey;
    /** The persons in the order first seen: scans walk an array. */
    private final List<Person> order = new ArrayList<>();
    /** Where each person is in {@link #order}, by the code of their ID. */
    private final PersonIndex persons = new PersonIndex();
    /** The persons' names, in shared blocks. */
    private final NamePool names = new NamePool();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<FileStats> files = new ArrayList<>();
    private final Map<String, String> channelCache = new HashMap<>();
    /** The 乡镇 column repeats a handful of texts on every row: each is keyed once. */
    private final Map<String, String> townKeys = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, PensionPayment> pension = new java.util.LinkedHashMap<>();
    private final List<LateRow> lateRows = new ArrayList<>();
    private final List<Cut> cuts = new ArrayList<>();
    private int cutCount;
    private final LocalDate today;
    private final LocalDate lateAfter;
    private LocalDate latest;
    private LocalDate latestLate;

    /** Days after 征缴截止 beyond which a payment date is listed as doubtful (the waiting period when longer). */
    public static final int LATE_DAYS = 60;
    /** Texts cut and late rows kept for listing; beyond this only counted. */
    static final int LISTED = 10_000;

    /** A ledger for a run today (the computer's date). */
    public Ledger(Settings settings, TaskTable table) {
        this(settings, table, LocalDate.now());
    }

    /**
     * A ledger for a run on {@code today}: rows dated after it are not counted.
     *
     * @param settings the campaign
     * @param table    the task table
     * @param today    the day of the run
     */
    public Ledger(Settings settings, TaskTable table, LocalDate today) {
        this.settings = settings;
        this.table = table;
        this.today = today;
        this.lateAfter = lateLimit(settings);
        this.matcher = new VillageMatcher(table, settings);
        this.townKey = PlaceNames.townKey(settings.jurisdiction());
        this.parentKey = PlaceNames.townKey(settings.parent());
    }

    /** Records a file of payments/ that was not read, with the reason (shown in 核对清单's summary). */
    public void skippedFile(String fileName, String reason) {
        FileStats stats = new FileStats(fileName);
        stats.notRead(reason);
        files.add(stats);
    }

    /** Registers the next dump before its rows arrive; returns its file index. */
    public int startFile(String fileName) {
        files.add(new FileStats(fileName));
        return files.size() - 1;
    }

    /** The last payment date that is not doubtful: 征缴截止 plus {@link #LATE_DAYS} days, or the waiting period if longer. */
    public static LocalDate lateLimit(Settings settings) {
        return settings.windowEnd().plusDays(Math.max(LATE_DAYS, settings.people().waitingDays().orElse(0)));
    }

    /** The day of the run: rows dated after it are not counted. */
    public LocalDate today() {
        return today;
    }

    @Override
    public void payment(PaymentRow dumpRow) {
        payment(dumpRow, null);
    }

    /**
     * Takes a payment row in, as {@link #payment(PaymentRow)}, with what another thread derived from it already
     * ({@link PaymentKey#of}; null to derive it here).
     */
    public void payment(PaymentRow dumpRow, PaymentKey key) {
        version++;
        PaymentRow row = fitted(dumpRow);
        if (row != dumpRow) {
            key = null;
        }
        FileStats stats = files.get(row.source().fileIndex());
        stats.rows++;
        if (row.insurance() != settings.insurance()) {
            if (row.insurance() == Insurance.RESIDENT_PENSION && row.policyYear() == settings.policyYear()) {
                pension.putIfAbsent(row.serial().isEmpty() ? row.id() + ":" + row.date() + ":" + row.amountFen() : row.serial(),
                        new PensionPayment(row.id(), row.name(), shared(PlaceNames.clean(row.village())), row.date(),
                                row.amountFen(), row.serial(), isGovernment(row.channel()), row.source()));
            }
            exclude(row, Exclusion.Kind.OTHER_INSURANCE, "「险种」列：" + row.insurance().label() + "，不是本次征缴的险种");
            return;
        }
        if (row.policyYear() != settings.policyYear()) {
            exclude(row, Exclusion.Kind.OTHER_YEAR, "「费款所属期」列：" + row.policyYear() + " 年度，不是 "
                    + settings.policyYear() + " 年度");
            return;
        }
        String town = townKeys.computeIfAbsent(row.town(), PlaceNames::townKey);
        if (!table.level().isCounty() && !town.isEmpty() && !town.equals(townKey) && !town.equals(parentKey)) {
            exclude(row, Exclusion.Kind.OTHER_TOWN, "「乡镇(街道)」列：" + PlaceNames.clean(row.town()) + "，不是"
                    + settings.jurisdiction());
            return;
        }
        if (row.date().isAfter(today)) {
            exclude(row, Exclusion.Kind.FUTURE_DATE, "「缴费日期」列：" + row.date() + "，晚于今天（" + today
                    + "），日期有误，不计入，也不用于确定统计日期；请向税务核实后重新导出");
            return;
        }
        if (row.date().isAfter(lateAfter)) {
            if (latestLate == null || row.date().isAfter(latestLate)) {
                latestLate = row.date();
            }
            if (lateRows.size() < LISTED) {
                lateRows.add(new LateRow(row.source(), row.id(), row.name(), shared(PlaceNames.clean(row.village())),
                        row.date(), row.amountFen(), row.serial()));
            }
        } else if (latest == null || row.date().isAfter(latest)) {
            latest = row.date();
        }
        sourceNames.putIfAbsent(row.source().fileIndex(), row.source().fileName());
        if (key == null) {
            key = PaymentKey.of(row);
        }
        Entry entry = key.entry(matcher.match(row.village(), row.town()), place(row.village()));
        long code = key.code;
        int at = persons.putIfAbsent(code, order.size());
        Person person;
        if (at < 0) {
            person = new Person(code, row.name(), names);
            order.add(person);
        } else {
            person = order.get(at);
        }
        if (person.nameless()) {
            person.name(row.name(), names);
        }
        if (person.add(entry)) {
            stats.newPayments++;
        } else {
            stats.repeats++;
        }
    }

    /** 村居 as written, cleaned and kept once (a bounded cache: a county has a few thousand spellings). */
    private String place(String village) {
        String known = places.get(village);
        if (known == null) {
            known = shared(PlaceNames.clean(village));
            if (places.size() < 100_000) {
                places.put(village, known);
            }
        }
        return known;
    }

    private final Map<String, String> places = new HashMap<>();

    private String shared(String text) {
        String before = texts.putIfAbsent(text, text);
        return before == null ? text : before;
    }

    private boolean isGovernment(String channel) {
        if (channel.isEmpty()) {
            return false;
        }
        String kind = channelCache.computeIfAbsent(channel, c -> isGovernmentChannel(c) ? "G" : "S");
        return kind.equals("G");
    }

    /** Whether a 缴费渠道 text says the government paid (代缴, 资助, 政府, 财政). */
    static boolean isGovernmentChannel(String channel) {
        return channel.contains("代缴") || channel.contains("资助") || channel.contains("政府") || channel.contains("财政");
    }

    /** The text a payment is told apart by: its 税票号码, or for a row without one its date and amount. */
    static String serialKey(PaymentRow row) {
        return row.serial().isEmpty() ? "无票号:" + row.date() + ":" + row.amountFen() : row.serial();
    }

    private void exclude(PaymentRow row, Exclusion.Kind kind, String reason) {
        // a county's pension rows can number hundreds of thousands: repeated texts are kept once
        exclusions.add(new Exclusion(row.source(), kind, row.id(), row.name(), shared(PlaceNames.clean(row.village())),
                shared(money(row.amountFen())), shared(row.date().toString()), row.serial(), shared(reason)));
        files.get(row.source().fileIndex()).excluded.merge(kind, 1, Integer::sum);
    }

    @Override
    public void excluded(Exclusion dumpExclusion) {
        version++;
        Exclusion exclusion = fitted(dumpExclusion);
        FileStats stats = files.get(exclusion.source().fileIndex());
        stats.rows++;
        stats.excluded.merge(exclusion.kind(), 1, Integer::sum);
        exclusions.add(exclusion);
    }

    public Settings settings() {
        return settings;
    }

    public TaskTable table() {
        return table;
    }

    public List<FileStats> files() {
        return List.copyOf(files);
    }

    /** Every row that was not counted because of what it says, in reading order. */
    public List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    /**
     * The default report date: the latest payment date of the campaign's insurance, year and town, leaving out
     * payments dated after {@link #lateLimit} (unless there is no other) and never after today (such rows are not
     * counted at all).
     */
    public Optional<LocalDate> latestPaymentDate() {
        return Optional.ofNullable(latest != null ? latest : latestLate);
    }

    /**
     * A counted payment dated long after the window ({@link #lateLimit}): not used for the default report date.
     *
     * @param source    where it was read
     * @param id        the resident ID (internal lists only)
     * @param name      姓名
     * @param village   村居 as written
     * @param date      缴费日期
     * @param amountFen the amount
     * @param serial    税票号码
     */
    public record LateRow(RowRef source, String id, String name, String village, LocalDate date, long amountFen,
                          String serial) {
    }

    /** The payments dated after {@link #lateLimit}, in reading order (the first {@value #LISTED}). */
    public List<LateRow> lateRows() {
        return List.copyOf(lateRows);
    }

    /**
     * A text of a dump row longer than an Excel cell may hold, cut where it was read ({@link LongText#fit}).
     *
     * @param source where it was read
     * @param column the column, as the README names it
     * @param length its length in characters before the cut
     */
    public record Cut(RowRef source, String column, int length) {
        /** "清册 a.csv 第 2 行「姓名」列有 32768 字，超过 Excel 单元格上限 32767 字，报表中已截断". */
        public String describe() {
            return "清册 " + source.fileName() + " 第 " + source.row() + " 行「" + column + "」列有 " + length
                    + " 字，超过 Excel 单元格上限 " + LongText.CELL_LIMIT + " 字，报表中已截断";
        }
    }

    /** The texts cut, in reading order (the first {@value #LISTED}). */
    public List<Cut> cuts() {
        return List.copyOf(cuts);
    }

    /** How many texts were cut in all. */
    public int cutCount() {
        return cutCount;
    }

    private String fit(RowRef source, String column, String text) {
        if (!LongText.tooLong(text)) {
            return text;
        }
        cutCount++;
        if (cuts.size() < LISTED) {
            cuts.add(new Cut(source, column, text.length()));
        }
        return LongText.fit(text);
    }

    private PaymentRow fitted(PaymentRow r) {
        if (!LongText.tooLong(r.id()) && !LongText.tooLong(r.name()) && !LongText.tooLong(r.village())
                && !LongText.tooLong(r.town()) && !LongText.tooLong(r.serial()) && !LongText.tooLong(r.channel())) {
            return r;
        }
        RowRef at = r.source();
        return new PaymentRow(at, fit(at, "证件号码", r.id()), fit(at, "姓名", r.name()), fit(at, "村居", r.village()),
                fit(at, "乡镇", r.town()), r.insurance(), r.policyYear(), r.date(), r.amountFen(), fit(at, "税票号码", r.serial()),
                fit(at, "缴费渠道", r.channel()));
    }

    private Exclusion fitted(Exclusion e) {
        if (!LongText.tooLong(e.id()) && !LongText.tooLong(e.name()) && !LongText.tooLong(e.village())
                && !LongText.tooLong(e.amount()) && !LongText.tooLong(e.date()) && !LongText.tooLong(e.serial())
                && !LongText.tooLong(e.reason())) {
            return e;
        }
        RowRef at = e.source();
        return new Exclusion(at, e.kind(), fit(at, "证件号码", e.id()), fit(at, "姓名", e.name()), fit(at, "村居", e.village()),
                fit(at, "缴费金额", e.amount()), fit(at, "缴费日期", e.date()), fit(at, "税票号码", e.serial()),
                fit(at, "原因", e.reason()));
    }

    /** Number of distinct persons with any payment of this campaign. */
    public int personCount() {
        return order.size();
    }

    /** Who counts on {@code day}, per village (asked once per day: the ranking and the allowance share it). */
    public synchronized Snapshot on(LocalDate day) {
        return snapshots.computeIfAbsent(day + "#" + version, k -> snapshot(day));
    }

    private final Map<String, Snapshot> snapshots = new HashMap<>();

    /**
     * Who counts on each of {@code days} (ascending), in one pass over the persons: a person with a single payment
     * counts from its day on, so it is added once where it starts; only persons with several payments are looked at
     * day by day. The same snapshots as {@link #on} gives for each day, for the trend over a whole window.
     */
    public List<Snapshot> onDays(List<LocalDate> days) {
        int n = days.size();
        long[] epoch = new long[n];
        for (int i = 0; i < n; i++) {
            epoch[i] = days.get(i).toEpochDay();
            if (i > 0 && epoch[i] < epoch[i - 1]) {
                throw new IllegalArgumentException("days must be ascending");
            }
        }
        int units = table.size();
        int[][] paid = new int[n + 1][units];
        int[][] government = new int[n + 1][units];
        Map<Integer, int[]> unmatched = new HashMap<>();
        int[] unmatchedGovernment = new int[n + 1];
        for (Person p : order) {
            if (p.single()) {
                if (p.firstAmount() <= 0) {
                    continue;
                }
                int from = java.util.Arrays.binarySearch(epoch, p.firstDay());
                if (from < 0) {
                    from = -from - 1;
                } else {
                    while (from > 0 && epoch[from - 1] == p.firstDay()) {
                        from--;
                    }
                }
                count(p.firstVillage(), p.firstGovernment(), from, +1, paid, government, unmatched, unmatchedGovernment, n);
                count(p.firstVillage(), p.firstGovernment(), n, -1, paid, government, unmatched, unmatchedGovernment, n);
            } else {
                for (int i = 0; i < n; i++) {
                    Entry e = p.countingEntry(days.get(i));
                    if (e != null) {
                        count(e.village(), e.government(), i, +1, paid, government, unmatched, unmatchedGovernment, n);
                        count(e.village(), e.government(), i + 1, -1, paid, government, unmatched, unmatchedGovernment, n);
                    }
                }
            }
        }
        List<Snapshot> out = new ArrayList<>(n);
        int[] runPaid = new int[units];
        int[] runGovernment = new int[units];
        Map<Integer, Integer> runUnmatched = new HashMap<>();
        int runUnmatchedGovernment = 0;
        for (int i = 0; i < n; i++) {
            for (int u = 0; u < units; u++) {
                runPaid[u] += paid[i][u];
                runGovernment[u] += government[i][u];
            }
            for (Map.Entry<Integer, int[]> e : unmatched.entrySet()) {
                runUnmatched.merge(e.getKey(), e.getValue()[i], Integer::sum);
            }
            runUnmatchedGovernment += unmatchedGovernment[i];
            Map<String, Integer> names = new HashMap<>();
            runUnmatched.forEach((code, count) -> {
                if (count > 0) {
                    names.merge(matcher.unmatchedName(code), count, Integer::sum);
                }
            });
            out.add(new Snapshot(days.get(i), runPaid, runGovernment, names, runUnmatchedGovernment));
        }
        return out;
    }

    private static void count(int village, boolean gov, int at, int sign, int[][] paid, int[][] government,
                              Map<Integer, int[]> unmatched, int[] unmatchedGovernment, int n) {
        if (village >= 0) {
            paid[at][village] += sign;
            if (gov) {
                government[at][village] += sign;
            }
        } else {
            unmatched.computeIfAbsent(village, k -> new int[n + 1])[at] += sign;
            if (gov) {
                unmatchedGovernment[at] += sign;
            }
        }
    }

    private Snapshot snapshot(LocalDate day) {
        int[] paid = new int[table.size()];
        int[] government = new int[table.size()];
        Map<String, Integer> unmatched = new HashMap<>();
        int unmatchedGovernment = 0;
        long last = day.toEpochDay();
        for (Person p : order) {
            int village;
            boolean gov;
            if (p.single()) {
                // one payment: it counts from its day if positive (Person.countingEntry without making the entry)
                if (p.firstAmount() <= 0 || p.firstDay() > last) {
                    continue;
                }
                village = p.firstVillage();
                gov = p.firstGovernment();
            } else {
                Entry e = p.countingEntry(day);
                if (e == null) {
                    continue;
                }
                village = e.village();
                gov = e.government();
            }
            if (village >= 0) {
                paid[village]++;
                if (gov) {
                    government[village]++;
                }
            } else {
                unmatched.merge(matcher.unmatchedName(village), 1, Integer::sum);
                if (gov) {
                    unmatchedGovernment++;
                }
            }
        }
        return new Snapshot(day, paid, government, unmatched, unmatchedGovernment);
    }

    /** Persons with two or more distinct positive payments dated on or before {@code day}. */
    public List<PersonCase> duplicates(LocalDate day) {
        return cases(day).get(0);
    }

    /** Persons with a refund dated on or before {@code day}. */
    public List<PersonCase> refunds(LocalDate day) {
        return cases(day).get(1);
    }

    /** Persons with a payment on or before {@code day} whose village matched no village of the task table. */
    public List<PersonCase> unmatched(LocalDate day) {
        return cases(day).get(2);
    }

    /**
     * The duplicates, refunds and unmatched payers on {@code day}, found in one pass and kept (the checklist and the
     * run's summary both ask; the ledger does not change once the dumps are read).
     */
    private synchronized List<List<PersonCase>> cases(LocalDate day) {
        return caseCache.computeIfAbsent(day + "#" + version, k -> {
            List<List<PersonCase>> found = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Person p : order) {
                if (p.size() >= 2 && p.countOn(day, true) >= 2) {
                    found.get(0).add(toCase(p, day));
                }
                if (p.countOn(day, false) > 0) {
                    found.get(1).add(toCase(p, day));
                }
                if (p.unmatchedOn(day)) {
                    found.get(2).add(toCase(p, day));
                }
            }
            Comparator<PersonCase> byFirstRow = Comparator.comparing((PersonCase c) -> c.payments().get(0).fileName())
                    .thenComparingInt(c -> c.payments().get(0).row());
            return found.stream().map(list -> {
                list.sort(byFirstRow);
                return List.copyOf(list);
            }).toList();
        });
    }

    private final Map<String, List<List<PersonCase>>> caseCache = new HashMap<>();
    /** The file name rows of each file index carry (entries keep only the index). */
    private final Map<Integer, String> sourceNames = new HashMap<>();
    /** Changes with every row taken in, so that cached answers are never stale. */
    private long version;

    private PersonCase toCase(Person p, LocalDate day) {
        List<PaymentView> views = p.entries().stream().filter(e -> e.onOrBefore(day.toEpochDay()))
                .sorted(Person.CHRONOLOGICAL).map(this::view).toList();
        Entry counting = p.countingEntry(day);
        // a person counted through a payment whose village matches no line says so: 未匹配（红棋村）, not 红棋村
        return new PersonCase(p.id(), p.name(), views, p.netOn(day), counting != null, counting == null ? ""
                : counting.village() >= 0 ? villageName(counting.village()) : "未匹配（" + villageName(counting.village()) + "）");
    }

    private PaymentView view(Entry e) {
        return new PaymentView(e.serial().startsWith("无票号:") ? "" : e.serial(), e.date(), e.amountFen(),
                villageName(e.village()), e.village() >= 0, sourceNames.get(e.fileIndex()), e.row(), e.seen());
    }

    private String villageName(int code) {
        return code >= 0 ? table.villages().get(code).name() : matcher.unmatchedName(code);
    }

    /**
     * A person who counts on a day.
     *
     * @param id         the resident ID
     * @param name       姓名 from the dumps
     * @param village    the line of the task table (>= 0), or a negative code for 未匹配
     * @param date       the date of the payment they count by (the earliest positive one)
     * @param amountFen  its amount
     * @param government whether it came through a government channel
     * @param listed     whether a roster lists the person ({@link #markListed})
     * @param place      村居 as the counting payment's dump wrote it
     * @param source     the file and row of the counting payment
     */
    public record Payer(String id, String name, int village, LocalDate date, long amountFen, boolean government,
                        boolean listed, String place, RowRef source) {
    }

    /** Everyone who counts on {@code day}, in no particular order. */
    public synchronized List<Payer> payersOn(LocalDate day) {
        return new ArrayList<>(payers.computeIfAbsent(day + "#" + version, k -> findPayers(day)));
    }

    private final Map<String, List<Payer>> payers = new HashMap<>();


    /**
     * A look at a person who counts, before a {@link Payer} is made for them: the epoch day of the payment they count
     * by, and whether a government channel paid it.
     */
    @FunctionalInterface
    public interface PayerFilter {
        boolean wanted(long epochDay, boolean government);
    }

    /**
     * Each person who counts on {@code day} and whom {@code wanted} accepts, in reading order, as {@link #payersOn} lists
     * them, but made one at a time and not kept: a pass that looks for a few among millions makes no object for the
     * others.
     */
    public synchronized void forEachPayer(LocalDate day, PayerFilter wanted, java.util.function.Consumer<Payer> action) {
        long last = day.toEpochDay();
        for (Person p : order) {
            if (p.single() && (p.firstAmount() <= 0 || p.firstDay() > last || !wanted.wanted(p.firstDay(), p.firstGovernment()))) {
                continue;
            }
            Payer payer = payer(p, day);
            if (payer != null && wanted.wanted(payer.date().toEpochDay(), payer.government())) {
                action.accept(payer);
            }
        }
    }

    /**
     * As {@link #forEachPayer}, with each payer's place in the reading order, by which {@link #payerAt} makes them
     * again: a list of a million payers can then be kept as ints.
     */
    public synchronized void forEachPayerAt(LocalDate day, java.util.function.ObjIntConsumer<Payer> action) {
        for (int i = 0, n = order.size(); i < n; i++) {
            Payer payer = payer(order.get(i), day);
            if (payer != null) {
                action.accept(payer, i);
            }
        }
    }

    /** Receives a person who counts: their place in the reading order, the task-table line they count towards, 姓名. */
    @FunctionalInterface
    public interface CountingVisitor {
        void visit(int place, int village, String name);
    }

    /**
     * As {@link #forEachPayerAt}, giving only each payer's place, village and name (no payer made: for ordering a
     * county's million payers).
     */
    public synchronized void forEachCounting(LocalDate day, CountingVisitor visitor) {
        for (int i = 0, n = order.size(); i < n; i++) {
            Person p = order.get(i);
            Entry e = p.countingEntry(day);
            if (e != null) {
                visitor.visit(i, e.village(), p.name());
            }
        }
    }

    /**
     * The person at place {@code index} of the reading order ({@link #forEachPayerAt}) as a payer on {@code day}, or
     * null when they do not count then. Safe from several threads once the dumps are read.
     *
     * @throws IndexOutOfBoundsException when no person has that place
     */
    public Payer payerAt(int index, LocalDate day) {
        return payer(order.get(index), day);
    }

    private List<Payer> findPayers(LocalDate day) {
        List<Payer> out = new ArrayList<>();
        for (Person p : order) {
            Payer payer = payer(p, day);
            if (payer != null) {
                out.add(payer);
            }
        }
        return out;
    }

    /** The person with this ID if they count on {@code day}. */
    public Optional<Payer> payerOn(String id, LocalDate day) {
        int at = persons.get(PersonIndex.code(id));
        Person p = at < 0 ? null : order.get(at);
        return p == null ? Optional.empty() : Optional.ofNullable(payer(p, day));
    }

    private Payer payer(Person p, LocalDate day) {
        Entry e = p.countingEntry(day);
        return e == null ? null : new Payer(p.id(), p.name(), e.village(), e.date(), e.amountFen(), e.government(), p.listed,
                e.place(), new RowRef(e.fileIndex(), sourceNames.get(e.fileIndex()), e.row()));
    }

    /**
     * A distinct positive payment.
     *
     * @param id        the resident ID
     * @param name      姓名
     * @param village   the line of the task table it names, or a negative code
     * @param date      缴费日期
     * @param amountFen the amount
     * @param serial    税票号码 ("" when none)
     */
    public record Charge(String id, String name, int village, LocalDate date, long amountFen, String serial) {
    }

    /** The distinct positive payments dated on or before {@code day} whose amount {@code allowed} rejects. */
    public List<Charge> charges(LocalDate day, java.util.function.LongPredicate allowed) {
        List<Charge> out = new ArrayList<>();
        long last = day.toEpochDay();
        for (Person p : order) {
            if (p.single() && (p.firstAmount() <= 0 || p.firstDay() > last || allowed.test(p.firstAmount()))) {
                continue;
            }
            for (Entry e : p.entries()) {
                if (e.amountFen() > 0 && e.onOrBefore(last) && !allowed.test(e.amountFen())) {
                    out.add(new Charge(p.id(), p.name(), e.village(), e.date(), e.amountFen(),
                            e.serial().startsWith("无票号:") ? "" : e.serial()));
                }
            }
        }
        return out;
    }

    /** How a roster line relates to the people with payments. */
    public enum Listing { NO_PAYMENTS, FIRST, AGAIN }

    /** Forgets which persons a roster listed, before a roster is read (again). */
    public void clearListed() {
        version++;
        order.forEach(p -> p.listed = false);
    }

    /** Records that a roster lists {@code id}; AGAIN when it was already listed. */
    public Listing markListed(String id) {
        version++;
        int at = persons.get(PersonIndex.code(id));
        Person p = at < 0 ? null : order.get(at);
        if (p == null) {
            return Listing.NO_PAYMENTS;
        }
        if (p.listed) {
            return Listing.AGAIN;
        }
        p.listed = true;
        return Listing.FIRST;
    }

    /** The task-table line a village (and town) written in some table matches, or a negative code. */
    public int matchPlace(String village, String town) {
        return matcher.match(village, town);
    }

    /**
     * A place as the task table spells it, whatever spelling a roster or department list used: {town, village}
     * (北辛 → 北辛街道; 刘寨村村委会 → 刘寨村). Parts the table does not know stay as written, without spaces.
     */
    public String[] canonicalPlace(String town, String village) {
        return matcher.canonical(town, village);
    }

    /**
     * The task-table name an unmatched text (as {@link Snapshot#unmatched} shows it) most likely meant, by edit
     * distance on the keys: 红棋村 → 红旗村; empty when none is near enough or two are equally near.
     */
    public Optional<String> nearestPlace(String unmatchedText) {
        return matcher.nearest(unmatchedText);
    }

    /** The name of a task-table line, or the text of an unmatched code. */
    public String placeName(int code) {
        return villageName(code);
    }

    /**
     * A resident pension payment of the policy year (a second insurance some notices collect too): not counted
     * here, but checked against the pension tiers.
     *
     * @param id         the resident ID
     * @param name       姓名
     * @param village    村居 as written
     * @param date       缴费日期
     * @param amountFen  the amount (negative for a refund)
     * @param serial     税票号码
     * @param government whether it came through a government channel (代缴)
     * @param source     where it was read
     */
    public record PensionPayment(String id, String name, String village, LocalDate date, long amountFen, String serial,
                                 boolean government, RowRef source) {
    }

    /** The distinct pension payments of the policy year (a repeated 税票号码 once), in reading order. */
    public List<PensionPayment> pensionPayments() {
        return List.copyOf(pension.values());
    }

    /** Fen as yuan text: 35000 -> "350.00". */
    public static String money(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}

package zhengjiao.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zhengjiao.domain.LongText;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;
import zhengjiao.domain.Settings;
import zhengjiao.input.RosterReader;
import zhengjiao.reconcile.Ledger;

/**
 * What the roster and the payments say about people on a date: each village's unpaid roster people (for the
 * one-to-one reminders), each village's payers (for the public list), and the people to look at (paid but not
 * in the roster, paid in another village, off-standard amounts, paid after the window, paid before a subsidy
 * birthday, should wait for one).
 *
 * @param asOf      the report date
 * @param villages  per task-table line, in table order
 * @param notes     the people to look at, in the order of {@link Kind}
 */
public record PeopleReport(LocalDate asOf, List<VillagePeople> villages, List<Note> notes) {

    public PeopleReport {
        villages = List.copyOf(villages);
        notes = List.copyOf(notes);
    }

    /** Chinese order of names (by pinyin, as officials sort lists). */
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

    /**
     * One village's people.
     *
     * @param name    the village (or town) as in the task table
     * @param roster  roster people who belong here
     * @param unpaid  of those, not counted anywhere on the report date, by household then name
     * @param elsewhere of those, counted towards another village
     * @param payers  everyone counted towards this village, by name
     * @param advice  a remark per unpaid ID (should wait for a birthday), if any
     */
    public record VillagePeople(String name, int roster, List<RosterPerson> unpaid, int elsewhere, List<Ledger.Payer> payers,
                                Map<String, String> advice) {
        public VillagePeople {
            unpaid = List.copyOf(unpaid);
            // a county's payers stay as places in the ledger (PayerList, unmodifiable), not a copy of a million objects
            payers = payers instanceof PayerList ? payers : List.copyOf(payers);
            advice = Map.copyOf(advice);
        }
    }

    /** Why a person is listed for a look. */
    public enum Kind {
        NOT_IN_ROSTER("台账外缴费"),
        PAID_ELSEWHERE("在其他村缴费"),
        ROSTER_PLACE_UNMATCHED("台账村名不符"),
        ROSTER_INVALID("台账行无效"),
        OVER_STANDARD("超标准收费"),
        UNDER_STANDARD("少缴"),
        AFTER_WINDOW("征缴期后缴费"),
        LATE_DATE("缴费日期存疑"),
        BEFORE_BIRTHDAY("生日前缴费"),
        WAIT_FOR_BIRTHDAY("应在生日后缴费"),
        TEXT_CUT("文字超长已截断");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A person to look at.
     *
     * @param kind    why
     * @param id      the full resident ID (internal list)
     * @param name    姓名
     * @param village the village concerned
     * @param detail  what exactly, in Chinese
     */
    public record Note(Kind kind, String id, String name, String village, String detail) {
    }

    /** Without a roster: only the checks on payments (amounts, after the window, subsidy birthdays). */
    public static PeopleReport build(Ledger ledger, LocalDate asOf) {
        return build(ledger, Optional.empty(), asOf);
    }

    /** With the roster file, streamed: only its unpaid people are kept in memory. */
    public static PeopleReport build(Ledger ledger, Optional<Path> rosterFile, LocalDate asOf) {
        return build(ledger, rosterFile, asOf, null);
    }

    /**
     * As {@link #build(Ledger, Optional, LocalDate)}; {@code alsoTo} (if not null) receives every roster row in the
     * same pass, so that the roster is read once for everything that needs it.
     */
    public static PeopleReport build(Ledger ledger, Optional<Path> rosterFile, LocalDate asOf, RosterReader.Handler alsoTo) {
        return build(ledger, rosterFile, asOf, alsoTo, true);
    }

    /**
     * As {@link #build(Ledger, Optional, LocalDate, RosterReader.Handler)}; with {@code keepPayers} false and no roster
     * the payers are only checked for notes and not kept ({@link VillagePeople#payers()} empty): for a run that writes
     * the checklist but no list of payers ({@code run --only}), so that millions of payers need not be in memory.
     */
    public static PeopleReport build(Ledger ledger, Optional<Path> rosterFile, LocalDate asOf, RosterReader.Handler alsoTo,
                                     boolean keepPayers) {
        boolean cores = Runtime.getRuntime().availableProcessors() > 1;
        return build(ledger, rosterFile, asOf, alsoTo, keepPayers, cores, cores ? PARALLEL_CHECK : Integer.MAX_VALUE);
    }

    /**
     * As {@link #build(Ledger, Optional, LocalDate, RosterReader.Handler, boolean)}; {@code parallel} orders the payers
     * on a thread of their own while the roster is read (their order does not depend on it), else one after the
     * other; from {@code halvesFrom} payers on, they are checked in two halves at once. The report is the same either
     * way.
     */
    static PeopleReport build(Ledger ledger, Optional<Path> rosterFile, LocalDate asOf, RosterReader.Handler alsoTo,
                              boolean keepPayers, boolean parallel, int halvesFrom) {
        Settings s = ledger.settings();
        int size = ledger.table().size();
        int[] rosterCount = new int[size];
        List<List<RosterPerson>> unpaidBy = new ArrayList<>();
        List<PayerList.Places> payersBy = new ArrayList<>();
        List<Map<String, String>> adviceBy = new ArrayList<>();
        int[] elsewhere = new int[size];
        for (int i = 0; i < size; i++) {
            unpaidBy.add(new ArrayList<>());
            payersBy.add(new PayerList.Places());
            adviceBy.add(new LinkedHashMap<>());
        }
        List<Note> notes = new ArrayList<>();
        Set<String> listedWithoutPayments = new HashSet<>();
        ledger.clearListed();
        LocalDate yearEnd = LocalDate.of(s.windowEnd().getYear(), 12, 31);
        boolean haveRoster = rosterFile.isPresent();
        // the order of the public list; without a roster no list is written and the notes are sorted below
        boolean stream = !haveRoster && !keepPayers;
        // the payers as places in the ledger's reading order (a county's million are kept as ints, made again when
        // written); ordered by village and name only, so on a thread of its own while the roster marks who it lists
        java.util.concurrent.FutureTask<int[]> ordering = new java.util.concurrent.FutureTask<>(
                () -> stream ? new int[0] : payerPlaces(ledger, asOf, haveRoster));
        if (parallel && haveRoster && !stream) {
            Thread t = new Thread(ordering, "缴费人排序");
            t.setDaemon(true);
            t.start();
        }
        rosterFile.ifPresent(file -> RosterReader.read(file, new RosterReader.Handler() {
            @Override
            public void person(RosterPerson read) {
                RosterPerson r = fitted(read, file, notes);
                if (alsoTo != null) {
                    alsoTo.person(r);
                }
                Ledger.Listing listing = ledger.markListed(r.id());
                if (listing == Ledger.Listing.AGAIN
                        || listing == Ledger.Listing.NO_PAYMENTS && !listedWithoutPayments.add(r.id())) {
                    notes.add(new Note(Kind.ROSTER_INVALID, r.id(), r.name(), place(r), file.getFileName() + " 第 " + r.row()
                            + " 行：与前面的行是同一个人（证件号码相同），不重复计入"));
                    return;
                }
                Ledger.Payer paid = ledger.payerOn(r.id(), asOf).orElse(null);
                int code = ledger.matchPlace(r.village(), r.town());
                if (code < 0) {
                    notes.add(new Note(Kind.ROSTER_PLACE_UNMATCHED, r.id(), r.name(), place(r), "台账第 " + r.row() + " 行的"
                            + place(r) + "与任务分解表不符" + (paid == null ? "，未缴费" : "")));
                    return;
                }
                rosterCount[code]++;
                if (paid == null) {
                    unpaidBy.get(code).add(r);
                    waitAdvice(s, r, asOf, yearEnd).ifPresent(a -> {
                        adviceBy.get(code).put(r.id(), a);
                        notes.add(new Note(Kind.WAIT_FOR_BIRTHDAY, r.id(), r.name(), ledger.placeName(code), a));
                    });
                } else if (paid.village() != code) {
                    elsewhere[code]++;
                    notes.add(new Note(Kind.PAID_ELSEWHERE, r.id(), r.name(), ledger.placeName(code), "台账在"
                            + ledger.placeName(code) + "，缴费记录在" + ledger.placeName(paid.village()) + "（" + paid.date() + "）"));
                }
            }

            @Override
            public void problem(String problem) {
                if (alsoTo != null) {
                    alsoTo.problem(problem);
                }
                notes.add(new Note(Kind.ROSTER_INVALID, "", "", "", problem));
            }
        }));
        int[] places = result(ordering);
        Comparator<String> chinese = PinyinOrder.keyed();
        Set<BigDecimal> allowed = new HashSet<>();
        if (s.personalStandard() != null) {
            allowed.add(s.personalStandard().stripTrailingZeros());
        }
        s.people().explainedAmounts().forEach(a -> allowed.add(a.stripTrailingZeros()));
        java.util.function.BiConsumer<Ledger.Payer, List<Note>> check = (p, out) -> {
            String village = ledger.placeName(p.village());
            if (haveRoster && !p.listed()) {
                out.add(new Note(Kind.NOT_IN_ROSTER, p.id(), p.name(), village, "有缴费记录（" + p.date() + "），台账中没有此人"));
            }
            if (p.date().isAfter(s.windowEnd())) {
                String detail = "缴费日期 " + p.date() + "，晚于征缴期（至 " + s.windowEnd() + "）";
                if (s.people().waitingDays().isPresent()) {
                    int days = s.people().waitingDays().get();
                    detail += "，设 " + days + " 天待遇等待期，至 " + p.date().plusDays(days) + " 止";
                }
                out.add(new Note(Kind.AFTER_WINDOW, p.id(), p.name(), village, detail));
            }
            int birthYear = birthYear(p.id());
            for (int age : p.government() ? List.<Integer>of() : s.people().subsidyAges()) {
                if (birthYear >= 0 && birthYear + age != p.date().getYear()) {
                    // that birthday falls in another year than the payment (most payers: no date made for them)
                    continue;
                }
                // a payment the government made (代缴) loses nothing; the person's own payment before the birthday does
                Optional<LocalDate> birthday = ResidentId.birthdayOfAge(p.id(), age);
                if (birthday.isPresent() && birthday.get().getYear() == p.date().getYear() && p.date().isBefore(birthday.get())) {
                    out.add(new Note(Kind.BEFORE_BIRTHDAY, p.id(), p.name(), village, birthday.get().format(MONTH_DAY)
                            + "满 " + age + " 周岁，却在 " + p.date() + " 生日前缴费，可能失去年龄资助"));
                }
            }
        };
        if (stream) {
            // without a roster a payer is noted only when paid after the window, or (paid by themselves) when ages bring
            // a subsidy: the others need not be looked at one by one
            long windowEnd = s.windowEnd().toEpochDay();
            boolean ages = !s.people().subsidyAges().isEmpty();
            ledger.forEachPayer(asOf, (day, government) -> day > windowEnd || ages && !government, p -> check.accept(p, notes));
        } else {
            // a county's payers checked in two halves at once (each half's notes and village lists kept apart, then
            // joined in order: the same as one pass)
            int cut = places.length >= halvesFrom ? places.length / 2 : places.length;
            java.util.concurrent.FutureTask<Checked> later = new java.util.concurrent.FutureTask<>(
                    () -> checked(ledger, asOf, places, cut, places.length, size, check));
            if (cut < places.length) {
                Thread t = new Thread(later, "缴费人核对");
                t.setDaemon(true);
                t.start();
            }
            Checked first = checked(ledger, asOf, places, 0, cut, size, check);
            Checked second = cut < places.length ? result(later) : null;
            for (Checked part : second == null ? List.of(first) : List.of(first, second)) {
                notes.addAll(part.notes());
                for (int v = 0; v < size; v++) {
                    payersBy.get(v).addAll(part.villages()[v]);
                }
            }
        }
        if (s.personalStandard() != null) {
            // every distinct payment is checked, not only the one a person counts by (a second, duplicate
            // payment can be the off-standard one); refunds are not payments
            String explained = allowed.size() > 1 ? "（资助对象认可金额：" + s.people().explainedAmounts().stream()
                    .map(BigDecimal::toPlainString).toList() + "）" : "";
            // a county's payments are mostly of a few amounts: each amount is looked up once
            Map<Long, Boolean> amountAllowed = new java.util.HashMap<>();
            java.util.function.LongPredicate isAllowed = fen -> amountAllowed.size() < 4096
                    ? amountAllowed.computeIfAbsent(fen, f -> allowed.contains(BigDecimal.valueOf(f, 2).stripTrailingZeros()))
                    : allowed.contains(BigDecimal.valueOf(fen, 2).stripTrailingZeros());
            for (Ledger.Charge c : ledger.charges(asOf, isAllowed)) {
                BigDecimal amount = BigDecimal.valueOf(c.amountFen(), 2).stripTrailingZeros();
                boolean over = amount.compareTo(s.personalStandard()) > 0;
                notes.add(new Note(over ? Kind.OVER_STANDARD : Kind.UNDER_STANDARD, c.id(), c.name(), ledger.placeName(c.village()),
                        c.date() + " 缴费 " + amount.toPlainString() + " 元（税票 " + c.serial() + "），标准 "
                                + s.personalStandard().toPlainString() + " 元" + explained));
            }
        }
        List<VillagePeople> villages = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<RosterPerson> unpaid = unpaidBy.get(i);
            unpaid = PinyinOrder.sort(unpaid, Comparator.comparing((RosterPerson r) -> r.household().isEmpty() ? "\uFFFF"
                    : r.household()), RosterPerson::name, Comparator.comparing(RosterPerson::id));
            villages.add(new VillagePeople(ledger.placeName(i), rosterCount[i], unpaid, elsewhere[i],
                    new PayerList(ledger, asOf, payersBy.get(i).toArray()), adviceBy.get(i)));
        }
        for (Ledger.LateRow late : ledger.lateRows()) {
            notes.add(new Note(Kind.LATE_DATE, late.id(), late.name(), late.village(), "清册 " + late.source().fileName() + " 第 "
                    + late.source().row() + " 行：缴费日期 " + late.date() + "，晚于征缴截止（" + s.windowEnd() + "）超过 "
                    + (Ledger.lateLimit(s).toEpochDay() - s.windowEnd().toEpochDay()) + " 天，请核实日期是否有误；"
                    + "这一行不用于确定默认的统计日期" + (late.date().isAfter(asOf) ? "，本次统计不计入" : "，已计入")));
        }
        for (Ledger.Cut cut : ledger.cuts()) {
            notes.add(new Note(Kind.TEXT_CUT, "", "", "", cut.describe()));
        }
        notes.sort(Comparator.comparing(Note::kind).thenComparing(Note::village, chinese).thenComparing(Note::name, chinese));
        return new PeopleReport(asOf, villages, notes);
    }

    /** What {@code ordering} made: run here when no thread runs it (or waited for); its failure thrown as it was. */
    private static <T> T result(java.util.concurrent.FutureTask<T> ordering) {
        ordering.run(); // does nothing when a thread has started it
        try {
            return ordering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("缴费人排序时被中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Payers at least this many are checked in two halves at once. */
    private static final int PARALLEL_CHECK = 50_000;

    /** A run of payers checked: their notes in order, and per task-table line their places in order. */
    private record Checked(List<Note> notes, PayerList.Places[] villages) {
    }

    private static Checked checked(Ledger ledger, LocalDate asOf, int[] places, int from, int to, int size,
                                   java.util.function.BiConsumer<Ledger.Payer, List<Note>> check) {
        List<Note> notes = new ArrayList<>();
        PayerList.Places[] villages = new PayerList.Places[size];
        for (int v = 0; v < size; v++) {
            villages[v] = new PayerList.Places();
        }
        for (int i = from; i < to; i++) {
            Ledger.Payer p = ledger.payerAt(places[i], asOf);
            if (p.village() >= 0) {
                villages[p.village()].add(places[i]);
            }
            check.accept(p, notes);
        }
        return new Checked(notes, villages);
    }

    /**
     * The places (in the ledger's reading order) of everyone who counts on {@code asOf}: with a roster in the order of
     * the public list (task-table line, then the name in pinyin, then the ID), else in reading order.
     */
    private static int[] payerPlaces(Ledger ledger, LocalDate asOf, boolean sorted) {
        PayerList.Places all = new PayerList.Places();
        PayerList.Places villages = new PayerList.Places();
        PayerList.Places names = new PayerList.Places();
        PinyinOrder.Ranks ranks = new PinyinOrder.Ranks();
        ledger.forEachCounting(asOf, (place, village, name) -> {
            all.add(place);
            if (sorted) {
                villages.add(village);
                names.add(ranks.id(name));
            }
        });
        int[] places = all.toArray();
        if (!sorted) {
            return places;
        }
        int[] group = villages.toArray();
        int[] rank = names.toArray();
        int[] rankOf = ranks.ranks();
        for (int i = 0; i < rank.length; i++) {
            rank[i] = rankOf[rank[i]];
        }
        int[] order = PinyinOrder.order(group, rank, (a, b) -> ledger.payerAt(places[a], asOf).id()
                .compareTo(ledger.payerAt(places[b], asOf).id()));
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = places[order[i]];
        }
        return out;
    }

    /** The year in positions 7-10 of an 18-character ID (that of {@link ResidentId#birthDate}), or -1 when not digits. */
    private static int birthYear(String id) {
        if (id.length() != 18) {
            return -1;
        }
        int year = 0;
        for (int i = 6; i < 10; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + c - '0';
        }
        return year;
    }

    /** The roster line with every text too long for a cell cut, each cut noted with the file, row and column. */
    private static RosterPerson fitted(RosterPerson r, Path file, List<Note> notes) {
        String[] texts = {r.name(), r.town(), r.village(), r.phone(), r.category(), r.household()};
        String[] columns = {"姓名", "镇街", "村名", "联系电话", "人员类别", "户号"};
        boolean cut = false;
        for (int i = 0; i < texts.length; i++) {
            if (LongText.tooLong(texts[i])) {
                notes.add(new Note(Kind.TEXT_CUT, r.id(), "", "", "参保台账 " + file.getFileName() + " 第 " + r.row() + " 行「"
                        + columns[i] + "」列有 " + texts[i].length() + " 字，超过 Excel 单元格上限 " + LongText.CELL_LIMIT
                        + " 字，报表中已截断"));
                texts[i] = LongText.fit(texts[i]);
                cut = true;
            }
        }
        return cut ? new RosterPerson(r.id(), texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], r.row()) : r;
    }

    private static String place(RosterPerson r) {
        return (r.town().isEmpty() ? "" : r.town()) + r.village();
    }

    /** "12月20日满 60 周岁，建议生日后缴费" for an unpaid person whose subsidy birthday is after the date, this year. */
    private static Optional<String> waitAdvice(Settings s, RosterPerson r, LocalDate asOf, LocalDate yearEnd) {
        for (int age : s.people().subsidyAges()) {
            Optional<LocalDate> birthday = ResidentId.birthdayOfAge(r.id(), age);
            if (birthday.isPresent() && birthday.get().isAfter(asOf) && !birthday.get().isAfter(yearEnd)) {
                return Optional.of(birthday.get().format(MONTH_DAY) + "满 " + age + " 周岁，应在生日后缴费以享受资助");
            }
        }
        return Optional.empty();
    }
}

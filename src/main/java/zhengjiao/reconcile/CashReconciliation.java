package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import zhengjiao.domain.CashEntry;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.Spelling;
import zhengjiao.domain.TaskTable;

/**
 * 钱表相符: the agents' cash record (代收台账) against the register's payments through the agent channel
 * ({@link AgentPayments}), per village and agent. Notice 003 (峄城 2024) 六（二） 集中缴费阶段: 严禁出现滞留资金和提供虚假信息等情况,
 * 做到钱表相符; 四（三）1 委托代收 by village agents; notice 002 (鱼台 2024) 七（一） villages collect, in the collection
 * window only (集中征缴期过后，镇街、村居不再集中征缴).
 *
 * <p>Rules, each figure traceable to its input rows (file and row):
 * <ul>
 *   <li>Places are matched to the task table as payments are (刘寨 = 刘寨村村民委员会); a place the table does not know is
 *       kept under its own name. At a county table by towns, villages are told apart by their tolerant key.</li>
 *   <li>Per agent when every counted register payment names its agent (the dump has a 代收人/经办人 column);
 *       otherwise per village, the record's agents summed.</li>
 *   <li>Both sides count what is dated on or before the report date; record rows dated later are listed
 *       ({@link Kind#AFTER_AS_OF}) and left out of the sums. Record rows of another insurance (its 险种 column) are
 *       listed and left out ({@link Kind#OTHER_INSURANCE}).</li>
 *   <li>Every difference is listed: a village or agent on one side only, a sum that differs (yuan, exact), and rows
 *       on either side dated outside the collection window (still counted).</li>
 * </ul>
 */
public final class CashReconciliation {

    /** What a listed difference is. */
    public enum Kind {
        ONLY_CASH("台账有、清册无"),
        ONLY_REGISTER("清册有、台账无"),
        AMOUNT("金额不符"),
        CASH_OUTSIDE_WINDOW("代收日期在征缴期外"),
        REGISTER_OUTSIDE_WINDOW("清册代收在征缴期外"),
        AFTER_AS_OF("晚于统计日期"),
        OTHER_INSURANCE("非本次险种");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The category as the workbook shows it. */
        public String label() {
            return label;
        }
    }

    /**
     * One village's figures (or the 合计).
     *
     * @param town          镇街 as the task table writes it ("" for a town's campaign)
     * @param village       村居 as the task table writes it, or as written when the table does not know it
     * @param agents        the agents of both sides, record first
     * @param cashPersons   the record's 人数 (a row without one counts as one payer)
     * @param cashFen       the record's sum, fen
     * @param registerCount the register's agent-channel payments
     * @param registerFen   their sum, fen
     * @param differences   the differences listed for this village
     */
    public record Line(String town, String village, List<String> agents, int cashPersons, long cashFen,
                       int registerCount, long registerFen, int differences) {
        public Line {
            agents = List.copyOf(agents);
        }

        /** 台账 − 清册, fen: above zero the record holds more money than was entered. */
        public long differenceFen() {
            return cashFen - registerFen;
        }
    }

    /**
     * One listed difference.
     *
     * @param kind         what it is
     * @param town         镇街 (as {@link Line#town})
     * @param village      村居
     * @param agent        代收人 ("" when reconciled per village)
     * @param cashFen      the record's amount concerned, fen
     * @param registerFen  the register's amount concerned, fen
     * @param explanation  what it means and what to check, in Chinese
     * @param cashRows     the record's rows concerned ("代收台账.xlsx 第 3、5–7 行"; "" when none)
     * @param registerRows the register's rows concerned ("征收清册.csv 第 12 行"; "" when none)
     */
    public record Difference(Kind kind, String town, String village, String agent, long cashFen, long registerFen,
                             String explanation, String cashRows, String registerRows) {
        public Difference {
            Objects.requireNonNull(kind, "kind must not be null");
        }

        /** 台账 − 清册, fen. */
        public long differenceFen() {
            return cashFen - registerFen;
        }
    }

    /**
     * The reconciliation.
     *
     * @param asOf        the report date
     * @param perAgent    whether it was made per agent (else per village)
     * @param villages    per village, task-table order first, then places the table does not know
     * @param total       the 合计 line
     * @param differences every difference, by village then kind
     * @param detail      the register's counted agent-channel payments of the villages with a difference
     * @param cashRows    the record's rows read (totals rows left out)
     * @param note        how it was made (per agent or village, what was left out), one paragraph
     */
    public record Result(LocalDate asOf, boolean perAgent, List<Line> villages, Line total, List<Difference> differences,
                         List<AgentPayments.Payment> detail, int cashRows, String note) {
        public Result {
            villages = List.copyOf(villages);
            differences = List.copyOf(differences);
            detail = List.copyOf(detail);
        }
    }

    /** Row numbers listed per file in a reference before "等 N 行". */
    static final int ROWS_SHOWN = 20;

    private final Ledger ledger;
    private final Settings settings;
    private final LocalDate asOf;
    private final Set<Insurance> insurances;
    private final Map<String, Place> places = new LinkedHashMap<>();

    private CashReconciliation(Ledger ledger, LocalDate asOf, Set<Insurance> insurances) {
        this.ledger = ledger;
        this.settings = ledger.settings();
        this.asOf = asOf;
        this.insurances = Set.copyOf(insurances);
    }

    /**
     * Reconciles the record against the register.
     *
     * @param cash       the record's rows, all files, in reading order
     * @param register   the register's agent-channel payments ({@link AgentPayments#payments})
     * @param ledger     the run's ledger: the settings, and the task table the places are matched to
     * @param asOf       the report date
     * @param insurances the campaign's insurances (record rows naming another are left out)
     */
    public static Result build(List<CashEntry> cash, List<AgentPayments.Payment> register, Ledger ledger, LocalDate asOf,
                               Set<Insurance> insurances) {
        return new CashReconciliation(ledger, asOf, insurances).run(cash, register);
    }

    /** One village's two sides, per agent key ("" per village). */
    private static final class Place {
        final String town;
        final String village;
        final int order;
        final Map<String, Side[]> agents = new LinkedHashMap<>();
        final List<Difference> differences = new ArrayList<>();

        Place(String town, String village, int order) {
            this.town = town;
            this.village = village;
            this.order = order;
        }

        Side[] sides(String agent) {
            return agents.computeIfAbsent(agent, a -> new Side[] {new Side(), new Side()});
        }
    }

    /** What one side holds for a village and agent. */
    private static final class Side {
        final List<RowRef> rows = new ArrayList<>();
        final Set<String> agents = new LinkedHashSet<>();
        final List<AgentPayments.Payment> payments = new ArrayList<>();
        long fen;
        int persons;
        LocalDate last;

        void add(RowRef row, String agent, long amount, int payers, LocalDate date) {
            rows.add(row);
            if (!agent.isEmpty()) {
                agents.add(agent);
            }
            fen += amount;
            persons += payers;
            if (last == null || date.isAfter(last)) {
                last = date;
            }
        }

        boolean present() {
            return !rows.isEmpty();
        }
    }

    private Result run(List<CashEntry> cash, List<AgentPayments.Payment> register) {
        List<AgentPayments.Payment> counted = register.stream().filter(p -> !p.date().isAfter(asOf)).toList();
        boolean perAgent = !counted.isEmpty() && counted.stream().allMatch(p -> !p.agent().isEmpty());
        Map<String, List<CashEntry>> otherInsurance = new LinkedHashMap<>();
        Map<String, List<CashEntry>> late = new LinkedHashMap<>();
        Map<String, List<CashEntry>> cashOutside = new LinkedHashMap<>();
        Map<String, List<AgentPayments.Payment>> registerOutside = new LinkedHashMap<>();
        for (CashEntry e : cash) {
            Place place = place(e.town(), e.village());
            String agent = perAgent ? e.agent() : "";
            String key = keyOf(place) + "\u0000" + agent;
            if (e.insurance() != null && !insurances.contains(e.insurance())) {
                otherInsurance.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                place.sides(agent);
                continue;
            }
            if (e.date().isAfter(asOf)) {
                late.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                place.sides(agent);
                continue;
            }
            place.sides(agent)[0].add(e.source(), e.agent(), e.amountFen(), e.payerCount(), e.date());
            if (outsideWindow(e.date())) {
                cashOutside.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        for (AgentPayments.Payment p : counted) {
            Place place = place(p.town(), p.village());
            String agent = perAgent ? p.agent() : "";
            Side side = place.sides(agent)[1];
            side.add(p.source(), p.agent(), p.amountFen(), 1, p.date());
            side.payments.add(p);
            if (outsideWindow(p.date())) {
                registerOutside.computeIfAbsent(keyOf(place) + "\u0000" + agent, k -> new ArrayList<>()).add(p);
            }
        }
        List<Place> ordered = new ArrayList<>(places.values());
        ordered.sort(Comparator.comparingInt((Place p) -> p.order).thenComparing(p -> p.town + "|" + p.village));
        for (Place place : ordered) {
            compare(place, perAgent);
            for (String agent : place.agents.keySet()) {
                String key = keyOf(place) + "\u0000" + agent;
                listRows(place, agent, Kind.CASH_OUTSIDE_WINDOW, cashOutside.get(key), null);
                listRows(place, agent, Kind.REGISTER_OUTSIDE_WINDOW, null, registerOutside.get(key));
                listRows(place, agent, Kind.AFTER_AS_OF, late.get(key), null);
                listRows(place, agent, Kind.OTHER_INSURANCE, otherInsurance.get(key), null);
            }
        }
        return result(ordered, perAgent, cash.size(), register.size() - counted.size());
    }

    private boolean outsideWindow(LocalDate d) {
        return d.isBefore(settings.windowStart()) || d.isAfter(settings.windowEnd());
    }

    private String keyOf(Place p) {
        return p.town + "|" + p.village;
    }

    /** The place a town and village text name: the task table's line when it knows it. */
    private Place place(String town, String village) {
        TaskTable table = ledger.table();
        int code = ledger.matchPlace(village, town);
        String townShown;
        String villageShown;
        int order;
        String key;
        if (table.level() == TaskTable.Level.TOWNS) {
            townShown = code >= 0 ? table.villages().get(code).name() : PlaceNames.clean(town);
            villageShown = PlaceNames.clean(village);
            order = code >= 0 ? code : Integer.MAX_VALUE;
            key = (code >= 0 ? "#" + code : "?" + PlaceNames.townKey(town)) + "|" + PlaceNames.villageKey(village);
        } else if (code >= 0) {
            townShown = table.villages().get(code).town();
            villageShown = table.villages().get(code).name();
            order = code;
            key = "#" + code;
        } else {
            townShown = table.level().isCounty() ? PlaceNames.clean(town) : "";
            villageShown = PlaceNames.clean(village);
            order = Integer.MAX_VALUE;
            key = "?" + (table.level().isCounty() ? PlaceNames.townKey(town) : "") + "|" + PlaceNames.villageKey(village);
        }
        return places.computeIfAbsent(key, k -> new Place(townShown, villageShown, order));
    }

    /** The key-level differences of one village: one side only, or sums that differ. */
    private void compare(Place place, boolean perAgent) {
        Set<String> cashOnly = new TreeSet<>();
        Set<String> registerOnly = new TreeSet<>();
        for (Map.Entry<String, Side[]> e : place.agents.entrySet()) {
            Side[] s = e.getValue();
            if (s[0].present() && !s[1].present()) {
                cashOnly.add(e.getKey());
            } else if (!s[0].present() && s[1].present()) {
                registerOnly.add(e.getKey());
            }
        }
        for (Map.Entry<String, Side[]> e : place.agents.entrySet()) {
            String agent = e.getKey();
            Side cash = e.getValue()[0];
            Side reg = e.getValue()[1];
            String who = perAgent ? "代收人「" + agent + "」" : "该村";
            if (cash.present() && !reg.present()) {
                String hint = perAgent ? nearest(agent, registerOnly, "清册") : "";
                place.differences.add(difference(Kind.ONLY_CASH, place, agent, cash.fen, 0, "台账有" + who + "的代收 "
                        + yuan(cash.fen) + " 元，清册中没有" + (perAgent ? "该代收人" : "该村") + "经代收渠道的缴费：代收的钱可能未上缴入账"
                        + "（滞留资金），或清册中村名、代收人写法不同" + hint, cash.rows, List.of()));
            } else if (!cash.present() && reg.present()) {
                String hint = perAgent ? nearest(agent, cashOnly, "台账") : "";
                place.differences.add(difference(Kind.ONLY_REGISTER, place, agent, 0, reg.fen, "清册中有" + who
                        + "经代收渠道的缴费 " + reg.rows.size() + " 笔 " + yuan(reg.fen) + " 元，台账中没有记录：台账可能漏记" + hint,
                        List.of(), reg.rows));
            } else if (cash.present() && cash.fen != reg.fen) {
                long d = cash.fen - reg.fen;
                String why = d > 0 ? "台账比清册多 " + yuan(d) + " 元：代收的钱可能未全部上缴入账（滞留资金），或清册漏录"
                        + "（证件号码无效的清册行不计入，见核对清单）"
                        : "清册比台账多 " + yuan(-d) + " 元：台账可能漏记，或有缴费记在" + (perAgent ? "此代收人" : "该村") + "名下但不在台账中";
                place.differences.add(difference(Kind.AMOUNT, place, agent, cash.fen, reg.fen, why + "。台账最后代收日期 "
                        + cash.last + "，清册最后入账日期 " + reg.last, cash.rows, reg.rows));
            }
        }
    }

    /** "；台账中另有「王秀瑛」，是否为同一人？" when another spelling on the other side is near. */
    private static String nearest(String agent, Set<String> others, String side) {
        String near = agent.isEmpty() ? null : Spelling.nearest(agent, others);
        return near == null ? "" : "；" + side + "中另有「" + near + "」，是否为同一人？";
    }

    private void listRows(Place place, String agent, Kind kind, List<CashEntry> cash, List<AgentPayments.Payment> reg) {
        if ((cash == null || cash.isEmpty()) && (reg == null || reg.isEmpty())) {
            return;
        }
        List<RowRef> cashRows = cash == null ? List.of() : cash.stream().map(CashEntry::source).toList();
        List<RowRef> regRows = reg == null ? List.of() : reg.stream().map(AgentPayments.Payment::source).toList();
        long cashFen = cash == null ? 0 : cash.stream().mapToLong(CashEntry::amountFen).sum();
        long regFen = reg == null ? 0 : reg.stream().mapToLong(AgentPayments.Payment::amountFen).sum();
        String dates = cash != null ? dates(cash.stream().map(CashEntry::date).toList())
                : dates(reg.stream().map(AgentPayments.Payment::date).toList());
        String window = settings.windowStart() + " 至 " + settings.windowEnd();
        String text = switch (kind) {
            case CASH_OUTSIDE_WINDOW -> "台账 " + cashRows.size() + " 行代收日期（" + dates + "）不在集中征缴期 " + window
                    + " 内：征缴期过后村居不再集中代收，请核实（已计入金额）";
            case REGISTER_OUTSIDE_WINDOW -> "清册 " + regRows.size() + " 笔代收渠道的缴费日期（" + dates + "）不在集中征缴期 "
                    + window + " 内：请核实（已计入金额）";
            case AFTER_AS_OF -> "台账 " + cashRows.size() + " 行代收日期（" + dates + "）晚于统计日期 " + asOf
                    + "，本次不计入；统计到这些日期时再核对";
            case OTHER_INSURANCE -> "台账 " + cashRows.size() + " 行的险种不是本次征缴的险种，本次不计入";
            default -> throw new IllegalArgumentException(kind.name());
        };
        place.differences.add(new Difference(kind, place.town, place.village, agent, cashFen, regFen, text, refs(cashRows),
                refs(regRows)));
    }

    private Difference difference(Kind kind, Place place, String agent, long cashFen, long regFen, String text,
                                  List<RowRef> cashRows, List<RowRef> regRows) {
        return new Difference(kind, place.town, place.village, agent, cashFen, regFen, text, refs(cashRows), refs(regRows));
    }

    private static String dates(List<LocalDate> dates) {
        TreeSet<LocalDate> distinct = new TreeSet<>(dates);
        return distinct.size() == 1 ? distinct.first().toString() : distinct.first() + " 至 " + distinct.last();
    }

    private Result result(List<Place> ordered, boolean perAgent, int cashRows, int registerLater) {
        List<Line> lines = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        List<AgentPayments.Payment> detail = new ArrayList<>();
        int persons = 0;
        long cashFen = 0;
        int count = 0;
        long regFen = 0;
        for (Place place : ordered) {
            Set<String> agents = new LinkedHashSet<>();
            int p = 0;
            long c = 0;
            int n = 0;
            long r = 0;
            for (Side[] s : place.agents.values()) {
                agents.addAll(s[0].agents);
            }
            for (Side[] s : place.agents.values()) {
                agents.addAll(s[1].agents);
                p += s[0].persons;
                c += s[0].fen;
                n += s[1].rows.size();
                r += s[1].fen;
            }
            lines.add(new Line(place.town, place.village, List.copyOf(agents), p, c, n, r, place.differences.size()));
            differences.addAll(place.differences);
            if (!place.differences.isEmpty()) {
                place.agents.values().forEach(s -> detail.addAll(s[1].payments));
            }
            persons += p;
            cashFen += c;
            count += n;
            regFen += r;
        }
        Line total = new Line("", "合计", List.of(), persons, cashFen, count, regFen, differences.size());
        String note = (perAgent ? "按村和代收人核对（清册每笔代收缴费都写明了代收人）。" : "按村核对（清册没有写明代收人，台账各代收人合并）。")
                + "清册代收：缴费渠道含" + String.join("、", AgentPayments.AGENT_WORDS) + "（不含政府代缴、资助）的本年度"
                + insurances.stream().sorted().map(Insurance::label).reduce((a, b) -> a + "、" + b).orElse("")
                + "缴费，同一税票号码只算一次，计到统计日期 " + asOf + "（含当日）"
                + (registerLater > 0 ? "，此后的 " + registerLater + " 笔不计" : "") + "。差额 = 台账金额 − 清册金额。";
        return new Result(asOf, perAgent, lines, total, differences, detail, cashRows, note);
    }

    /** "代收台账.xlsx 第 3、5–7 行；代收台账/古邵镇.xlsx 第 2 行": rows grouped per file, runs joined, long lists cut. */
    static String refs(List<RowRef> rows) {
        Map<String, TreeSet<Integer>> byFile = new TreeMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (RowRef r : rows) {
            byFile.computeIfAbsent(r.fileName(), f -> new TreeSet<>()).add(r.row());
            firstSeen.putIfAbsent(r.fileName(), firstSeen.size());
        }
        List<String> parts = new ArrayList<>();
        for (String file : firstSeen.keySet()) {
            parts.add(file + " 第 " + runs(byFile.get(file)) + " 行");
        }
        return String.join("；", parts);
    }

    private static String runs(TreeSet<Integer> rows) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        int shown = 0;
        for (int r : rows) {
            if (prev != null && r == prev + 1) {
                prev = r;
                continue;
            }
            if (start != null) {
                out.add(start.equals(prev) ? start.toString() : start + "–" + prev);
                shown++;
                if (shown == ROWS_SHOWN) {
                    return String.join("、", out) + " 等共 " + rows.size();
                }
            }
            start = r;
            prev = r;
        }
        out.add(start.equals(prev) ? start.toString() : start + "–" + prev);
        return String.join("、", out);
    }

    /** Fen as yuan with two decimals: 38000 → "380.00". */
    public static String yuan(long fen) {
        return Ledger.money(fen);
    }
}

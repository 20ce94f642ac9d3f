package zhengjiao.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Listing;
import zhengjiao.domain.Policy;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.input.RosterReader;
import zhengjiao.reconcile.Ledger;

/**
 * The certification of special groups for a campaign: every person in a department list or of subsidised age,
 * with the group applied and the amount per fund; the sums each fund is asked for; the problems to check.
 *
 * <p>Ages are counted on the day of the person's payment, or on the report date for someone who has not paid:
 * a person who pays before the birthday that brings a subsidy does not get it (峄城: 满周岁后再缴费).
 *
 * @param policy   the policy applied
 * @param asOf     the report date
 * @param rows     one per person, by town, village and group
 * @param notes    problems for the checklist
 * @param byFund   per fund: persons and amount; then per fund and department
 * @param byTown   per town, for the funds asked for per town
 * @param pension  the resident pension part, if the policy has one
 */
public record SubsidyReport(Policy policy, LocalDate asOf, List<Row> rows, List<Note> notes, List<FundLine> byFund,
                            List<FundLine> byTown, Optional<PensionPart> pension) {

    /**
     * One certified person.
     *
     * @param id         证件号码
     * @param name       姓名
     * @param town       镇街
     * @param village    村名
     * @param group      认定类别 ("" when no group pays anything)
     * @param department 认定部门 of the group applied
     * @param personal   个人缴费, fen
     * @param government 政府承担, fen
     * @param funds      the amount per fund, fen, in the policy's fund order
     * @param others     其他符合类别
     * @param paid       缴费情况: "" when not paid, else date and amount
     * @param remark     说明
     */
    public record Row(String id, String name, String town, String village, String group, String department,
                      long personal, long government, List<Long> funds, String others, String paid, String remark) {
        public Row {
            funds = List.copyOf(funds);
        }
    }

    /**
     * A problem for the checklist (核对清单, sheet 资助核对).
     *
     * @param kind   what kind of problem
     * @param id     证件号码 as listed
     * @param name   姓名
     * @param where  which list and row
     * @param detail what to check
     */
    public record Note(String kind, String id, String name, String where, String detail) {
    }

    /**
     * A line of the fund request.
     *
     * @param fund       资金
     * @param unit       the department (认定部门) or town (镇街); {@link #SUBTOTAL} for a fund's total
     * @param persons    人数
     * @param amount     金额, fen
     * @param paid       of those persons, already paid
     * @param paidAmount their amount, fen
     */
    public record FundLine(String fund, String unit, int persons, long amount, int paid, long paidAmount) {
    }

    /** The unit of a fund's own total line. */
    public static final String SUBTOTAL = "小计";

    /**
     * The resident pension part of a policy (峄城).
     *
     * @param rows    the persons the government pays for or gives the family-planning allowance
     * @param checks  pension payments that break the tier rules
     * @param tiers   per tier: payers, personal sum and government addition
     * @param byFund  per fund: persons and amount (代缴 and 计生补贴)
     */
    public record PensionPart(List<PensionRow> rows, List<Note> checks, List<TierLine> tiers, List<FundLine> byFund) {
    }

    /**
     * A person with a pension entitlement.
     *
     * @param id       证件号码
     * @param name     姓名
     * @param town     镇街
     * @param village  村名
     * @param groups   the pension groups the person is in
     * @param paid     政府代缴, fen
     * @param family   计生补贴, fen
     * @param fund     资金
     * @param remark   说明
     */
    public record PensionRow(String id, String name, String town, String village, String groups, long paid, long family,
                             String fund, String remark) {
    }

    /**
     * One pension tier's payers.
     *
     * @param tier      缴费档次, yuan
     * @param persons   payers
     * @param personal  what they paid, fen
     * @param addition  the government addition for them, fen
     */
    public record TierLine(BigDecimal tier, int persons, long personal, long addition) {
    }

    /**
     * Starts the report with the department lists. Hand {@link Builder#roster()} every roster row (when there is a
     * roster: it adds people of subsidised age who have not paid), then {@link Builder#finish(boolean)}.
     */
    public static Builder start(Policy policy, Settings settings, List<Listing> listings, Ledger ledger, LocalDate asOf) {
        requireStandard(policy, settings);
        Builder b = new Builder(new Certifier(policy, settings.personalStandard()), ledger, asOf);
        b.readListings(listings);
        return b;
    }

    /** Everything for the checklist's 资助核对 sheet: the list problems, then the pension payments that break the rules. */
    public List<Note> checklist() {
        List<Note> all = new ArrayList<>(notes);
        pension.ifPresent(p -> all.addAll(p.checks()));
        return all;
    }

    /** Fails unless the campaign has a personal standard and it is the one the policy was written for. */
    public static void requireStandard(Policy policy, Settings settings) {
        if (settings.personalStandard() == null) {
            throw new InputException("资助代缴认定需要 campaign.yaml 中的「个人缴费标准」");
        }
        if (policy.standard().isPresent() && policy.standard().get().compareTo(settings.personalStandard()) != 0) {
            throw new InputException("资助政策「" + policy.name() + "」按个人缴费标准 "
                    + policy.standard().get().stripTrailingZeros().toPlainString() + " 元制定，而 campaign.yaml 的个人缴费标准为 "
                    + settings.personalStandard().stripTrailingZeros().toPlainString() + " 元：请选用本年度的政策文件");
        }
    }

    /** What is known of one person. */
    private static final class Person {
        final String id;
        String name = "";
        String town = "";
        String village = "";
        boolean inRoster;
        final List<Listing> listings = new ArrayList<>();

        Person(String id) {
            this.id = id;
        }

        /** Whether a department list names the person (else they are here for their age). */
        boolean listed() {
            return !listings.isEmpty();
        }

        void place(String n, String t, String v) {
            if (name.isEmpty()) {
                name = n;
            }
            if (town.isEmpty() && village.isEmpty()) {
                town = t;
                village = v;
            }
        }
    }

    /** The report being built: the lists are read, the roster rows come next. */
    public static final class Builder {
        private final Certifier certifier;
        private final Policy policy;
        private final Ledger ledger;
        private final LocalDate asOf;
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final List<Note> notes = new ArrayList<>();

        Builder(Certifier certifier, Ledger ledger, LocalDate asOf) {
            this.certifier = certifier;
            this.policy = certifier.policy();
            this.ledger = ledger;
            this.asOf = asOf;
        }

        /** Receives the roster's rows: updates listed people, adds people of subsidised age. */
        public RosterReader.Handler roster() {
            boolean ageRules = policy.groups().stream().anyMatch(Policy.Group::isAgeGroup);
            return new RosterReader.Handler() {
                @Override
                public void person(RosterPerson r) {
                    Person p = people.get(r.id());
                    if (p == null && ageRules && !certifier.ageGroups(age(r.id())).isEmpty()) {
                        p = people.computeIfAbsent(r.id(), Person::new);
                    }
                    if (p != null) {
                        p.inRoster = true;
                        p.name = r.name().isEmpty() ? p.name : r.name();
                        String[] place = ledger.canonicalPlace(r.town(), r.village());
                        p.town = place[0];
                        p.village = place[1];
                    }
                }

                @Override
                public void problem(String problem) {
                    // the roster's own problems are in 人员核对 already
                }
            };
        }

        /** The report; {@code rosterRead}: whether a roster was handed to {@link #roster()}. */
        public SubsidyReport finish(boolean rosterRead) {
            boolean ageRules = policy.groups().stream().anyMatch(Policy.Group::isAgeGroup);
            for (Ledger.Payer payer : ledger.payersOn(asOf)) {
                Person p = people.get(payer.id());
                if (p == null && ageRules && !certifier.ageGroups(age(payer.id())).isEmpty()) {
                    p = people.computeIfAbsent(payer.id(), Person::new);
                }
                if (p != null) {
                    p.place(payer.name(), town(payer.village()), payer.village() >= 0 ? ledger.placeName(payer.village()) : "");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (Person p : people.values()) {
                rows.add(row(p, rosterRead));
            }
            // people found in no table or dump (no town) come last
            rows.sort(Comparator.comparing((Row r) -> r.town().isEmpty() && r.village().isEmpty()).thenComparing(Row::town)
                    .thenComparing(Row::village)
                    .thenComparing(r -> certifier.rank(r.group())).thenComparing(Row::id));
            Optional<PensionPart> pension = policy.pension().map(pp -> new PensionBuilder(certifier, ledger, asOf)
                    .build(pp, people.values().stream().filter(Person::listed)
                            .map(p -> new PensionBuilder.Who(p.id, p.name, p.town, p.village, p.listings)).toList()));
            return new SubsidyReport(policy, asOf, rows, notes, fundLines(rows, false), fundLines(rows, true), pension);
        }

        private String town(int village) {
            TaskTable table = ledger.table();
            if (village < 0 || village >= table.size()) {
                return "";
            }
            return table.level() == TaskTable.Level.TOWNS ? table.villages().get(village).name()
                    : table.villages().get(village).town();
        }

        private void readListings(List<Listing> listings) {
            Map<String, Set<String>> seen = new HashMap<>();
            for (Listing l : listings) {
                if (l.idProblem().isPresent()) {
                    notes.add(new Note("名单证件号码无效", l.id(), l.name(), l.where(), l.idProblem().get()
                            + "；此人无法认定，请部门核实证件号码"));
                    continue;
                }
                Optional<Policy.Group> group = certifier.groupOf(l.category());
                if (group.isEmpty()) {
                    notes.add(new Note("人员类别无法识别", l.id(), l.name(), l.where(), "「" + l.category() + "」不是资助政策「"
                            + policy.name() + "」中的类别，此行未计入；可在政策文件中为相应类别添加别名"));
                }
                String key = l.department() + "|" + group.map(Policy.Group::name).orElse(l.category());
                if (!seen.computeIfAbsent(l.id(), k -> new HashSet<>()).add(key)) {
                    notes.add(new Note("名单内重复", l.id(), l.name(), l.where(), l.department() + "的名单中此人「"
                            + l.category() + "」出现不止一次，只计一次"));
                }
                Person p = people.computeIfAbsent(l.id(), Person::new);
                p.listings.add(l);
                String[] place = ledger.canonicalPlace(l.town(), l.village());
                p.place(l.name(), place[0], place[1]);
            }
        }

        /** The person's age on the day they paid, or on the report date. */
        private int age(String id) {
            LocalDate day = ledger.payerOn(id, asOf).map(Ledger.Payer::date).orElse(asOf);
            return ResidentId.ageOn(id, day).orElse(-1);
        }

        private Row row(Person p, boolean haveRoster) {
            List<String> remarks = new ArrayList<>();
            Set<Policy.Group> qualified = new LinkedHashSet<>();
            Map<String, String> departmentOf = new HashMap<>();
            for (Listing l : p.listings) {
                Optional<Policy.Group> g = certifier.groupOf(l.category());
                if (g.isEmpty()) {
                    remarks.add("人员类别「" + l.category() + "」无法识别（" + l.where() + "）");
                    continue;
                }
                if (g.get().certifiedBefore().isPresent() && l.certified().isEmpty()) {
                    remarks.add(g.get().name() + "：名单无认定日期，按部门认定计入，请核实认定（领证）日期早于 "
                            + g.get().certifiedBefore().get());
                }
                Optional<String> refusal = refusal(g.get(), l);
                if (refusal.isPresent()) {
                    remarks.add(refusal.get());
                    continue;
                }
                if (g.get().isAgeGroup()) {
                    continue; // ages come from the ID
                }
                qualified.add(g.get());
                departmentOf.putIfAbsent(g.get().name(), l.department());
            }
            int age = age(p.id);
            qualified.addAll(certifier.ageGroups(age));
            Certifier.Decision d = certifier.decide(qualified);
            Optional<Ledger.Payer> payer = ledger.payerOn(p.id, asOf);
            String paid = payer.map(x -> x.date() + " 缴 " + Ledger.money(x.amountFen()) + " 元" + (x.government() ? "（代缴）" : ""))
                    .orElse("");
            listedChecks(p, haveRoster, payer, d);
            payer.filter(x -> !x.government() && x.amountFen() != d.personal() && x.amountFen() > 0).ifPresent(x ->
                    remarks.add("本人缴 " + Ledger.money(x.amountFen()) + " 元，按认定个人应缴 " + Ledger.money(d.personal()) + " 元"));
            if (d.applied().isPresent() && d.applied().get().isAgeGroup()) {
                remarks.add(age + " 周岁（按" + (payer.isPresent() ? "缴费日" : "统计日") + "计）");
            }
            String department = d.applied().map(g -> departmentOf.getOrDefault(g.name(), g.department())).orElse("");
            List<Long> funds = policy.funds().stream().map(f -> d.byFund().getOrDefault(f, 0L)).toList();
            return new Row(p.id, p.name, p.town, p.village, d.groupName(), department, d.personal(), d.government(), funds,
                    String.join("、", d.others().stream().map(Policy.Group::name).toList()), paid, String.join("；", remarks));
        }

        /** Why a listing does not make the person qualify, if it does not. */
        private Optional<String> refusal(Policy.Group g, Listing l) {
            if (g.certifiedBefore().isPresent()) {
                LocalDate before = g.certifiedBefore().get();
                if (l.certified().isPresent() && !l.certified().get().isBefore(before)) {
                    return Optional.of(g.name() + "：认定日期 " + l.certified().get() + " 不早于 " + before + "，不享受");
                }
            }
            if (policy.newCutoff().isPresent() && !policy.dynamicGroups().contains(g.name()) && l.certified().isPresent()
                    && l.certified().get().isAfter(policy.newCutoff().get())) {
                return Optional.of(g.name() + "：认定日期 " + l.certified().get() + " 在新认定截止日 " + policy.newCutoff().get()
                        + " 之后，不再资助（动态调整类别除外）");
            }
            return Optional.empty();
        }

        private void listedChecks(Person p, boolean haveRoster, Optional<Ledger.Payer> payer, Certifier.Decision d) {
            if (!p.listed()) {
                return;
            }
            Set<String> departments = new LinkedHashSet<>();
            for (Listing l : p.listings) {
                departments.add(l.department());
            }
            String where = String.join("、", p.listings.stream().map(Listing::where).distinct().toList());
            if (departments.size() > 1) {
                notes.add(new Note("多部门名单", p.id, p.name, where, "同时在 " + String.join("、", departments) + " 的名单中（"
                        + String.join("、", p.listings.stream().map(Listing::category).distinct().toList()) + "）；已按「"
                        + (d.groupName().isEmpty() ? "无" : d.groupName()) + "」认定一次，不得重复申请资金"));
            }
            if (haveRoster && !p.inRoster) {
                notes.add(new Note("名单人员不在参保台账", p.id, p.name, where, "部门名单有此人，参保台账中没有：核实户籍和参保地，防止漏保"));
            }
            if (payer.isEmpty()) {
                notes.add(new Note("名单人员未缴费", p.id, p.name, where, "截至 " + asOf + " 未见 " + ledger.settings().policyYear()
                        + " 年度缴费记录（漏保风险）；按认定个人应缴 " + Ledger.money(d.personal()) + " 元"));
            }
        }

        private List<FundLine> fundLines(List<Row> rows, boolean perTown) {
            List<FundLine> out = new ArrayList<>();
            for (int f = 0; f < policy.funds().size(); f++) {
                String fund = policy.funds().get(f);
                if (perTown && !policy.townFunds().contains(fund)) {
                    continue;
                }
                // departments in name order; towns as the task table lists them, every one, zeros too
                Map<String, long[]> units = perTown ? new java.util.LinkedHashMap<>() : new TreeMap<>();
                if (perTown) {
                    for (zhengjiao.domain.Village v : ledger.table().villages()) {
                        String town = ledger.table().level() == zhengjiao.domain.TaskTable.Level.TOWNS ? v.name() : v.town();
                        if (town != null && !town.isEmpty()) {
                            units.putIfAbsent(town, new long[4]);
                        }
                    }
                }
                long[] total = new long[4];
                for (Row r : rows) {
                    long amount = r.funds().get(f);
                    if (amount == 0) {
                        continue;
                    }
                    String unit = perTown ? r.town() : r.department();
                    add(units.computeIfAbsent(unit, k -> new long[4]), amount, !r.paid().isEmpty());
                    add(total, amount, !r.paid().isEmpty());
                }
                if (total[0] == 0) {
                    continue;
                }
                for (Map.Entry<String, long[]> e : units.entrySet()) {
                    long[] v = e.getValue();
                    out.add(new FundLine(fund, e.getKey(), (int) v[0], v[1], (int) v[2], v[3]));
                }
                out.add(new FundLine(fund, SUBTOTAL, (int) total[0], total[1], (int) total[2], total[3]));
            }
            return out;
        }

        private static void add(long[] sums, long amount, boolean paid) {
            sums[0]++;
            sums[1] += amount;
            if (paid) {
                sums[2]++;
                sums[3] += amount;
            }
        }
    }
}

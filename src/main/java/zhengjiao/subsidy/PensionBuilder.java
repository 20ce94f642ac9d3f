package zhengjiao.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import zhengjiao.domain.Listing;
import zhengjiao.domain.Policy;
import zhengjiao.domain.ResidentId;
import zhengjiao.reconcile.Ledger;

/**
 * The resident pension part of a policy (峄城): whom the government pays 100 a year for, who gets the
 * family-planning allowance, and which pension payments break the tier rules.
 */
final class PensionBuilder {

    /** A listed person. */
    record Who(String id, String name, String town, String village, List<Listing> listings) {
    }

    private final Certifier certifier;
    private final Ledger ledger;
    private final LocalDate asOf;

    PensionBuilder(Certifier certifier, Ledger ledger, LocalDate asOf) {
        this.certifier = certifier;
        this.ledger = ledger;
        this.asOf = asOf;
    }

    SubsidyReport.PensionPart build(Policy.Pension rules, List<Who> listed) {
        Map<String, Set<String>> groupsOf = new HashMap<>();
        List<SubsidyReport.PensionRow> rows = new ArrayList<>();
        long[] paidSum = new long[2];
        long[] familySum = new long[2];
        for (Who w : listed) {
            Set<String> groups = new LinkedHashSet<>();
            for (Listing l : w.listings()) {
                certifier.groupOf(l.category()).ifPresent(g -> groups.add(g.name()));
            }
            groupsOf.put(w.id(), groups);
            Optional<SubsidyReport.PensionRow> row = row(rules, w, groups);
            row.ifPresent(r -> {
                rows.add(r);
                count(paidSum, r.paid());
                count(familySum, r.family());
            });
        }
        Set<String> payers = pensionPayers(rules);
        long[] paidDone = new long[2];
        long[] familyDone = new long[2];
        for (SubsidyReport.PensionRow r : rows) {
            if (payers.contains(r.id())) {
                count(paidDone, r.paid());
                count(familyDone, r.family());
            }
        }
        List<SubsidyReport.FundLine> funds = new ArrayList<>();
        if (paidSum[0] > 0) {
            funds.add(new SubsidyReport.FundLine(rules.paidFund(), "养老保险代缴", (int) paidSum[0], paidSum[1],
                    (int) paidDone[0], paidDone[1]));
        }
        if (familySum[0] > 0) {
            funds.add(new SubsidyReport.FundLine(rules.familyFund(), "养老保险计生补贴", (int) familySum[0], familySum[1],
                    (int) familyDone[0], familyDone[1]));
        }
        List<SubsidyReport.Note> checks = new ArrayList<>();
        Map<BigDecimal, long[]> tiers = new TreeMap<>();
        for (Ledger.PensionPayment p : ledger.pensionPayments()) {
            if (p.date().isAfter(asOf) || p.amountFen() <= 0) {
                continue;
            }
            Optional<SubsidyReport.Note> problem = check(rules, p, groupsOf.getOrDefault(p.id(), Set.of()));
            problem.ifPresent(checks::add);
            BigDecimal amount = BigDecimal.valueOf(p.amountFen(), 2);
            if (problem.isEmpty()) {
                long[] t = tiers.computeIfAbsent(amount.stripTrailingZeros(), k -> new long[3]);
                t[0]++;
                t[1] += p.amountFen();
                t[2] += rules.addition(amount).movePointRight(2).longValueExact();
            }
        }
        List<SubsidyReport.TierLine> tierLines = new ArrayList<>();
        tiers.forEach((tier, t) -> tierLines.add(new SubsidyReport.TierLine(tier, (int) t[0], t[1], t[2])));
        return new SubsidyReport.PensionPart(rows, checks, tierLines, funds);
    }

    /**
     * The persons with a resident pension payment of the policy year up to the report date, as the pension counts them
     * (notice 003 三、四（一）): a tier, paid at 16 or over, the net of their payments (refunds included) above zero. The
     * fund request's 已缴费 of the 养老保险代缴 and 计生补贴 lines counts these, as its medical lines count the medical payers.
     */
    private Set<String> pensionPayers(Policy.Pension rules) {
        Map<String, Long> net = new HashMap<>();
        for (Ledger.PensionPayment p : ledger.pensionPayments()) {
            if (p.date().isAfter(asOf) || !rules.isTier(BigDecimal.valueOf(Math.abs(p.amountFen()), 2))) {
                continue;
            }
            int age = ResidentId.ageOn(p.id(), p.date()).orElse(-1);
            if (age >= 0 && age < rules.minAge()) {
                continue;
            }
            net.merge(p.id(), p.amountFen(), Long::sum);
        }
        Set<String> out = new java.util.HashSet<>();
        net.forEach((id, fen) -> {
            if (fen > 0) {
                out.add(id);
            }
        });
        return out;
    }

    private static void count(long[] sum, long amount) {
        if (amount > 0) {
            sum[0]++;
            sum[1] += amount;
        }
    }

    private Optional<SubsidyReport.PensionRow> row(Policy.Pension rules, Who w, Set<String> groups) {
        List<String> remarks = new ArrayList<>();
        int age = ResidentId.ageOn(w.id(), asOf).orElse(-1);
        if (age < rules.minAge()) {
            return Optional.empty();
        }
        long paid = groups.stream().anyMatch(rules.paidGroups()::contains) ? fen(rules.paidAmount()) : 0;
        long family = 0;
        if (groups.stream().anyMatch(rules.familyGroups()::contains)) {
            Optional<Integer> wifeAge = wifeAge(w);
            if (wifeAge.isEmpty()) {
                remarks.add("计生补贴：男方名单未填配偶证件号码，无法确认女方年龄");
            } else if (wifeAge.get() >= rules.familyWifeAge()) {
                family = fen(rules.familyAmount());
                remarks.add("女方 " + wifeAge.get() + " 周岁");
            } else {
                remarks.add("计生补贴：女方 " + wifeAge.get() + " 周岁，未满 " + rules.familyWifeAge() + " 周岁");
            }
        }
        if (paid == 0 && family == 0 && remarks.isEmpty()) {
            return Optional.empty();
        }
        String fund = paid > 0 ? rules.paidFund() : rules.familyFund();
        return Optional.of(new SubsidyReport.PensionRow(w.id(), w.name(), w.town(), w.village(), String.join("、", groups),
                paid, family, fund, String.join("；", remarks)));
    }

    private Optional<Integer> wifeAge(Who w) {
        if (!ResidentId.isMale(w.id())) {
            return ResidentId.ageOn(w.id(), asOf);
        }
        return w.listings().stream().map(Listing::spouseId).filter(ResidentId::isValid).findFirst()
                .flatMap(s -> ResidentId.ageOn(s, asOf));
    }

    private Optional<SubsidyReport.Note> check(Policy.Pension rules, Ledger.PensionPayment p, Set<String> groups) {
        BigDecimal amount = BigDecimal.valueOf(p.amountFen(), 2);
        String where = p.source().fileName() + " 第 " + p.source().row() + " 行";
        String yuan = amount.stripTrailingZeros().toPlainString();
        if (!rules.isTier(amount)) {
            return Optional.of(new SubsidyReport.Note("养老缴费不是规定档次", p.id(), p.name(), where, "缴 " + yuan
                    + " 元，不是缴费档次 " + String.join("、", rules.tiers().stream().map(t -> t.stripTrailingZeros().toPlainString()).toList())
                    + " 之一"));
        }
        int age = ResidentId.ageOn(p.id(), p.date()).orElse(-1);
        if (age >= 0 && age < rules.minAge()) {
            return Optional.of(new SubsidyReport.Note("养老缴费人未满年龄", p.id(), p.name(), where, "缴费时 " + age
                    + " 周岁，居民养老保险须年满 " + rules.minAge() + " 周岁"));
        }
        if (amount.compareTo(rules.lowestTier()) == 0 && !p.government()
                && groups.stream().noneMatch(rules.lowestTierGroups()::contains)) {
            return Optional.of(new SubsidyReport.Note("养老最低档次不符", p.id(), p.name(), where, yuan + " 元档只适用于 "
                    + String.join("、", rules.lowestTierGroups()) + "，部门名单中没有此人"));
        }
        return Optional.empty();
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}

package zhengjiao.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A notice's rules on who pays the personal contribution of special groups (资助与代缴), read from a policy
 * file ({@code policies/*.yaml}). The groups are in precedence order: when two groups give a person the
 * same government amount, the earlier one is applied.
 *
 * @param name          the policy's name, e.g. 滕州市 2025 年度
 * @param basis         the notice and section it is written from
 * @param standard      the personal contribution the policy's amounts assume, if stated (yuan)
 * @param funds         the funds, in the order of the amount columns
 * @param townFunds     the funds asked for per town (镇街财政)
 * @param groups        the groups, in precedence order
 * @param newCutoff     no new certifications after this date, if set (朱集: 2023-02-28)
 * @param dynamicGroups groups still certified after {@code newCutoff} (动态调整)
 * @param pension       the resident pension rules, if the notice has them (峄城)
 */
public record Policy(String name, String basis, Optional<BigDecimal> standard, List<String> funds, Set<String> townFunds,
                     List<Group> groups, Optional<LocalDate> newCutoff, Set<String> dynamicGroups,
                     Optional<Pension> pension) {

    public Policy {
        Objects.requireNonNull(name, "name must not be null");
        funds = List.copyOf(funds);
        townFunds = ordered(townFunds);
        groups = List.copyOf(groups);
        dynamicGroups = ordered(dynamicGroups);
    }

    /** An unmodifiable copy that keeps the file's order. */
    static Set<String> ordered(Set<String> names) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
    }

    /** The group of this name, if any. */
    public Optional<Group> group(String groupName) {
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst();
    }

    /** How much of the personal contribution a group's rule pays. */
    public enum Kind {
        /** 全额: all of it. */
        ALL,
        /** a share, e.g. 50%. */
        SHARE,
        /** a fixed amount, e.g. 280 yuan (定额). */
        FIXED
    }

    /**
     * What a group's rule pays.
     *
     * @param kind  all, a share or a fixed amount
     * @param value the share (0.5) or the amount in yuan; 1 for {@link Kind#ALL}
     */
    public record Subsidy(Kind kind, BigDecimal value) {

        public Subsidy {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(value, "value must not be null");
        }

        public static final Subsidy ALL = new Subsidy(Kind.ALL, BigDecimal.ONE);

        /** The words an official reads: 全额, 50%, 定额 280 元. */
        public String describe() {
            return switch (kind) {
                case ALL -> "全额";
                case SHARE -> value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                case FIXED -> "定额 " + value.stripTrailingZeros().toPlainString() + " 元";
            };
        }
    }

    /**
     * A group of people (人员类别) and its rule.
     *
     * @param name            the group's name in outputs, e.g. 低保对象
     * @param aliases         other spellings a department list may use (低保, 农村低保 ...)
     * @param department      who certifies it (认定部门), e.g. 市民政局
     * @param subsidy         what the government pays; empty for a group that is only recognised (峄城's 扶贫户 in
     *                        medical insurance)
     * @param fundShares      the funds paying the subsidy and their shares (sum 1), in order
     * @param remainderFund   the fund paying the rest of the contribution when the person is also in an exempt
     *                        group (鱼台: 县财政); otherwise the person pays the rest
     * @param exempt          whether the group is exempt from paying (免缴费人群), for {@code remainderFund}
     * @param minAge          the group is everyone of at least this age (60), if it is an age group
     * @param maxAge          ... and at most this age (69), if bounded
     * @param certifiedBefore only certificates dated before this day count (鱼台 2016-01-22), if set
     */
    public record Group(String name, List<String> aliases, String department, Optional<Subsidy> subsidy,
                        Map<String, BigDecimal> fundShares, Optional<String> remainderFund, boolean exempt,
                        Optional<Integer> minAge, Optional<Integer> maxAge, Optional<LocalDate> certifiedBefore) {

        public Group {
            Objects.requireNonNull(name, "name must not be null");
            aliases = List.copyOf(aliases);
            department = department == null ? "" : department;
            fundShares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fundShares));
        }

        /** Whether membership comes from the ID's birth date rather than from a department list. */
        public boolean isAgeGroup() {
            return minAge.isPresent();
        }

        /** Whether a person of this age belongs to the group. */
        public boolean coversAge(int age) {
            return minAge.isPresent() && age >= minAge.get() && (maxAge.isEmpty() || age <= maxAge.get());
        }
    }

    /**
     * The resident pension rules (城乡居民养老保险) of a notice that collects both insurances.
     *
     * @param tiers            the yearly contribution tiers, yuan (100, 350, ... 8000)
     * @param lowestTierGroups the groups that may choose the lowest tier
     * @param additions        the government addition per tier (100 -> 30 ...)
     * @param minAge           the youngest age that may contribute (16)
     * @param paidGroups       the groups whose contribution the government pays (代缴)
     * @param paidAmount       how much it pays for them per year
     * @param paidFund         from which fund
     * @param familyGroups     the family-planning groups given a yearly allowance per spouse
     * @param familyWifeAge    ... once the wife is at least this old
     * @param familyAmount     the allowance per spouse and year
     * @param familyFund       from which fund
     */
    public record Pension(List<BigDecimal> tiers, Set<String> lowestTierGroups, Map<BigDecimal, BigDecimal> additions,
                         int minAge, Set<String> paidGroups, BigDecimal paidAmount, String paidFund,
                         Set<String> familyGroups, int familyWifeAge, BigDecimal familyAmount, String familyFund) {

        public Pension {
            tiers = List.copyOf(tiers);
            lowestTierGroups = ordered(lowestTierGroups);
            additions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additions));
            paidGroups = ordered(paidGroups);
            familyGroups = ordered(familyGroups);
        }

        /** The lowest tier. */
        public BigDecimal lowestTier() {
            return tiers.stream().min(BigDecimal::compareTo).orElseThrow();
        }

        /** The government addition for a tier, zero when none. */
        public BigDecimal addition(BigDecimal tier) {
            return additions.entrySet().stream().filter(e -> e.getKey().compareTo(tier) == 0).map(Map.Entry::getValue)
                    .findFirst().orElse(BigDecimal.ZERO);
        }

        /** Whether an amount is one of the tiers. */
        public boolean isTier(BigDecimal amount) {
            return tiers.stream().anyMatch(t -> t.compareTo(amount) == 0);
        }
    }
}

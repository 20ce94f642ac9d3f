package zhengjiao.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import zhengjiao.domain.Policy;
import zhengjiao.input.SpecialListReader;

/**
 * Applies a policy to one person: of the groups the person qualifies for, the one that makes the government pay
 * the most is applied (符合多个政策的按最高标准认定，不得重复享受); on equal amounts the earlier group of the policy
 * file wins. Amounts are in fen.
 */
public final class Certifier {

    private final Policy policy;
    private final long standardFen;
    private final Map<String, Policy.Group> bySpelling = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    /** Department lists repeat a handful of category texts many thousand times. */
    private final Map<String, Optional<Policy.Group>> byCategory = new HashMap<>();

    /** @param standard the personal contribution, yuan (the campaign's 个人缴费标准) */
    public Certifier(Policy policy, BigDecimal standard) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.standardFen = standard.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        for (int i = 0; i < policy.groups().size(); i++) {
            Policy.Group g = policy.groups().get(i);
            order.put(g.name(), i);
            bySpelling.put(SpecialListReader.categoryKey(g.name()), g);
            for (String alias : g.aliases()) {
                bySpelling.put(SpecialListReader.categoryKey(alias), g);
            }
        }
    }

    public Policy policy() {
        return policy;
    }

    public long standardFen() {
        return standardFen;
    }

    /**
     * The group a department list's 人员类别 names: an exact name or alias, else the longest name or alias the text
     * contains (农村低保对象 -> 低保; 低保边缘家庭 -> 低保边缘, not 低保).
     */
    public Optional<Policy.Group> groupOf(String category) {
        return byCategory.computeIfAbsent(category == null ? "" : category, this::match);
    }

    /**
     * The one category a department list's file name names, for a list without a 人员类别 column (the civil-affairs
     * system exports 农村低保人员查询_20221101.xlsx, 特困人员人员查询_….xlsx, 低保边缘人员查询_….xlsx). Every name and
     * alias of every list group is looked for in the name; a spelling inside a longer one found at the same place
     * counts as the longer one (低保边缘 is not also 低保). Age groups are not looked for.
     *
     * @return the group's name when the file name names exactly one group, else empty
     */
    public Optional<String> categoryInFileName(String fileName) {
        String key = SpecialListReader.categoryKey(fileName.replaceFirst("\\.[^.]+$", ""));
        List<int[]> spans = new java.util.ArrayList<>();
        List<Policy.Group> groups = new java.util.ArrayList<>();
        for (Map.Entry<String, Policy.Group> e : bySpelling.entrySet()) {
            if (e.getKey().isEmpty() || e.getValue().isAgeGroup()) {
                continue;
            }
            for (int at = key.indexOf(e.getKey()); at >= 0; at = key.indexOf(e.getKey(), at + 1)) {
                spans.add(new int[] {at, at + e.getKey().length()});
                groups.add(e.getValue());
            }
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            boolean inside = false;
            for (int j = 0; j < spans.size() && !inside; j++) {
                inside = j != i && spans.get(j)[0] <= spans.get(i)[0] && spans.get(j)[1] >= spans.get(i)[1]
                        && spans.get(j)[1] - spans.get(j)[0] > spans.get(i)[1] - spans.get(i)[0];
            }
            if (!inside) {
                found.add(groups.get(i).name());
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The position of a group in the policy (its precedence), or Integer.MAX_VALUE for none. */
    public int rank(String groupName) {
        return order.getOrDefault(groupName, Integer.MAX_VALUE);
    }

    private Optional<Policy.Group> match(String category) {
        String key = SpecialListReader.categoryKey(category);
        Policy.Group exact = bySpelling.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        Policy.Group best = null;
        int bestLength = 0;
        for (Map.Entry<String, Policy.Group> e : bySpelling.entrySet()) {
            if (e.getKey().length() > bestLength && key.contains(e.getKey())) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The personal amounts the policy explains, yuan: what a person of each group pays on their own (低保 50 in
     * 朱集, 200 for ages 60-69 in 滕州), and nothing at all when a remainder fund can take over. Payments of these
     * amounts are not off-standard.
     */
    public List<BigDecimal> personalShares() {
        java.util.TreeSet<Long> fen = new java.util.TreeSet<>();
        for (Policy.Group g : policy.groups()) {
            if (g.subsidy().isPresent()) {
                fen.add(decide(List.of(g)).personal());
                if (g.remainderFund().isPresent()) {
                    fen.add(0L);
                }
            }
        }
        fen.remove(standardFen);
        return fen.stream().map(f -> BigDecimal.valueOf(f, 2)).toList();
    }

    /**
     * The campaign's settings with what this policy says about people added: its personal shares are explained
     * amounts and its age groups' first ages are subsidy ages, so campaign.yaml need not repeat them.
     */
    public zhengjiao.domain.Settings explain(zhengjiao.domain.Settings settings) {
        return settings.withPeople(settings.people().adding(personalShares(), subsidyAges()));
    }

    /** The ages from which an age group's subsidy applies (60, 70): pay after that birthday. */
    public List<Integer> subsidyAges() {
        return policy.groups().stream().filter(Policy.Group::isAgeGroup).map(g -> g.minAge().get()).distinct().sorted().toList();
    }

    /** The age groups a person of this age belongs to, in policy order. */
    public List<Policy.Group> ageGroups(int age) {
        return policy.groups().stream().filter(g -> g.coversAge(age)).toList();
    }

    /**
     * What a person in these groups is certified as.
     *
     * @param applied    the group applied, empty when none of the groups pays anything
     * @param personal   the personal share, fen
     * @param government what the government pays, fen
     * @param byFund     the amount per fund (every fund of the policy, in order; zero when none)
     * @param others     the other groups the person qualifies for, in policy order
     */
    public record Decision(Optional<Policy.Group> applied, long personal, long government, Map<String, Long> byFund,
                           List<Policy.Group> others) {

        public Decision {
            byFund = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFund));
            others = List.copyOf(others);
        }

        /** The applied group's name, or "" when none. */
        public String groupName() {
            return applied.map(Policy.Group::name).orElse("");
        }
    }

    /** Decides for a person qualifying for {@code groups} (any order; repeats are ignored). */
    public Decision decide(Collection<Policy.Group> groups) {
        List<Policy.Group> qualified = groups.stream().distinct()
                .sorted(java.util.Comparator.comparingInt(g -> rank(g.name()))).toList();
        Policy.Group best = null;
        Map<String, Long> bestFunds = emptyFunds();
        long bestTotal = 0;
        for (Policy.Group g : qualified) {
            Map<String, Long> funds = amounts(g, qualified.stream().anyMatch(o -> o != g && o.exempt()));
            long total = funds.values().stream().mapToLong(Long::longValue).sum();
            if (total > bestTotal) {
                best = g;
                bestFunds = funds;
                bestTotal = total;
            }
        }
        List<Policy.Group> others = new ArrayList<>(qualified);
        others.remove(best);
        return new Decision(Optional.ofNullable(best), standardFen - bestTotal, bestTotal, bestFunds, others);
    }

    private Map<String, Long> emptyFunds() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String f : policy.funds()) {
            m.put(f, 0L);
        }
        return m;
    }

    /** What group {@code g} has each fund pay; {@code alsoExempt}: the person is in another exempt group. */
    private Map<String, Long> amounts(Policy.Group g, boolean alsoExempt) {
        Map<String, Long> funds = emptyFunds();
        if (g.subsidy().isEmpty()) {
            return funds;
        }
        long base = base(g.subsidy().get());
        long given = 0;
        List<Map.Entry<String, BigDecimal>> shares = new ArrayList<>(g.fundShares().entrySet());
        for (int i = 0; i < shares.size(); i++) {
            long part = i == shares.size() - 1 ? base - given
                    : BigDecimal.valueOf(base).multiply(shares.get(i).getValue()).setScale(0, RoundingMode.HALF_UP).longValueExact();
            funds.merge(shares.get(i).getKey(), part, Long::sum);
            given += part;
        }
        if (g.remainderFund().isPresent() && alsoExempt && base < standardFen) {
            funds.merge(g.remainderFund().get(), standardFen - base, Long::sum);
        }
        return funds;
    }

    private long base(Policy.Subsidy s) {
        return switch (s.kind()) {
            case ALL -> standardFen;
            case SHARE -> BigDecimal.valueOf(standardFen).multiply(s.value()).setScale(0, RoundingMode.HALF_UP).longValueExact();
            case FIXED -> Math.min(standardFen, s.value().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
        };
    }
}

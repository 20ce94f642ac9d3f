package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Policy;

/**
 * Reads a policy file (资助代缴政策, YAML with Chinese keys; see {@code policies/README.md}). A campaign names its
 * policy in {@code campaign.yaml} under 资助政策: a file in the campaign folder, or one shipped in the program.
 */
public final class PolicyReader {

    private static final Pattern AGE_RANGE = Pattern.compile("(\\d+)\\s*(?:-|—|~|至|到)\\s*(\\d+)?\\s*(?:岁|周岁)?(?:及以上|以上)?");
    private static final Pattern AGE_FROM = Pattern.compile("(\\d+)\\s*(?:岁|周岁)?\\s*(?:及以上|以上|含以上)");
    private static final Pattern SHARE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");

    private final YamlFile yaml;
    private final List<String> lines;

    private PolicyReader(YamlFile yaml) {
        this.yaml = yaml;
        this.lines = yaml.lines();
    }

    /** The names of the policies shipped in the program (file names without .yaml). */
    public static final List<String> SHIPPED = List.of("滕州市2024", "滕州市2025", "鱼台县2024", "峄城区2024", "朱集镇2023");

    /**
     * Finds and reads the policy {@code name}: {@code <folder>/<name>} or {@code <folder>/<name>.yaml} first,
     * then a shipped policy of that name.
     */
    public static Policy find(Path folder, String name) {
        for (Path candidate : List.of(folder.resolve(name), folder.resolve(name + ".yaml"),
                folder.resolve("policies").resolve(name + ".yaml"))) {
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return shipped(name).orElseThrow(() -> new InputException("找不到资助政策「" + name + "」：campaign.yaml 的「资助政策」"
                + "应为征缴目录中的政策文件名，或内置政策之一：" + String.join("、", SHIPPED)));
    }

    /** A policy shipped in the program, if there is one of that name. */
    public static Optional<Policy> shipped(String name) {
        try (InputStream in = PolicyReader.class.getResourceAsStream("/policies/" + name + ".yaml")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(Path.of("内置政策", name + ".yaml"), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("内置政策 " + name + " 无法读取", e);
        }
    }

    /**
     * Reads a policy file, strictly (see {@link YamlFile}): unknown or repeated keys, impossible dates and YAML
     * syntax errors are Chinese errors naming the line.
     */
    public static Policy read(Path file) {
        YamlFile yaml = YamlFile.read(file, "政策文件");
        return new PolicyReader(yaml).policy(yaml);
    }

    static Policy parse(Path label, String text) {
        YamlFile yaml = YamlFile.parse(label, text);
        return new PolicyReader(yaml).policy(yaml);
    }

    private static final List<String> POLICY_KEYS = List.of("名称", "依据", "个人缴费标准", "资金", "镇街资金", "新认定截止",
            "动态调整类别", "类别", "养老保险");
    private static final List<String> GROUP_KEYS = List.of("名称", "别名", "认定部门", "资助", "资金", "其余", "免缴", "年龄",
            "认定日期早于");
    private static final List<String> PENSION_KEYS = List.of("缴费档次", "最低档次限于", "政府补贴", "最低年龄", "代缴", "计生补贴");

    /** A misspelt key would silently change the rules: every key must be one the reader knows. */
    private void knownKeys(Map<?, ?> map, List<String> keys, String where) {
        yaml.requireKnownKeys(map, keys, where, keys);
    }

    private Policy policy(YamlFile file) {
        Map<?, ?> map = file.rootMap("政策文件");
        knownKeys(map, POLICY_KEYS, "政策文件");
        String name = text(map, "名称", true);
        List<String> funds = strings(map, "资金");
        if (funds.isEmpty()) {
            throw error("资金", "应列出资金来源，如 [医疗救助资金, 市财政, 镇街财政]");
        }
        Set<String> townFunds = new LinkedHashSet<>(strings(map, "镇街资金"));
        for (String f : townFunds) {
            requireFund(funds, f, "镇街资金");
        }
        Object groupList = map.get("类别");
        if (!(groupList instanceof List<?> items) || items.isEmpty()) {
            throw error("类别", "应列出人员类别，每项含「名称」");
        }
        List<Policy.Group> groups = new ArrayList<>();
        Map<String, String> spellings = new HashMap<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> g)) {
                throw error("类别", "每个类别应为「名称: …」等键值，实为「" + item + "」");
            }
            Policy.Group group = group(g, funds);
            for (String spelling : spellings(group)) {
                String before = spellings.putIfAbsent(SpecialListReader.categoryKey(spelling), group.name());
                if (before != null) {
                    throw error(group.name(), "「" + spelling + "」同时是类别「" + before + "」和「" + group.name() + "」的名称或别名");
                }
            }
            groups.add(group);
        }
        Set<String> names = new LinkedHashSet<>(groups.stream().map(Policy.Group::name).toList());
        Set<String> dynamic = new LinkedHashSet<>(strings(map, "动态调整类别"));
        requireGroups(names, dynamic, "动态调整类别");
        BigDecimal standard = money(map, "个人缴费标准", false);
        return new Policy(name, Optional.ofNullable(text(map, "依据", false)).orElse(""), Optional.ofNullable(standard),
                funds, townFunds, groups, Optional.ofNullable(date(map, "新认定截止")), dynamic,
                Optional.ofNullable(map.get("养老保险")).map(p -> pension(p, names, funds)));
    }

    private static List<String> spellings(Policy.Group g) {
        List<String> all = new ArrayList<>(g.aliases());
        all.add(g.name());
        return all;
    }

    private Policy.Group group(Map<?, ?> g, List<String> funds) {
        String name = text(g, "名称", true);
        knownKeys(g, GROUP_KEYS, "类别「" + name + "」");
        Optional<Policy.Subsidy> subsidy = Optional.ofNullable(g.get("资助")).map(v -> subsidy(name, v));
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        Object fundValue = g.get("资金");
        if (fundValue instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String fund = e.getKey().toString().strip();
                requireFund(funds, fund, name);
                shares.put(fund, share(name, e.getValue()));
            }
        } else if (fundValue != null && !fundValue.toString().isBlank()) {
            String fund = fundValue.toString().strip();
            requireFund(funds, fund, name);
            shares.put(fund, BigDecimal.ONE);
        }
        if (subsidy.isPresent() && shares.isEmpty()) {
            throw error(name, "类别「" + name + "」有「资助」但没有写「资金」（由哪项资金承担）");
        }
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!shares.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            throw error(name, "类别「" + name + "」各资金的比例合计应为 100%，实为 " + sum.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        Optional<String> remainder = Optional.ofNullable(text(g, "其余", false));
        remainder.ifPresent(f -> requireFund(funds, f, name));
        Integer[] ages = ages(name, g.get("年龄"));
        return new Policy.Group(name, strings(g, "别名"), Optional.ofNullable(text(g, "认定部门", false)).orElse(""),
                subsidy, shares, remainder, yes(g.get("免缴")), Optional.ofNullable(ages[0]), Optional.ofNullable(ages[1]),
                Optional.ofNullable(date(g, "认定日期早于")));
    }

    private Policy.Subsidy subsidy(String group, Object value) {
        String v = value.toString().strip().replace("元", "");
        if (v.equals("全额") || v.equals("全部") || v.equals("100%")) {
            return Policy.Subsidy.ALL;
        }
        Matcher share = SHARE.matcher(v);
        if (share.matches()) {
            return new Policy.Subsidy(Policy.Kind.SHARE, new BigDecimal(share.group(1)).movePointLeft(2));
        }
        Long fen = Values.fen(v.replace("定额", "").strip());
        if (fen != null && fen > 0) {
            return new Policy.Subsidy(Policy.Kind.FIXED, BigDecimal.valueOf(fen, 2));
        }
        throw error(group, "类别「" + group + "」的「资助」应为 全额、比例（如 50%）或定额（如 280），实为「" + value + "」");
    }

    private BigDecimal share(String group, Object value) {
        String v = value.toString().strip();
        Matcher m = SHARE.matcher(v);
        if (m.matches()) {
            return new BigDecimal(m.group(1)).movePointLeft(2);
        }
        throw error(group, "类别「" + group + "」的资金比例应写成百分数（如 50%），实为「" + value + "」");
    }

    private Integer[] ages(String group, Object value) {
        if (value == null) {
            return new Integer[] {null, null};
        }
        String v = value.toString().strip();
        Matcher from = AGE_FROM.matcher(v);
        if (from.matches()) {
            return new Integer[] {Integer.valueOf(from.group(1)), null};
        }
        Matcher range = AGE_RANGE.matcher(v);
        if (range.matches()) {
            Integer min = Integer.valueOf(range.group(1));
            Integer max = range.group(2) == null ? null : Integer.valueOf(range.group(2));
            if (max != null && max < min) {
                throw error(group, "类别「" + group + "」的年龄范围 " + v + " 上限小于下限");
            }
            return new Integer[] {min, max};
        }
        throw error(group, "类别「" + group + "」的「年龄」应写成 60-69 或 70及以上，实为「" + value + "」");
    }

    private Policy.Pension pension(Object value, Set<String> names, List<String> funds) {
        if (!(value instanceof Map<?, ?> p)) {
            throw error("养老保险", "应为「缴费档次: …」等键值");
        }
        knownKeys(p, PENSION_KEYS, "养老保险");
        List<BigDecimal> tiers = new ArrayList<>();
        for (String t : strings(p, "缴费档次")) {
            tiers.add(amount("缴费档次", t));
        }
        if (tiers.isEmpty()) {
            throw error("缴费档次", "应列出养老保险缴费档次，如 [100, 350, 500]");
        }
        Map<BigDecimal, BigDecimal> additions = new LinkedHashMap<>();
        if (p.get("政府补贴") instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                BigDecimal tier = amount("政府补贴", e.getKey().toString());
                if (tiers.stream().noneMatch(t -> t.compareTo(tier) == 0)) {
                    throw error("政府补贴", "政府补贴中的档次 " + e.getKey() + " 不在「缴费档次」中");
                }
                additions.put(tier, amount("政府补贴", e.getValue().toString()));
            }
        }
        Set<String> lowest = new LinkedHashSet<>(strings(p, "最低档次限于"));
        requireGroups(names, lowest, "最低档次限于");
        Map<?, ?> paid = p.get("代缴") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> family = p.get("计生补贴") instanceof Map<?, ?> m ? m : Map.of();
        knownKeys(paid, List.of("类别", "金额", "资金"), "养老保险「代缴」");
        knownKeys(family, List.of("类别", "女方年满", "金额", "资金"), "养老保险「计生补贴」");
        Set<String> paidGroups = new LinkedHashSet<>(strings(paid, "类别"));
        Set<String> familyGroups = new LinkedHashSet<>(strings(family, "类别"));
        requireGroups(names, paidGroups, "代缴");
        requireGroups(names, familyGroups, "计生补贴");
        for (String fund : List.of(Optional.ofNullable(text(paid, "资金", false)).orElse(""),
                Optional.ofNullable(text(family, "资金", false)).orElse(""))) {
            if (!fund.isEmpty() && !funds.contains(fund)) {
                throw error(fund, "养老保险用到的资金「" + fund + "」不在「资金」列表中：" + String.join("、", funds));
            }
        }
        Integer minAge = integer(p, "最低年龄");
        Integer wifeAge = integer(family, "女方年满");
        return new Policy.Pension(tiers, lowest, additions, minAge == null ? 16 : minAge, paidGroups,
                Optional.ofNullable(money(paid, "金额", false)).orElse(BigDecimal.ZERO),
                Optional.ofNullable(text(paid, "资金", false)).orElse(""), familyGroups, wifeAge == null ? 0 : wifeAge,
                Optional.ofNullable(money(family, "金额", false)).orElse(BigDecimal.ZERO),
                Optional.ofNullable(text(family, "资金", false)).orElse(""));
    }

    private void requireFund(List<String> funds, String fund, String where) {
        if (!funds.contains(fund)) {
            throw error(where, "「" + where + "」用到的资金「" + fund + "」不在「资金」列表中：" + String.join("、", funds));
        }
    }

    private void requireGroups(Set<String> names, Set<String> used, String where) {
        for (String u : used) {
            if (!names.contains(u)) {
                throw error(where, "「" + where + "」中的「" + u + "」不是已定义的类别名称：" + String.join("、", names));
            }
        }
    }

    private static boolean yes(Object v) {
        return v != null && (Boolean.TRUE.equals(v) || List.of("是", "true", "yes").contains(v.toString().strip()));
    }

    private String text(Map<?, ?> map, String key, boolean required) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw error(key, "缺少「" + key + "」");
            }
            return null;
        }
        return v.toString().strip();
    }

    private List<String> strings(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        List<?> items = v instanceof List<?> l ? l : java.util.Arrays.asList(v.toString().split("[,，、]"));
        return items.stream().map(o -> o.toString().strip()).filter(s -> !s.isEmpty()).toList();
    }

    private Integer integer(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.toString().strip());
        } catch (NumberFormatException e) {
            throw error(key, "「" + key + "」应为整数，实为「" + v + "」");
        }
    }

    private BigDecimal money(Map<?, ?> map, String key, boolean required) {
        String v = text(map, key, required);
        return v == null ? null : amount(key, v);
    }

    private BigDecimal amount(String key, String v) {
        Long fen = Values.fen(v);
        if (fen == null || fen < 0) {
            throw error(key, "「" + key + "」应为金额（元），实为「" + v + "」");
        }
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private LocalDate date(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        return yaml.date(map, key);
    }

    /** An error at the first line mentioning {@code key}. */
    private InputException error(String key, String message) {
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(key)) {
                line = i + 1;
                break;
            }
        }
        return yaml.error(line, message);
    }
}

package zhengjiao.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.Redact;
import zhengjiao.domain.Settings;
import zhengjiao.domain.UnpaidReason;

/**
 * Reads {@code campaign.yaml}. Keys are Chinese (辖区, 年度, ...); the English names in the README are
 * accepted too. Read strictly (see {@link YamlFile}): a key the program does not know, a key given twice (or in
 * both its Chinese and English name) and a date that does not exist are errors naming the line, never silently
 * ignored or rolled over.
 */
public final class SettingsReader {

    /** The settings file's name inside a campaign folder. */
    public static final String FILE_NAME = "campaign.yaml";

    /** Every setting: its Chinese key and its English name. A key not here is rejected as a likely misspelling. */
    static final Map<String, String> KEYS = keys(
            "辖区", "jurisdiction",
            "上级", "parent",
            "年度", "policy_year",
            "险种", "insurance",
            "个人缴费标准", "personal_contribution",
            "征缴开始", "window_start",
            "征缴截止", "window_end",
            "考核日期", "assessment_date",
            "补助标准", "allowance_per_person",
            "靠后名次", "bottom_places",
            "任务总数", "total_task",
            "任务分解表", "task_table",
            "认可金额", "explained_amounts",
            "年龄资助", "subsidy_ages",
            "资助政策", "subsidy_policy",
            "等待期天数", "waiting_days",
            "公示开始", "publicity_start",
            "公示结束", "publicity_end",
            "公示证件号码前保留", "id_keep_head",
            "公示证件号码后保留", "id_keep_tail",
            "发文机关", "issuing_organ",
            "通报文号", "circular_number",
            "主送机关", "recipients",
            "监督电话", "supervision_phone",
            "不计入应参保的原因", "excluded_reasons");

    private SettingsReader() {
    }

    private static Map<String, String> keys(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Reads and checks the settings file.
     *
     * @throws InputException in Chinese, naming the file, line and key, for anything wrong in it
     */
    public static Settings read(Path file) {
        YamlFile yaml = YamlFile.read(file, "设置文件");
        Map<?, ?> map = yaml.rootMap("设置文件");
        List<String> known = new java.util.ArrayList<>(KEYS.keySet());
        known.addAll(KEYS.values());
        yaml.requireKnownKeys(map, known, "设置", KEYS.keySet());
        KEYS.forEach((chinese, english) -> {
            if (map.containsKey(chinese) && map.containsKey(english)) {
                throw yaml.error(map, english, "「" + chinese + "」（第 " + yaml.line(map, chinese) + " 行）和「" + english
                        + "」（第 " + yaml.line(map, english) + " 行）是同一项设置，请只保留一个");
            }
        });
        Keys k = new Keys(yaml, map);
        LocalDate start = k.date("征缴开始", "window_start", true);
        LocalDate end = k.date("征缴截止", "window_end", true);
        if (end.isBefore(start)) {
            throw k.error("征缴截止", "征缴截止 " + end + " 早于征缴开始 " + start);
        }
        LocalDate assessment = Optional.ofNullable(k.date("考核日期", "assessment_date", false)).orElse(end);
        List<Insurance> insurances = insurances(k);
        Insurance insurance = insurances.get(0);
        int bottom = Optional.ofNullable(k.integer("靠后名次", "bottom_places", false)).orElse(3);
        if (bottom < 0) {
            throw k.error("靠后名次", "靠后名次不能为负数");
        }
        return new Settings(
                k.text("辖区", "jurisdiction", true),
                Optional.ofNullable(k.text("上级", "parent", false)).orElse(""),
                k.integer("年度", "policy_year", true),
                insurance,
                k.money("个人缴费标准", "personal_contribution", false),
                start,
                end,
                assessment,
                Optional.ofNullable(k.money("补助标准", "allowance_per_person", false)).orElse(BigDecimal.ONE),
                bottom,
                Optional.ofNullable(k.integer("任务总数", "total_task", false)),
                Optional.ofNullable(k.text("任务分解表", "task_table", false)),
                people(k),
                Optional.ofNullable(k.text("资助政策", "subsidy_policy", false)),
                issuer(k),
                excludedReasons(k),
                insurances);
    }

    /**
     * 险种: one insurance, or a list naming both for a 两险 campaign ({@code [城乡居民基本医疗保险, 城乡居民基本养老保险]};
     * 城乡居民两险 means both). The medical insurance comes first whatever the order written: the campaign's tasks,
     * subsidies and lists are the medical ones, the pension is counted beside it (notice 003 collects both together).
     * Not set: the medical insurance alone.
     *
     * @throws InputException when an insurance is not a resident one, is named twice, or the list lacks the medical one
     */
    private static List<Insurance> insurances(Keys k) {
        List<?> written = k.list("险种", "insurance");
        if (written.isEmpty()) {
            return List.of(Insurance.RESIDENT_MEDICAL);
        }
        java.util.Set<Insurance> named = java.util.EnumSet.noneOf(Insurance.class);
        for (Object o : written) {
            String text = o == null ? "" : o.toString().strip();
            if (text.contains("两险")) {
                named.add(Insurance.RESIDENT_MEDICAL);
                named.add(Insurance.RESIDENT_PENSION);
                continue;
            }
            Insurance i = Insurance.classify(text);
            if (i == null || i == Insurance.OTHER) {
                throw k.error("险种", "只支持城乡居民基本医疗保险（居民医保）和城乡居民基本养老保险（居民养老），不支持「" + Keys.q(text) + "」");
            }
            if (!named.add(i)) {
                throw k.error("险种", "「" + i.label() + "」写了两次");
            }
        }
        if (!named.contains(Insurance.RESIDENT_MEDICAL)) {
            throw k.error("险种", "目前只支持城乡居民基本医疗保险（居民医保）的征缴，或与城乡居民基本养老保险同征（两险："
                    + "[城乡居民基本医疗保险, 城乡居民基本养老保险]）；只写养老保险的不支持");
        }
        return List.copyOf(named);
    }

    /**
     * 不计入应参保的原因: standard unpaid reasons (a list, or one text split at 、，, and spaces); an empty list means none
     * takes a person out; not set means {@link UnpaidReason#EXCLUDED_BY_DEFAULT}. A text that is no standard reason is
     * an error listing the reasons.
     */
    private static java.util.Set<UnpaidReason> excludedReasons(Keys k) {
        String key = k.written("不计入应参保的原因");
        if (!k.map().containsKey(key)) {
            return UnpaidReason.EXCLUDED_BY_DEFAULT;
        }
        java.util.Set<UnpaidReason> out = java.util.EnumSet.noneOf(UnpaidReason.class);
        for (Object o : k.list("不计入应参保的原因", "excluded_reasons")) {
            out.add(UnpaidReason.byLabel(o.toString()).orElseThrow(() -> k.error("不计入应参保的原因", "「" + Keys.q(o)
                    + "」不是标准的未缴原因；可写：" + String.join("、", UnpaidReason.labels()))));
        }
        return out;
    }

    /** The circular document's optional 发文机关, 通报文号 and 主送机关. */
    private static Settings.Issuer issuer(Keys k) {
        return new Settings.Issuer(Optional.ofNullable(k.text("发文机关", "issuing_organ", false)),
                Optional.ofNullable(k.text("通报文号", "circular_number", false)),
                Optional.ofNullable(k.text("主送机关", "recipients", false)));
    }

    private static Settings.People people(Keys k) {
        List<BigDecimal> amounts = new java.util.ArrayList<>();
        for (Object o : k.list("认可金额", "explained_amounts")) {
            Long fen = Values.fen(o.toString());
            if (fen == null || fen < 0) {
                throw k.error("认可金额", "应为金额列表（元），如 [50, 80, 175]，其中有「" + Keys.q(o) + "」");
            }
            amounts.add(BigDecimal.valueOf(fen, 2));
        }
        List<Integer> ages = new java.util.ArrayList<>();
        for (Object o : k.list("年龄资助", "subsidy_ages")) {
            try {
                ages.add(Integer.valueOf(o.toString().strip()));
            } catch (NumberFormatException e) {
                throw k.error("年龄资助", "应为年龄列表，如 [60, 70]，其中有「" + Keys.q(o) + "」");
            }
        }
        int head = Optional.ofNullable(k.integer("公示证件号码前保留", "id_keep_head", false)).orElse(6);
        int tail = Optional.ofNullable(k.integer("公示证件号码后保留", "id_keep_tail", false)).orElse(4);
        if (head < 0 || tail < 0 || head + tail > 10) {
            throw k.error("公示证件号码前保留", "公示时证件号码前后保留的位数合计不能超过 10（至少隐藏出生日期）");
        }
        LocalDate start = k.date("公示开始", "publicity_start", false);
        LocalDate end = k.date("公示结束", "publicity_end", false);
        if (start != null && end != null && end.isBefore(start)) {
            throw k.error("公示结束", "公示结束 " + end + " 早于公示开始 " + start);
        }
        return new Settings.People(amounts, ages, Optional.ofNullable(k.integer("等待期天数", "waiting_days", false)),
                Optional.ofNullable(start), Optional.ofNullable(end), head, tail,
                Optional.ofNullable(k.text("监督电话", "supervision_phone", false)).orElse(""));
    }

    /** Typed look-ups with errors naming the key and its line. */
    private record Keys(YamlFile yaml, Map<?, ?> map) {

        /** The key as written in the file: the Chinese one, or its English name. */
        String written(String key) {
            if (!KEYS.containsKey(key)) {
                throw new IllegalStateException("设置「" + key + "」不在 SettingsReader.KEYS 中");
            }
            return map.containsKey(key) || !map.containsKey(KEYS.get(key)) ? key : KEYS.get(key);
        }

        Object raw(String key, String alias, boolean required) {
            Object v = map.get(written(key));
            if (v == null || v.toString().isBlank()) {
                if (required) {
                    int line = yaml.line(map, written(key));
                    throw yaml.error(line, (line > 0 ? "「" + key + "」没有填写" : "缺少设置「" + key + "」（或 " + alias + "）")
                            + "，请写一行「" + key + ": …」（见 README 的 campaign.yaml 一节）");
                }
                return null;
            }
            return v;
        }

        /** An error at the key's line; the message is led by the key unless it names it first. */
        InputException error(String key, String message) {
            String lead = message.startsWith(key) ? "" : message.startsWith("应为") ? "「" + key + "」" : "「" + key + "」：";
            return yaml.error(map, written(key), lead + message);
        }

        /** A value quoted in a message. */
        static String q(Object v) {
            return Redact.quote(String.valueOf(v));
        }

        String text(String key, String alias, boolean required) {
            Object v = raw(key, alias, required);
            return v == null ? null : v.toString().strip();
        }

        List<?> list(String key, String alias) {
            Object v = raw(key, alias, false);
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> l) {
                return l;
            }
            return java.util.Arrays.stream(v.toString().split("[,，、\\s]+")).filter(t -> !t.isBlank()).toList();
        }

        Integer integer(String key, String alias, boolean required) {
            Object v = raw(key, alias, required);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v.toString().strip());
            } catch (NumberFormatException e) {
                throw error(key, "应为整数，实为「" + q(v) + "」");
            }
        }

        BigDecimal money(String key, String alias, boolean required) {
            Object v = raw(key, alias, required);
            if (v == null) {
                return null;
            }
            Long fen = Values.fen(v.toString());
            if (fen == null || fen < 0) {
                throw error(key, "应为金额（元），实为「" + q(v) + "」");
            }
            return BigDecimal.valueOf(fen, 2).stripTrailingZeros();
        }

        LocalDate date(String key, String alias, boolean required) {
            Object v = raw(key, alias, required);
            if (v == null) {
                return null;
            }
            return yaml.date(map, written(key));
        }
    }
}

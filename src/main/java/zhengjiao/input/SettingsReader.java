package zhengjiao.input;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.Settings;

/**
 * Reads {@code campaign.yaml}. Keys are Chinese (辖区, 年度, ...); the English names in the README are
 * accepted too. Dates are yyyy-MM-dd.
 */
public final class SettingsReader {

    /** The settings file's name inside a campaign folder. */
    public static final String FILE_NAME = "campaign.yaml";

    private SettingsReader() {
    }

    public static Settings read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw InputException.at(file, 0, null, "设置文件必须是 UTF-8 编码");
        } catch (IOException e) {
            throw InputException.at(file, 0, null, "无法读取设置文件：" + e.getMessage());
        }
        Map<?, ?> map;
        try (Reader r = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (!(loaded instanceof Map<?, ?> m)) {
                throw InputException.at(file, 0, null, "设置文件应为「键: 值」的格式");
            }
            map = m;
        } catch (YAMLException e) {
            throw InputException.at(file, 0, null, "YAML 格式错误：" + e.getMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Keys k = new Keys(file, text, map);
        LocalDate start = k.date("征缴开始", "window_start", true);
        LocalDate end = k.date("征缴截止", "window_end", true);
        if (end.isBefore(start)) {
            throw k.error("征缴截止", "征缴截止 " + end + " 早于征缴开始 " + start);
        }
        LocalDate assessment = Optional.ofNullable(k.date("考核日期", "assessment_date", false)).orElse(end);
        String insuranceText = Optional.ofNullable(k.text("险种", "insurance", false)).orElse("城乡居民基本医疗保险");
        Insurance insurance = Insurance.classify(insuranceText);
        if (insurance != Insurance.RESIDENT_MEDICAL) {
            throw k.error("险种", "目前只支持城乡居民基本医疗保险（居民医保），不支持「" + insuranceText + "」");
        }
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
                issuer(k));
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
                throw k.error("认可金额", "应为金额列表（元），如 [50, 80, 175]，其中有「" + o + "」");
            }
            amounts.add(BigDecimal.valueOf(fen, 2));
        }
        List<Integer> ages = new java.util.ArrayList<>();
        for (Object o : k.list("年龄资助", "subsidy_ages")) {
            try {
                ages.add(Integer.valueOf(o.toString().strip()));
            } catch (NumberFormatException e) {
                throw k.error("年龄资助", "应为年龄列表，如 [60, 70]，其中有「" + o + "」");
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
                Optional.ofNullable(start), Optional.ofNullable(end), head, tail);
    }

    /** Typed look-ups with errors naming the key and its line. */
    private record Keys(Path file, String text, Map<?, ?> map) {

        Object raw(String key, String alias, boolean required) {
            Object v = map.containsKey(key) ? map.get(key) : map.get(alias);
            if (v == null || v.toString().isBlank()) {
                if (required) {
                    throw new InputException(InputException.where(file, 0, null) + "缺少设置「" + key + "」（或 " + alias + "）");
                }
                return null;
            }
            return v;
        }

        InputException error(String key, String message) {
            int line = 0;
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) {
                    line = i + 1;
                    break;
                }
            }
            return InputException.at(file, line, key, message);
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
                throw error(key, "应为整数，实为「" + v + "」");
            }
        }

        BigDecimal money(String key, String alias, boolean required) {
            Object v = raw(key, alias, required);
            if (v == null) {
                return null;
            }
            Long fen = Values.fen(v.toString());
            if (fen == null || fen < 0) {
                throw error(key, "应为金额（元），实为「" + v + "」");
            }
            return BigDecimal.valueOf(fen, 2).stripTrailingZeros();
        }

        LocalDate date(String key, String alias, boolean required) {
            Object v = raw(key, alias, required);
            if (v == null) {
                return null;
            }
            LocalDate parsed = Values.yamlDate(v);
            if (parsed == null) {
                throw error(key, "应为日期（如 2022-12-31），实为「" + v + "」");
            }
            return parsed;
        }
    }
}

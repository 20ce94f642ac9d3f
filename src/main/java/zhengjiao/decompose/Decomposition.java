package zhengjiao.decompose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.InputException;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.Redact;
import zhengjiao.input.UnitRow;
import zhengjiao.input.UnitTable;

/**
 * Reads a population table (序号, 村名, 村人口数, optional 固定任务数 and 备注) and decomposes a total or a rate
 * into a task table.
 *
 * @param title  the table's title
 * @param method how the tasks were computed, in Chinese, for the table's subtitle
 * @param lines  the units in table order with their tasks
 * @param unitLabel the name column's header: 村名, or 镇街 for a table of towns
 */
public record Decomposition(String title, String method, List<Line> lines, String unitLabel) {

    public Decomposition {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the 任务分解表.
     *
     * @param seq        序号
     * @param name       村名
     * @param population 村人口数
     * @param task       任务数
     * @param note       备注 (the input's, plus 固定任务 / 保底任务)
     * @param basis      how the task came about (fixed, the minimum, or the unit's share)
     */
    public record Line(int seq, String name, long population, long task, String note, Apportionment.Basis basis) {
    }

    public long totalPopulation() {
        return lines.stream().mapToLong(Line::population).sum();
    }

    public long totalTask() {
        return lines.stream().mapToLong(Line::task).sum();
    }

    /**
     * What the official should look at before sending the table out, in Chinese: units whose task exceeds their
     * population, because the minimum ({@code --min}) is above their population, or a fixed task or the rate is.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        String unit = unitLabel.replace("名", "");
        List<Line> belowMinimum = lines.stream()
                .filter(l -> l.basis() == Apportionment.Basis.MINIMUM && l.task() > l.population()).toList();
        if (!belowMinimum.isEmpty()) {
            warnings.add("保底任务 " + belowMinimum.get(0).task() + " 大于" + String.join("、", belowMinimum.stream()
                    .map(l -> "「" + Redact.quote(l.name()) + "」（人口 " + l.population() + "）").toList())
                    + "的人口数，这些" + unit + "的任务数超过了人口，请核实 --min");
        }
        List<Line> over = lines.stream()
                .filter(l -> l.basis() != Apportionment.Basis.MINIMUM && l.task() > l.population()).toList();
        if (!over.isEmpty()) {
            warnings.add("任务数大于人口数的" + unit + "：" + String.join("、", over.stream()
                    .map(l -> "「" + Redact.quote(l.name()) + "」（任务 " + l.task() + "，人口 " + l.population()
                            + (l.basis() == Apportionment.Basis.FIXED ? "，固定任务" : "") + "）").toList()) + "，请核实");
        }
        return warnings;
    }

    /** The units of a population table; {@code fixed} maps names (tolerant, 刘寨 = 刘寨村) to tasks set from above. */
    public static List<Apportionment.Unit> units(UnitTable table, Map<String, Long> fixed) {
        String file = table.file().getFileName().toString();
        List<Apportionment.Unit> units = new ArrayList<>();
        Map<String, UnitRow> seen = new HashMap<>();
        Map<String, Long> fixedByKey = new HashMap<>();
        fixed.forEach((name, task) -> fixedByKey.put(table.hasVillage() ? PlaceNames.villageKey(name) : PlaceNames.townKey(name), task));
        for (UnitRow row : table.rows()) {
            if (row.unitName().isEmpty()) {
                throw InputException.at(table.file(), row.row(), "村名", "村名为空");
            }
            String key = table.townsWithVillages() ? table.keyOf(row)
                    : table.hasVillage() ? PlaceNames.villageKey(row.name()) : PlaceNames.townKey(row.town());
            UnitRow before = seen.putIfAbsent(key, row);
            if (before != null) {
                throw InputException.at(table.file(), row.row(), "村名", "「" + table.labelOf(row) + "」与第 " + before.row()
                        + " 行重复");
            }
            Integer population = UnitTable.wholeNumber(row.population());
            if (population == null || population < 0) {
                throw InputException.at(table.file(), row.row(), "村人口数", "应为非负整数，实为「" + row.population() + "」");
            }
            Optional<Long> fixedTask = Optional.ofNullable(fixedByKey.remove(key));
            if (fixedTask.isEmpty() && !row.fixed().isEmpty()) {
                Integer f = UnitTable.wholeNumber(row.fixed());
                if (f == null || f < 0) {
                    throw InputException.at(table.file(), row.row(), "固定任务数", "应为非负整数，实为「" + row.fixed() + "」");
                }
                fixedTask = Optional.of((long) f);
            }
            units.add(new Apportionment.Unit(table.labelOf(row), population, fixedTask));
        }
        if (units.isEmpty()) {
            throw new InputException("文件 " + file + "：没有任何村");
        }
        if (!fixedByKey.isEmpty()) {
            throw new InputException("--fixed 指定的 " + fixed.keySet().stream()
                    .filter(n -> fixedByKey.containsKey(table.hasVillage() ? PlaceNames.villageKey(n) : PlaceNames.townKey(n)))
                    .toList() + " 不在 " + file + " 中");
        }
        return units;
    }

    /** Decomposes {@code total} (Hamilton, with fixed tasks and a minimum). */
    public static Decomposition byTotal(UnitTable table, Map<String, Long> fixed, long total, long minimum, String title) {
        List<Apportionment.Unit> units = units(table, fixed);
        List<Apportionment.Share> shares;
        try {
            shares = Apportionment.byTotal(units, total, minimum);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        long pop = units.stream().mapToLong(Apportionment.Unit::population).sum();
        String ratio = pop == 0 ? "" : "，总任务 ÷ 总人口 = " + BigDecimal.valueOf(total * 100)
                .divide(BigDecimal.valueOf(pop), 2, RoundingMode.HALF_UP).toPlainString() + "%";
        String unit = table.hasVillage() ? "村" : "镇街";
        String method = "总任务 " + total + " 按人口比例分配（最大余数法，余数相同时人口多者优先，再按名称排序）" + ratio
                + (minimum > 0 ? "，每" + unit + "保底 " + minimum : "");
        return new Decomposition(title, method, lines(table, shares), table.hasVillage() ? "村名" : "镇街");
    }

    /** Each unit's task = round-half-up(population x rate). */
    public static Decomposition byRate(UnitTable table, Map<String, Long> fixed, BigDecimal rate, String title) {
        List<Apportionment.Share> shares = Apportionment.byRate(units(table, fixed), rate);
        long sum = shares.stream().mapToLong(Apportionment.Share::task).sum();
        String method = "任务数 = 人口数 × " + rate.toPlainString() + "（四舍五入），合计 " + sum;
        return new Decomposition(title, method, lines(table, shares), table.hasVillage() ? "村名" : "镇街");
    }

    private static List<Line> lines(UnitTable table, List<Apportionment.Share> shares) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            UnitRow row = table.rows().get(i);
            Apportionment.Share s = shares.get(i);
            Integer seq = UnitTable.wholeNumber(row.seq());
            String note = switch (s.basis()) {
                case FIXED -> join(row.note(), "固定任务");
                case MINIMUM -> join(row.note(), "保底任务");
                case QUOTA -> row.note();
            };
            lines.add(new Line(seq == null ? i + 1 : seq, row.unitName(), s.unit().population(), s.task(), note, s.basis()));
        }
        return lines;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "；" + b;
    }
}

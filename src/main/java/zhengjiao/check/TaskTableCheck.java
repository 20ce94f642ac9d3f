package zhengjiao.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zhengjiao.input.UnitRow;
import zhengjiao.input.UnitTable;

/**
 * The rules of a task table: names present and unique; tasks whole numbers; the tasks' sum against the total
 * stated in the settings and against the table's own 合计 line; each task against population x the table's
 * prevailing ratio; rows identical in population and task (a likely copy error); a task above the population.
 */
public final class TaskTableCheck {

    private final UnitTable table;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    private TaskTableCheck(UnitTable table) {
        this.table = table;
        this.file = table.file().getFileName().toString();
    }

    /** All findings about {@code table}; {@code statedTotal} is the settings' 任务总数, if any. */
    public static List<Finding> check(UnitTable table, Optional<Integer> statedTotal) {
        TaskTableCheck c = new TaskTableCheck(table);
        c.run(statedTotal);
        return List.copyOf(c.findings);
    }

    private void add(Finding.Severity severity, int row, String message) {
        findings.add(new Finding(severity, file, row, message));
    }

    /** A checked line: name, population (-1 unknown) and task (-1 unreadable). */
    private record Unit(UnitRow source, int population, int task) {
    }

    private void run(Optional<Integer> statedTotal) {
        if (table.rows().isEmpty()) {
            add(Finding.Severity.ERROR, 0, "任务分解表中没有任何村");
            return;
        }
        List<Unit> units = new ArrayList<>();
        Map<String, UnitRow> byKey = new HashMap<>();
        for (UnitRow row : table.rows()) {
            String label = table.hasVillage() ? "村名" : "镇街";
            if (row.unitName().isEmpty()) {
                add(Finding.Severity.ERROR, row.row(), label + "为空");
            } else {
                UnitRow before = byKey.putIfAbsent(table.keyOf(row), row);
                if (before != null) {
                    add(Finding.Severity.ERROR, row.row(), label + "「" + table.labelOf(row) + "」与第 " + before.row()
                            + " 行「" + table.labelOf(before) + "」重复");
                }
            }
            units.add(new Unit(row, number(row, "村人口数", row.population(), table.hasPopulation()),
                    number(row, "任务数", row.task(), true)));
        }
        List<Unit> complete = units.stream().filter(u -> u.task >= 0).toList();
        int sum = complete.stream().mapToInt(Unit::task).sum();
        statedTotal.ifPresent(total -> {
            if (total != sum) {
                add(Finding.Severity.WARNING, 0, "各村任务数合计 " + sum + "，与设置中的任务总数 " + total + " 不符（相差 "
                        + signed(sum - total) + "）");
            }
        });
        table.total().ifPresent(this::checkTotalLine);
        checkRatio(units);
        checkIdentical(units);
        for (Unit u : units) {
            if (u.population >= 0 && u.task > u.population) {
                add(Finding.Severity.WARNING, u.source.row(), table.labelOf(u.source) + "：任务数 " + u.task + " 大于人口数 "
                        + u.population);
            }
        }
    }

    private int number(UnitRow row, String column, String text, boolean expected) {
        if (text.isEmpty()) {
            if (expected) {
                add(column.equals("任务数") ? Finding.Severity.ERROR : Finding.Severity.WARNING, row.row(),
                        "「" + column + "」为空（" + table.labelOf(row) + "）");
            }
            return -1;
        }
        Integer n = UnitTable.wholeNumber(text);
        if (n == null || n < 0) {
            add(Finding.Severity.ERROR, row.row(), "「" + column + "」应为非负整数，实为「" + text + "」（" + table.labelOf(row) + "）");
            return -1;
        }
        return n;
    }

    private void checkTotalLine(UnitRow total) {
        int sumTask = table.rows().stream().map(r -> UnitTable.wholeNumber(r.task())).filter(n -> n != null)
                .mapToInt(Integer::intValue).sum();
        Integer written = UnitTable.wholeNumber(total.task());
        if (written != null && written != sumTask) {
            add(Finding.Severity.WARNING, total.row(), "合计行的任务数写为 " + written + "，各村实际合计 " + sumTask);
        }
        if (table.hasPopulation()) {
            int sumPop = table.rows().stream().map(r -> UnitTable.wholeNumber(r.population())).filter(n -> n != null)
                    .mapToInt(Integer::intValue).sum();
            Integer writtenPop = UnitTable.wholeNumber(total.population());
            if (writtenPop != null && writtenPop != sumPop) {
                add(Finding.Severity.WARNING, total.row(), "合计行的人口数写为 " + writtenPop + "，各村实际合计 " + sumPop);
            }
        }
    }

    /**
     * The prevailing ratio is the ratio r (2 to 4 decimals, taken from the rows themselves) for which the most
     * rows have task = round-half-up(population x r); it prevails when at least half the rows (and two) agree.
     */
    private void checkRatio(List<Unit> units) {
        List<Unit> usable = units.stream().filter(u -> u.population > 0 && u.task >= 0).toList();
        Optional<Ratio> best = prevailingRatio(usable);
        if (best.isEmpty()) {
            if (usable.size() >= 2) {
                add(Finding.Severity.NOTE, 0, table.hasTown() && !table.hasVillage()
                        ? "各镇街任务数与人口数之间没有统一比例，未逐个核对比例" : "各村任务数与人口数之间没有统一比例，未逐村核对比例");
            }
            return;
        }
        Ratio r = best.get();
        // the lines are towns when the table has a 镇街 column and no 村名 column
        String unit = table.hasTown() && !table.hasVillage() ? "镇街" : "村";
        add(Finding.Severity.NOTE, 0, "任务数 ≈ 人口数 × " + r.value.toPlainString() + "（" + usable.size() + " 个" + unit + "中 "
                + r.agreeing + " 个一致，四舍五入）");
        for (Unit u : usable) {
            int expected = expected(u.population, r.value);
            if (expected != u.task) {
                add(Finding.Severity.WARNING, u.source.row(), table.labelOf(u.source) + "：任务数 " + u.task + "，按人口 "
                        + u.population + " × " + r.value.toPlainString() + " 应为 " + expected + "（相差 "
                        + signed(u.task - expected) + "）");
            }
        }
    }

    private record Ratio(BigDecimal value, int agreeing) {
    }

    static Optional<Ratio> prevailingRatio(List<Unit> usable) {
        Set<BigDecimal> candidates = new LinkedHashSet<>();
        for (Unit u : usable) {
            BigDecimal exact = BigDecimal.valueOf(u.task).divide(BigDecimal.valueOf(u.population), 10, RoundingMode.HALF_UP);
            for (int decimals = 2; decimals <= 4; decimals++) {
                candidates.add(exact.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        }
        Ratio best = null;
        for (BigDecimal c : candidates) {
            int agreeing = (int) usable.stream().filter(u -> expected(u.population, c) == u.task).count();
            if (best == null || agreeing > best.agreeing
                    || (agreeing == best.agreeing && c.scale() < best.value.scale())
                    || (agreeing == best.agreeing && c.scale() == best.value.scale() && c.compareTo(best.value) < 0)) {
                best = new Ratio(c, agreeing);
            }
        }
        if (best == null || best.agreeing < 2 || best.agreeing * 2 < usable.size()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    static int expected(int population, BigDecimal ratio) {
        return BigDecimal.valueOf(population).multiply(ratio).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private void checkIdentical(List<Unit> units) {
        Map<String, Unit> seen = new HashMap<>();
        for (Unit u : units) {
            if (u.population < 0 || u.task < 0 || table.labelOf(u.source).isEmpty()) {
                continue;
            }
            Unit before = seen.putIfAbsent(u.population + "/" + u.task, u);
            if (before != null && !table.keyOf(before.source).equals(table.keyOf(u.source))) {
                add(Finding.Severity.WARNING, u.source.row(), table.labelOf(u.source) + " 与第 " + before.source.row() + " 行 "
                        + table.labelOf(before.source) + " 的人口数和任务数完全相同（" + u.population + " / " + u.task
                        + "），可能是复制错误");
            }
        }
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}

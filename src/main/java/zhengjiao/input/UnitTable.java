package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhengjiao.domain.InputException;
import zhengjiao.domain.PlaceNames;

/**
 * A task or population table read as text: its unit lines and its 合计 line, no value checked yet.
 *
 * @param file          the file
 * @param rows          the unit lines in file order
 * @param total         the 合计 line, if the table has one
 * @param hasPopulation whether the table has a population column
 * @param hasTask       whether the table has a task column
 * @param hasTown       whether the table has a 镇街 column
 * @param hasVillage    whether the table has a 村名 column
 */
public record UnitTable(Path file, List<UnitRow> rows, Optional<UnitRow> total, boolean hasPopulation, boolean hasTask,
                        boolean hasTown, boolean hasVillage) {

    public UnitTable {
        rows = List.copyOf(rows);
    }

    static final Column SEQ = Column.optional("序号", "序号", "编号");
    static final Column TOWN = Column.optional("镇街", "镇街", "乡镇(街道)", "乡镇", "镇(街道)", "所属镇街", "乡镇街道",
            "街道(乡镇)", "镇街名称");
    static final Column NAME = Column.optional("村名", "村名", "村居", "村(居)", "村(社区)", "村(居)委会", "村居名称",
            "村(居)名称", "村社区", "社区", "单位", "单位名称");
    static final Column POPULATION = Column.optional("村人口数", "村人口数", "人口数", "户籍人口数", "人口", "总人口", "户籍人口");
    static final Column TASK = Column.optional("任务数", "任务数", "参保任务数", "任务", "目标任务", "目标任务数", "缴费任务数",
            "参保缴费任务数", "任务数(人)", "医保任务数", "居民医保任务数", "医疗保险任务数", "医保参保任务数");
    static final Column FIXED = Column.optional("固定任务数", "固定任务数", "固定任务", "指定任务数", "指定任务", "县定任务");
    static final Column NOTE = Column.optional("备注", "备注", "说明");

    /** Reads a table that must have a 任务数 column (a task table). */
    public static UnitTable readTasks(Path file) {
        return read(file, TASK);
    }

    /** Reads a table that must have a 村人口数 column (a population table to decompose). */
    public static UnitTable readPopulations(Path file) {
        return read(file, POPULATION);
    }

    private static UnitTable read(Path file, Column mustHave) {
        List<Column> columns = new ArrayList<>();
        for (Column c : List.of(SEQ, TOWN, NAME, POPULATION, TASK, FIXED, NOTE)) {
            columns.add(c == mustHave ? new Column(c.name(), c.aliases(), true) : c);
        }
        Column population = columns.get(3);
        Column task = columns.get(4);
        List<UnitRow> rows = new ArrayList<>();
        UnitRow[] total = {null};
        boolean[] has = new boolean[4];
        Table.read(file, columns, (h, row) -> {
            has[0] = h.has(population);
            has[1] = h.has(task);
            has[2] = h.has(TOWN);
            has[3] = h.has(NAME);
            if (!has[2] && !has[3]) {
                throw InputException.at(file, h.rowNumber(), null, "缺少列 村名（或 镇街）");
            }
            UnitRow unit = new UnitRow(row.number(), Values.tidy(row.text(h.indexOf(SEQ))),
                    Values.tidy(row.text(h.indexOf(TOWN))), Values.tidy(row.text(h.indexOf(NAME))), Values.tidy(row.text(h.indexOf(population))),
                    Values.tidy(row.text(h.indexOf(task))), Values.tidy(row.text(h.indexOf(FIXED))),
                    Values.tidy(row.text(h.indexOf(NOTE))));
            if (unit.isTotal()) {
                total[0] = unit;
                return;
            }
            if (has[2] && has[3] && unit.town().isEmpty() && !rows.isEmpty()) {
                // villages under a town whose cell is merged over several rows
                unit = new UnitRow(unit.row(), unit.seq(), rows.get(rows.size() - 1).town(), unit.name(),
                        unit.population(), unit.task(), unit.fixed(), unit.note());
            }
            rows.add(unit);
        });
        // a column that is there but empty everywhere (村名 left blank in a table of towns) does not count
        boolean anyTown = has[2] && rows.stream().anyMatch(r -> !r.town().isEmpty());
        boolean anyVillage = has[3] && rows.stream().anyMatch(r -> !r.name().isEmpty());
        return new UnitTable(file, rows, Optional.ofNullable(total[0]), has[0], has[1], anyTown || !anyVillage && has[2],
                anyVillage || !anyTown && has[3]);
    }

    /** Whether the lines are villages under towns (both a 镇街 and a 村名 column). */
    public boolean townsWithVillages() {
        return hasTown && hasVillage && rows.stream().anyMatch(r -> !r.town().isEmpty());
    }

    /** The tolerant key that makes a line unique: 刘寨 = 刘寨村; 北辛 = 北辛街道; "town|village" under towns. */
    public String keyOf(UnitRow row) {
        if (townsWithVillages()) {
            return PlaceNames.townKey(row.town()) + "|" + PlaceNames.villageKey(row.name());
        }
        return hasVillage ? PlaceNames.villageKey(row.name()) : PlaceNames.townKey(row.town());
    }

    /** The label of a line in messages: 刘寨村, 北辛街道, or 北辛街道/某村. */
    public String labelOf(UnitRow row) {
        return townsWithVillages() ? row.town() + "/" + row.name() : row.unitName();
    }

    /** A whole number written in a cell ("4571", "4571.0", "4,571"), or null. */
    public static Integer wholeNumber(String text) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text.replace(",", ""));
            return d.stripTrailingZeros().scale() <= 0 ? d.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}

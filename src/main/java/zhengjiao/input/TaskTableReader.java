package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zhengjiao.domain.InputException;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;

/**
 * Reads the task decomposition table (任务分解表): 序号, 村名, 村人口数, 任务数, 备注, with title and 合计
 * rows. The first value that makes no sense stops the run with an error naming row and column;
 * {@code zhengjiao check} reports all of them instead.
 */
public final class TaskTableReader {

    private TaskTableReader() {
    }

    public static TaskTable read(Path file) {
        UnitTable table = UnitTable.readTasks(file);
        TaskTable.Level level = table.townsWithVillages() ? TaskTable.Level.TOWN_VILLAGES
                : table.hasVillage() ? TaskTable.Level.VILLAGES : TaskTable.Level.TOWNS;
        List<Village> villages = new ArrayList<>();
        for (UnitRow row : table.rows()) {
            if (row.unitName().isEmpty()) {
                throw InputException.at(file, row.row(), level.unitLabel(), level.unitLabel() + "为空");
            }
            if (level == TaskTable.Level.TOWN_VILLAGES && row.town().isEmpty()) {
                throw InputException.at(file, row.row(), "镇街", "镇街为空");
            }
            int task = number(file, row.row(), "任务数", row.task(), true);
            int population = table.hasPopulation() ? number(file, row.row(), "村人口数", row.population(), false) : -1;
            Integer seq = UnitTable.wholeNumber(row.seq());
            String town = level == TaskTable.Level.VILLAGES ? "" : row.town();
            villages.add(new Village(seq == null ? villages.size() + 1 : seq, town, row.unitName(), population, task,
                    row.note(), row.row()));
        }
        if (villages.isEmpty()) {
            throw InputException.at(file, 0, null, "任务分解表中没有任何" + (level.isCounty() ? "镇街" : "村"));
        }
        return new TaskTable(file, villages, level);
    }

    private static int number(Path file, int row, String column, String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                throw InputException.at(file, row, column, column + "为空");
            }
            return -1;
        }
        Integer n = UnitTable.wholeNumber(text);
        if (n == null || n < 0) {
            throw InputException.at(file, row, column, "应为非负整数，实为「" + text + "」");
        }
        return n;
    }
}

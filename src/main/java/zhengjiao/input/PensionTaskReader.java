package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.InputException;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;

/**
 * The pension tasks of a 两险 campaign's task table (notice 003 collects 城乡居民基本养老、基本医疗保险 together): the
 * same table as the medical tasks, with a second task column 养老任务数 beside 医保任务数 (or 任务数). The units and
 * their order are the medical table's; only the task differs.
 */
public final class PensionTaskReader {

    /** The pension task column and the spellings accepted. */
    static final Column PENSION_TASK = Column.required("养老任务数", "养老任务数", "居民养老任务数", "养老保险任务数",
            "养老参保任务数", "养老缴费任务数", "养老任务");

    private PensionTaskReader() {
    }

    /**
     * Reads the 养老任务数 column of {@code file} for the units of {@code medical} (read from the same file by
     * {@link TaskTableReader}).
     *
     * @return a task table with the same units, level and order, each with its pension task
     * @throws InputException naming the file (and row and column) when the column is missing, or a unit's pension task
     *                        is empty or not a whole number of at least 0
     */
    public static TaskTable read(Path file, TaskTable medical) {
        List<Column> columns = List.of(UnitTable.SEQ, UnitTable.TOWN, UnitTable.NAME, PENSION_TASK);
        Map<Integer, String> byRow = new HashMap<>();
        try {
            Table.read(file, columns, (h, row) -> byRow.put(row.number(), Values.tidy(row.text(h.indexOf(PENSION_TASK)))));
        } catch (InputException e) {
            if (e.getMessage().contains("养老任务数")) {
                throw new InputException(e.getMessage() + "。设置的险种含城乡居民基本养老保险（两险），任务分解表须有「养老任务数」列"
                        + "（医保的任务写在「医保任务数」或「任务数」列）");
            }
            throw e;
        }
        List<Village> out = new ArrayList<>();
        for (Village v : medical.villages()) {
            String text = byRow.getOrDefault(v.row(), "");
            if (text.isEmpty()) {
                throw InputException.at(file, v.row(), "养老任务数", "养老任务数为空");
            }
            Integer task = UnitTable.wholeNumber(text);
            if (task == null || task < 0) {
                throw InputException.at(file, v.row(), "养老任务数", "应为非负整数，实为「" + text + "」");
            }
            out.add(new Village(v.seq(), v.town(), v.name(), v.population(), task, v.note(), v.row()));
        }
        return new TaskTable(file, out, medical.level());
    }
}

package zhengjiao.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zhengjiao.domain.InputException;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;

/** Reads the task decomposition table (任务分解表): 序号, 村名, 村人口数, 任务数, 备注, with title and 合计 rows. */
public final class TaskTableReader {

    static final Column SEQ = Column.optional("序号", "序号", "编号");
    static final Column NAME = Column.required("村名", "村名", "村居", "村(居)", "村(社区)", "村(居)委会", "村居名称",
            "村(居)名称", "村社区", "社区", "单位", "单位名称");
    static final Column POPULATION = Column.optional("村人口数", "村人口数", "人口数", "户籍人口数", "人口", "总人口", "户籍人口");
    static final Column TASK = Column.required("任务数", "任务数", "参保任务数", "任务", "目标任务", "目标任务数", "缴费任务数",
            "参保缴费任务数", "任务数(人)");
    static final Column NOTE = Column.optional("备注", "备注", "说明");
    private static final List<Column> COLUMNS = List.of(SEQ, NAME, POPULATION, TASK, NOTE);

    private TaskTableReader() {
    }

    public static TaskTable read(Path file) {
        List<Village> villages = new ArrayList<>();
        Table.read(file, COLUMNS, (h, row) -> {
            String name = Values.tidy(row.text(h.indexOf(NAME)));
            String seqText = Values.tidy(row.text(h.indexOf(SEQ)));
            if (isTotalRow(name) || isTotalRow(seqText)) {
                return;
            }
            if (name.isEmpty()) {
                throw InputException.at(file, row.number(), NAME.name(), "村名为空");
            }
            int task = number(file, row, h, TASK, true);
            int population = h.has(POPULATION) ? number(file, row, h, POPULATION, false) : -1;
            Integer seq = parseInt(seqText);
            villages.add(new Village(seq == null ? villages.size() + 1 : seq, name, population, task,
                    Values.tidy(row.text(h.indexOf(NOTE))), row.number()));
        });
        if (villages.isEmpty()) {
            throw InputException.at(file, 0, null, "任务分解表中没有任何村");
        }
        return new TaskTable(file, villages);
    }

    private static boolean isTotalRow(String text) {
        String t = text.replace(" ", "");
        return t.equals("合计") || t.equals("总计") || t.equals("小计") || t.startsWith("合计") || t.equals("总数");
    }

    private static int number(Path file, SourceRow row, HeaderRow h, Column column, boolean required) {
        String text = Values.tidy(row.text(h.indexOf(column)));
        if (text.isEmpty()) {
            if (required) {
                throw InputException.at(file, row.number(), column.name(), column.name() + "为空");
            }
            return -1;
        }
        Integer n = parseInt(text);
        if (n == null || n < 0) {
            throw InputException.at(file, row.number(), column.name(), "应为非负整数，实为「" + text + "」");
        }
        return n;
    }

    private static Integer parseInt(String text) {
        try {
            BigDecimal d = new BigDecimal(text.replace(",", ""));
            return d.stripTrailingZeros().scale() <= 0 ? d.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}

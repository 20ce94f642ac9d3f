package zhengjiao.domain;

import java.util.Objects;

/**
 * One line of the task table (任务分解表): a village or community, or at county level a town, and its task.
 *
 * @param seq        the 序号 as written (or the line's position when the table has none)
 * @param town       the 镇街 the line belongs to: "" in a town's own table, the town itself in a table of towns
 * @param name       the name as written in the task table (a village, or a town in a table of towns)
 * @param population 村人口数, or -1 when the table has no population
 * @param task       任务数
 * @param note       备注
 * @param row        the row in the task table file
 */
public record Village(int seq, String town, String name, int population, int task, String note, int row) {

    public Village {
        Objects.requireNonNull(name, "name must not be null");
        town = town == null ? "" : town;
        note = note == null ? "" : note;
    }

    /** A village of a town's own table. */
    public Village(int seq, String name, int population, int task, String note, int row) {
        this(seq, "", name, population, task, note, row);
    }
}

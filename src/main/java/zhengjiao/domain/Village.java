package zhengjiao.domain;

import java.util.Objects;

/**
 * One line of the task table (任务分解表): a village or community and its task.
 *
 * @param seq        the 序号 as written (or the line's position when the table has none)
 * @param name       the name as written in the task table
 * @param population 村人口数, or -1 when the table has no population
 * @param task       任务数
 * @param note       备注
 * @param row        the row in the task table file
 */
public record Village(int seq, String name, int population, int task, String note, int row) {

    public Village {
        Objects.requireNonNull(name, "name must not be null");
        note = note == null ? "" : note;
    }

    /** The tolerant matching key (刘寨村 -> 刘寨). */
    public String key() {
        return PlaceNames.villageKey(name);
    }
}

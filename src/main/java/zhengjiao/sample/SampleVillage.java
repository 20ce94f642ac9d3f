package zhengjiao.sample;

import java.util.Objects;

/**
 * One village of the sample campaign and its ground truth.
 *
 * @param number     the 序号 in the task table, from 1
 * @param name       the name as written in the task table, e.g. 刘寨村
 * @param population 村人口数 as published
 * @param task       任务数 as published
 * @param lagging    whether the village was drawn as one of the three lagging villages
 * @param lagDays    days by which the village's payment curve starts late
 * @param payers     how many people must count for this village at the end of the campaign (2022-12-31)
 */
public record SampleVillage(int number, String name, int population, int task, boolean lagging, int lagDays,
                            int payers) {

    public SampleVillage {
        Objects.requireNonNull(name, "name must not be null");
    }

    /** Payers divided by task; 0 when the task is 0. */
    public double completion() {
        return task == 0 ? 0 : (double) payers / task;
    }

    /** The name without a trailing 村, e.g. 刘寨. */
    public String baseName() {
        return name.endsWith("村") ? name.substring(0, name.length() - 1) : name;
    }
}

package zhengjiao.sample;

import java.util.Objects;

/**
 * One town or sub-district (镇街) of the county sample and its ground truth.
 *
 * @param number         the 序号 in the task table, from 1
 * @param name           the name as written in the task table, e.g. 北辛街道 or 木石镇
 * @param population     人口数 in the table (invented)
 * @param task           任务数: round-half-up(population x 0.92)
 * @param lagging        whether the town was drawn as one of the three lagging towns
 * @param lagDays        days by which the town's payment curve starts late
 * @param payers         how many people must count for this town at the assessment date (2024-12-31)
 * @param governmentPaid of those payers, how many were paid by the government (政府代缴: aged 70 and over in
 *                       2025, or in a special group)
 */
public record SampleTown(int number, String name, int population, int task, boolean lagging, int lagDays,
                         int payers, int governmentPaid) {

    public SampleTown {
        Objects.requireNonNull(name, "name must not be null");
    }

    /** The same town with its count of government-paid payers. */
    SampleTown withGovernmentPaid(int count) {
        return new SampleTown(number, name, population, task, lagging, lagDays, payers, count);
    }

    /** Whether it is a sub-district (街道) rather than a town (镇). */
    public boolean subDistrict() {
        return name.endsWith("街道");
    }

    /** The name without its 镇 or 街道, e.g. 北辛. */
    public String baseName() {
        String suffix = subDistrict() ? "街道" : name.endsWith("镇") ? "镇" : "";
        return name.substring(0, name.length() - suffix.length());
    }

    /** Payers divided by task; 0 when the task is 0. */
    public double completion() {
        return task == 0 ? 0 : (double) payers / task;
    }
}

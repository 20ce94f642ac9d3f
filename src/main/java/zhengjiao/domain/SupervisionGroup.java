package zhengjiao.domain;

import java.util.List;

/**
 * A supervision group (督查组) and the towns it supervises.
 *
 * @param number  the group's number, from 1 in table order
 * @param leader  带队领导
 * @param medical 医保成员
 * @param tax     税务成员
 * @param towns   the towns, as written in the task table
 * @param row     the group's first row in the group table
 */
public record SupervisionGroup(int number, String leader, String medical, String tax, List<String> towns, int row) {

    public SupervisionGroup {
        towns = List.copyOf(towns);
    }
}

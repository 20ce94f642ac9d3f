package zhengjiao.input;

/**
 * One line of a task or population table as written, before any check: the text of each cell.
 *
 * @param row        the row number in the file
 * @param seq        序号
 * @param town       镇街, "" when the table has no town column
 * @param name       村名 (tidied), "" when the table has no village column
 * @param population 村人口数, "" when absent
 * @param task       任务数, "" when absent
 * @param fixed      固定任务数 (a task set from above), "" when absent
 * @param note       备注
 */
public record UnitRow(int row, String seq, String town, String name, String population, String task, String fixed, String note) {

    /** The 合计 / 总计 line of a table. */
    public boolean isTotal() {
        return isTotalText(name) || isTotalText(seq) || isTotalText(town);
    }

    /** The unit's name: the village, or the town in a table of towns. */
    public String unitName() {
        return name.isEmpty() ? town : name;
    }

    private static boolean isTotalText(String text) {
        String t = text.replace(" ", "");
        return t.startsWith("合计") || t.equals("总计") || t.equals("小计") || t.equals("总数");
    }
}

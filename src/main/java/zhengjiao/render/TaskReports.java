package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.check.Finding;
import zhengjiao.decompose.Decomposition;

/** Writes what the pre-campaign commands produce: the check's findings and a decomposed task table. */
public final class TaskReports {

    public static final String FINDINGS_TEMPLATE = "检查结果.xlsx";
    public static final String TASK_TABLE_TEMPLATE = "任务分解表.xlsx";

    private final Templates templates;

    public TaskReports(Templates templates) {
        this.templates = templates;
    }

    /** 检查结果.xlsx: one finding a row. */
    public void writeFindings(String title, String subtitle, List<Finding> findings, Path out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> r = new HashMap<>();
            r.put("severity", f.severity().label());
            r.put("file", f.file());
            r.put("row", f.row() > 0 ? f.row() : null);
            r.put("message", f.message());
            rows.add(r);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("title", title);
        data.put("subtitle", subtitle);
        data.put("rows", rows);
        data.put("note", "错误：必须改正后才能运行；警告：请核实；提示：供参考。");
        XlsxFiller.fill(templates, FINDINGS_TEMPLATE, data, out);
    }

    /** The 任务分解表 in the Zhuji layout (序号, 村名, 村人口数, 任务数, 备注, 合计). */
    public void writeTaskTable(Decomposition d, Path out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Decomposition.Line line : d.lines()) {
            Map<String, Object> r = new HashMap<>();
            r.put("seq", line.seq());
            r.put("name", line.name());
            r.put("population", line.population());
            r.put("task", line.task());
            r.put("note", line.note());
            rows.add(r);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("title", d.title());
        data.put("unitLabel", d.unitLabel());
        String share = d.totalPopulation() == 0 ? "" : "，任务 ÷ 人口 = " + java.math.BigDecimal.valueOf(d.totalTask() * 100)
                .divide(java.math.BigDecimal.valueOf(d.totalPopulation()), 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        data.put("subtitle", "村数 " + d.lines().size() + "，人口合计 " + d.totalPopulation() + "，任务合计 " + d.totalTask() + share);
        data.put("rows", rows);
        data.put("total", Map.of("population", d.totalPopulation(), "task", d.totalTask(), "note", ""));
        data.put("note", "说明：" + d.method() + "。");
        XlsxFiller.fill(templates, TASK_TABLE_TEMPLATE, data, out);
    }
}

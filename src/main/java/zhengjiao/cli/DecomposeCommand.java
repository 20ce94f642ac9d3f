package zhengjiao.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengjiao.decompose.Decomposition;
import zhengjiao.decompose.TaskTableCsv;
import zhengjiao.domain.Redact;
import zhengjiao.input.UnitTable;
import zhengjiao.render.OutputStage;
import zhengjiao.render.TaskReports;
import zhengjiao.render.Templates;

/** {@code zhengjiao decompose --total N | --rate R <population table> --out file.xlsx}. */
@Command(name = "decompose",
        description = "按人口比例把总任务分解到各村（最大余数法，合计恰好等于总任务），或按比例计算各村任务；"
                + "输出任务分解表 .xlsx 和同名 .csv。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n")
final class DecomposeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<人口表>",
            description = "含 村名、村人口数 列的表格（.csv/.xlsx/.xls），可有 序号、固定任务数、备注 列")
    Path table;

    @Option(names = "--total", paramLabel = "N", description = "要分解的总任务数")
    Long total;

    @Option(names = "--rate", paramLabel = "R", description = "按比例：各村任务 = 人口数 × R，四舍五入（如 0.88）")
    BigDecimal rate;

    @Option(names = "--min", paramLabel = "M", defaultValue = "0", description = "每村保底任务数（仅与 --total 一起用）")
    long minimum;

    @Option(names = "--fixed", paramLabel = "村名=任务数", description = "上级指定的固定任务，可重复，如 --fixed 刘寨村=4000")
    Map<String, Long> fixed = new LinkedHashMap<>();

    @Option(names = "--title", paramLabel = "标题", defaultValue = "参保缴费任务分解表", description = "表格标题")
    String title;

    @Option(names = "--out", required = true, paramLabel = "<文件.xlsx>", description = "输出的任务分解表；同名 .csv 写在旁边")
    Path out;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((total == null) == (rate == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "请指定 --total 或 --rate 之一");
        }
        if (rate != null && minimum > 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min 只能与 --total 一起使用");
        }
        if (!out.getFileName().toString().endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out 应为 .xlsx 文件名");
        }
        UnitTable units = UnitTable.readPopulations(table);
        Decomposition d = total != null
                ? Decomposition.byTotal(units, fixed, total, minimum, title)
                : Decomposition.byRate(units, fixed, rate, title);
        Path dir = out.toAbsolutePath().getParent();
        String xlsx = out.getFileName().toString();
        String csv = xlsx.substring(0, xlsx.length() - ".xlsx".length()) + ".csv";
        try (OutputStage stage = new OutputStage(dir)) {
            new TaskReports(Templates.shipped()).writeTaskTable(d, stage.file(xlsx));
            TaskTableCsv.write(d, stage.file(csv));
            List<Path> written = stage.commit();
            spec.commandLine().getOut().println(d.method() + "；" + d.lines().size() + (d.unitLabel().equals("村名") ? " 个村" : " 个镇街") + "，任务合计 " + d.totalTask()
                    + " -> " + written.get(0) + "，" + written.get(1).getFileName());
        }
        for (String warning : d.warnings()) {
            spec.commandLine().getErr().println(Redact.text("警告：" + warning));
        }
        return 0;
    }
}

package zhengjiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengjiao.domain.Redact;
import zhengjiao.job.CampaignRun;

/** {@code zhengjiao run <campaign-folder> [--as-of yyyy-MM-dd] [--out dir] [--only 周排名通报,…]}. */
@Command(name = "run",
        description = "读取征缴文件夹，生成周排名通报、工作经费补助、周通报文字和核对清单。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<征缴文件夹>",
            description = "含 campaign.yaml、任务分解表和 payments/ 的文件夹")
    Path folder;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "统计截止日期（含当日），默认为清册中最晚的缴费日期")
    String asOf;

    @Option(names = "--out", paramLabel = "<输出文件夹>", description = "输出文件夹，默认为 <征缴文件夹>/output")
    Path out;

    @Option(names = "--compare-days", paramLabel = "N", defaultValue = "7",
            description = "本期新增和上期排名与 N 天前比较；默认 7 为周通报，1 为日通报")
    String compareDays;

    @Option(names = "--only", paramLabel = "<输出>[,<输出>…]", split = "[,，、]",
            description = "只生成这几个输出（按文件名开头，逗号分隔），如 --only 周排名通报,工作经费补助,核对清单；"
                    + "不读它们用不到的（如参保台账）；写出的文件与完整运行的相同，输出文件夹中的其他文件不动。可选：周排名通报、工作经费补助、周通报（.txt 和 .docx）、"
                    + "领导简报（.xlsx 和 .docx）、核对清单、缴费人明细、未缴费提醒名单、缴费名单公示、资助代缴认定结果、资金申请汇总、"
                    + "钱表相符核对、督查分组通报、联系方式一览表")
    List<String> only;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<LocalDate> date = Optional.empty();
        if (asOf != null) {
            try {
                date = Optional.of(LocalDate.parse(asOf));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--as-of 应为 yyyy-MM-dd 格式的真实日期（如 2022-12-31），实为「" + Redact.quote(asOf) + "」");
            }
        }
        int days = compareDays.strip().matches("\\d{1,3}") ? Integer.parseInt(compareDays.strip()) : 0;
        if (days < 1 || days > 366) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--compare-days 应为 1 至 366 之间的天数（7 为周通报，1 为日通报），实为「" + compareDays + "」");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : only == null ? List.<String>of() : only) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (!CampaignRun.OUTPUT_NAMES.contains(n)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--only 中的「" + Redact.quote(n)
                        + "」不是输出的名称；可选：" + String.join("、", CampaignRun.OUTPUT_NAMES) + "（多个用逗号分隔）");
            }
            chosen.add(n);
        }
        if (only != null && chosen.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--only 后应写至少一个输出的名称；可选："
                    + String.join("、", CampaignRun.OUTPUT_NAMES));
        }
        Path outDir = out != null ? out : folder.resolve("output");
        // the workbook libraries load on a spare core while the inputs are read
        zhengjiao.render.WarmUp.start(chosen.isEmpty() || chosen.contains(CampaignRun.BRIEFING));
        CampaignRun.Result result = new CampaignRun(spec.commandLine().getErr())
                .run(folder, date, new zhengjiao.report.Period(days), outDir, chosen);
        PrintWriter o = spec.commandLine().getOut();
        o.println("统计截止 " + result.asOf() + "：已生成 " + result.outputs().size() + " 个文件 -> " + outDir);
        for (Path p : result.outputs()) {
            o.println("  " + p.getFileName());
        }
        return 0;
    }
}

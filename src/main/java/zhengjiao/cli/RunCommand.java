package zhengjiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengjiao.domain.Redact;
import zhengjiao.job.CampaignRun;

/** {@code zhengjiao run <campaign-folder> [--as-of yyyy-MM-dd] [--out dir]}. */
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
        Path outDir = out != null ? out : folder.resolve("output");
        CampaignRun.Result result = new CampaignRun(spec.commandLine().getErr())
                .run(folder, date, new zhengjiao.report.Period(days), outDir);
        PrintWriter o = spec.commandLine().getOut();
        o.println("统计截止 " + result.asOf() + "：已生成 " + result.outputs().size() + " 个文件 -> " + outDir);
        for (Path p : result.outputs()) {
            o.println("  " + p.getFileName());
        }
        return 0;
    }
}

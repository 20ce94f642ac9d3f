package zhengjiao.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhengjiao sample}: writes a fictitious, reproducible campaign folder, town level (see
 * {@link SampleGenerator}), with {@code --county} county level (滕州市 2025, see {@link CountySampleGenerator}), or
 * with {@code --preset <名称>} the county-level folder of another notice (tengzhou-2024, yutai-2024, yicheng-2024;
 * see {@link CountyPreset}).
 */
@CommandLine.Command(name = "sample",
        description = "生成示例征缴文件夹（虚构数据，固定种子可重现）",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n")
public final class SampleCommand implements Callable<Integer> {

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    private boolean help; // the sample stage keeps no dependency on the command-line package

    @CommandLine.Spec
    private CommandSpec spec;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "<文件夹>",
            description = "输出文件夹；已存在时覆盖本命令生成的文件（payments 下的 csv/xlsx/xls 先删除）")
    private Path out;

    @CommandLine.Option(names = "--seed", defaultValue = "2023", paramLabel = "<种子>",
            description = "随机种子，相同种子和规模生成相同文件（默认 ${DEFAULT-VALUE}）")
    private long seed;

    @CommandLine.Option(names = "--scale", defaultValue = "1", paramLabel = "<规模>",
            description = "规模：1 为朱集镇 13 个村；n 另加 13×(n-1) 个虚构村，约县级数据量（1-"
                    + VillagePlanner.MAX_SCALE + "，默认 ${DEFAULT-VALUE}）；与 --county 同用时为各镇街人数的倍数，"
                    + "1 约 4 万名缴费人（1-" + CountyPlanner.MAX_SCALE + "）")
    private int scale;

    @CommandLine.Option(names = "--county", description = "生成县级示例（滕州市 21 个镇街，2025 年度；同 --preset tengzhou-2025）")
    private boolean county;

    @CommandLine.Option(names = "--preset", paramLabel = "<名称>",
            description = "按某份通知生成县级示例：tengzhou-2024（滕州市 2024 年度）、tengzhou-2025（同 --county）、"
                    + "yutai-2024（鱼台县 2024 年度）、yicheng-2024（峄城区 2024 年度两险）；示例规模小，各约数千名缴费人")
    private String preset;

    @CommandLine.Option(names = "--cash-record", description = "与 --preset 同用：约三分之一的自缴医保由村居代收人员代收（缴费渠道"
            + "“村居代收”，清册带“代收人”列），另写代收台账.xlsx，其中故意放入三处差异（少入账一人、金额少记 100 元、代收人写法不同）")
    private boolean cashRecord;

    @Override
    public Integer call() throws IOException {
        if (cashRecord && preset == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cash-record 只能与 --preset 同用");
        }
        if (preset != null && county) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--county 和 --preset 只能选一个");
        }
        if (preset != null && !CountySampleGenerator.presets().contains(preset)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--preset 没有「" + preset + "」，可选：" + String.join("、", CountySampleGenerator.presets()));
        }
        boolean countyLevel = county || preset != null;
        int maxScale = countyLevel ? CountyPlanner.MAX_SCALE : VillagePlanner.MAX_SCALE;
        if (scale < 1 || scale > maxScale) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--scale 应在 1 到 " + maxScale + " 之间，实为 " + scale);
        }
        String summary = preset != null ? CountySampleGenerator.generate(out, preset, seed, scale, cashRecord).summary()
                : county ? CountySampleGenerator.generate(out, seed, scale).summary()
                : SampleGenerator.generate(out, seed, scale).summary();
        spec.commandLine().getOut().println(summary);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Runs the command alone: {@code java -cp ... zhengjiao.sample.SampleCommand --out D}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SampleCommand()).execute(args));
    }
}

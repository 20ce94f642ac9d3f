package zhengjiao.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhengjiao sample}: writes a fictitious, reproducible campaign folder (see {@link SampleGenerator}). */
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
                    + VillagePlanner.MAX_SCALE + "，默认 ${DEFAULT-VALUE}）")
    private int scale;

    @Override
    public Integer call() throws IOException {
        if (scale < 1 || scale > VillagePlanner.MAX_SCALE) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--scale 应在 1 到 " + VillagePlanner.MAX_SCALE + " 之间，实为 " + scale);
        }
        SampleResult result = SampleGenerator.generate(out, seed, scale);
        spec.commandLine().getOut().println(result.summary());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Runs the command alone: {@code java -cp ... zhengjiao.sample.SampleCommand --out D}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SampleCommand()).execute(args));
    }
}

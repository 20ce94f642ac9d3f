package zhengjiao.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zhengjiao.domain.InputException;
import zhengjiao.sample.SampleCommand;

/**
 * The command line: {@code zhengjiao run|sample}. Exit codes: 0 done, 1 input errors (file, row and column
 * named), 2 usage errors.
 */
@Command(name = "zhengjiao",
        mixinStandardHelpOptions = false,
        description = "城乡居民医保集中征缴工作台账：对账、周排名通报、工作经费补助、核对清单。",
        subcommands = {RunCommand.class, CheckCommand.class, DecomposeCommand.class, SampleCommand.class},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        commandListHeading = "%n命令：%n",
        footer = {"", "退出码：0 成功；1 输入有误（会指明文件、行和列）；2 命令用法有误。"})
public final class Main implements Runnable {

    /** Exit code for errors in the user's files. */
    public static final int INPUT_ERROR = 1;
    /** Exit code for a wrong command line. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令：run、check、decompose 或 sample");
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InputException) {
                e.println("错误：" + ex.getMessage());
                return INPUT_ERROR;
            }
            if (ex instanceof java.io.IOException) {
                e.println("错误：" + ex.getMessage());
                return INPUT_ERROR;
            }
            e.println("程序内部错误（请把这段信息发给维护人员）：" + ex);
            ex.printStackTrace(e);
            return INPUT_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("用法错误：" + ex.getMessage());
            ex.getCommandLine().usage(e);
            return USAGE_ERROR;
        });
        return cl;
    }
}

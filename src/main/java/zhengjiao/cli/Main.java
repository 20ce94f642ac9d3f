package zhengjiao.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zhengjiao.domain.Redact;
import zhengjiao.sample.SampleCommand;

/**
 * The command line: {@code zhengjiao run|check|decompose|sample}. Exit codes: 0 done, 1 input errors (file, row and
 * column named) or a failure while running, 2 usage errors. Everything it says is Chinese (see {@link Errors}); the
 * help is laid out for Chinese text (see {@link HelpLayout}).
 */
@Command(name = "zhengjiao",
        mixinStandardHelpOptions = false,
        versionProvider = Version.class,
        description = "城乡居民医保集中征缴工作台账：对账、周排名通报、工作经费补助、核对清单。",
        subcommands = {RunCommand.class, CheckCommand.class, DecomposeCommand.class, SampleCommand.class},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        commandListHeading = "%n命令（「zhengjiao <命令> --help」查看各命令的用法）：%n",
        footer = {"", "退出码：0 成功；1 输入有误（会指明文件、行和列）或运行失败；2 命令用法有误。"})
public final class Main implements Runnable {

    /** Exit code for errors in the user's files (and for any other failure while running). */
    public static final int INPUT_ERROR = 1;
    /** Exit code for a wrong command line. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令：run、check、decompose 或 sample");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setErr(e);
        try {
            return cl.execute(args);
        } catch (Throwable t) { // picocli hands on Errors (out of memory, stack overflow): they end here, in Chinese
            e.println(Redact.text(Errors.execution(t)));
            e.flush();
            return INPUT_ERROR;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExpandAtFiles(false); // an argument starting with @ is a name, never a file of more arguments
        HelpLayout.install(cl);
        HelpLayout.addOutputs(cl);
        HelpLayout.addOutputs(cl.getSubcommands().get("run"));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(Redact.text(Errors.execution(ex)));
            return INPUT_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter e = failed.getErr();
            e.println(Redact.text("用法错误：" + Errors.usage(ex, args)));
            if (failed.getParent() == null) {
                failed.usage(e);
            } else {
                CommandLine.Help help = failed.getHelpFactory().create(failed.getCommandSpec(), failed.getColorScheme());
                e.print(help.synopsisHeading());
                e.print(failed.getHelpSectionMap().get(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS).render(help));
                e.println("运行「" + failed.getCommandSpec().qualifiedName() + " --help」查看详细说明。");
            }
            e.flush();
            return USAGE_ERROR;
        });
        return cl;
    }
}

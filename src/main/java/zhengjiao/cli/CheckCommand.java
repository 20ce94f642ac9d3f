package zhengjiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengjiao.check.Finding;
import zhengjiao.check.FolderCheck;
import zhengjiao.domain.InputException;
import zhengjiao.render.OutputStage;
import zhengjiao.render.TaskReports;
import zhengjiao.render.Templates;

/** {@code zhengjiao check <campaign-folder> [--out dir]}. */
@Command(name = "check",
        description = "检查征缴文件夹（设置、任务分解表、每个清册），逐条列出问题，并写入 检查结果.xlsx；不生成报表。"
                + "只有警告时退出码为 0，有错误时为 1。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<征缴文件夹>", description = "含 campaign.yaml、任务分解表和 payments/ 的文件夹")
    Path folder;

    @Option(names = "--out", paramLabel = "<输出文件夹>", description = "检查结果.xlsx 写到这里，默认为 <征缴文件夹>/output")
    Path out;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new InputException("找不到征缴文件夹：" + folder + "（请检查路径；路径中有空格时请用引号把整个路径括起来）");
        }
        List<Finding> findings = FolderCheck.check(folder);
        PrintWriter o = spec.commandLine().getOut();
        findings.forEach(f -> o.println(f.line()));
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        long notes = findings.size() - errors - warnings;
        Path outDir = out != null ? out : folder.resolve("output");
        String summary = "共 " + errors + " 个错误，" + warnings + " 个警告，" + notes + " 条提示";
        try (OutputStage stage = new OutputStage(outDir)) {
            new TaskReports(Templates.shipped()).writeFindings(title(), "文件夹：" + folderName() + "　" + summary, findings,
                    stage.file("检查结果.xlsx"));
            stage.commit();
        }
        o.println("检查完成：" + summary + "；结果已写入 " + outDir.resolve("检查结果.xlsx"));
        return errors > 0 ? Main.INPUT_ERROR : 0;
    }

    /**
     * "朱集镇2023年度征缴文件夹检查结果（2026年11月30日）": the jurisdiction and year from the settings when they can be
     * read (their errors are among the findings already), and the day of the check.
     */
    private String title() {
        String place = "";
        try {
            zhengjiao.domain.Settings s = zhengjiao.input.SettingsReader.read(folder.resolve(zhengjiao.input.SettingsReader.FILE_NAME));
            place = s.jurisdiction() + s.policyYear() + "年度";
        } catch (RuntimeException e) {
            // a settings file that cannot be read is one of the findings
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        return place + "征缴文件夹检查结果（" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日）";
    }

    /** The folder by its name, not the computer's path to it (the sheet is printed and passed on). */
    private String folderName() {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}

package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.job.CampaignRun;

/** A real spreadsheet client opens every generated workbook: LibreOffice converts each to PDF. Runs when soffice is installed. */
@EnabledIf("sofficeInstalled")
class LibreOfficeTest {

    static boolean sofficeInstalled() {
        return soffice().isPresent();
    }

    private static Optional<Path> soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void everyWorkbookConvertsToPdf(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(Path.of("src/test/resources/golden/basic"), Optional.empty(), out);
        TaskReports tasks = new TaskReports(Templates.shipped());
        tasks.writeFindings("征缴文件夹检查结果", "测试", zhengjiao.check.FolderCheck.check(Path.of("input-example/zhuji-2023")),
                out.resolve("检查结果.xlsx"));
        zhengjiao.input.UnitTable table = zhengjiao.input.UnitTable.readPopulations(Path.of("input-example/zhuji-2023/任务分解表.csv"));
        tasks.writeTaskTable(zhengjiao.decompose.Decomposition.byTotal(table, java.util.Map.of(), 41850, 0, "任务分解表"),
                out.resolve("任务分解表.xlsx"));
        new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(Path.of("src/test/resources/golden/county-villages"), Optional.empty(), out.resolve("county"));
        // the special-group workbooks, with the pension sheets of 峄城
        new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(Path.of("src/test/resources/subsidy/yicheng"), Optional.of(java.time.LocalDate.of(2023, 12, 15)), out.resolve("special"));
        try (Stream<Path> list = Files.list(out.resolve("special"))) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith("资")).toList()) {
                Files.move(p, out.resolve(p.getFileName()));
            }
        }
        List<String> command = new ArrayList<>(List.of(soffice().orElseThrow().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.resolve("pdf").toString()));
        List<Path> workbooks;
        try (Stream<Path> list = Files.list(out)) {
            workbooks = new ArrayList<>(list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList());
        }
        try (Stream<Path> list = Files.list(out.resolve("county"))) {
            list.filter(p -> p.toString().endsWith(".xlsx")).map(p -> {
                try {
                    return Files.move(p, out.resolve("县级_" + p.getFileName()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).forEach(workbooks::add);
        }
        assertEquals(16, workbooks.size());
        workbooks.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        for (Path workbook : workbooks) {
            String name = workbook.getFileName().toString().replace(".xlsx", ".pdf");
            Path pdf = dir.resolve("pdf").resolve(name);
            assertTrue(Files.size(pdf) > 1000, name + " " + readLog(dir));
        }
    }

    private static String readLog(Path dir) throws IOException {
        return Files.readString(dir.resolve("soffice.log"));
    }
}

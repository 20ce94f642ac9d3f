package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zhengjiao.job.CampaignRun;
import zhengjiao.testing.LayoutCheck;

/**
 * Every workbook the program writes prints on A4 without clipping ({@link LayoutCheck}): both bundled examples,
 * every golden folder and every subsidy folder, plus what {@code check} and {@code decompose} write.
 */
class PaperLayoutTest {

    static Stream<String> folders() throws IOException {
        // the two bundled examples as README runs them (the golden and subsidy folders cover the other shapes; each
        // example run costs the suite about 20 seconds)
        List<String> all = new ArrayList<>(List.of("input-example/zhuji-2023@2022-11-22",
                "input-example/tengzhou-2025@2024-11-22"));
        for (String parent : List.of("src/test/resources/golden", "src/test/resources/subsidy", "src/test/resources/cash",
                "src/test/resources/two-insurance")) {
            try (Stream<Path> list = Files.list(Path.of(parent))) {
                list.filter(Files::isDirectory).sorted().forEach(p -> all.add(p.toString()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("folders")
    void everyWorkbookPrintsOnA4(String folder, @TempDir Path out) throws IOException {
        String[] parts = folder.split("@");
        Optional<LocalDate> asOf = parts.length > 1 ? Optional.of(LocalDate.parse(parts[1])) : Optional.empty();
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of(parts[0]), asOf, out);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                problems.addAll(LayoutCheck.problems(p));
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void checkAndDecomposeOutputsPrintOnA4(@TempDir Path out) throws IOException {
        TaskReports tasks = new TaskReports(Templates.shipped());
        tasks.writeFindings("朱集镇征缴文件夹检查结果", "zhuji-2023",
                zhengjiao.check.FolderCheck.check(Path.of("input-example/zhuji-2023")), out.resolve("检查结果.xlsx"));
        zhengjiao.input.UnitTable table = zhengjiao.input.UnitTable.readPopulations(
                Path.of("input-example/zhuji-2023/任务分解表.csv"));
        tasks.writeTaskTable(zhengjiao.decompose.Decomposition.byTotal(table, java.util.Map.of(), 41850, 0, "任务分解表"),
                out.resolve("任务分解表.xlsx"));
        List<String> problems = new ArrayList<>(LayoutCheck.problems(out.resolve("检查结果.xlsx")));
        problems.addAll(LayoutCheck.problems(out.resolve("任务分解表.xlsx")));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The check is trusted only because it catches what it is meant to catch. */
    @Test
    void theCheckCatchesAClippedCellSmallTypeAndNumbersAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("clipped.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("表");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("村名");
            header.createCell(1).setCellValue("金额");
            Row row = sheet.createRow(1);
            Cell clipped = row.createCell(0);
            clipped.setCellValue("连续两周排名靠后，约谈");
            row.createCell(1).setCellValue("350.00");
            sheet.setColumnWidth(0, 8 * 256);
            for (int c = 2; c < 40; c++) {
                row.createCell(c).setCellValue(c);
                sheet.setColumnWidth(c, 12 * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            PaperFit.print(sheet, 39);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        String problems = String.join("\n", LayoutCheck.problems(file));
        assertTrue(problems.contains("A2 的文字宽"), problems);
        assertTrue(problems.contains("小于 9 磅"), problems);
        assertTrue(problems.contains("B2（金额）的数字存成了文字"), problems);
    }
}

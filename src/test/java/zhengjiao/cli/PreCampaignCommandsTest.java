package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.TestFiles;
import zhengjiao.testing.TestWorkbook;

/** {@code check} and {@code decompose} from the command line. */
class PreCampaignCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void checkWithWarningsOnlyExitsZeroAndWritesTheFindings(@TempDir Path dir) throws IOException {
        assertEquals(0, run("check", "input-example/zhuji-2023", "--out", dir.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("双井村：任务数 4571，按人口 5184 × 0.88 应为 4562"), text);
        try (TestWorkbook wb = new TestWorkbook(dir.resolve("检查结果.xlsx"))) {
            List<Map<String, Cell>> rows = wb.table("检查结果", "级别");
            assertTrue(rows.stream().anyMatch(r -> wb.text(r.get("内容")).contains("双杨村")));
            assertEquals("6", wb.text(rows.stream().filter(r -> wb.text(r.get("内容")).startsWith("双井村")).findFirst()
                    .orElseThrow().get("行号")));
            String title = wb.text(wb.sheet("检查结果").getRow(0).getCell(0));
            String subtitle = wb.text(wb.sheet("检查结果").getRow(1).getCell(0));
            assertTrue(title.startsWith("朱集镇2023年度征缴文件夹检查结果（") && title.endsWith("日）"), title);
            assertTrue(subtitle.startsWith("文件夹：zhuji-2023　"), subtitle);
            assertTrue(!subtitle.contains(Path.of("").toAbsolutePath().toString()), "no machine path: " + subtitle);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("检查结果.xlsx"), files.map(p -> p.getFileName().toString()).toList(), "check writes no reports");
        }
    }

    @Test
    void checkWithErrorsExitsOne(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(Path.of("src/test/resources/golden/basic"), dir.resolve("c"));
        Files.writeString(dir.resolve("c/任务分解表.csv"), "序号,村名,任务数\n1,甲村,4\n2,甲村,4\n", StandardCharsets.UTF_8);
        assertEquals(1, run("check", dir.resolve("c").toString(), "--out", dir.resolve("o").toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[错误] 任务分解表.csv 第 3 行：村名「甲村」与第 2 行「甲村」重复"));
        assertTrue(Files.exists(dir.resolve("o/检查结果.xlsx")));
    }

    @Test
    void decomposeWritesAPrintableTaskTableAndACsvThatSumToTheTotal(@TempDir Path dir) throws IOException {
        Path pop = dir.resolve("人口.csv");
        Files.writeString(pop, "序号,村名,村人口数\n1,姜山村,2251\n2,刘寨村,4711\n3,潼山村,2791\n", StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("分解.xlsx");
        assertEquals(0, run("decompose", "--total", "8000", "--fixed", "刘寨=3500", pop.toString(), "--out", xlsx.toString()));
        List<String> csv = Files.readAllLines(dir.resolve("分解.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("\uFEFF序号,村名,村人口数,任务数,备注", "1,姜山村,2251,2009,", "2,刘寨村,4711,3500,固定任务",
                "3,潼山村,2791,2491,", ",合计,9753,8000,"), csv);
        try (TestWorkbook wb = new TestWorkbook(xlsx)) {
            assertEquals(List.of("序号", "村名", "村人口数", "任务数", "备注"), wb.headers(wb.sheet("任务分解表"), 2));
            List<Map<String, Cell>> rows = wb.table("任务分解表", "序号");
            assertEquals("合计", wb.text(rows.get(3).get("村名")));
            assertEquals(8000, rows.get(3).get("任务数").getNumericCellValue());
        }
    }

    @Test
    void decomposeNeedsExactlyOneOfTotalAndRate(@TempDir Path dir) {
        assertEquals(2, run("decompose", "x.csv", "--out", dir.resolve("a.xlsx").toString()));
        assertEquals(2, run("decompose", "--total", "5", "--rate", "0.9", "x.csv", "--out", dir.resolve("a.xlsx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--total 或 --rate"));
    }
}

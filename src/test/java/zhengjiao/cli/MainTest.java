package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.TestFiles;

class MainTest {

    private static final Path BASIC = Path.of("src/test/resources/golden/basic");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().contains("用法"), err());
    }

    @Test
    void aBadAsOfDateIsAUsageError() {
        assertEquals(2, run("run", BASIC.toString(), "--as-of", "2022-13-01"));
        assertTrue(err().contains("--as-of"), err());
    }

    @Test
    void helpIsInChinese() {
        assertEquals(0, run("run", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("统计截止日期"), help);
        assertTrue(help.contains("用法"), help);
    }

    @Test
    void aMissingFolderIsAnInputError(@TempDir Path dir) {
        assertEquals(1, run("run", dir.resolve("nowhere").toString()));
        assertTrue(err().contains("找不到征缴文件夹"), err());
    }

    @Test
    void runWritesTheFourOutputsForTheGivenDate(@TempDir Path dir) {
        assertEquals(0, run("run", BASIC.toString(), "--as-of", "2022-12-14", "--out", dir.toString()));
        for (String name : List.of("周排名通报_2022-12-14.xlsx", "工作经费补助_2022-12-14.xlsx", "周通报_2022-12-14.txt",
                "核对清单_2022-12-14.xlsx")) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        }
    }

    @Test
    void aFailedRunLeavesEarlierOutputsIntactAndNoHalfWrittenFiles(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("campaign");
        TestFiles.copyTree(BASIC, folder);
        Path outDir = dir.resolve("out");
        assertEquals(0, run("run", folder.toString(), "--as-of", "2022-12-21", "--out", outDir.toString()));
        Path ranking = outDir.resolve("周排名通报_2022-12-21.xlsx");
        byte[] before = Files.readAllBytes(ranking);
        Files.writeString(folder.resolve("payments/c.csv"), "姓名,金额\n张三,350\n", StandardCharsets.UTF_8);
        assertEquals(1, run("run", folder.toString(), "--as-of", "2022-12-21", "--out", outDir.toString()));
        assertTrue(err().contains("c.csv"), err());
        assertTrue(err().contains("缺少列"), err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ranking)));
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(10, files.count(), "no staging folder or partial file left behind");
        }
    }

    @Test
    void anOutputPathThatIsAFileIsAnInputErrorInChinese(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "x");
        assertEquals(1, run("run", BASIC.toString(), "--out", file.toString()));
        assertTrue(err().contains("无法在") && err().contains("写入输出"), err());
    }

    @Test
    void errorsNeverPrintAFullId(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("campaign");
        TestFiles.copyTree(BASIC, folder);
        Files.writeString(folder.resolve("任务分解表.csv"), "序号,村名,任务数\n1,341323199001011234,abc\n", StandardCharsets.UTF_8);
        assertEquals(1, run("run", folder.toString()));
        assertFalse(err().matches("(?s).*\\d{17}[\\dX].*"), err());
    }

    @Test
    void theInputFilesAreNotModified(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("campaign");
        TestFiles.copyTree(BASIC, folder);
        byte[] dump = Files.readAllBytes(folder.resolve("payments/b.csv"));
        long modified = Files.getLastModifiedTime(folder.resolve("payments/b.csv")).toMillis();
        assertEquals(0, run("run", folder.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(java.util.Arrays.equals(dump, Files.readAllBytes(folder.resolve("payments/b.csv"))));
        assertEquals(modified, Files.getLastModifiedTime(folder.resolve("payments/b.csv")).toMillis());
    }
}

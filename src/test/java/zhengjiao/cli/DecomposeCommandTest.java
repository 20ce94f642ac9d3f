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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decompose} on a population table whose village names look like spreadsheet formulas. */
class DecomposeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void formulaLikeNamesAreTextInTheCsvAndAMinimumAbovePopulationIsWarned(@TempDir Path dir) throws IOException {
        Path pop = Files.writeString(dir.resolve("人口.csv"), "\uFEFF村名,村人口数\n"
                + "\"=WEBSERVICE(\"\"http://example.invalid\"\")\",3000\n"
                + "+cmd|' /C notepad'!A0,4000\n"
                + "@SUM(9),2500\n"
                + "-1+2,300\n", StandardCharsets.UTF_8);
        assertEquals(0, run("decompose", "--total", "9000", "--min", "400", pop.toString(), "--out",
                dir.resolve("任务.xlsx").toString()), err.toString(StandardCharsets.UTF_8));
        List<String> csv = Files.readAllLines(dir.resolve("任务.csv"), StandardCharsets.UTF_8);
        for (String line : csv.subList(1, csv.size() - 1)) {
            String name = line.split(",", 3)[1];
            assertTrue(name.startsWith("'") || name.startsWith("\"'"), "escaped: " + line);
        }
        assertEquals("4,'-1+2,300,400,保底任务", csv.get(4));
        String warning = err.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("警告：保底任务 400 大于「-1+2」（人口 300）的人口数"), warning);
    }
}

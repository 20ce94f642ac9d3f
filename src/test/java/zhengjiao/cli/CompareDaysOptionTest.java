package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code run --compare-days N}: the comparison period of the circulars. */
class CompareDaysOptionTest {

    private static final Path BASIC = Path.of("src/test/resources/golden/basic");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "367", "1.5"})
    void aBadNumberOfDaysIsAUsageErrorInChinese(String days) {
        assertEquals(2, run("run", BASIC.toString(), "--compare-days", days));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("--compare-days 应为 1 至 366 之间的天数") && e.contains("「" + days + "」"), e);
    }

    @Test
    void oneDayMakesADailyCircular(@TempDir Path dir) throws Exception {
        assertEquals(0, run("run", BASIC.toString(), "--compare-days", "1", "--as-of", "2022-12-20", "--out", dir.toString()));
        String text = Files.readString(dir.resolve("周通报_2022-12-20.txt"));
        assertTrue(text.contains("本日（2022年12月19日以来）"), text);
    }
}

package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.TestWorkbook;

/**
 * Each {@code output-example/<name>} must be what {@code run} makes from {@code input-example/<name>} today:
 * same files, same text, same cell values. Regenerate it as the README says when this fails.
 */
class OutputExampleTest {

    @ParameterizedTest
    @ValueSource(strings = {"zhuji-2023@2022-11-22", "tengzhou-2025@2024-11-22"})
    void outputExampleIsUpToDate(String exampleAndDate, @TempDir Path out) throws IOException {
        String example = exampleAndDate.split("@")[0];
        // a week inside the window, as the README's commands run it: the ranking, 本周新增 and 约谈 mean something
        Optional<java.time.LocalDate> asOf = Optional.of(java.time.LocalDate.parse(exampleAndDate.split("@")[1]));
        Path expected = Path.of("output-example", example);
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of("input-example", example), asOf, out);
        List<String> expectedNames = names(expected);
        assertEquals(expectedNames, names(out), "output-example is stale: regenerate it (README)");
        for (String name : expectedNames) {
            if (name.endsWith(".xlsx")) {
                assertEquals(cells(expected.resolve(name)), cells(out.resolve(name)), name + " is stale");
            } else {
                assertEquals(Files.readString(expected.resolve(name)), Files.readString(out.resolve(name)), name + " is stale");
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static String cells(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (TestWorkbook wb = new TestWorkbook(file)) {
            for (Sheet sheet : wb.workbook()) {
                lines.add("## " + sheet.getSheetName());
                for (Row row : sheet) {
                    StringBuilder sb = new StringBuilder();
                    for (Cell c : row) {
                        sb.append(wb.text(c)).append('|');
                    }
                    lines.add(row.getRowNum() + ": " + sb);
                }
            }
        }
        return String.join("\n", lines);
    }
}

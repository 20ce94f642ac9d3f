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
    @ValueSource(strings = {"zhuji-2023@2022-11-22", "tengzhou-2024", "tengzhou-2025@2024-11-22", "yutai-2024", "yicheng-2024"})
    void outputExampleIsUpToDate(String exampleAndDate, @TempDir Path out) throws IOException {
        String example = exampleAndDate.split("@")[0];
        // the two bundled examples of README's first commands run a week inside the window, so that the ranking,
        // 本周新增 and 约谈 mean something; the notices' worked examples run to their last payment
        Optional<java.time.LocalDate> asOf = exampleAndDate.contains("@")
                ? Optional.of(java.time.LocalDate.parse(exampleAndDate.split("@")[1])) : Optional.empty();
        Path expected = Path.of("output-example", example);
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of("input-example", example), asOf, out);
        List<String> expectedNames = names(expected);
        assertEquals(expectedNames, names(out), "output-example is stale: regenerate it (README)");
        for (String name : expectedNames) {
            if (name.endsWith(".xlsx")) {
                assertEquals(cells(expected.resolve(name)), cells(out.resolve(name)), name + " is stale");
            } else if (name.endsWith(".docx")) {
                assertEquals(text(expected.resolve(name)), text(out.resolve(name)), name + " is stale");
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

    /** A Word document's paragraphs and table cells, and how many pictures it holds. */
    private static String text(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            for (org.apache.poi.xwpf.usermodel.IBodyElement e : doc.getBodyElements()) {
                if (e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
                    lines.add(p.getText());
                } else if (e instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                    t.getRows().forEach(r -> lines.add(String.join("|", r.getTableCells().stream().map(c -> c.getText()).toList())));
                }
            }
            lines.add("pictures: " + doc.getAllPictures().size());
            return String.join("\n", lines);
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

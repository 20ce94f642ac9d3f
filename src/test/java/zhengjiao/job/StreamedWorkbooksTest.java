package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhengjiao.testing.LayoutCheck;

/**
 * The checklist and the certification of a county (more rows than {@code zhengjiao.streamingRows}) are streamed to
 * disk; they must print as well as a town's, held in memory, and hold the same figures. The streamed path is tried
 * on the 朱集 2023 subsidy folder by lowering the threshold to one row.
 */
class StreamedWorkbooksTest {

    private static final Path FOLDER = Path.of("src/test/resources/subsidy/zhuji");
    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);

    @ParameterizedTest
    @ValueSource(strings = {"核对清单", "资助代缴认定结果"})
    void streamedWorkbookPrintsWellAndHoldsTheSameFigures(String name, @TempDir Path dir) throws IOException {
        Path memory = dir.resolve("memory");
        Path streamed = dir.resolve("streamed");
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(FOLDER, Optional.of(AS_OF), memory);
        new CampaignRun(new PrintWriter(Writer.nullWriter())).streamingRows(1).run(FOLDER, Optional.of(AS_OF), streamed);
        String file = name + "_" + AS_OF + ".xlsx";
        assertTrue(inlineStrings(streamed.resolve(file)), "the workbook was streamed (rows written with inline strings)");
        assertEquals(List.of(), LayoutCheck.problems(memory.resolve(file)));
        assertEquals(List.of(), LayoutCheck.problems(streamed.resolve(file)));
        assertEquals(cells(memory.resolve(file)), cells(streamed.resolve(file)));
    }

    /** Whether any sheet of {@code xlsx} holds rows as the streaming writer writes them. */
    private static boolean inlineStrings(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("t=\"inlineStr\"")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Every non-empty cell as "sheet!row:column type text", in order. */
    private static List<String> cells(Path xlsx) throws IOException {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (!text.isEmpty()) {
                            out.add(sheet.getSheetName() + "!" + row.getRowNum() + ":" + cell.getColumnIndex() + " "
                                    + cell.getCellType() + " " + text);
                        }
                    }
                }
            }
        }
        return out;
    }
}

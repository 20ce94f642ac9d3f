package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --only}: the output folder holds exactly the chosen files, each the same as a full run writes it, and an
 * unknown name is refused with the valid ones listed.
 */
class OnlyOptionTest {

    private static final String FOLDER = "src/test/resources/subsidy/yutai";
    private static final String DATE = "2023-12-20";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A workbook's or document's parts, without the document properties (they hold the time written). */
    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        if (!file.toString().endsWith(".xlsx") && !file.toString().endsWith(".docx")) {
            parts.put("", Files.readAllBytes(file));
            return parts;
        }
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().startsWith("docProps/")) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static void assertSameFiles(Path full, Path some, List<String> files) throws IOException {
        for (String name : files) {
            Map<String, byte[]> a = parts(full.resolve(name));
            Map<String, byte[]> b = parts(some.resolve(name));
            assertEquals(a.keySet(), b.keySet(), name);
            for (String part : a.keySet()) {
                assertArrayEquals(a.get(part), b.get(part), name + " " + part);
            }
        }
    }

    @Test
    void writesExactlyTheChosenOutputsAsAFullRunDoes(@TempDir Path dir) throws IOException {
        Path full = dir.resolve("full");
        assertEquals(0, run("run", FOLDER, "--as-of", DATE, "--out", full.toString()), err.toString(StandardCharsets.UTF_8));
        Path some = dir.resolve("some");
        assertEquals(0, run("run", FOLDER, "--as-of", DATE, "--out", some.toString(), "--only", "周排名通报，核对清单",
                "--only", "工作经费补助"), err.toString(StandardCharsets.UTF_8));
        List<String> chosen = List.of("周排名通报_" + DATE + ".xlsx", "工作经费补助_" + DATE + ".xlsx", "核对清单_" + DATE + ".xlsx");
        assertEquals(chosen.stream().sorted().toList(), names(some));
        assertSameFiles(full, some, chosen);
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("已生成 3 个文件"), listing);
    }

    @Test
    void theBriefingAloneNeedsNoRanking(@TempDir Path dir) throws IOException {
        Path full = dir.resolve("full");
        assertEquals(0, run("run", FOLDER, "--as-of", DATE, "--out", full.toString()), err.toString(StandardCharsets.UTF_8));
        Path some = dir.resolve("some");
        assertEquals(0, run("run", FOLDER, "--as-of", DATE, "--out", some.toString(), "--only", "领导简报,周通报,缴费名单公示"),
                err.toString(StandardCharsets.UTF_8));
        List<String> chosen = List.of("周通报_" + DATE + ".txt", "周通报_" + DATE + ".docx", "缴费名单公示_" + DATE + ".xlsx",
                "领导简报_" + DATE + ".xlsx", "领导简报_" + DATE + ".docx");
        assertEquals(chosen.stream().sorted().toList(), names(some));
        // the briefing's chart images are drawn anew each time: the text parts are compared
        assertSameFiles(full, some, List.of("周通报_" + DATE + ".txt", "缴费名单公示_" + DATE + ".xlsx"));
    }

    @Test
    void anOutputTheFolderCannotHaveIsNamedInAWarning(@TempDir Path dir) {
        assertEquals(0, run("run", FOLDER, "--as-of", DATE, "--out", dir.toString(), "--only", "督查分组通报,周通报"),
                err.toString(StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("警告：--only 选了 督查分组通报，但文件夹中没有督查分组表，不生成"), log);
        // the circular needs no roster: it is not read
        assertTrue(!log.contains("读取参保台账"), log);
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidOnes(@TempDir Path dir) throws IOException {
        assertEquals(2, run("run", FOLDER, "--out", dir.resolve("o").toString(), "--only", "周排名,核对清单"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--only 中的「周排名」不是输出的名称；可选：周排名通报、工作经费补助、周通报、领导简报、核对清单"), message);
        assertTrue(!Files.exists(dir.resolve("o")), "nothing written");
    }

    /**
     * Without a roster, {@code --only 核对清单} checks the payers one at a time without listing them (a county's
     * millions); its notes on payments after the window and before a subsidy birthday are those of a full run.
     */
    @Test
    void aChecklistWithoutTheListsHasTheFullRunsNotes(@TempDir Path dir) throws IOException {
        zhengjiao.testing.CampaignBuilder b = new zhengjiao.testing.CampaignBuilder().setting("年龄资助: [53]")
                .village("东村", 20).village("西村", 20);
        for (int n = 1; n <= 40; n++) {
            // some pay after the window (2022-12-31), some before their 53rd birthday in 2022
            String date = n % 5 == 0 ? "2023-01-0" + (1 + n % 3) : "2022-1" + (n % 3) + "-1" + (n % 9);
            b.payment(n, "人" + n, n % 2 == 0 ? "东村" : "西村", date, String.valueOf(1000 + n));
        }
        Path folder = b.write(dir.resolve("f"));
        Path full = dir.resolve("full");
        Path some = dir.resolve("some");
        assertEquals(0, run("run", folder.toString(), "--as-of", "2023-01-05", "--out", full.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("run", folder.toString(), "--as-of", "2023-01-05", "--out", some.toString(), "--only", "核对清单"),
                err.toString(StandardCharsets.UTF_8));
        String checklist = "核对清单_2023-01-05.xlsx";
        assertSameFiles(full, some, List.of(checklist));
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(some.resolve(checklist));
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|'))));
        }
        assertTrue(text.indexOf("晚于征缴期") >= 0 && text.indexOf("生日前缴费") >= 0, text.toString());
    }
}

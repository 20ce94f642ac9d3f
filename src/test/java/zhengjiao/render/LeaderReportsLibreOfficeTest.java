package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.job.CampaignRun;

/**
 * LibreOffice opens the circular document and the briefing and prints them: the briefing (workbook and Word copy) on
 * exactly one A4 page, the circular on A4 pages. Runs when soffice is installed (as {@link LibreOfficeTest}).
 */
@EnabledIf("zhengjiao.render.LibreOfficeTest#sofficeInstalled")
class LeaderReportsLibreOfficeTest {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page\\b(?!s)");
    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]");

    @Test
    void briefingPrintsOnOnePageAndTheCircularOnA4(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of("src/test/resources/golden/county-villages"),
                Optional.empty(), out);
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("领导简报_")
                    || p.getFileName().toString().matches("周通报_.*\\.docx")).sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        List<String> command = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
        // a workbook and a document of the same name would convert to the same PDF: convert them apart
        for (Path f : files) {
            Path copy = dir.resolve(f.getFileName().toString().replace(".", "-") + "." + extension(f));
            Files.copy(f, copy);
            command.add(copy.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".", "-") + ".pdf";
            String pdf = new String(Files.readAllBytes(dir.resolve("pdf").resolve(name)), StandardCharsets.ISO_8859_1);
            int pages = count(PAGE.matcher(pdf));
            Matcher box = MEDIA_BOX.matcher(pdf);
            assertTrue(box.find(), name);
            assertEquals(595.3, Double.parseDouble(box.group(1)), 1.0, name + " is A4 wide");
            assertEquals(841.9, Double.parseDouble(box.group(2)), 1.0, name + " is A4 high");
            if (name.startsWith("领导简报")) {
                assertEquals(1, pages, name + " prints on one page");
            } else {
                assertTrue(pages >= 2, name + " has " + pages + " pages");
            }
        }
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(d, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("soffice not found");
    }
}

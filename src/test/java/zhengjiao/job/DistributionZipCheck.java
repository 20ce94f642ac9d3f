package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution zip that {@code mvn package} makes ({@code target/zhengjiao-<version>.zip}): what a county hands to
 * its towns. Runs in the {@code verify} phase, after the zip exists (a second surefire execution in pom.xml; the name
 * does not end in Test, so the unit-test run leaves it out). The zip's path comes in as {@code zhengjiao.dist}.
 */
class DistributionZipCheck {

    private static final List<String> EXAMPLES = List.of("zhuji-2023", "tengzhou-2024", "tengzhou-2025", "yutai-2024",
            "yicheng-2024");

    private static Path zip;
    private static String base;
    private static Set<String> names;

    @BeforeAll
    static void open() throws IOException {
        String property = System.getProperty("zhengjiao.dist");
        assertNotNull(property, "run by mvn verify: the zip's path comes in as zhengjiao.dist");
        zip = Path.of(property);
        assertTrue(Files.isRegularFile(zip), "mvn package makes " + zip);
        String file = zip.getFileName().toString();
        base = file.substring(0, file.length() - ".zip".length()) + "/";
        names = new TreeSet<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                names.add(e.getName());
            }
        }
    }

    @Test
    void everythingSitsInOneFolderNamedAfterTheVersion() {
        assertTrue(base.matches("zhengjiao-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?/"), base);
        names.forEach(n -> assertTrue(n.startsWith(base), n));
    }

    @Test
    void launchersSitNextToTheJarWithTheGuide() throws IOException {
        for (String top : List.of("zhengjiao.jar", "zhengjiao.bat", "zhengjiao", "使用说明.txt")) {
            assertTrue(names.contains(base + top), top);
        }
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            assertEquals(0755, z.getEntry(base + "zhengjiao").getUnixMode() & 0777, "the POSIX launcher is executable");
            assertArrayEquals(Files.readAllBytes(Path.of("bin", "zhengjiao.bat")), bytes(z, base + "zhengjiao.bat"),
                    "zhengjiao.bat keeps its bytes (GBK, CRLF)");
            assertArrayEquals(Files.readAllBytes(Path.of("src", "assembly", "使用说明.txt")), bytes(z, base + "使用说明.txt"),
                    "使用说明.txt keeps its bytes (BOM, CRLF)");
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                assertTrue(e.getGeneralPurposeBit().usesUTF8ForNames(), "UTF-8 name flag: " + e.getName());
            }
        }
    }

    /** The POSIX launcher takes a folder first, with options after it, as a run (the jar is built by now). */
    @Test
    void theLauncherRunsAFolderGivenWithOptions(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Process p = new ProcessBuilder("/bin/sh", "bin/zhengjiao", "src/test/resources/golden/basic", "--as-of", "2022-11-15",
                "--out", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        assertTrue(Files.exists(out.resolve("周排名通报_2022-11-15.xlsx")), log);
    }

    @Test
    void theJarIsTheRunnableOne() throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get();
             ZipInputStream jar = new ZipInputStream(z.getInputStream(z.getEntry(base + "zhengjiao.jar")))) {
            for (var e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                classes.add(e.getName());
            }
        }
        assertTrue(classes.contains("zhengjiao/cli/Main.class"));
        assertTrue(classes.contains("picocli/CommandLine.class"), "dependencies are inside (shaded jar)");
        assertTrue(classes.contains("policies/滕州市2025.yaml"));
    }

    @Test
    void templatesAndPoliciesAreThere() throws IOException {
        assertEquals(files("templates", base + "templates/"), under(base + "templates/"));
        assertEquals(files("policies", base + "policies/"), under(base + "policies/"));
    }

    @Test
    void theFiveExamplesAndTheirOutputsAreThere() throws IOException {
        for (String example : EXAMPLES) {
            assertTrue(names.contains(base + "示例/" + example + "/campaign.yaml"), example);
            assertTrue(names.contains(base + "示例/" + example + "/README.md"), example);
            assertTrue(names.stream().anyMatch(n -> n.startsWith(base + "示例/" + example + "/payments/") && n.endsWith(".csv")),
                    example + " payments");
            assertEquals(files("output-example/" + example, base + "示例输出/" + example + "/"),
                    under(base + "示例输出/" + example + "/"), example + " outputs");
        }
        assertFalse(names.stream().anyMatch(n -> n.contains("/output/")), "no local run output is shipped");
    }

    private static Set<String> under(String prefix) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            if (n.startsWith(prefix) && !n.endsWith("/") && n.indexOf('/', prefix.length()) < 0) {
                out.add(n);
            }
        }
        return out;
    }

    private static Set<String> files(String dir, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            Set<String> out = new TreeSet<>();
            list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .forEach(n -> out.add(prefix + n));
            return out;
        }
    }

    private static byte[] bytes(ZipFile z, String name) throws IOException {
        try (InputStream in = z.getInputStream(z.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help fits an 80-column terminal, lists every file run writes, and --version names the version. */
class HelpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String help(String... args) {
        out.reset();
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Display columns as a terminal shows them: CJK characters and full-width forms take two. */
    private static int columns(String line) {
        return line.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "check", "decompose", "sample"})
    void everyHelpLineFitsEightyColumns(String command) {
        String text = command.isEmpty() ? help("--help") : help(command, "--help");
        for (String line : text.split("\n")) {
            assertTrue(columns(line) <= 80, columns(line) + " columns: " + line);
            assertFalse(line.stripLeading().matches("^[，。；：、）」].*"), "a line starts with a closing mark: " + line);
        }
    }

    @Test
    void optionDescriptionsLineUpInOneColumn() {
        String text = help("decompose", "--help");
        String options = text.substring(text.indexOf("选项："), text.length());
        Set<Integer> descriptionColumns = options.lines().filter(l -> l.startsWith("  -") || l.startsWith("      --"))
                .map(HelpTest::descriptionColumn).collect(Collectors.toSet());
        assertEquals(1, descriptionColumns.size(), options);
    }

    /** The display column where the description starts: after the names and a run of two or more spaces. */
    private static int descriptionColumn(String line) {
        Matcher m = Pattern.compile("^ *\\S.*?\\S {2,}").matcher(line);
        assertTrue(m.find(), line);
        return columns(m.group());
    }

    @Test
    void chineseIsWrappedBetweenCharactersAndAsciiWordsStayWhole() {
        List<String> lines = HelpLayout.wrap("检查征缴文件夹（设置、任务分解表、每个清册），逐条列出问题，并写入 检查结果.xlsx；不生成报表。", 30);
        for (String l : lines) {
            assertTrue(columns(l) <= 30, l);
        }
        assertEquals("检查征缴文件夹（设置、任务分解表、每个清册），逐条列出问题，并写入 检查结果.xlsx；不生成报表。",
                String.join("", lines).replace("写入检查", "写入 检查"));
        assertTrue(lines.stream().anyMatch(l -> l.contains(".xlsx")) && lines.stream().noneMatch(l -> l.endsWith(".")),
                lines.toString());
        assertTrue(lines.size() >= 3, lines.toString());
    }

    @Test
    void aClosingMarkNeverStartsALine() {
        // 29 characters then a comma: the comma would start line two; the character before it moves down with it
        String text = "一二三四五六七八九十一二三四五，六七八";
        List<String> lines = HelpLayout.wrap(text, 30);
        assertEquals(List.of("一二三四五六七八九十一二三四", "五，六七八"), lines);
    }

    /** Every file a run of a campaign with a roster and a subsidy policy writes is named in both helps. */
    @Test
    void theHelpListsEveryFileARunWrites(@TempDir Path dir) throws IOException {
        assertEquals(0, run("run", "src/test/resources/subsidy/yutai", "--as-of", "2023-12-20", "--out", dir.toString()),
                err.toString(StandardCharsets.UTF_8));
        List<String> written;
        try (Stream<Path> files = Files.list(dir)) {
            written = files.map(p -> p.getFileName().toString().replace("2023-12-20", "<日期>")).sorted().toList();
        }
        assertEquals(12, written.size(), written.toString());
        String main = help("--help");
        String run = help("run", "--help");
        for (String name : written) {
            assertTrue(main.contains(name), name + " in zhengjiao --help");
            assertTrue(run.contains(name), name + " in zhengjiao run --help");
        }
    }

    /** The files a run may write, as named in the code that writes them, are all in the help. */
    @Test
    void theHelpListsEveryFileTheRunCodeNames() throws IOException {
        String code = Files.readString(Path.of("src/main/java/zhengjiao/job/CampaignRun.java"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("src/main/java/zhengjiao/render/LeaderReports.java"), StandardCharsets.UTF_8);
        String run = help("run", "--help");
        java.util.Set<String> files = new java.util.TreeSet<>();
        Matcher dated = Pattern.compile("\"([^\"]+_)\" \\+ asOf \\+ \"(\\.[a-z]+)\"").matcher(code);
        while (dated.find()) {
            files.add(dated.group(1) + "<日期>" + dated.group(2));
        }
        Matcher undated = Pattern.compile("(?:stage\\.file\\(|write\\(stage, |new Job\\()\"([^\"]+\\.(?:xlsx|txt|docx))\"").matcher(code);
        while (undated.find()) {
            files.add(undated.group(1));
        }
        for (String name : files) {
            assertTrue(run.contains(name), name + " is written by the run but not in the help");
        }
        assertEquals(OutputFiles.ALL.size(), files.size(), files.toString());
    }

    @Test
    void versionNamesTheProjectVersion() {
        String text = help("--version");
        assertTrue(text.matches("zhengjiao 版本 \\d+\\.\\d+\\.\\d+\\S*\\R"), text);
    }
}

package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zhengjiao.testing.TestFiles;

/**
 * A corpus of broken settings files, broken policy files and broken command lines, each run through
 * {@link Main#execute}: the exit code is 1 (input) or 2 (usage); what is printed is Chinese, names the file and line
 * where there is one, and has no English library text and no stack trace.
 */
class ChineseErrorsTest {

    private static final Path BASIC = Path.of("src/test/resources/golden/basic");
    /** Fragments of picocli's, SnakeYAML's and the JVM's English that must never be printed. */
    private static final Pattern ENGLISH = Pattern.compile("Exception|Error\\b|while (parsing|scanning)|expected|found|"
            + "Unknown option|Missing required|Invalid value|Unmatched|should be|at index|could not|not allowed|"
            + "duplicate|WARNING|\\tat |Caused by");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8)); // a library logging to System.err is caught too
        try {
            return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private void assertChinese(String printed) {
        assertTrue(HAN.matcher(printed).find(), "Chinese: " + printed);
        Matcher english = ENGLISH.matcher(printed);
        assertFalse(english.find(), () -> "English library text「" + english.group() + "」in: " + printed);
    }

    /** A campaign folder whose campaign.yaml is {@code yaml}. */
    private Path campaign(String yaml) throws IOException {
        Path folder = dir.resolve("campaign");
        TestFiles.copyTree(BASIC, folder);
        Files.writeString(folder.resolve("campaign.yaml"), yaml, StandardCharsets.UTF_8);
        return folder;
    }

    /** The settings of the basic campaign, 7 lines; line 5 is 考核日期. */
    private static final String SETTINGS = "辖区: 测试镇\n年度: 2023\n征缴开始: 2022-10-01\n征缴截止: 2022-12-31\n"
            + "考核日期: 2022-12-20\n补助标准: 1\n靠后名次: 1\n";

    static Stream<Arguments> brokenSettings() {
        return Stream.of(
                Arguments.of("impossible date", SETTINGS.replace("2022-12-20", "2022-12-32"), 5, "不是真实存在的日期"),
                Arguments.of("29 February of a common year", SETTINGS.replace("2022-12-20", "2023-02-29"), 5, "2023 年 2 月只有 28 天"),
                Arguments.of("key twice", SETTINGS + "\n年度: 2022\n", 9, "「年度」写了两次（第 2 行和第 9 行）"),
                Arguments.of("unknown key", SETTINGS.replace("考核日期", "考核日其"), 5, "是否应为「考核日期」"),
                Arguments.of("tab indentation", SETTINGS + "认可金额:\n\t- 50\n", 9, "缩进不能用 Tab 键，请改用空格"),
                Arguments.of("unclosed bracket", SETTINGS.replace("辖区: 测试镇", "辖区: [测试镇, {"), 1, "没有对应的「}」"),
                Arguments.of("unclosed quote", SETTINGS.replace("辖区: 测试镇", "辖区: \"测试镇"), 1, "引号没有配对"),
                Arguments.of("full-width colon", SETTINGS.replace("年度: 2023", "年度：2023"), 2, "中文冒号"),
                Arguments.of("two colons", SETTINGS.replace("辖区: 测试镇", "辖区: 测试镇: 朱集"), 1, "多了一个冒号"),
                Arguments.of("bad indentation", SETTINGS.replace("年度: 2023", "  年度: 2023"), 2, "这一行比上一行多缩进了"),
                Arguments.of("alias bomb", SETTINGS + aliasBomb(), 11, "别名炸弹"),
                Arguments.of("deep nesting", SETTINGS + "认可金额: " + "[".repeat(40) + "]".repeat(40) + "\n", 8, "嵌套超过"),
                Arguments.of("not a number", SETTINGS.replace("年度: 2023", "年度: 2023年"), 2, "「年度」应为整数"),
                Arguments.of("missing key", SETTINGS.replace("辖区: 测试镇\n", ""), 0, "缺少设置「辖区」"),
                Arguments.of("empty file", "", 0, "设置文件是空的"));
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [哈,哈,哈,哈,哈,哈,哈,哈,哈]\n");
        for (char c = 'b', previous = 'a'; c <= 'i'; previous = c, c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", Collections.nCopies(9, "*" + previous)))
                    .append("]\n");
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void aBrokenSettingsFileStopsTheRunInChineseWithItsLine(String what, String yaml, int line, String expected)
            throws IOException {
        Path folder = campaign(yaml);
        assertEquals(1, run("run", folder.toString(), "--out", dir.resolve("out").toString()), what);
        String printed = printed();
        assertChinese(printed);
        assertTrue(printed.contains("文件 campaign.yaml" + (line > 0 ? " 第 " + line + " 行：" : "：")), what + ": " + printed);
        assertTrue(printed.contains(expected), what + ": " + printed);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void checkReportsTheSameAsAnError(String what, String yaml, int line, String expected) throws IOException {
        Path folder = campaign(yaml);
        assertEquals(1, run("check", folder.toString(), "--out", dir.resolve("out").toString()), what);
        String printed = printed();
        assertChinese(printed);
        assertTrue(printed.contains("[错误] 文件 campaign.yaml" + (line > 0 ? " 第 " + line + " 行：" : "：")), what + ": " + printed);
        assertTrue(printed.contains(expected), what + ": " + printed);
    }

    @Test
    void settingsThatAreNotUtf8AreAnInputError() throws IOException {
        Path folder = campaign("");
        Files.write(folder.resolve("campaign.yaml"), SETTINGS.getBytes(Charset.forName("GBK")));
        assertEquals(1, run("run", folder.toString()));
        assertChinese(printed());
        assertTrue(printed().contains("必须是 UTF-8 编码"), printed());
    }

    /** A valid policy of an invented county; line 5 is 新认定截止, line 8 a group's 资金. */
    private static final String POLICY = """
            名称: 某县2023年度资助政策
            个人缴费标准: 350
            资金: [医疗救助资金, 县财政]
            动态调整类别: [低保对象]
            新认定截止: 2023-02-28
            类别:
              - 名称: 低保对象
                资金: 医疗救助资金
                资助: 全额
            """;

    static Stream<Arguments> brokenPolicies() {
        return Stream.of(
                Arguments.of("impossible date", POLICY.replace("2023-02-28", "2023-02-29"), 5, "2023 年 2 月只有 28 天"),
                Arguments.of("key twice", POLICY.replace("    资助: 全额", "    资助: 全额\n    资金: 县财政"), 10,
                        "「资金」写了两次（第 8 行和第 10 行）"),
                Arguments.of("unknown key", POLICY.replace("新认定截止", "新认定截至"), 5, "是否应为「新认定截止」"),
                Arguments.of("tab indentation", POLICY.replace("    资助: 全额", "\t资助: 全额"), 9, "缩进不能用 Tab 键"),
                Arguments.of("unclosed bracket", POLICY.replace("[医疗救助资金, 县财政]", "[医疗救助资金, 县财政"), 3,
                        "没有对应的「]」"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPolicies")
    void aBrokenPolicyFileStopsTheRunInChineseWithItsLine(String what, String policy, int line, String expected)
            throws IOException {
        Path folder = campaign(SETTINGS + "个人缴费标准: 350\n资助政策: 某县2023\n");
        Files.writeString(folder.resolve("某县2023.yaml"), policy, StandardCharsets.UTF_8);
        assertEquals(1, run("run", folder.toString(), "--out", dir.resolve("out").toString()), what);
        String printed = printed();
        assertChinese(printed);
        assertTrue(printed.contains("文件 某县2023.yaml 第 " + line + " 行："), what + ": " + printed);
        assertTrue(printed.contains(expected), what + ": " + printed);
    }

    @Test
    void theValidPolicyOfTheCorpusReads() throws IOException {
        Path folder = campaign(SETTINGS + "个人缴费标准: 350\n资助政策: 某县2023\n");
        Files.writeString(folder.resolve("某县2023.yaml"), POLICY, StandardCharsets.UTF_8);
        assertEquals(0, run("run", folder.toString(), "--out", dir.resolve("out").toString()), printed());
    }

    static Stream<Arguments> brokenCommandLines() {
        String folder = BASIC.toString();
        return Stream.of(
                Arguments.of(List.of(), 2, "请指定命令"),
                Arguments.of(List.of("rnu", folder), 2, "没有「rnu」这个命令，是否应为「run」？"),
                Arguments.of(List.of("run", folder, "--ot", "x"), 2, "没有「--ot」这个选项，是否应为「--out」？"),
                Arguments.of(List.of("run", folder, "--bogus"), 2, "没有「--bogus」这个选项"),
                Arguments.of(List.of("run"), 2, "缺少参数 <征缴文件夹>"),
                Arguments.of(List.of("check"), 2, "缺少参数 <征缴文件夹>"),
                Arguments.of(List.of("run", folder, "--out"), 2, "选项 --out 后面缺少 <输出文件夹>"),
                Arguments.of(List.of("run", folder, "extra"), 2, "多余的参数「extra」"),
                Arguments.of(List.of("run", folder, "--out", "a", "--out", "b"), 2, "选项 --out 只能写一次"),
                Arguments.of(List.of("run", folder, "--as-of", "2022-13-01"), 2, "--as-of 应为 yyyy-MM-dd 格式的真实日期"),
                Arguments.of(List.of("run", folder, "--as-of", "2023-02-29"), 2, "--as-of 应为 yyyy-MM-dd 格式的真实日期"),
                Arguments.of(List.of("decompose", "--total", "abc", "x.csv", "--out", "y.xlsx"), 2, "选项 --total 的值「abc」不对：应为整数"),
                Arguments.of(List.of("decompose", "--rate", "八成", "x.csv", "--out", "y.xlsx"), 2, "选项 --rate 的值「八成」不对：应为数字"),
                Arguments.of(List.of("decompose", "--total", "5", "--fixed", "刘寨", "x.csv", "--out", "y.xlsx"), 2,
                        "应为「村名=任务数」的形式"),
                Arguments.of(List.of("decompose", "--total", "5", "x.csv"), 2, "缺少必需的选项 --out <文件.xlsx>"),
                Arguments.of(List.of("decompose", "--totl", "5", "x.csv", "--out", "y.xlsx"), 2, "是否应为「--total」"),
                Arguments.of(List.of("sample", "--scale", "many", "--out", "x"), 2, "选项 --scale 的值「many」不对：应为整数"),
                Arguments.of(List.of("run", "no-such-folder"), 1, "找不到征缴文件夹：no-such-folder"),
                Arguments.of(List.of("check", "no-such-folder"), 1, "找不到征缴文件夹：no-such-folder"),
                Arguments.of(List.of("decompose", "--total", "5", "no-such.csv", "--out", "y.xlsx"), 1, "no-such.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCommandLines")
    void aBrokenCommandLineIsExplainedInChinese(List<String> args, int exit, String expected) {
        List<String> all = new ArrayList<>(args);
        all.replaceAll(a -> a.equals("y.xlsx") || a.equals("x") ? dir.resolve(a).toString() : a);
        assertEquals(exit, run(all.toArray(String[]::new)), printed());
        String printed = printed();
        assertChinese(printed);
        assertTrue(printed.contains(expected), printed);
        if (exit == 2) {
            assertTrue(printed.contains("用法错误："), printed);
            assertTrue(printed.contains("用法：zhengjiao"), "the synopsis follows: " + printed);
        }
    }

    @Test
    void aResidentIdOnTheCommandLineIsMasked() {
        assertEquals(2, run("run", BASIC.toString(), "341323199001011234"));
        assertFalse(printed().contains("341323199001011234"), printed());
        assertTrue(printed().contains("341323********1234"), printed());
    }
}

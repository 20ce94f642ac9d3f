package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhengjiao.domain.InputException;

/** YAML syntax errors become Chinese messages with the line; aliases and nesting are limited. */
class YamlFileTest {

    private static final Path FILE = Path.of("设置.yaml");
    /** Words of SnakeYAML's English messages that must never reach a user. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)while|expected|found|scanning|parsing|mapping|exception|token|alias");

    private static String error(String yaml) {
        String message = assertThrows(InputException.class, () -> YamlFile.parse(FILE, yaml)).getMessage();
        assertFalse(ENGLISH.matcher(message).find(), message);
        return message;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tab indentation       | 辖区: 甲镇\\n类别:\\n\\t- 低保\\n                    | 3 | 缩进不能用 Tab 键，请改用空格",
        "unclosed flow mapping | # 注释\\n辖区: [甲镇, {\\n上级: 乙县\\n年度: 2023\\n       | 2 | 这一行的「{」没有对应的「}」",
        "unclosed flow list    | 辖区: 甲镇\\n认可金额: [50, 80\\n年度: 2023\\n          | 2 | 这一行的「[」没有对应的「]」",
        "unclosed quote        | 辖区: '甲镇\\n年度: 2023\\n                            | 1 | 引号没有配对",
        "full-width colon      | 辖区: 甲镇\\n年度：2023\\n上级: 乙县\\n                 | 2 | 中文冒号「：」",
        "two colons            | 辖区: 甲镇: 乙县\\n                                     | 1 | 多了一个冒号",
        "bad indentation       | 类别:\\n  - 名称: 甲\\n    资金: 乙\\n   别名: 丙\\n      | 4 | 缩进",
        "at sign               | 辖区: @甲镇\\n                                          | 1 | 「@」不能出现在值的开头",
        "second document       | 辖区: 甲镇\\n---\\n辖区: 乙镇\\n                        | 2 | 一个文件只能有一份内容",
        "undefined alias       | 辖区: 甲镇\\n上级: *乙县\\n                             | 2 | 前面没有对应的「&乙县」",
        "empty list item       | 认可金额: [50, , 80]\\n                                  | 1 | 第 12 列的「,」不能出现在这里",
        "list item after key   | 辖区: 甲镇\\n上级: - 乙县\\n                             | 2 | 列表项「- 」的位置不对"})
    void syntaxErrorsNameTheLineInChinese(String what, String yaml, int line, String expected) {
        String message = error(yaml.strip().replace("\\n", "\n").replace("\\t", "\t") + "\n");
        assertTrue(message.startsWith("文件 设置.yaml 第 " + line + " 行："), what + ": " + message);
        assertTrue(message.contains(expected), what + ": " + message);
    }

    @Test
    void aKeyTwiceInANestedMappingNamesBothLines() {
        String message = error("类别:\n  - 名称: 甲\n    资金: 乙\n    名称: 丙\n");
        assertEquals("文件 设置.yaml 第 4 行：「名称」写了两次（第 2 行和第 4 行），程序不知道该用哪一个，请删去其中一行", message);
    }

    @Test
    void anAliasBombIsRefusedQuicklyWithTheLine() {
        StringBuilder yaml = new StringBuilder("a: &a [\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)))
                    .append("]\n");
            previous = c;
        }
        String message = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> error(yaml.toString()));
        assertTrue(message.startsWith("文件 设置.yaml 第 4 行："), message);
        assertTrue(message.contains("别名炸弹"), message);
    }

    @Test
    void aFewAliasesThatExpandToALotAreRefusedToo() {
        StringBuilder yaml = new StringBuilder("a: &a [" + String.join(",", java.util.Collections.nCopies(5000, "1")) + "]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'f'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous).append("]\n");
            previous = c;
        }
        String message = error(yaml.toString());
        assertTrue(message.contains("展开别名后超过 100000 项"), message);
    }

    @Test
    void aRecursiveAliasIsRefused() {
        String message = error("a: &x\n  b: *x\n");
        assertTrue(message.startsWith("文件 设置.yaml 第 2 行：别名「*x」引用了包含它自己的内容"), message);
    }

    @Test
    void tooDeepNestingIsRefusedWithTheLine() {
        String message = error("a: " + "[".repeat(30) + "]".repeat(30) + "\n");
        assertTrue(message.startsWith("文件 设置.yaml 第 1 行：嵌套超过 20 层"), message);
    }

    @Test
    void anEmptyFileOrAScalarIsNotSettings() {
        YamlFile empty = YamlFile.parse(FILE, "# 只有注释\n");
        assertTrue(assertThrows(InputException.class, () -> empty.rootMap("设置文件")).getMessage().contains("设置文件是空的"));
        YamlFile scalar = YamlFile.parse(FILE, "年度 2023\n");
        assertTrue(assertThrows(InputException.class, () -> scalar.rootMap("设置文件")).getMessage()
                .contains("应为每行一项「键: 值」的格式"));
        YamlFile fullWidth = YamlFile.parse(FILE, "年度：2023\n");
        assertEquals("文件 设置.yaml 第 1 行：键和值之间用了中文冒号「：」，请改用英文冒号加空格，如「年度: 2023」",
                assertThrows(InputException.class, () -> fullWidth.rootMap("设置文件")).getMessage());
    }

    @Test
    void valuesStayTextAndKeysRememberTheirLines() {
        YamlFile y = YamlFile.parse(FILE, "\uFEFF# 注释\n年度: 2023\n日期: 2022-12-32\n金额: [50, 80]\n免缴: yes\n空: ~\n");
        Map<?, ?> map = y.rootMap("设置文件");
        assertEquals("2023", map.get("年度"));
        assertEquals("2022-12-32", map.get("日期"), "never a rolled-over Date");
        assertEquals(List.of("50", "80"), map.get("金额"));
        assertEquals(Boolean.TRUE, map.get("免缴"));
        assertEquals(null, map.get("空"));
        assertEquals(3, y.line(map, "日期"));
        assertEquals(0, y.line(map, "没有"));
    }

    @Test
    void aValueInTheMessageIsRedacted() {
        YamlFile y = YamlFile.parse(FILE, "考核日期: 341323199001011234\n");
        String message = assertThrows(InputException.class, () -> y.date(y.rootMap("设置文件"), "考核日期")).getMessage();
        assertFalse(message.contains("341323199001011234"), message);
        assertTrue(message.contains("341323********1234"), message);
    }
}

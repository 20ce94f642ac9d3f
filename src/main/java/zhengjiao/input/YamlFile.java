package zhengjiao.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Redact;
import zhengjiao.domain.Spelling;

/**
 * A settings-like YAML file ({@code campaign.yaml}, a policy file) read strictly, with every problem reported in
 * Chinese with the file and line and what to do:
 * <ul>
 * <li>SnakeYAML's syntax errors (tab indentation, unclosed brackets and quotes, a full-width colon, bad indentation)
 * become Chinese explanations; no library text reaches the user;</li>
 * <li>a key given twice in one mapping is an error naming both lines (SnakeYAML would keep the last one);</li>
 * <li>aliases ({@code *name}) are limited in number and in what they expand to, so an "alias bomb" is refused, and
 * nesting is limited in depth;</li>
 * <li>values are kept as text (only {@code null} and YAML's yes/no words are interpreted), so a date such as
 * {@code 2022-12-32} is never rolled over to another day by a lenient calendar: {@link #date} reads it strictly.</li>
 * </ul>
 * Mappings become {@link LinkedHashMap}s with text keys, sequences {@link ArrayList}s, scalars strings (or
 * {@link Boolean}, or null); {@link #line(Map, String)} gives the line where a key was written.
 */
public final class YamlFile {

    /** Most aliases of a list or mapping one file may use. */
    static final int MAX_ALIASES = 20;
    /** Deepest nesting of lists and mappings. */
    static final int MAX_DEPTH = 20;
    /** Most values a file may hold once its aliases are expanded. */
    static final int MAX_VALUES = 100_000;
    /** Largest file read, in bytes. */
    static final long MAX_BYTES = 1 << 20;

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> TRUE_WORDS = Set.of("yes", "true", "on");

    private final Path file;
    private final List<String> lines;
    private final Object root;
    private final Map<Object, Map<String, Integer>> keyLines = new IdentityHashMap<>();

    private YamlFile(Path file, String text, Node node) {
        this.file = file;
        this.lines = text.lines().toList();
        this.root = node == null ? null : value(node);
    }

    /**
     * Reads {@code file} (UTF-8, an initial byte-order mark ignored). {@code what} names the file in messages
     * ("设置文件", "政策文件").
     *
     * @throws InputException when the file cannot be read or is not valid YAML
     */
    public static YamlFile read(Path file, String what) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InputException.at(file, 0, null, what + "太大（超过 1 MB），不像是" + what + "，请检查是否选错了文件");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw InputException.at(file, 0, null, what + "必须是 UTF-8 编码：请用记事本“另存为”UTF-8 后再运行");
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "文件不存在"
                    : e instanceof java.nio.file.AccessDeniedException ? "没有权限读取" : "读取失败";
            throw new InputException(InputException.where(file, 0, null) + "无法读取" + what + "（" + why + "），请检查文件是否存在、能否打开", e);
        }
        return parse(file, text);
    }

    /**
     * Parses {@code text}; {@code label} is the file name used in messages.
     *
     * @throws InputException when the text is not valid YAML or uses aliases or nesting beyond the limits
     */
    public static YamlFile parse(Path label, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node node;
        try {
            screen(label, yaml.parse(new StringReader(body)));
            node = yaml.compose(new StringReader(body));
        } catch (MarkedYAMLException e) {
            throw syntaxError(label, lines, e);
        } catch (YAMLException e) {
            throw InputException.at(label, 0, null, "YAML 格式有误，无法读取。请检查冒号、缩进（只能用空格）、引号和括号");
        }
        return new YamlFile(label, body, node);
    }

    /** The file's name as messages give it. */
    public Path file() {
        return file;
    }

    /** The file's lines (without a byte-order mark), for messages that look a word up. */
    public List<String> lines() {
        return lines;
    }

    /** The whole document: a map, a list, a string, or null for an empty file. */
    public Object root() {
        return root;
    }

    /**
     * The document as a mapping of keys to values.
     *
     * @throws InputException naming what to do when the file is empty or not written as 键: 值 lines
     */
    public Map<?, ?> rootMap(String what) {
        if (root instanceof Map<?, ?> m) {
            return m;
        }
        int colon = fullWidthColonLine();
        if (colon > 0) {
            throw error(colon, "键和值之间用了中文冒号「：」，请改用英文冒号加空格，如「年度: 2023」");
        }
        if (root == null) {
            throw InputException.at(file, 0, null, what + "是空的，请按 README 写入设置，如「年度: 2023」");
        }
        throw InputException.at(file, 0, null, what + "应为每行一项「键: 值」的格式（英文冒号加空格），如「年度: 2023」");
    }

    /** The line (from 1) where {@code key} is written in {@code map}, or 0 when it is not there. */
    public int line(Map<?, ?> map, String key) {
        Map<String, Integer> keys = keyLines.get(map);
        return keys == null ? 0 : keys.getOrDefault(key, 0);
    }

    /** An error at {@code line} (0: no line) of this file. The message is redacted like every input error. */
    public InputException error(int line, String message) {
        return InputException.at(file, line, null, message);
    }

    /** An error at the line where {@code key} is written in {@code map}. */
    public InputException error(Map<?, ?> map, String key, String message) {
        return error(line(map, key), message);
    }

    /**
     * Rejects a key of {@code map} not in {@code known}: a misspelt key would otherwise be ignored and its
     * setting silently take the default. The message names the line and suggests the nearest known key.
     *
     * @param where what the map is, in Chinese ("设置文件", "类别「低保对象」")
     */
    public void requireKnownKeys(Map<?, ?> map, Collection<String> known, String where, Collection<String> listed) {
        for (Object k : map.keySet()) {
            String key = String.valueOf(k);
            if (!known.contains(key)) {
                String near = Spelling.nearest(key, known);
                throw error(map, key, where + "中没有「" + Redact.quote(key) + "」这一项"
                        + (near == null ? "；" : "，是否应为「" + near + "」？") + "可用的有：" + String.join("、", listed));
            }
        }
    }

    /**
     * A date written 2022-12-31 (or 2022/12/31, 2022.12.31, 2022年12月31日, 20221231), read strictly: a day that
     * does not exist (2022-12-32, 2023-02-29) is an error, never rolled over.
     *
     * @return null when {@code key} is absent or empty
     * @throws InputException naming the line and key when the value is not a date or not a real day
     */
    public LocalDate date(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        String text = Values.tidy(v.toString());
        Matcher m = DATE.matcher(text);
        String y;
        String mo;
        String d;
        if (m.matches()) {
            y = m.group(1);
            mo = m.group(2) != null ? m.group(2) : m.group(4);
            d = m.group(2) != null ? m.group(3) : m.group(5);
        } else {
            Matcher c = COMPACT_DATE.matcher(text);
            if (!c.matches()) {
                throw error(map, key, "「" + key + "」应为日期，如 2022-12-31，实为「" + Redact.quote(text) + "」");
            }
            y = c.group(1);
            mo = c.group(2);
            d = c.group(3);
        }
        try {
            return LocalDate.parse(y + "-" + Integer.parseInt(mo) + "-" + Integer.parseInt(d), STRICT_DATE);
        } catch (DateTimeParseException e) {
            int year = Integer.parseInt(y);
            int month = Integer.parseInt(mo);
            String example = month >= 1 && month <= 12 ? YearMonth.of(year, month).atEndOfMonth().toString() : year + "-12-31";
            throw error(map, key, "「" + key + "」的「" + Redact.quote(text) + "」不是真实存在的日期（"
                    + whyNoSuchDay(year, month, Integer.parseInt(d)) + "），请改正，如 " + example);
        }
    }

    private static String whyNoSuchDay(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "月份应为 1 到 12";
        }
        if (day < 1) {
            return "日应从 1 开始";
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        return year + " 年 " + month + " 月只有 " + length + " 天";
    }

    // ---- building the values -------------------------------------------------------------------------------

    private Object value(Node node) {
        if (node instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag())) {
                return null;
            }
            if (Tag.BOOL.equals(s.getTag())) {
                return TRUE_WORDS.contains(s.getValue().toLowerCase(Locale.ROOT));
            }
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(value(item));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        keyLines.put(map, keys);
        for (NodeTuple t : mapping.getValue()) {
            int line = lineOf(t.getKeyNode());
            if (Tag.MERGE.equals(t.getKeyNode().getTag())) {
                throw error(line, "不支持合并键「<<」，请把内容直接写出");
            }
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(line, "键应为文字，不能是列表或「键: 值」，请检查这一行开头的括号或问号");
            }
            String key = k.getValue().strip();
            Integer before = keys.putIfAbsent(key, line);
            if (before != null) {
                throw error(line, "「" + Redact.quote(key) + "」写了两次（第 " + before + " 行和第 " + line
                        + " 行），程序不知道该用哪一个，请删去其中一行");
            }
            map.put(key, value(t.getValueNode()));
        }
        return map;
    }

    private static int lineOf(Node node) {
        Mark m = node.getStartMark();
        return m == null ? 0 : m.getLine() + 1;
    }

    private int fullWidthColonLine() {
        for (int i = 0; i < lines.size(); i++) {
            String code = uncommented(lines.get(i));
            if (code.contains("：") && !code.contains(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String uncommented(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 && (hash == 0 || Character.isWhitespace(line.charAt(hash - 1)))) ? line.substring(0, hash) : line;
    }

    // ---- limits ------------------------------------------------------------------------------------------

    /**
     * Walks the parser's events before anything is built: one document only, nesting at most {@value #MAX_DEPTH}
     * deep, at most {@value #MAX_ALIASES} aliases of lists or mappings, no alias of an unfinished (enclosing) value,
     * and at most {@value #MAX_VALUES} values once aliases are expanded.
     */
    private static void screen(Path label, Iterable<Event> events) {
        record Open(String anchor, long start) {
        }
        Deque<Open> open = new ArrayDeque<>();
        Set<String> unfinished = new HashSet<>();
        Map<String, Long> sizes = new HashMap<>();
        long values = 0;
        int aliases = 0;
        int documents = 0;
        for (Event e : events) {
            int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
            if (e instanceof DocumentStartEvent) {
                if (++documents > 1) {
                    throw InputException.at(label, line, null, "一个文件只能有一份内容，这里的「---」开始了第二份；请删去「---」及其后重复的内容");
                }
            } else if (e instanceof CollectionStartEvent c) {
                if (open.size() >= MAX_DEPTH) {
                    throw InputException.at(label, line, null, "嵌套超过 " + MAX_DEPTH + " 层，不像是正常的设置，请检查括号和缩进");
                }
                values++;
                open.push(new Open(c.getAnchor(), values));
                if (c.getAnchor() != null) {
                    unfinished.add(c.getAnchor());
                }
            } else if (e instanceof CollectionEndEvent) {
                Open o = open.pop();
                if (o.anchor() != null) {
                    unfinished.remove(o.anchor());
                    sizes.put(o.anchor(), values - o.start() + 1);
                }
            } else if (e instanceof ScalarEvent s) {
                values++;
                if (s.getAnchor() != null) {
                    sizes.put(s.getAnchor(), 1L);
                }
            } else if (e instanceof AliasEvent a) {
                String anchor = a.getAnchor();
                if (unfinished.contains(anchor)) {
                    throw InputException.at(label, line, null, "别名「*" + Redact.quote(anchor) + "」引用了包含它自己的内容（循环引用），"
                            + "请把内容直接写出");
                }
                Long size = sizes.get(anchor);
                if (size == null) {
                    throw InputException.at(label, line, null, "别名「*" + Redact.quote(anchor) + "」前面没有对应的「&"
                            + Redact.quote(anchor) + "」；值以 * 开头时请用引号括起来");
                }
                if (size > 1 && ++aliases > MAX_ALIASES) {
                    throw InputException.at(label, line, null, "别名（*）用了 " + MAX_ALIASES + " 次以上，拒绝读取：这样的文件可能是"
                            + "恶意构造的“别名炸弹”；请把内容直接写出");
                }
                values += size;
            }
            if (values > MAX_VALUES) {
                throw InputException.at(label, line, null, "展开别名后超过 " + MAX_VALUES + " 项，拒绝读取：这样的文件可能是恶意构造的"
                        + "“别名炸弹”；请把内容直接写出");
            }
        }
    }

    // ---- syntax errors -------------------------------------------------------------------------------------

    /** SnakeYAML's error as a Chinese message with the line (and what to do); its English text is never shown. */
    static InputException syntaxError(Path label, List<String> lines, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark pm = e.getProblemMark();
        Mark cm = e.getContextMark();
        int line = pm == null ? 0 : pm.getLine() + 1;
        int contextLine = cm == null ? line : cm.getLine() + 1;
        int column = pm == null ? 0 : pm.getColumn() + 1;
        for (int l : new int[] {line, contextLine}) {
            if (hasTabIndent(lines, l) || (l == line && problem.contains("\\t"))) {
                return InputException.at(label, l, null, "缩进不能用 Tab 键，请改用空格（同一层对齐，下一层多缩进两个空格）");
            }
        }
        for (int l : new int[] {contextLine, line}) {
            String code = l >= 1 && l <= lines.size() ? uncommented(lines.get(l - 1)) : "";
            if (code.contains("：") && !code.contains(":")) {
                return InputException.at(label, l, null, "键和值之间用了中文冒号「：」，请改用英文冒号加空格，如「年度: 2023」");
            }
        }
        String message;
        int at = line;
        if (context.contains("quoted scalar")) {
            at = contextLine;
            message = "引号没有配对：从这一行开始的引号没有结束，请补上另一半引号，或去掉引号";
        } else if (context.contains("flow mapping") || context.contains("flow sequence")) {
            at = contextLine;
            char open = charAt(lines, cm);
            String bracket = open == '{' ? "「{」" : open == '[' ? "「[」" : "括号";
            String close = open == '{' ? "「}」" : "「]」";
            message = "这一行的" + bracket + "没有对应的" + close + "（读到第 " + line + " 行仍未结束）；列表应写成 [甲, 乙]，"
                    + "文字中有括号时请用引号把整个值括起来";
        } else if (problem.contains("mapping values are not allowed") && indentedUnderAValue(lines, line)) {
            message = "这一行比上一行多缩进了：同一层的键应左对齐（上一行已经写了值，下面不能再有子项）";
        } else if (problem.contains("mapping values are not allowed")) {
            message = "第 " + column + " 列多了一个冒号「:」：每行只能写一个「键: 值」；值中含冒号时请用引号把值括起来";
        } else if (problem.contains("could not find expected ':'")) {
            at = contextLine;
            message = "缺少冒号：应写成「键: 值」（英文冒号，冒号后加一个空格）；或者这一行的缩进与上一行不一致";
        } else if (context.contains("block mapping") || context.contains("block collection") || context.contains("block sequence")
                || problem.contains("block end")) {
            message = "缩进不一致：同一层的键应左对齐，子项比上一层多缩进两个空格；或上一行缺少冒号";
        } else if (problem.contains("sequence entries are not allowed")) {
            message = "列表项「- 」的位置不对：列表项应另起一行、比键多缩进，或写成 [甲, 乙]";
        } else if (context.contains("flow node") || context.contains("block node") || problem.contains("node content")
                || problem.contains("keys are not allowed")) {
            message = "第 " + column + " 列的「" + charAt(lines, pm) + "」不能出现在这里：逗号、括号、问号等是 YAML 的符号，"
                    + "列表中不能有空项；文字中有这些符号时请用引号把整个值括起来";
        } else if (problem.contains("cannot start any token")) {
            message = "第 " + column + " 列的「" + charAt(lines, pm) + "」不能出现在值的开头，请用引号把值括起来";
        } else if (context.contains("alias") || context.contains("anchor")) {
            message = "「*」或「&」后面应为名称；值以 * 或 & 开头时请用引号把值括起来";
        } else if (problem.contains("undefined alias")) {
            message = "别名（*）前面没有对应的锚点（&）；值以 * 开头时请用引号把值括起来";
        } else if (context.contains("single document") || problem.contains("another document")) {
            message = "一个文件只能有一份内容，这里的「---」开始了第二份；请删去「---」及其后重复的内容";
        } else if (context.contains("block scalar")) {
            message = "多行文字（| 或 >）的缩进不对：其后的每一行都应比键多缩进";
        } else if (context.contains("directive") || context.contains("tag")) {
            message = "无法识别以 % 或 ! 开头的写法，请用引号把值括起来";
        } else if (problem.contains("escape") || context.contains("double-quoted")) {
            message = "双引号中的反斜杠「\\」写法有误；请改用单引号，或写成「\\\\」";
        } else {
            message = "YAML 格式有误：请检查这一行和上一行的冒号（英文冒号加空格）、缩进（只能用空格）、引号和括号是否配对";
        }
        return InputException.at(label, at, null, message);
    }

    /** Whether {@code line} is indented deeper than the previous content line, which has a value after its colon. */
    private static boolean indentedUnderAValue(List<String> lines, int line) {
        if (line < 2 || line > lines.size()) {
            return false;
        }
        int indent = indent(lines.get(line - 1));
        for (int i = line - 2; i >= 0; i--) {
            String code = uncommented(lines.get(i)).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            return indent > indent(code) && !code.endsWith(":");
        }
        return false;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static boolean hasTabIndent(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return false;
        }
        String l = lines.get(line - 1);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static char charAt(List<String> lines, Mark mark) {
        if (mark == null || mark.getLine() >= lines.size()) {
            return ' ';
        }
        String l = lines.get(mark.getLine());
        return mark.getColumn() < l.length() ? l.charAt(mark.getColumn()) : ' ';
    }
}

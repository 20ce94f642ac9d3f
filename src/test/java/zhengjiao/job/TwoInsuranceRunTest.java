package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zhengjiao.sample.SampleCommand;
import zhengjiao.testing.LayoutCheck;

/**
 * A 两险 campaign (峄城 2024, notice 003) generated with a seed of its own into a folder outside the repository, run,
 * and its pension sheets compared with a deliberately simple computation written here from the dumps and the task
 * table alone (no production class): resident pension rows of 2024 up to the report date, one per serial, valid IDs,
 * 16 and over on the day of payment, amounts among the eight tiers, netted per person, counted for the town of the
 * earliest positive payment; ranked by rate; tiers, additions (30/60/80 元) and 代缴 100 per town.
 */
class TwoInsuranceRunTest {

    private static final long SEED = 31;
    private static final List<Long> TIERS = List.of(100L, 350L, 500L, 800L, 1000L, 3000L, 5000L, 8000L);
    private static final Map<Long, Long> ADDITION = Map.of(100L, 30L, 350L, 30L, 500L, 60L, 800L, 80L, 1000L, 80L,
            3000L, 80L, 5000L, 80L, 8000L, 80L);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @TempDir
    static Path tmp;

    private static Path folder;
    private static CampaignRun.Result result;
    private static Path ranking;
    private static Expected expected;
    private static Map<String, Integer> pensionTasks;

    @BeforeAll
    static void generateAndRun() throws IOException {
        folder = tmp.resolve("yicheng");
        int exit = new CommandLine(new SampleCommand()).setOut(new PrintWriter(Writer.nullWriter()))
                .execute("--preset", "yicheng-2024", "--seed", Long.toString(SEED), "--out", folder.toString());
        assertEquals(0, exit, "sample, seed " + SEED);
        StringWriter log = new StringWriter();
        result = new CampaignRun(new PrintWriter(log)).run(folder, Optional.empty(), tmp.resolve("out"));
        ranking = tmp.resolve("out").resolve("周排名通报_" + result.asOf() + ".xlsx");
        pensionTasks = readPensionTasks(folder.resolve("任务分解表.csv"));
        expected = compute(readDumps(folder.resolve("payments")), result.asOf(), pensionTasks.keySet());
    }

    @Test
    void pensionRankingMatchesTheIndependentCount() throws IOException {
        Map<String, List<Object>> rows = sheetRows(ranking, "居民养老排名", 1);
        Set<String> units = new HashSet<>(rows.keySet());
        units.removeAll(List.of("合计", "未匹配"));
        assertEquals(pensionTasks.keySet(), units, "towns, seed " + SEED);
        Map<String, Integer> ranks = ranks(expected.paid(), pensionTasks);
        int paid = 0;
        for (String town : pensionTasks.keySet()) {
            List<Object> r = rows.get(town);
            int n = expected.paid().getOrDefault(town, 0);
            paid += n;
            assertEquals(ranks.get(town), number(r.get(0)), town + " 排名, seed " + SEED);
            assertEquals(pensionTasks.get(town), number(r.get(2)), town + " 任务数");
            assertEquals(n, number(r.get(3)), town + " 缴费人数, seed " + SEED);
            assertEquals((double) n / pensionTasks.get(town), (Double) r.get(4), 1e-12, town + " 完成率");
            assertEquals(expected.government().getOrDefault(town, 0), number(r.get(9)), town + " 代缴人数");
        }
        assertTrue(paid > 500, "pension payers " + paid);
        assertEquals(paid + expected.unmatched(), number(rows.get("合计").get(3)), "合计 with 未匹配");
    }

    @Test
    void tierDistributionMatchesTheIndependentCount() throws IOException {
        Map<String, List<Object>> rows = sheetRows(ranking, "养老档次分布", 0);
        int[] all = new int[TIERS.size()];
        for (String town : pensionTasks.keySet()) {
            List<Object> r = rows.get(town);
            int[] tiers = expected.tiers().getOrDefault(town, new int[TIERS.size()]);
            for (int t = 0; t < TIERS.size(); t++) {
                assertEquals(tiers[t], number(r.get(1 + t)), town + " " + TIERS.get(t) + " 元, seed " + SEED);
                all[t] += tiers[t];
            }
            assertEquals(expected.paid().getOrDefault(town, 0), number(r.get(1 + TIERS.size())), town + " 合计人数");
            assertEquals(expected.additions().getOrDefault(town, 0L).doubleValue(), (Double) r.get(2 + TIERS.size()), 1e-9,
                    town + " 政府补贴");
            assertEquals(expected.paidFor().getOrDefault(town, 0), number(r.get(3 + TIERS.size())), town + " 代缴人数");
            assertEquals(100.0 * expected.paidFor().getOrDefault(town, 0), (Double) r.get(4 + TIERS.size()), 1e-9,
                    town + " 代缴金额");
        }
        assertTrue(all[0] > 0 && all[1] > 0 && all[TIERS.size() - 1] >= 0, "tiers drawn");
    }

    @Test
    void underAgeAndOffTierPaymentsAreListedMaskedNotCounted() throws IOException {
        Map<String, List<Object>> rows = sheetRows(ranking, "养老缴费核对", 0);
        List<List<Object>> listed = rows.values().stream().filter(r -> r.get(0) instanceof Double).toList();
        assertEquals(expected.problems(), listed.size(), "problems, seed " + SEED);
        assertTrue(expected.problems() >= 4, "the sample plans two off-tier and two under-16 payments");
        for (List<Object> r : listed) {
            String id = r.get(4).toString();
            assertTrue(id.matches("\\d{6}\\*{8}[0-9X]{4}"), "masked: " + id);
            assertTrue(r.get(8).toString().equals("不是规定档次") || r.get(8).toString().startsWith("缴费时未满 16 周岁"), r.toString());
        }
    }

    @Test
    void medicalSheetIsNamedAndEveryNewSheetPrintsOnA4() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ranking))) {
            assertEquals("居民医保排名", wb.getSheetName(0));
            assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().contains("城乡居民基本医疗保险"));
            for (String name : List.of("居民养老排名", "两险对照", "养老档次分布", "养老缴费核对")) {
                assertTrue(wb.getSheet(name) != null, name);
            }
        }
        List<String> problems = LayoutCheck.problems(ranking).stream()
                .filter(p -> Stream.of("居民养老排名", "两险对照", "养老档次分布", "养老缴费核对").anyMatch(p::contains)).toList();
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void circularAndBriefingGiveBothInsurances() throws IOException {
        Path out = tmp.resolve("out");
        String text = Files.readString(out.resolve("周通报_" + result.asOf() + ".txt"));
        int paid = expected.paid().values().stream().mapToInt(Integer::intValue).sum() + expected.unmatched();
        assertTrue(text.contains("【居民养老保险】"), text);
        assertTrue(text.contains("已缴费" + paid + "人"), text);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(out.resolve("周通报_" + result.asOf() + ".docx")))) {
            String all = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertTrue(all.contains("居民养老保险征缴情况") && all.contains("已缴费" + paid + "人"), all);
            assertEquals(2, doc.getTables().size(), "a ranking table per insurance");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("领导简报_" + result.asOf() + ".xlsx")))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(new DataFormatter().formatCellValue(c)).append('\n')));
            assertTrue(all.toString().contains("居民养老保险：缴费 " + paid + " / 任务 "), all.toString());
        }
    }

    // ---- a deliberately simple reference computation -------------------------------------------------------

    record Line(String id, String town, String insurance, String period, BigDecimal amount, LocalDate date, String serial,
                String channel) {
    }

    record Expected(Map<String, Integer> paid, Map<String, Integer> government, Map<String, int[]> tiers,
                    Map<String, Long> additions, Map<String, Integer> paidFor, int unmatched, int problems) {
    }

    private static Expected compute(List<Line> lines, LocalDate asOf, Set<String> towns) {
        Map<String, String> byKey = new HashMap<>();
        towns.forEach(t -> byKey.put(townKey(t), t));
        Set<String> serials = new HashSet<>();
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        Map<String, Line> first = new HashMap<>();
        int problems = 0;
        for (Line l : lines) {
            if (!l.insurance().contains("养老") || !l.period().startsWith("2024") || l.date().isAfter(asOf)
                    || !serials.add(l.serial())) {
                continue;
            }
            String id = id(l.id());
            if (id == null) {
                continue;
            }
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            boolean young = birth.plusYears(16).isAfter(l.date());
            long yuan = l.amount().abs().stripTrailingZeros().scale() <= 0 ? l.amount().abs().longValue() : -1;
            if (young || !TIERS.contains(yuan)) {
                problems++;
                continue;
            }
            net.merge(id, l.amount(), BigDecimal::add);
            Line before = first.get(id);
            if (l.amount().signum() > 0 && (before == null || l.date().isBefore(before.date()))) {
                first.put(id, l);
            }
        }
        Map<String, Integer> paid = new HashMap<>();
        Map<String, Integer> government = new HashMap<>();
        Map<String, int[]> tiers = new HashMap<>();
        Map<String, Long> additions = new HashMap<>();
        Map<String, Integer> paidFor = new HashMap<>();
        int unmatched = 0;
        for (Map.Entry<String, BigDecimal> e : net.entrySet()) {
            Line l = first.get(e.getKey());
            if (e.getValue().signum() <= 0 || l == null) {
                continue;
            }
            String town = byKey.get(townKey(l.town()));
            if (town == null) {
                unmatched++;
                continue;
            }
            long tier = l.amount().longValue();
            boolean byGovernment = Stream.of("代缴", "资助", "政府", "财政").anyMatch(l.channel()::contains);
            paid.merge(town, 1, Integer::sum);
            if (byGovernment) {
                government.merge(town, 1, Integer::sum);
            }
            tiers.computeIfAbsent(town, k -> new int[TIERS.size()])[TIERS.indexOf(tier)]++;
            additions.merge(town, ADDITION.get(tier), Long::sum);
            if (byGovernment && tier == 100) {
                paidFor.merge(town, 1, Integer::sum);
            }
        }
        return new Expected(paid, government, tiers, additions, paidFor, unmatched, problems);
    }

    /** Rank 1 + the towns with a strictly higher rate (paid ÷ task compared as fractions). */
    private static Map<String, Integer> ranks(Map<String, Integer> paid, Map<String, Integer> tasks) {
        Map<String, Integer> out = new HashMap<>();
        for (String a : tasks.keySet()) {
            int higher = 0;
            for (String b : tasks.keySet()) {
                if ((long) paid.getOrDefault(b, 0) * tasks.get(a) > (long) paid.getOrDefault(a, 0) * tasks.get(b)) {
                    higher++;
                }
            }
            out.put(a, higher + 1);
        }
        return out;
    }

    /** An 18-character ID after NFKC, no spaces, upper case (15 digits gain 19 and a check), or null when invalid. */
    private static String id(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (s.matches("\\d{15}")) {
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            s = first17 + check(first17);
        }
        if (!s.matches("\\d{17}[0-9X]") || s.charAt(17) != check(s.substring(0, 17))) {
            return null;
        }
        try {
            LocalDate.parse(s.substring(6, 10) + "-" + s.substring(10, 12) + "-" + s.substring(12, 14));
        } catch (DateTimeParseException e) {
            return null;
        }
        return s;
    }

    private static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** NFKC, no whitespace, without a trailing 街道 or 镇. */
    private static String townKey(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200B]", "");
        for (String suffix : List.of("街道", "镇")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private static Map<String, Integer> readPensionTasks(Path file) throws IOException {
        Map<String, Integer> tasks = new LinkedHashMap<>();
        List<CSVRecord> records = csv(Files.readAllBytes(file));
        int town = records.get(0).toList().indexOf("镇街");
        int task = records.get(0).toList().indexOf("养老任务数");
        for (CSVRecord r : records.subList(1, records.size())) {
            if (!r.get(town).isEmpty() && !r.get(town).equals("合计")) {
                tasks.put(r.get(town), Integer.valueOf(r.get(task)));
            }
        }
        return tasks;
    }

    /** Every dump line; the sample's dumps share one column order: ID, name, village, town, insurance, period, amount, date, serial, channel. */
    private static List<Line> readDumps(Path payments) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(payments)) {
            files = list.sorted().toList();
        }
        for (Path f : files) {
            if (f.toString().endsWith(".csv")) {
                List<CSVRecord> records = csv(Files.readAllBytes(f));
                for (CSVRecord r : records.subList(1, records.size())) {
                    lines.add(new Line(r.get(0), r.get(3), r.get(4), r.get(5), new BigDecimal(r.get(6).replace(",", "")),
                            date(r.get(7)), r.get(8), r.get(9)));
                }
            } else if (f.toString().endsWith(".xlsx")) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
                    for (Row r : wb.getSheetAt(0)) {
                        if (r.getRowNum() < 2) {
                            continue;
                        }
                        Cell id = r.getCell(0);
                        String idText = id.getCellType() == CellType.NUMERIC ? "numeric" : id.getStringCellValue();
                        Cell day = r.getCell(7);
                        LocalDate d = day.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(day)
                                ? day.getLocalDateTimeCellValue().toLocalDate() : date(day.getStringCellValue());
                        Cell amount = r.getCell(6);
                        BigDecimal a = amount.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(amount.getNumericCellValue())
                                : new BigDecimal(amount.getStringCellValue().replace(",", ""));
                        lines.add(new Line(idText, text(r, 3), text(r, 4), text(r, 5), a, d, text(r, 8), text(r, 9)));
                    }
                }
            }
        }
        return lines;
    }

    private static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static LocalDate date(String text) {
        String[] p = text.strip().split("[ T]")[0].split("[-/.]");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    /** A CSV in UTF-8 (with or without BOM) or else GBK. */
    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("GBK"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    /** A sheet's rows below the header (row 3 on), keyed by the text in {@code keyColumn}; cells as String or Double. */
    private static Map<String, List<Object>> sheetRows(Path workbook, String sheet, int keyColumn) throws IOException {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet s = wb.getSheet(sheet);
            assertTrue(s != null, sheet);
            for (Row r : s) {
                if (r.getRowNum() < 3 || r.getCell(keyColumn) == null) {
                    continue;
                }
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    Cell cell = r.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                String key = cells.get(keyColumn).toString();
                rows.put(key.isEmpty() ? "#" + r.getRowNum() : rows.containsKey(key) ? key + "#" + r.getRowNum() : key, cells);
            }
        }
        assertFalse(rows.isEmpty(), sheet);
        return rows;
    }

    private static int number(Object cell) {
        return ((Double) cell).intValue();
    }
}

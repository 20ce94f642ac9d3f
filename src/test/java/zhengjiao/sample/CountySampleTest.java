package zhengjiao.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import zhengjiao.domain.ResidentId;

/**
 * The county sample (滕州市 2025, 21 towns), checked by reading its files back: determinism, the task table and
 * settings, the planned problems, the town-name variants and unknown towns, the overlapping December dumps, and a
 * small reference reconciliation by town that must find exactly the payers the generator planned.
 */
class CountySampleTest {

    private static final long SEED = 2025;
    private static final Charset GBK = Charset.forName("GBK");
    private static final List<String> TOWNS = List.of(
            "鲍沟镇", "滨湖镇", "柴胡店镇", "东郭镇", "大坞镇", "官桥镇", "洪绪镇", "界河镇", "级索镇", "姜屯镇", "龙阳镇",
            "木石镇", "南沙河镇", "西岗镇", "羊庄镇", "张汪镇", "北辛街道", "东沙河街道", "荆河街道", "龙泉街道", "善南街道");
    private static final List<String> FILES = List.of(CountySampleGenerator.OCTOBER_NOVEMBER_FILE,
            CountySampleGenerator.DECEMBER_FIRST_FILE, CountySampleGenerator.DECEMBER_LAST_FILE,
            SampleGenerator.LATE_FILE);

    @TempDir
    static Path tmp;

    private static CountySampleResult sample;
    private static Path again;
    private static int againExitCode;
    private static String againOutput;
    private static CountySampleResult otherSeed;
    private static List<DumpLine> lines;
    private static Reconciled reconciled;
    private static String workbookTitle;
    private static List<String> workbookHeader;

    /** The seed through the API, the same seed through the command (into a folder with stale dumps), another seed. */
    @BeforeAll
    static void generate() throws Exception {
        again = tmp.resolve("b");
        Files.createDirectories(again.resolve(SampleGenerator.PAYMENTS_DIR));
        for (String stale : List.of("征收清册_2022年10月.csv", "旧清册.xlsx", "说明.txt")) {
            Files.writeString(again.resolve(SampleGenerator.PAYMENTS_DIR).resolve(stale), "stale");
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<CountySampleResult> first =
                    pool.submit(() -> SampleGenerator.generateCounty(tmp.resolve("a"), SEED, 1));
            StringWriter out = new StringWriter();
            Future<Integer> command = pool.submit(() -> new CommandLine(new SampleCommand())
                    .setOut(new PrintWriter(out))
                    .execute("--county", "--out", again.toString(), "--seed", Long.toString(SEED)));
            Future<CountySampleResult> other = pool.submit(() -> CountySampleGenerator.generate(tmp.resolve("c"), 7, 1));
            sample = first.get();
            lines = readDumps(sample.folder());
            reconciled = reconcile(lines);
            againExitCode = command.get();
            againOutput = out.toString();
            otherSeed = other.get();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- determinism ---------------------------------------------------------------------------------------

    @Test
    void sameSeedWritesIdenticalCsvAndYamlBytes() throws IOException {
        for (String file : textFiles()) {
            assertArrayEquals(Files.readAllBytes(sample.folder().resolve(file)),
                    Files.readAllBytes(again.resolve(file)), file + " differs for seed " + SEED);
        }
    }

    @Test
    void sameSeedWritesIdenticalWorkbookCells() throws IOException {
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml")) {
            assertArrayEquals(zipPart(sample.folder(), part), zipPart(again, part), part + ", seed " + SEED);
        }
    }

    @Test
    void differentSeedWritesDifferentPopulationsAndPayments() throws IOException {
        for (String file : List.of(SampleGenerator.TASK_TABLE_FILE,
                SampleGenerator.PAYMENTS_DIR + "/" + CountySampleGenerator.OCTOBER_NOVEMBER_FILE,
                SampleGenerator.PAYMENTS_DIR + "/" + CountySampleGenerator.DECEMBER_LAST_FILE)) {
            assertFalse(Arrays.equals(Files.readAllBytes(sample.folder().resolve(file)),
                    Files.readAllBytes(otherSeed.folder().resolve(file))), file);
        }
    }

    @Test
    void rerunIntoAFolderReplacesOldDumpsOnly() throws IOException {
        try (var files = Files.list(again.resolve(SampleGenerator.PAYMENTS_DIR))) {
            Set<String> expected = new HashSet<>(FILES);
            expected.add("说明.txt");
            assertEquals(expected, files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    // ---- settings ------------------------------------------------------------------------------------------

    @Test
    void taskTableListsTheTwentyOneTownsWithTasksAndTheirSum() throws IOException {
        byte[] bytes = Files.readAllBytes(sample.folder().resolve(SampleGenerator.TASK_TABLE_FILE));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<String> rows = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("序号,镇街,人口数,任务数,备注", rows.get(0));
        assertEquals(TOWNS.size() + 2, rows.size());
        long populations = 0;
        long tasks = 0;
        for (int i = 0; i < TOWNS.size(); i++) {
            String[] cells = rows.get(i + 1).split(",", -1);
            assertEquals(List.of(Integer.toString(i + 1), TOWNS.get(i)), List.of(cells[0], cells[1]));
            int population = Integer.parseInt(cells[2]);
            int task = Integer.parseInt(cells[3]);
            boolean subDistrict = TOWNS.get(i).endsWith("街道");
            assertTrue(subDistrict ? population >= 3_000 && population <= 4_000
                    : population >= 1_300 && population <= 2_800, rows.get(i + 1));
            assertEquals(BigDecimal.valueOf(population).multiply(new BigDecimal("0.92"))
                    .setScale(0, RoundingMode.HALF_UP).intValueExact(), task, rows.get(i + 1));
            assertEquals("", cells[4]);
            populations += population;
            tasks += task;
            SampleTown town = sample.towns().get(i);
            assertEquals(List.of(TOWNS.get(i), population, task), List.of(town.name(), town.population(), town.task()));
        }
        assertEquals(",合计," + populations + "," + tasks + ",", rows.get(rows.size() - 1));
        assertEquals(tasks, sample.tasks());
    }

    @Test
    void campaignSettingsHaveExactlyTheCountyKeys() throws IOException {
        String text = Files.readString(sample.folder().resolve(SampleGenerator.CAMPAIGN_FILE), StandardCharsets.UTF_8);
        Map<String, Object> yaml = new Yaml().load(text);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("辖区", "滕州市");
        expected.put("上级", "枣庄市");
        expected.put("年度", 2025);
        expected.put("险种", "城乡居民基本医疗保险");
        expected.put("个人缴费标准", 400);
        expected.put("征缴开始", "2024-10-01");
        expected.put("征缴截止", "2024-12-31");
        expected.put("考核日期", "2024-12-31");
        expected.put("补助标准", 0);
        expected.put("靠后名次", 3);
        expected.put("任务总数", sample.tasks());
        expected.put("认可金额", List.of(200));
        expected.put("年龄资助", List.of(60, 70));
        expected.put("等待期天数", 30);
        expected.put("公示开始", "2025-01-01");
        expected.put("公示结束", "2025-01-07");
        expected.put("资助政策", "滕州市2025");
        expected.put("任务分解表", "任务分解表.csv");
        Map<String, Object> actual = new LinkedHashMap<>();
        yaml.forEach((k, v) -> actual.put(k, v instanceof Date d
                ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : v)); // YAML reads dates as Date
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(yaml.keySet()));
    }

    @Test
    void scaleOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CountySampleGenerator.generate(tmp.resolve("x"), SEED, 0));
        assertThrows(IllegalArgumentException.class,
                () -> CountySampleGenerator.generate(tmp.resolve("x"), SEED, CountyPlanner.MAX_SCALE + 1));
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SampleCommand()).setErr(new PrintWriter(err))
                .execute("--county", "--out", tmp.resolve("y").toString(), "--scale", "41");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--scale 应在 1 到 40 之间，实为 41"), err.toString());
    }

    // ---- the dumps -----------------------------------------------------------------------------------------

    @Test
    void rowCountsAndDatesFitEachDump() {
        Map<String, Long> counted = lines.stream()
                .collect(Collectors.groupingBy(DumpLine::file, LinkedHashMap::new, Collectors.counting()));
        assertEquals(sample.rowsByFile(), counted);
        assertEquals(FILES, List.copyOf(sample.rowsByFile().keySet()));
        assertDatesWithin(CountySampleGenerator.OCTOBER_NOVEMBER_FILE, "2024-10-01", "2024-11-30");
        assertDatesWithin(CountySampleGenerator.DECEMBER_FIRST_FILE, "2024-12-01", "2024-12-20");
        assertDatesWithin(CountySampleGenerator.DECEMBER_LAST_FILE, "2024-12-15", "2024-12-31");
        assertDatesWithin(SampleGenerator.LATE_FILE, "2025-01-03", "2025-02-15");
    }

    @Test
    void everyIdIsValidExceptThePlannedInvalidOnes() {
        long invalid = lines.stream().filter(l -> !l.validId()).count();
        long planned = Arrays.stream(CountyFeature.values()).filter(CountyFeature::invalidId)
                .mapToLong(sample::rows).sum();
        assertEquals(planned, invalid, "invalid ID rows, seed " + SEED);
        for (CountyFeature feature : CountyFeature.values()) {
            if (feature != CountyFeature.SHARE_PAID) { // 鱼台's 100 share: not in 滕州 2025
                assertTrue(sample.rows(feature) > 0, "no rows of " + feature);
            }
        }
        assertEquals(0, sample.rows(CountyFeature.SHARE_PAID));
        assertEquals(sample.rows(CountyFeature.ID_EXCEL_NUMBER), lines.stream().filter(DumpLine::numericId).count());
        assertEquals(sample.rows(CountyFeature.ID_EXCEL_TEXT),
                lines.stream().filter(l -> l.id().equals("3.70481E+17")).count());
        assertTrue(lines.stream().filter(DumpLine::validId)
                .allMatch(l -> ResidentId.normalize(l.id()).startsWith("370481")));
    }

    @Test
    void messyButValidIdsNormaliseToValidNumbers() {
        long messy = lines.stream().filter(l -> l.validId() && !l.id().equals(ResidentId.normalize(l.id()))).count();
        assertEquals(sample.rows(CountyFeature.ID_LOWER_X) + sample.rows(CountyFeature.ID_FULL_WIDTH)
                + sample.rows(CountyFeature.ID_SPACES) + sample.rows(CountyFeature.ID_ZERO_WIDTH), messy);
        assertTrue(lines.stream().anyMatch(l -> l.id().endsWith("x")));
        assertTrue(lines.stream().anyMatch(l -> l.id().startsWith("３７０４８１")));
        assertTrue(lines.stream().anyMatch(l -> l.id().contains("\u200B")));
    }

    @Test
    void townColumnHasTheTableNameItsVariantsAndUnknownTowns() {
        Map<String, Long> byText = lines.stream().collect(Collectors.groupingBy(DumpLine::town, Collectors.counting()));
        for (String town : TOWNS) {
            String base = town.replaceAll("(街道|镇)$", "");
            String suffix = town.substring(base.length());
            assertTrue(byText.containsKey(town), town);
            assertTrue(byText.containsKey(base), base);
            assertTrue(byText.containsKey(" " + String.join(" ", base.split("")) + " " + suffix), "spaced " + town);
            assertTrue(byText.containsKey(base + "\u3000" + suffix), "full-width space " + town);
        }
        assertTrue(byText.containsKey(" 北 辛 街道"));
        long variants = lines.stream().filter(l -> !TOWNS.contains(l.town())
                && !CountySampleGenerator.UNKNOWN_TOWNS.contains(l.town())).count();
        assertEquals(sample.rows(CountyFeature.TOWN_SPELLING), variants);
        for (String unknown : List.of("滕州市经济开发区", "龙泉街到")) {
            assertTrue(byText.getOrDefault(unknown, 0L) > 0, unknown);
            assertFalse(TOWNS.stream().map(CountySampleTest::townKey).toList().contains(townKey(unknown)), unknown);
        }
        assertEquals(sample.rows(CountyFeature.UNKNOWN_TOWN), lines.stream()
                .filter(l -> CountySampleGenerator.UNKNOWN_TOWNS.contains(l.town())).count());
        assertTrue(lines.stream().allMatch(l -> l.village().matches("\\p{IsHan}{2}(村|社区)")));
    }

    @Test
    void decemberDumpsOverlapWithEqualSerials() {
        Function<String, Map<String, DumpLine>> overlap = file -> lines.stream()
                .filter(l -> l.file().equals(file))
                .filter(l -> !l.date().isBefore(LocalDate.of(2024, 12, 15))
                        && !l.date().isAfter(LocalDate.of(2024, 12, 20)))
                .collect(Collectors.toMap(DumpLine::serial, l -> l));
        Map<String, DumpLine> workbook = overlap.apply(CountySampleGenerator.DECEMBER_FIRST_FILE);
        Map<String, DumpLine> csv = overlap.apply(CountySampleGenerator.DECEMBER_LAST_FILE);
        assertFalse(workbook.isEmpty());
        assertEquals(workbook.keySet(), csv.keySet());
        for (Map.Entry<String, DumpLine> e : workbook.entrySet()) {
            DumpLine other = csv.get(e.getKey());
            assertEquals(e.getValue().date(), other.date());
            assertEquals(0, e.getValue().amount().compareTo(other.amount()));
            assertEquals(e.getValue().town(), other.town());
            if (!e.getValue().numericId()) {
                assertEquals(e.getValue().id(), other.id());
            }
        }
    }

    @Test
    void serialsAreTwentyDigitsFrom37AndOnlyRepeatAcrossTheOverlap() {
        Map<String, List<DumpLine>> bySerial = lines.stream().collect(Collectors.groupingBy(DumpLine::serial));
        for (Map.Entry<String, List<DumpLine>> e : bySerial.entrySet()) {
            assertTrue(e.getKey().matches("37\\d{18}"), e.getKey());
            if (e.getValue().size() > 1) {
                assertEquals(Set.of(CountySampleGenerator.DECEMBER_FIRST_FILE, CountySampleGenerator.DECEMBER_LAST_FILE),
                        e.getValue().stream().map(DumpLine::file).collect(Collectors.toSet()));
            }
        }
    }

    @Test
    void encodingsAndHeadersAreEachDumpsOwn() throws IOException {
        byte[] gbk = payments(sample, CountySampleGenerator.OCTOBER_NOVEMBER_FILE);
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(gbk)));
        assertTrue(GBK.newDecoder().decode(ByteBuffer.wrap(gbk)).toString().startsWith(
                "身份证号码,缴费人姓名,村(居)委会,所属乡镇,险种名称,缴费年度,缴费金额（元）,入库日期,税票号码,缴费方式\r\n"));
        assertTrue(new String(payments(sample, CountySampleGenerator.DECEMBER_LAST_FILE), StandardCharsets.UTF_8)
                .startsWith("\uFEFF证件号码,姓名,村(社区),乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道\n"));
        assertEquals("滕州市城乡居民医保征收清册（2024-12-01至2024-12-20）", workbookTitle);
        assertEquals(XlsxDump.HEADER, workbookHeader);
        assertTrue(new String(payments(sample, SampleGenerator.LATE_FILE), StandardCharsets.UTF_8).startsWith(
                "身份证号码,缴费人姓名,村(居)委会,所属乡镇,险种名称,缴费年度,缴费金额（元）,入库日期,税票号码,缴费方式\r\n"));
        assertTrue(workbookHeader.contains("镇街"));
    }

    /** Except the planned off-standard amounts and the payers who paid before their 60th or 70th birthday. */
    @Test
    void amountsFollowTheAgeRules() {
        Set<String> planned = new HashSet<>(sample.roster().offStandard().keySet());
        planned.addAll(sample.roster().earlyBirthday());
        for (DumpLine l : lines) {
            if (!l.validId() || !l.insurance().contains("医疗") || !l.period().startsWith("2025")
                    || l.amount().signum() <= 0 || planned.contains(ResidentId.normalize(l.id()))) {
                continue;
            }
            int birthYear = ResidentId.birthDate(ResidentId.normalize(l.id())).orElseThrow().getYear();
            if (l.channel().equals("政府代缴")) {
                assertEquals(0, l.amount().compareTo(BigDecimal.valueOf(400)), l.toString());
            } else if (birthYear <= 1955) {
                throw new AssertionError("70 and over paid themselves: " + l);
            } else {
                int expected = birthYear <= 1965 ? 200 : 400;
                assertEquals(0, l.amount().compareTo(BigDecimal.valueOf(expected)), l.toString());
            }
        }
    }

    // ---- ground truth --------------------------------------------------------------------------------------

    @Test
    void referenceReconciliationFindsExactlyThePlannedPayers() {
        Reconciled r = reconciled;
        for (SampleTown t : sample.towns()) {
            String key = townKey(t.name());
            assertEquals(t.payers(), r.paidByTown().getOrDefault(key, 0), t.name() + ", seed " + SEED);
            assertEquals(t.governmentPaid(), r.governmentByTown().getOrDefault(key, 0), t.name() + " 代缴");
        }
        assertEquals(sample.unknownTowns(), r.unknownTowns());
        assertEquals(sample.people(PersonRole.UNKNOWN_TOWN), sample.unknownTownPayers());
        assertTrue(sample.unknownTownPayers() > 0);
        assertEquals(sample.governmentPaid(), sample.towns().stream().mapToInt(SampleTown::governmentPaid).sum());
        assertTrue(sample.payers() > 35_000 && sample.payers() < 46_000, "payers " + sample.payers());
    }

    @Test
    void laggingTownsHaveLowerRatiosAndLaterDates() {
        Reconciled r = reconciled;
        List<SampleTown> lagging = sample.towns().stream().filter(SampleTown::lagging).toList();
        List<SampleTown> others = sample.towns().stream().filter(t -> !t.lagging()).toList();
        assertEquals(3, lagging.size());
        double worstOther = others.stream()
                .mapToDouble(t -> (double) r.paidByTown().get(townKey(t.name())) / t.task()).min().orElseThrow();
        for (SampleTown t : lagging) {
            assertTrue((double) r.paidByTown().get(townKey(t.name())) / t.task() < worstOther, t.name());
        }
        double laggingDay = r.meanDay(lagging.stream().map(t -> townKey(t.name())).toList());
        double otherDay = r.meanDay(others.stream().map(t -> townKey(t.name())).toList());
        assertTrue(laggingDay > otherDay + 3, laggingDay + " vs " + otherDay);
    }

    @Test
    void commandPrintsTheSummaryLine() {
        assertEquals(0, againExitCode);
        assertEquals(sample.summary().replace(sample.folder().toString(), again.toString()), againOutput.strip());
        assertTrue(againOutput.startsWith("已生成县级示例：滕州市 21 个镇街，"), againOutput);
    }

    // ---- reading the files back ----------------------------------------------------------------------------

    /** One data row of a dump, as text where the dump has text. */
    record DumpLine(String file, String id, boolean numericId, String name, String village, String town,
                    String insurance, String period, BigDecimal amount, LocalDate date, String serial,
                    String channel) {

        boolean validId() {
            return !numericId && ResidentId.problem(ResidentId.normalize(id)).isEmpty();
        }
    }

    private static List<DumpLine> readDumps(Path folder) throws IOException {
        Path payments = folder.resolve(SampleGenerator.PAYMENTS_DIR);
        List<DumpLine> all = new ArrayList<>();
        all.addAll(readCsv(payments, CountySampleGenerator.OCTOBER_NOVEMBER_FILE, GBK,
                s -> LocalDate.parse(s, DateTimeFormatter.ofPattern("yyyy/M/d"))));
        all.addAll(readWorkbook(folder));
        all.addAll(readCsv(payments, CountySampleGenerator.DECEMBER_LAST_FILE, StandardCharsets.UTF_8,
                s -> LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toLocalDate()));
        all.addAll(readCsv(payments, SampleGenerator.LATE_FILE, StandardCharsets.UTF_8,
                s -> LocalDate.parse(s, DateTimeFormatter.ofPattern("yyyy/M/d"))));
        return all;
    }

    private static List<DumpLine> readCsv(Path folder, String file, Charset charset,
                                          Function<String, LocalDate> dates) throws IOException {
        String text = Files.readString(folder.resolve(file), charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<DumpLine> result = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                result.add(new DumpLine(file, r.get(0), false, r.get(1), r.get(2), r.get(3), r.get(4), r.get(5),
                        new BigDecimal(r.get(6)), dates.apply(r.get(7)), r.get(8), r.get(9)));
            }
        }
        return result;
    }

    /**
     * The workbook dump read with POI's full reader (the writer streamed it through SXSSF); keeps the title and
     * the header.
     */
    private static List<DumpLine> readWorkbook(Path folder) throws IOException {
        String file = CountySampleGenerator.DECEMBER_FIRST_FILE;
        List<DumpLine> lines = new ArrayList<>();
        try (Workbook workbook = openWorkbook(folder)) {
            for (Row r : workbook.getSheet(XlsxDump.SHEET)) {
                if (r.getRowNum() == 0) {
                    workbookTitle = text(r, 0);
                    continue;
                }
                if (r.getRowNum() == 1) {
                    List<String> header = new ArrayList<>();
                    r.forEach(c -> header.add(c.getStringCellValue()));
                    workbookHeader = List.copyOf(header);
                    continue;
                }
                assertTrue(DateUtil.isCellDateFormatted(r.getCell(7)));
                Cell id = r.getCell(0);
                boolean numeric = id.getCellType() == CellType.NUMERIC;
                String idText = numeric ? Double.toString(id.getNumericCellValue()) : id.getStringCellValue();
                lines.add(new DumpLine(file, idText, numeric, text(r, 1), text(r, 2), text(r, 3), text(r, 4),
                        text(r, 5), BigDecimal.valueOf(r.getCell(6).getNumericCellValue()),
                        r.getCell(7).getLocalDateTimeCellValue().toLocalDate(), text(r, 8), text(r, 9)));
            }
        }
        return lines;
    }

    private static Workbook openWorkbook(Path folder) throws IOException {
        Path file = folder.resolve(SampleGenerator.PAYMENTS_DIR).resolve(CountySampleGenerator.DECEMBER_FIRST_FILE);
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static byte[] zipPart(Path folder, String part) throws IOException {
        Path file = folder.resolve(SampleGenerator.PAYMENTS_DIR).resolve(CountySampleGenerator.DECEMBER_FIRST_FILE);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            assertNotNull(entry, part);
            return zip.getInputStream(entry).readAllBytes();
        }
    }

    private static byte[] payments(CountySampleResult result, String file) throws IOException {
        return Files.readAllBytes(result.folder().resolve(SampleGenerator.PAYMENTS_DIR).resolve(file));
    }

    private static List<String> textFiles() {
        String dir = SampleGenerator.PAYMENTS_DIR + "/";
        return List.of(SampleGenerator.CAMPAIGN_FILE, SampleGenerator.TASK_TABLE_FILE, SampleGenerator.ROSTER_FILE,
                dir + CountySampleGenerator.OCTOBER_NOVEMBER_FILE, dir + CountySampleGenerator.DECEMBER_LAST_FILE,
                dir + SampleGenerator.LATE_FILE);
    }

    private static void assertDatesWithin(String file, String first, String last) {
        List<LocalDate> dates = lines.stream().filter(l -> l.file().equals(file)).map(DumpLine::date).toList();
        assertFalse(dates.isEmpty(), file);
        assertTrue(dates.stream().allMatch(d -> !d.isBefore(LocalDate.parse(first)) && !d.isAfter(LocalDate.parse(last))),
                file);
    }

    // ---- a deliberately simple reference reconciliation ----------------------------------------------------

    record Reconciled(Map<String, Integer> paidByTown, Map<String, Integer> governmentByTown,
                      Map<String, Integer> unknownTowns, Map<String, List<Long>> firstDaysByTown) {

        double meanDay(List<String> towns) {
            return towns.stream().flatMap(t -> firstDaysByTown.get(t).stream())
                    .mapToLong(Long::longValue).average().orElseThrow();
        }
    }

    /**
     * Medical 2025 payments up to 2024-12-31, one per serial, netted per valid ID, counted for the town on the
     * record.
     */
    private static Reconciled reconcile(List<DumpLine> lines) {
        Set<String> known = TOWNS.stream().map(CountySampleTest::townKey).collect(Collectors.toSet());
        Set<String> seenSerials = new HashSet<>();
        Map<String, BigDecimal> net = new HashMap<>();
        Map<String, String> townText = new HashMap<>();
        Map<String, LocalDate> firstDate = new HashMap<>();
        Set<String> government = new HashSet<>();
        for (DumpLine l : lines) {
            if (!seenSerials.add(l.serial()) || !l.validId() || !l.insurance().contains("医疗")
                    || !l.period().startsWith("2025") || l.date().isAfter(LocalDate.of(2024, 12, 31))) {
                continue;
            }
            String id = ResidentId.normalize(l.id());
            net.merge(id, l.amount(), BigDecimal::add);
            townText.put(id, l.town());
            if (l.amount().signum() > 0) {
                firstDate.merge(id, l.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (l.channel().equals("政府代缴")) {
                government.add(id);
            }
        }
        Map<String, Integer> paid = new HashMap<>();
        Map<String, Integer> governmentPaid = new HashMap<>();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        CountySampleGenerator.UNKNOWN_TOWNS.forEach(t -> unknown.put(t, 0));
        Map<String, List<Long>> days = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : net.entrySet()) {
            if (e.getValue().signum() <= 0) {
                continue;
            }
            String text = townText.get(e.getKey());
            String town = townKey(text);
            if (!known.contains(town)) {
                unknown.merge(text, 1, Integer::sum);
                continue;
            }
            paid.merge(town, 1, Integer::sum);
            if (government.contains(e.getKey())) {
                governmentPaid.merge(town, 1, Integer::sum);
            }
            days.computeIfAbsent(town, k -> new ArrayList<>())
                    .add(firstDate.get(e.getKey()).toEpochDay() - LocalDate.of(2024, 10, 1).toEpochDay());
        }
        return new Reconciled(paid, governmentPaid, unknown, days);
    }

    /** NFKC, no whitespace of any width, without a trailing 街道 or 镇. */
    private static String townKey(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200B]", "");
        for (String suffix : List.of("街道", "镇")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}

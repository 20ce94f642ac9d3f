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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zhengjiao.domain.ResidentId;

/**
 * The sample generator, checked by reading its files back: determinism, the published task table, the planned
 * problems, the overlapping December dumps, encodings, and a small reference reconciliation that must find
 * exactly the payers the generator planned.
 */
class SampleGeneratorTest {

    private static final long SEED = 2023;

    @TempDir
    static Path tmp;

    private static SampleResult sample;
    private static Path again;
    private static int againExitCode;
    private static String againOutput;
    private static SampleResult otherSeed;
    private static WorkbookDump workbook;
    private static List<DumpLine> lines;

    /**
     * Three runs, side by side to keep the test quick: the seed through the API, the same seed through the
     * command (into a folder holding stale dumps), another seed.
     */
    @BeforeAll
    static void generate() throws Exception {
        again = tmp.resolve("b");
        Files.createDirectories(again.resolve(SampleGenerator.PAYMENTS_DIR));
        for (String stale : List.of("旧清册.csv", "旧清册.XLS", "旧清册.xlsx", "说明.txt")) {
            Files.writeString(again.resolve(SampleGenerator.PAYMENTS_DIR).resolve(stale), "stale");
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<SampleResult> first = pool.submit(() -> SampleGenerator.generate(tmp.resolve("a"), SEED, 1));
            StringWriter out = new StringWriter();
            Future<Integer> command = pool.submit(() -> new CommandLine(new SampleCommand())
                    .setOut(new PrintWriter(out)).execute("--out", again.toString(), "--seed", Long.toString(SEED)));
            Future<SampleResult> other = pool.submit(() -> SampleGenerator.generate(tmp.resolve("c"), 7, 1));
            sample = first.get();
            workbook = WorkbookDump.read(sample.folder());
            lines = readDumps(sample.folder(), workbook);
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

    /** Same sheet and style parts means the same cells, types, values and formats (only the zip's dates differ). */
    @Test
    void sameSeedWritesIdenticalWorkbookCells() throws IOException {
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml")) {
            assertArrayEquals(zipPart(sample.folder(), part), zipPart(again, part), part + ", seed " + SEED);
        }
    }

    @Test
    void differentSeedWritesDifferentPaymentsButTheSameTaskTable() throws IOException {
        for (String file : List.of(SampleGenerator.OCTOBER_FILE, SampleGenerator.NOVEMBER_FILE,
                SampleGenerator.DECEMBER_LAST_FILE)) {
            assertFalse(Arrays.equals(payments(sample, file), payments(otherSeed, file)), file);
        }
        assertFalse(Arrays.equals(zipPart(sample.folder(), "xl/worksheets/sheet1.xml"),
                zipPart(otherSeed.folder(), "xl/worksheets/sheet1.xml")));
        assertArrayEquals(Files.readAllBytes(sample.folder().resolve(SampleGenerator.TASK_TABLE_FILE)),
                Files.readAllBytes(otherSeed.folder().resolve(SampleGenerator.TASK_TABLE_FILE)));
    }

    @Test
    void rerunIntoAFolderReplacesOldDumpsOnly() throws IOException {
        try (var files = Files.list(again.resolve(SampleGenerator.PAYMENTS_DIR))) {
            assertEquals(Set.of(SampleGenerator.OCTOBER_FILE, SampleGenerator.NOVEMBER_FILE,
                    SampleGenerator.DECEMBER_FIRST_FILE, SampleGenerator.DECEMBER_LAST_FILE, SampleGenerator.LATE_FILE,
                    "说明.txt"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    // ---- settings ------------------------------------------------------------------------------------------

    @Test
    void taskTableAtScaleOneIsThePublishedTable() throws IOException {
        byte[] bytes = Files.readAllBytes(sample.folder().resolve(SampleGenerator.TASK_TABLE_FILE));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "序号,村名,村人口数,任务数,备注",
                "1,姜山村,2251,1981,",
                "2,刘寨村,4711,4146,",
                "3,潼山村,2791,2456,",
                "4,红旗村,3758,3307,",
                "5,双井村,5184,4571,",
                "6,朱集村,5367,4723,",
                "7,张家村,2570,2262,",
                "8,星光村,5348,4706,",
                "9,岳巷村,2805,2468,",
                "10,双杨村,3228,2841,",
                "11,苗河村,3228,2841,",
                "12,固城村,2165,1905,",
                "13,湖光村,4141,3644,",
                ",合计,47547,41851,"), text.lines().toList());
    }

    @Test
    void campaignSettingsStateTheNoticeTotal() throws IOException {
        String yaml = Files.readString(sample.folder().resolve(SampleGenerator.CAMPAIGN_FILE));
        assertTrue(yaml.contains("\n任务总数: 41850 "), yaml);
        assertTrue(yaml.contains("\n任务分解表: 任务分解表.csv\n"), yaml);
        assertTrue(yaml.contains("\n个人缴费标准: 350 "), yaml);
    }

    @Test
    void scaleOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleGenerator.generate(tmp.resolve("x"), SEED, 0));
    }

    // ---- the dumps -----------------------------------------------------------------------------------------

    @Test
    void rowCountsAndDatesFitEachDump() {
        Map<String, Long> counted = lines.stream()
                .collect(Collectors.groupingBy(DumpLine::file, LinkedHashMap::new, Collectors.counting()));
        assertEquals(sample.rowsByFile(), counted);
        assertEquals(5, sample.files());
        assertDatesWithin(SampleGenerator.OCTOBER_FILE, "2022-10-01", "2022-10-31");
        assertDatesWithin(SampleGenerator.NOVEMBER_FILE, "2022-11-01", "2022-11-30");
        assertDatesWithin(SampleGenerator.DECEMBER_FIRST_FILE, "2022-12-01", "2022-12-20");
        assertDatesWithin(SampleGenerator.DECEMBER_LAST_FILE, "2022-12-15", "2022-12-31");
        assertDatesWithin(SampleGenerator.LATE_FILE, "2023-01-05", "2023-02-20");
    }

    @Test
    void everyIdIsValidExceptThePlannedInvalidOnes() {
        long invalid = lines.stream().filter(l -> !l.validId()).count();
        long planned = Arrays.stream(PlannedFeature.values()).filter(PlannedFeature::invalidId)
                .mapToLong(sample::rows).sum();
        assertEquals(planned, invalid, "invalid ID rows, seed " + SEED);
        for (PlannedFeature feature : PlannedFeature.values()) {
            assertTrue(sample.rows(feature) > 0, "no rows of " + feature);
        }
        long numeric = lines.stream().filter(DumpLine::numericId).count();
        assertEquals(sample.rows(PlannedFeature.ID_EXCEL_NUMBER), numeric);
        long excelText = lines.stream().filter(l -> l.id().equals("3.41323E+17")).count();
        assertEquals(sample.rows(PlannedFeature.ID_EXCEL_TEXT), excelText);
    }

    @Test
    void messyButValidIdsNormaliseToValidNumbers() {
        long messy = lines.stream().filter(l -> l.validId() && !l.id().equals(ResidentId.normalize(l.id()))).count();
        assertEquals(sample.rows(PlannedFeature.ID_LOWER_X) + sample.rows(PlannedFeature.ID_FULL_WIDTH)
                + sample.rows(PlannedFeature.ID_SPACES) + sample.rows(PlannedFeature.ID_ZERO_WIDTH), messy);
        assertTrue(lines.stream().anyMatch(l -> l.id().endsWith("x")));
        assertTrue(lines.stream().anyMatch(l -> l.id().startsWith("３４１３２３")));
        assertTrue(lines.stream().anyMatch(l -> l.id().contains("\u200B")));
    }

    @Test
    void decemberDumpsOverlapWithEqualSerials() {
        Function<String, Map<String, DumpLine>> overlap = file -> lines.stream()
                .filter(l -> l.file().equals(file))
                .filter(l -> !l.date().isBefore(LocalDate.of(2022, 12, 15))
                        && !l.date().isAfter(LocalDate.of(2022, 12, 20)))
                .collect(Collectors.toMap(DumpLine::serial, l -> l));
        Map<String, DumpLine> workbook = overlap.apply(SampleGenerator.DECEMBER_FIRST_FILE);
        Map<String, DumpLine> csv = overlap.apply(SampleGenerator.DECEMBER_LAST_FILE);
        assertFalse(workbook.isEmpty());
        assertEquals(workbook.keySet(), csv.keySet());
        for (Map.Entry<String, DumpLine> e : workbook.entrySet()) {
            DumpLine other = csv.get(e.getKey());
            assertEquals(e.getValue().date(), other.date());
            assertEquals(0, e.getValue().amount().compareTo(other.amount()));
            if (!e.getValue().numericId()) {
                assertEquals(e.getValue().id(), other.id());
            }
        }
    }

    @Test
    void serialsAreTwentyDigitsAndOnlyRepeatAcrossTheOverlap() {
        Map<String, List<DumpLine>> bySerial = lines.stream().collect(Collectors.groupingBy(DumpLine::serial));
        for (Map.Entry<String, List<DumpLine>> e : bySerial.entrySet()) {
            assertTrue(e.getKey().matches("3\\d{19}"), e.getKey());
            if (e.getValue().size() > 1) {
                assertEquals(Set.of(SampleGenerator.DECEMBER_FIRST_FILE, SampleGenerator.DECEMBER_LAST_FILE),
                        e.getValue().stream().map(DumpLine::file).collect(Collectors.toSet()));
            }
        }
    }

    @Test
    void novemberDumpIsGbkAndNotUtf8() throws IOException {
        byte[] bytes = payments(sample, SampleGenerator.NOVEMBER_FILE);
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)));
        String text = Charset.forName("GBK").newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(text.startsWith("身份证号码,缴费人姓名,村居,所属乡镇,险种名称,缴费年度,缴费金额（元）,入库日期,税票号码,缴费方式\r\n"));
    }

    @Test
    void headersAndBomsAreEachDumpsOwn() throws IOException {
        assertTrue(new String(payments(sample, SampleGenerator.OCTOBER_FILE), StandardCharsets.UTF_8).startsWith(
                "\uFEFF证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道\r\n"));
        assertTrue(new String(payments(sample, SampleGenerator.DECEMBER_LAST_FILE), StandardCharsets.UTF_8)
                .startsWith("证件号码,姓名,村(社区),乡镇(街道),险种,费款所属期,缴费金额,缴费日期,流水号,缴费渠道\n"));
        assertTrue(new String(payments(sample, SampleGenerator.LATE_FILE), StandardCharsets.UTF_8).startsWith(
                "\uFEFF证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道\r\n"));
        assertEquals("朱集镇城乡居民医保征收清册（2022-12-01至2022-12-20）", workbook.title());
        assertEquals(1, workbook.mergedRegions());
        assertEquals(XlsxDump.HEADER, workbook.header());
        assertEquals(Set.of("yyyy-mm-dd"), workbook.dateFormats());
    }

    @Test
    void namesHaveTwoToFourCharacters() {
        assertTrue(lines.stream().allMatch(l -> l.name().length() >= 2 && l.name().length() <= 4));
        assertTrue(lines.stream().anyMatch(l -> l.name().length() == 4));
    }

    // ---- ground truth --------------------------------------------------------------------------------------

    @Test
    void referenceReconciliationFindsExactlyThePlannedPayers() {
        Reconciled r = reconcile(lines, sample.villages());
        for (SampleVillage v : sample.villages()) {
            assertEquals(v.payers(), r.paidByVillage().getOrDefault(v.baseName(), 0), v.name() + ", seed " + SEED);
        }
        assertEquals(sample.people(PersonRole.UNKNOWN_VILLAGE), r.unknownVillagePayers());
        assertEquals(sample.governmentPaid(), r.governmentPaid());
        assertTrue(sample.payers() > 35_000 && sample.payers() < 42_000, "payers " + sample.payers());
    }

    @Test
    void laggingVillagesHaveLowerRatiosAndLaterDates() {
        Reconciled r = reconcile(lines, sample.villages());
        List<SampleVillage> lagging = sample.villages().stream().filter(SampleVillage::lagging).toList();
        List<SampleVillage> others = sample.villages().stream().filter(v -> !v.lagging()).toList();
        assertEquals(3, lagging.size());
        double worstOther = others.stream()
                .mapToDouble(v -> (double) r.paidByVillage().get(v.baseName()) / v.task()).min().orElseThrow();
        for (SampleVillage v : lagging) {
            assertTrue((double) r.paidByVillage().get(v.baseName()) / v.task() < worstOther, v.name());
        }
        double laggingDay = r.meanDay(lagging.stream().map(SampleVillage::baseName).toList());
        double otherDay = r.meanDay(others.stream().map(SampleVillage::baseName).toList());
        assertTrue(laggingDay > otherDay + 3, laggingDay + " vs " + otherDay);
    }

    @Test
    void commandPrintsTheSummaryLine() {
        assertEquals(0, againExitCode);
        assertEquals(sample.summary().replace(sample.folder().toString(), again.toString()), againOutput.strip());
        assertTrue(againOutput.startsWith("已生成示例：13 个村，"));
    }

    // ---- reading the files back ----------------------------------------------------------------------------

    /** One data row of a dump, as text where the dump has text. */
    record DumpLine(String file, String id, boolean numericId, String name, String village, String insurance,
                    String period, BigDecimal amount, LocalDate date, String serial, String channel) {

        boolean validId() {
            return !numericId && ResidentId.problem(ResidentId.normalize(id)).isEmpty();
        }
    }

    private static List<DumpLine> readDumps(Path folder, WorkbookDump workbook) throws IOException {
        Path payments = folder.resolve(SampleGenerator.PAYMENTS_DIR);
        List<DumpLine> all = new ArrayList<>();
        all.addAll(readCsv(payments, SampleGenerator.OCTOBER_FILE, StandardCharsets.UTF_8,
                s -> LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toLocalDate()));
        all.addAll(readCsv(payments, SampleGenerator.NOVEMBER_FILE, Charset.forName("GBK"),
                s -> LocalDate.parse(s, DateTimeFormatter.ofPattern("yyyy/M/d"))));
        all.addAll(workbook.lines());
        all.addAll(readCsv(payments, SampleGenerator.DECEMBER_LAST_FILE, StandardCharsets.UTF_8,
                s -> LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE)));
        all.addAll(readCsv(payments, SampleGenerator.LATE_FILE, StandardCharsets.UTF_8,
                s -> LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toLocalDate()));
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
                result.add(new DumpLine(file, r.get(0), false, r.get(1), r.get(2), r.get(4), r.get(5),
                        new BigDecimal(r.get(6)), dates.apply(r.get(7)), r.get(8), r.get(9)));
            }
        }
        return result;
    }

    /** The workbook dump read once with POI's full reader (the writer streamed it through SXSSF). */
    record WorkbookDump(String title, List<String> header, int mergedRegions, Set<String> dateFormats,
                        List<DumpLine> lines) {

        static WorkbookDump read(Path folder) throws IOException {
            Path file = folder.resolve(SampleGenerator.PAYMENTS_DIR).resolve(SampleGenerator.DECEMBER_FIRST_FILE);
            List<DumpLine> lines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            Set<String> dateFormats = new HashSet<>();
            String title = null;
            try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet sheet = workbook.getSheet(XlsxDump.SHEET);
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        title = row.getCell(0).getStringCellValue();
                    } else if (row.getRowNum() == 1) {
                        row.forEach(c -> header.add(c.getStringCellValue()));
                    } else {
                        dateFormats.add(row.getCell(7).getCellStyle().getDataFormatString());
                        assertTrue(DateUtil.isCellDateFormatted(row.getCell(7)));
                        lines.add(line(file.getFileName().toString(), row));
                    }
                }
                return new WorkbookDump(title, header, sheet.getNumMergedRegions(), dateFormats, lines);
            }
        }

        private static DumpLine line(String file, Row r) {
            Cell id = r.getCell(0);
            boolean numeric = id.getCellType() == CellType.NUMERIC;
            String idText = numeric ? Double.toString(id.getNumericCellValue()) : id.getStringCellValue();
            return new DumpLine(file, idText, numeric, text(r, 1), text(r, 2), text(r, 4), text(r, 5),
                    BigDecimal.valueOf(r.getCell(6).getNumericCellValue()),
                    r.getCell(7).getLocalDateTimeCellValue().toLocalDate(), text(r, 8), text(r, 9));
        }

        private static String text(Row row, int column) {
            return row.getCell(column).getStringCellValue();
        }
    }

    private static byte[] zipPart(Path folder, String part) throws IOException {
        Path file = folder.resolve(SampleGenerator.PAYMENTS_DIR).resolve(SampleGenerator.DECEMBER_FIRST_FILE);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            assertNotNull(entry, part);
            return zip.getInputStream(entry).readAllBytes();
        }
    }

    private static byte[] payments(SampleResult result, String file) throws IOException {
        return Files.readAllBytes(result.folder().resolve(SampleGenerator.PAYMENTS_DIR).resolve(file));
    }

    private static List<String> textFiles() {
        String dir = SampleGenerator.PAYMENTS_DIR + "/";
        return List.of(SampleGenerator.CAMPAIGN_FILE, SampleGenerator.TASK_TABLE_FILE, SampleGenerator.ROSTER_FILE,
                dir + SampleGenerator.OCTOBER_FILE, dir + SampleGenerator.NOVEMBER_FILE,
                dir + SampleGenerator.DECEMBER_LAST_FILE, dir + SampleGenerator.LATE_FILE);
    }

    private static void assertDatesWithin(String file, String first, String last) {
        List<LocalDate> dates = lines.stream().filter(l -> l.file().equals(file)).map(DumpLine::date).toList();
        assertFalse(dates.isEmpty(), file);
        assertTrue(dates.stream().allMatch(d -> !d.isBefore(LocalDate.parse(first)) && !d.isAfter(LocalDate.parse(last))),
                file);
    }

    // ---- a deliberately simple reference reconciliation ----------------------------------------------------

    record Reconciled(Map<String, Integer> paidByVillage, int unknownVillagePayers, int governmentPaid,
                      Map<String, List<Long>> firstDaysByVillage) {

        double meanDay(List<String> villages) {
            return villages.stream().flatMap(v -> firstDaysByVillage.get(v).stream())
                    .mapToLong(Long::longValue).average().orElseThrow();
        }
    }

    /**
     * Medical 2023 payments up to 2022-12-31, one per serial, netted per valid ID, counted for the village on the
     * record.
     */
    private static Reconciled reconcile(List<DumpLine> lines, List<SampleVillage> villages) {
        Set<String> known = villages.stream().map(SampleVillage::baseName).collect(Collectors.toSet());
        Set<String> seenSerials = new HashSet<>();
        Map<String, BigDecimal> net = new HashMap<>();
        Map<String, String> village = new HashMap<>();
        Map<String, LocalDate> firstDate = new HashMap<>();
        Set<String> government = new HashSet<>();
        for (DumpLine l : lines) {
            if (!seenSerials.add(l.serial()) || !l.validId() || !l.insurance().contains("医疗")
                    || !l.period().startsWith("2023") || l.date().isAfter(LocalDate.of(2022, 12, 31))) {
                continue;
            }
            String id = ResidentId.normalize(l.id());
            net.merge(id, l.amount(), BigDecimal::add);
            village.put(id, villageKey(l.village()));
            if (l.amount().signum() > 0) {
                firstDate.merge(id, l.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (l.channel().equals("政府代缴")) {
                government.add(id);
            }
        }
        Map<String, Integer> paid = new HashMap<>();
        Map<String, List<Long>> days = new HashMap<>();
        int unknown = 0;
        int governmentPaid = 0;
        for (Map.Entry<String, BigDecimal> e : net.entrySet()) {
            if (e.getValue().signum() <= 0) {
                continue;
            }
            String v = village.get(e.getKey());
            if (!known.contains(v)) {
                unknown++;
                continue;
            }
            paid.merge(v, 1, Integer::sum);
            days.computeIfAbsent(v, k -> new ArrayList<>())
                    .add(firstDate.get(e.getKey()).toEpochDay() - LocalDate.of(2022, 10, 1).toEpochDay());
            if (government.contains(e.getKey())) {
                governmentPaid++;
            }
        }
        return new Reconciled(paid, unknown, governmentPaid, days);
    }

    private static String villageKey(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200B]", "");
        for (String suffix : List.of("村委会", "村")) {
            if (s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}

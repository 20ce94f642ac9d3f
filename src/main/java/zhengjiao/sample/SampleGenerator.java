package zhengjiao.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import zhengjiao.sample.CsvDump.PeriodStyle;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.NameSpelling;

/**
 * Generates a sample campaign folder: {@value #CAMPAIGN_FILE}, {@value #TASK_TABLE_FILE}, the roster
 * {@value #ROSTER_FILE}, and five dumps of the tax system's payment list in {@value #PAYMENTS_DIR}/ (four of the
 * window, one of payments after it). All data is invented; the same seed and scale give the same CSV bytes and the
 * same workbook cell values.
 *
 * <p>Memory stays small at any scale: people and payments are held in primitive arrays (about 32 bytes a
 * payment in all), rows are formatted one at a time and written at once, the workbook streams through a
 * 100-row window.
 */
public final class SampleGenerator {

    public static final String CAMPAIGN_FILE = "campaign.yaml";
    public static final String TASK_TABLE_FILE = "任务分解表.csv";
    public static final String PAYMENTS_DIR = "payments";
    public static final String OCTOBER_FILE = "征收清册_2022年10月.csv";
    public static final String NOVEMBER_FILE = "征收清册_2022年11月.csv";
    public static final String DECEMBER_FIRST_FILE = "征收清册_2022年12月1日至20日.xlsx";
    public static final String DECEMBER_LAST_FILE = "征收清册_2022年12月15日至31日.csv";
    /** Payments after the window (both samples): the October file's header, UTF-8. */
    public static final String LATE_FILE = "征收清册_补缴.csv";
    /** The roster (参保台账) in the campaign folder (both samples), UTF-8 with BOM. */
    public static final String ROSTER_FILE = "参保台账.csv";
    /** The roster's header. */
    public static final List<String> ROSTER_HEADER = Roster.HEADER;

    public static final String TOWN = "朱集镇";
    static final String TOWN_SHORT = "朱集";
    static final String MEDICAL = "城乡居民基本医疗保险";
    static final String MEDICAL_SHORT = "城乡居民医疗保险";
    static final String PENSION = "城乡居民基本养老保险";

    private static final Charset GBK = Charset.forName("GBK");
    private static final LocalDate WINDOW_END = LocalDate.of(2022, 12, 31);

    private SampleGenerator() {
    }

    /**
     * Writes the sample into {@code folder}, creating it if needed and replacing the files it generates (in
     * the payments folder every *.csv, *.xlsx and *.xls is removed first).
     *
     * @param folder the campaign folder
     * @param seed   the seed of all randomness
     * @param scale  1 for Zhuji's 13 villages; s adds 13 x (s - 1) invented villages
     * @return what was written and the ground truth
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when the scale is outside 1..{@value VillagePlanner#MAX_SCALE}
     */
    public static SampleResult generate(Path folder, long seed, int scale) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        List<SampleVillage> villages = VillagePlanner.plan(rng, scale);
        PaymentPlanner planner = new TownPaymentPlanner(rng, villages);
        planner.run();
        Roster roster = Roster.plan(rng, planner, (person, village) -> 0);

        Path payments = folder.resolve(PAYMENTS_DIR);
        Files.createDirectories(payments);
        removeOldDumps(payments);
        SettingsWriter.writeTaskTable(folder.resolve(TASK_TABLE_FILE), villages);
        SettingsWriter.writeCampaign(folder.resolve(CAMPAIGN_FILE), villages, seed, scale, TASK_TABLE_FILE);

        Map<String, Long> rowsByFile = new LinkedHashMap<>();
        Map<PlannedFeature, Long> features = new EnumMap<>(PlannedFeature.class);
        writeDumps(payments, planner, villages, new SerialNumbers(seed), rowsByFile, features);
        roster.write(folder.resolve(ROSTER_FILE), seed, village -> TOWN, (person, village) -> villages.get(village).name());
        RosterTruth rosterTruth = roster.truth(ROSTER_FILE, villages.stream().map(SampleVillage::name).toList());
        SpecialLists.writeTown(folder, folder.resolve(ROSTER_FILE), seed);

        Map<PersonRole, Integer> people = new EnumMap<>(PersonRole.class);
        PersonTable table = planner.people();
        for (int p = 0; p < table.size(); p++) {
            people.merge(table.role(p), 1, Integer::sum);
        }
        return new SampleResult(folder, seed, scale, villages, rowsByFile, features, people,
                planner.governmentPaid(), planner.subsidised(), rosterTruth);
    }

    /**
     * Writes the county-level sample (滕州市 2025, 21 towns) into {@code folder}; see
     * {@link CountySampleGenerator#generate(Path, long, int)}.
     *
     * @param folder the campaign folder
     * @param seed   the seed of all randomness
     * @param scale  multiplies every town's population (1: about 40,000 payers)
     * @return what was written and the ground truth
     * @throws IOException when a file cannot be written
     */
    public static CountySampleResult generateCounty(Path folder, long seed, int scale) throws IOException {
        return CountySampleGenerator.generate(folder, seed, scale);
    }

    /** Removes every *.csv, *.xlsx and *.xls file of the payments folder. */
    static void removeOldDumps(Path payments) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(payments)) {
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(file)
                        && (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls"))) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void writeDumps(Path folder, PaymentPlanner planner, List<SampleVillage> villages,
                                   SerialNumbers serials, Map<String, Long> rowsByFile,
                                   Map<PlannedFeature, Long> features) throws IOException {
        PaymentTable payments = planner.payments();
        PersonTable people = planner.people();
        try (CsvDump october = new CsvDump(folder, octoberStyle());
             CsvDump november = new CsvDump(folder, novemberStyle());
             XlsxDump decemberFirst = new XlsxDump(folder.resolve(DECEMBER_FIRST_FILE),
                     TOWN + "城乡居民医保征收清册（2022-12-01至2022-12-20）", 61, 80);
             CsvDump decemberLast = new CsvDump(folder, decemberLastStyle());
             CsvDump late = new CsvDump(folder, lateStyle())) {
            List<DumpSink> sinks = List.of(october, november, decemberFirst, decemberLast, late);
            for (int payment : payments.byTime()) {
                int day = payments.day(payment);
                DumpRow row = null;
                for (DumpSink sink : sinks) {
                    if (sink.covers(day)) {
                        if (row == null) {
                            row = row(payments, people, villages, serials, payment);
                        }
                        sink.write(row);
                        count(row, sink, features);
                    }
                }
            }
            for (DumpSink sink : sinks) {
                rowsByFile.put(sink.fileName(), sink.rows());
            }
        }
    }

    private static DumpRow row(PaymentTable payments, PersonTable people, List<SampleVillage> villages,
                               SerialNumbers serials, int payment) {
        int person = payments.person(payment);
        int village = people.village(person);
        NameSpelling spelling = payments.spelling(payment);
        boolean townShort = payments.has(payment, PaymentTable.TOWN_SHORT);
        boolean insuranceShort = payments.has(payment, PaymentTable.INSURANCE_SHORT);
        Kind kind = payments.kind(payment);
        String insurance = kind == Kind.PENSION ? PENSION : insuranceShort ? MEDICAL_SHORT : MEDICAL;
        return new DumpRow(people.first17(person), people.idStyle(person), people.name(person),
                villageText(villages, village, spelling), townShort ? TOWN_SHORT : TOWN, spelling, village < 0,
                insurance, kind, kind == Kind.MEDICAL_LAST_YEAR ? 2022 : 2023, payments.amount(payment),
                payments.amountFormat(payment), payments.dateTime(payment), serials.of(payment),
                payments.channel(payment), payments.tag(payment), townShort, insuranceShort);
    }

    static String villageText(List<SampleVillage> villages, int village, NameSpelling spelling) {
        if (village < 0) {
            return PersonTable.UNKNOWN_VILLAGES[-1 - village];
        }
        SampleVillage v = villages.get(village);
        return switch (spelling) {
            case AS_TABLE -> v.name();
            case WITHOUT_SUFFIX -> v.baseName();
            case VILLAGE_COMMITTEE -> v.baseName() + "村委会";
            case SPACED -> " " + String.join(" ", v.name().split("")) + " ";
            case FULL_WIDTH_SPACE -> v.name() + '\u3000';
        };
    }

    private static void count(DumpRow row, DumpSink sink, Map<PlannedFeature, Long> features) {
        DumpFeatures.countShared(row, sink, features, PlannedFeature.class, WINDOW_END);
        if (row.spelling() != NameSpelling.AS_TABLE) {
            add(features, PlannedFeature.VILLAGE_SPELLING);
        }
        if (row.unknownPlace()) {
            add(features, PlannedFeature.UNKNOWN_VILLAGE);
        }
        if (row.kind() == Kind.MEDICAL && TownPaymentPlanner.SHARES.contains(row.amount())) {
            add(features, PlannedFeature.SUBSIDISED);
        }
        if (row.kind() == Kind.MEDICAL && row.amount() > 0 && row.amount() != TownPaymentPlanner.STANDARD
                && !TownPaymentPlanner.SHARES.contains(row.amount())) {
            add(features, PlannedFeature.OFF_STANDARD);
        }
        if (row.townShort()) {
            add(features, PlannedFeature.TOWN_SHORT);
        }
    }

    private static void add(Map<PlannedFeature, Long> features, PlannedFeature feature) {
        features.merge(feature, 1L, Long::sum);
    }

    private static CsvDump.Style octoberStyle() {
        return new CsvDump.Style(OCTOBER_FILE, StandardCharsets.UTF_8, true,
                List.of("证件号码", "姓名", "村(居)委会", "乡镇(街道)", "险种", "费款所属期", "缴费金额", "缴费日期",
                        "电子税票号码", "缴费渠道"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), PeriodStyle.RANGE, AmountFormat.TWO_DECIMALS,
                "\r\n", 0, 30);
    }

    /** As the October file, for the payments after the window. */
    private static CsvDump.Style lateStyle() {
        CsvDump.Style october = octoberStyle();
        return new CsvDump.Style(LATE_FILE, october.charset(), october.bom(), october.header(), october.dates(),
                october.period(), october.usualAmount(), october.recordSeparator(), PaymentPlanner.DAYS, 366);
    }

    private static CsvDump.Style novemberStyle() {
        return new CsvDump.Style(NOVEMBER_FILE, GBK, false,
                List.of("身份证号码", "缴费人姓名", "村居", "所属乡镇", "险种名称", "缴费年度", "缴费金额（元）", "入库日期",
                        "税票号码", "缴费方式"),
                DateTimeFormatter.ofPattern("yyyy/M/d"), PeriodStyle.YEAR, AmountFormat.PLAIN, "\r\n", 31, 60);
    }

    private static CsvDump.Style decemberLastStyle() {
        return new CsvDump.Style(DECEMBER_LAST_FILE, StandardCharsets.UTF_8, false,
                List.of("证件号码", "姓名", "村(社区)", "乡镇(街道)", "险种", "费款所属期", "缴费金额", "缴费日期",
                        "流水号", "缴费渠道"),
                DateTimeFormatter.ofPattern("yyyyMMdd"), PeriodStyle.RANGE, AmountFormat.TWO_DECIMALS, "\n", 75, 91);
    }
}

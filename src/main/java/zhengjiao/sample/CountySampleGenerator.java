package zhengjiao.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import zhengjiao.sample.CsvDump.PeriodStyle;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.NameSpelling;

/**
 * Generates a county-level sample folder ({@link CountyPreset}; {@code --county} is 滕州市 2025): the county's
 * towns and sub-districts (镇街) ranked by a task table, the roster {@value SampleGenerator#ROSTER_FILE}, and four dumps of the tax system's payment list in
 * {@value SampleGenerator#PAYMENTS_DIR}/ (three of the window, {@value SampleGenerator#LATE_FILE} after it). Populations,
 * tasks, people and payments are invented; the same seed and scale give the same CSV bytes and the same workbook
 * cell values.
 *
 * <p>The dumps' town column carries the name a person counts for, written as in the table, without its suffix,
 * with spaces or a full-width space, or as a town that matches nothing (滕州市经济开发区, the typo 龙泉街到; each
 * preset has its own two); the
 * village column carries invented village and community names, which a county-level count does not match.
 *
 * <p>The roster's 镇街 is the task table's town name; its 村名 is the invented village or community of the person's
 * payment rows (for people who paid in another town: a village of their roster town).
 */
public final class CountySampleGenerator {

    public static final String COUNTY = "滕州市";
    public static final String OCTOBER_NOVEMBER_FILE = "征收清册_2024年10-11月.csv";
    public static final String DECEMBER_FIRST_FILE = "征收清册_2024年12月1日至20日.xlsx";
    public static final String DECEMBER_LAST_FILE = "征收清册_2024年12月15日至31日.csv";
    /** The town texts that match no town of the table. */
    public static final List<String> UNKNOWN_TOWNS = CountyPlanner.UNKNOWN_TOWNS;

    private static final Charset GBK = Charset.forName("GBK");

    private CountySampleGenerator() {
    }

    /**
     * Writes the county sample into {@code folder}, creating it if needed and replacing the files it generates
     * (in the payments folder every *.csv, *.xlsx and *.xls is removed first).
     *
     * @param folder the campaign folder
     * @param seed   the seed of all randomness
     * @param scale  multiplies every town's population: 1 gives about 40,000 payers in all,
     *               {@value CountyPlanner#MAX_SCALE} about a real county
     * @return what was written and the ground truth
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when the scale is outside 1..{@value CountyPlanner#MAX_SCALE}
     */
    public static CountySampleResult generate(Path folder, long seed, int scale) throws IOException {
        return generate(folder, CountyPreset.TENGZHOU_2025, seed, scale);
    }

    /**
     * Writes the sample of a preset ({@code sample --preset yutai-2024}) into {@code folder}, as
     * {@link #generate(Path, long, int)} does for 滕州市 2025.
     *
     * @param folder the campaign folder
     * @param preset the preset's name: tengzhou-2024, tengzhou-2025, yutai-2024 or yicheng-2024
     * @param seed   the seed of all randomness
     * @param scale  multiplies every town's population
     * @return what was written and the ground truth
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when the preset is unknown or the scale is outside 1..{@value CountyPlanner#MAX_SCALE}
     */
    public static CountySampleResult generate(Path folder, String preset, long seed, int scale) throws IOException {
        return generate(folder, preset, seed, scale, false);
    }

    /**
     * As {@link #generate(Path, String, long, int)}; with {@code cashRecord} about a third of the self-paid medical
     * payments in the window come through village agents (缴费渠道 村居代收, a 代收人 column in every dump) and the folder
     * gets their cash record {@value CashRecordSample#FILE} with three planted differences ({@link CashRecordSample}).
     * Without it the files are byte for byte those of the four-argument call.
     */
    public static CountySampleResult generate(Path folder, String preset, long seed, int scale, boolean cashRecord)
            throws IOException {
        CountyPreset p = CountyPreset.byKey(preset).orElseThrow(() -> new IllegalArgumentException(
                "没有示例「" + preset + "」，可选：" + CountyPreset.keys()));
        return generate(folder, p, seed, scale, cashRecord);
    }

    /** The names of the presets, in the README's order. */
    public static List<String> presets() {
        return CountyPreset.ALL.stream().map(CountyPreset::key).toList();
    }

    static CountySampleResult generate(Path folder, CountyPreset preset, long seed, int scale) throws IOException {
        return generate(folder, preset, seed, scale, false);
    }

    static CountySampleResult generate(Path folder, CountyPreset preset, long seed, int scale, boolean cashRecord)
            throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        CountyPlanner.Plan plan = CountyPlanner.plan(rng, preset, scale);
        CountyPaymentPlanner planner = new CountyPaymentPlanner(rng, plan.towns(), preset);
        planner.run();
        Roster roster = Roster.plan(rng, planner, (person, town) -> villageSlot(plan, planner.people(), person, town));

        Path payments = folder.resolve(SampleGenerator.PAYMENTS_DIR);
        Files.createDirectories(payments);
        SampleGenerator.removeOldDumps(payments);
        SettingsWriter.writeCountyTaskTable(folder.resolve(SampleGenerator.TASK_TABLE_FILE), plan.towns(),
                preset.money().twoInsurances());
        SettingsWriter.writeCountyCampaign(folder.resolve(SampleGenerator.CAMPAIGN_FILE), preset, plan.towns(), seed,
                scale, SampleGenerator.TASK_TABLE_FILE);

        Map<String, Long> rowsByFile = new LinkedHashMap<>();
        Map<CountyFeature, Long> features = new EnumMap<>(CountyFeature.class);
        CashRecordSample cash = cashRecord ? new CashRecordSample(seed, preset) : null;
        new CountyDumpWriter(preset, plan, planner, new SerialNumbers(seed, "37"), cash).write(payments, rowsByFile, features);
        if (cash != null) {
            cash.write(folder);
        }
        roster.write(folder.resolve(SampleGenerator.ROSTER_FILE), seed, town -> plan.towns().get(town).name(),
                (person, town) -> plan.villages().get(town).get(villageSlot(plan, planner.people(), person, town)));
        RosterTruth rosterTruth = roster.truth(SampleGenerator.ROSTER_FILE,
                plan.towns().stream().map(SampleTown::name).toList());
        SpecialLists.writeCounty(folder, folder.resolve(SampleGenerator.ROSTER_FILE), seed, preset.special());
        return result(folder, preset, seed, scale, plan, planner, rowsByFile, features, rosterTruth);
    }

    /** The person's village in a town's list: the dumps' village column, and the roster's. */
    private static int villageSlot(CountyPlanner.Plan plan, PersonTable people, int person, int town) {
        List<String> villages = town < 0 ? plan.unknownTownVillages().get(-1 - town) : plan.villages().get(town);
        return (int) Long.remainderUnsigned(mix(people.first17(person)), villages.size());
    }

    private static CountySampleResult result(Path folder, CountyPreset preset, long seed, int scale, CountyPlanner.Plan plan,
                                             CountyPaymentPlanner planner, Map<String, Long> rowsByFile,
                                             Map<CountyFeature, Long> features, RosterTruth rosterTruth) {
        PersonTable people = planner.people();
        PaymentTable payments = planner.payments();
        Map<PersonRole, Integer> roles = new EnumMap<>(PersonRole.class);
        int[] government = new int[plan.towns().size()];
        List<String> unknownTowns = preset.place().unknownTowns();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        unknownTowns.forEach(name -> unknown.put(name, 0));
        for (int p = 0; p < people.size(); p++) {
            PersonRole role = people.role(p);
            roles.merge(role, 1, Integer::sum);
            int town = people.village(p);
            if (role == PersonRole.UNKNOWN_TOWN) {
                unknown.merge(unknownTowns.get(-1 - town), 1, Integer::sum);
            } else if (role.counts() && payments.channel(p) == Channel.GOVERNMENT) {
                government[town]++; // a payer's first payment has the payer's index
            }
        }
        List<SampleTown> towns = new ArrayList<>();
        for (SampleTown t : plan.towns()) {
            towns.add(t.withGovernmentPaid(government[t.number() - 1]));
        }
        return new CountySampleResult(folder, preset.place().county(), seed, scale, towns, unknown, rowsByFile,
                features, roles, planner.governmentPaid(), planner.subsidised(), rosterTruth);
    }

    /** The three dumps' texts and the rows' feature counts. */
    private record CountyDumpWriter(CountyPreset preset, CountyPlanner.Plan plan, CountyPaymentPlanner planner,
                                    SerialNumbers serials, CashRecordSample cash) {

        void write(Path folder, Map<String, Long> rowsByFile, Map<CountyFeature, Long> features)
                throws IOException {
            PaymentTable payments = planner.payments();
            CountyPreset.Calendar calendar = preset.calendar();
            int[][] periods = calendar.periods();
            LocalDate xlsxFrom = calendar.start().plusDays(periods[1][0]);
            LocalDate xlsxTo = calendar.start().plusDays(periods[1][1]);
            try (CsvDump octoberNovember = new CsvDump(folder, agents(octoberNovemberStyle(preset)));
                 XlsxDump decemberFirst = new XlsxDump(folder.resolve(preset.dumpNames().get(1)),
                         preset.place().county() + "城乡居民医保征收清册（" + xlsxFrom + "至" + xlsxTo + "）",
                         periods[1][0], periods[1][1], cash != null);
                 CsvDump decemberLast = new CsvDump(folder, agents(decemberLastStyle(preset)));
                 CsvDump late = new CsvDump(folder, agents(lateStyle(preset)))) {
                List<DumpSink> sinks = List.of(octoberNovember, decemberFirst, decemberLast, late);
                for (int payment : payments.byTime()) {
                    int day = payments.day(payment);
                    DumpRow row = null;
                    for (DumpSink sink : sinks) {
                        if (sink.covers(day)) {
                            if (row == null) {
                                row = row(payment);
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

        /** The style with a 代收人 column when the sample has a cash record. */
        private CsvDump.Style agents(CsvDump.Style style) {
            return cash == null ? style : CashRecordSample.withAgentColumn(style);
        }

        private DumpRow row(int payment) {
            PaymentTable payments = planner.payments();
            PersonTable people = planner.people();
            int person = payments.person(payment);
            int town = people.village(person);
            long first17 = people.first17(person);
            NameSpelling spelling = payments.spelling(payment);
            boolean insuranceShort = payments.has(payment, PaymentTable.INSURANCE_SHORT);
            Kind kind = payments.kind(payment);
            String insurance = kind == Kind.PENSION ? SampleGenerator.PENSION
                    : insuranceShort ? SampleGenerator.MEDICAL_SHORT : SampleGenerator.MEDICAL;
            List<String> villages = town < 0 ? plan.unknownTownVillages().get(-1 - town) : plan.villages().get(town);
            String village = villages.get(villageSlot(plan, people, person, town));
            String townText = town < 0 ? preset.place().unknownTowns().get(-1 - town)
                    : townText(plan.towns().get(town), spelling);
            int year = preset.calendar().year();
            DumpRow row = new DumpRow(first17, people.idStyle(person), people.name(person), village, townText, spelling,
                    town < 0, insurance, kind, kind == Kind.MEDICAL_LAST_YEAR ? year - 1 : year, payments.amount(payment),
                    payments.amountFormat(payment), payments.dateTime(payment), serials.of(payment),
                    payments.channel(payment), payments.tag(payment), false, insuranceShort);
            return cash == null ? row : cash.collect(payment, town, town < 0 ? "" : plan.towns().get(town).name(), row,
                    payments.day(payment));
        }

        private void count(DumpRow row, DumpSink sink, Map<CountyFeature, Long> features) {
            DumpFeatures.countShared(row, sink, features, CountyFeature.class, preset.calendar().end());
            CountyPreset.Money money = preset.money();
            if (row.spelling() != NameSpelling.AS_TABLE) {
                add(features, CountyFeature.TOWN_SPELLING);
            }
            if (row.unknownPlace()) {
                add(features, CountyFeature.UNKNOWN_TOWN);
            }
            boolean half = money.halfFrom60() && row.amount() == money.half();
            boolean share = money.subsidisedShare() > 0 && row.amount() == money.subsidisedShare();
            if (row.kind() == Kind.MEDICAL && half) {
                add(features, CountyFeature.HALF_PAID);
            }
            if (row.kind() == Kind.MEDICAL && share) {
                add(features, CountyFeature.SHARE_PAID);
            }
            if (row.kind() == Kind.MEDICAL && row.amount() > 0 && row.amount() != money.standard() && !half && !share) {
                add(features, CountyFeature.OFF_STANDARD);
            }
        }

        private static void add(Map<CountyFeature, Long> features, CountyFeature feature) {
            features.merge(feature, 1L, Long::sum);
        }
    }

    /** 北辛街道, 北辛, " 北 辛 街道", "北辛　街道" (full-width space). */
    static String townText(SampleTown town, NameSpelling spelling) {
        String base = town.baseName();
        String suffix = town.name().substring(base.length());
        return switch (spelling) {
            case AS_TABLE, VILLAGE_COMMITTEE -> town.name();
            case WITHOUT_SUFFIX -> base;
            case SPACED -> " " + String.join(" ", base.split("")) + " " + suffix;
            case FULL_WIDTH_SPACE -> base + '\u3000' + suffix;
        };
    }

    /** SplitMix64's finaliser: spreads a person's number over their town's villages. */
    private static long mix(long z) {
        return Roster.mix(z);
    }

    /** The first dump (滕州 2025: October-November): GBK, CRLF, the year as 费款所属期. */
    private static CsvDump.Style octoberNovemberStyle(CountyPreset preset) {
        int[] period = preset.calendar().periods()[0];
        return new CsvDump.Style(preset.dumpNames().get(0), GBK, false,
                List.of("身份证号码", "缴费人姓名", "村(居)委会", "所属乡镇", "险种名称", "缴费年度", "缴费金额（元）", "入库日期",
                        "税票号码", "缴费方式"),
                DateTimeFormatter.ofPattern("yyyy/M/d"), PeriodStyle.YEAR, AmountFormat.PLAIN, "\r\n", period[0], period[1]);
    }

    /** UTF-8 without BOM, otherwise as the first file: the payments after the window. */
    private static CsvDump.Style lateStyle(CountyPreset preset) {
        CsvDump.Style octoberNovember = octoberNovemberStyle(preset);
        int days = preset.calendar().days();
        return new CsvDump.Style(SampleGenerator.LATE_FILE, StandardCharsets.UTF_8, false, octoberNovember.header(),
                octoberNovember.dates(), octoberNovember.period(), octoberNovember.usualAmount(),
                octoberNovember.recordSeparator(), days, days + 274);
    }

    /** The last dump (滕州 2025: December 15-31): UTF-8 with BOM, LF, 费款所属期 as a range. */
    private static CsvDump.Style decemberLastStyle(CountyPreset preset) {
        int[] period = preset.calendar().periods()[2];
        return new CsvDump.Style(preset.dumpNames().get(2), StandardCharsets.UTF_8, true,
                List.of("证件号码", "姓名", "村(社区)", "乡镇(街道)", "险种", "费款所属期", "缴费金额", "缴费日期",
                        "电子税票号码", "缴费渠道"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), PeriodStyle.RANGE, AmountFormat.TWO_DECIMALS,
                "\n", period[0], period[1]);
    }
}

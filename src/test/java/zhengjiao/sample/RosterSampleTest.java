package zhengjiao.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import zhengjiao.domain.ResidentId;

/**
 * The roster (参保台账) of both samples and the planned problems that go with it, checked against the files alone:
 * determinism, the header, who is in the roster and who is not, people who paid in another unit, the unpaid count
 * per unit, payments after the window, off-standard amounts, age birthdays, newborns, households, telephone
 * numbers and categories.
 */
class RosterSampleTest {

    private static final long TOWN_SEED = 2023;
    private static final long COUNTY_SEED = 2025;
    private static final String HEADER = "户号,证件号码,姓名,镇街,村名,联系电话,人员类别";
    private static final Set<String> CATEGORIES = Set.of("", "新生儿", "低保", "特困", "返贫致贫", "监测对象", "重度残疾",
            "优抚对象");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    @TempDir
    static Path tmp;

    private static SampleResult town;
    private static SampleResult townAgain;
    private static CountySampleResult county;
    private static CountySampleResult countyAgain;
    private static ReadBack townFiles;
    private static ReadBack countyFiles;

    /** The roster and the dumps of one sample, read back, and a reference count at the end of the window. */
    private record ReadBack(List<RosterRow> roster, List<DumpLine> lines, Counted counted) {
    }

    @BeforeAll
    static void generate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<SampleResult> a = pool.submit(() -> SampleGenerator.generate(tmp.resolve("town-a"), TOWN_SEED, 1));
            Future<SampleResult> b = pool.submit(() -> SampleGenerator.generate(tmp.resolve("town-b"), TOWN_SEED, 1));
            Future<CountySampleResult> c =
                    pool.submit(() -> CountySampleGenerator.generate(tmp.resolve("county-a"), COUNTY_SEED, 1));
            Future<CountySampleResult> d =
                    pool.submit(() -> CountySampleGenerator.generate(tmp.resolve("county-b"), COUNTY_SEED, 1));
            town = a.get();
            county = c.get();
            Future<ReadBack> townRead = pool.submit(() -> read(town.folder(), false, LocalDate.of(2022, 12, 31), "2023",
                    town.villages().stream().map(SampleVillage::name).toList()));
            Future<ReadBack> countyRead = pool.submit(() -> read(county.folder(), true, LocalDate.of(2024, 12, 31),
                    "2025", county.towns().stream().map(SampleTown::name).toList()));
            townAgain = b.get();
            countyAgain = d.get();
            townFiles = townRead.get();
            countyFiles = countyRead.get();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- determinism and layout ----------------------------------------------------------------------------

    @Test
    void sameSeedWritesTheSameRosterAndLateDump() throws IOException {
        for (String file : List.of(SampleGenerator.ROSTER_FILE,
                SampleGenerator.PAYMENTS_DIR + "/" + SampleGenerator.LATE_FILE, SampleGenerator.CAMPAIGN_FILE)) {
            assertArrayEquals(Files.readAllBytes(town.folder().resolve(file)),
                    Files.readAllBytes(townAgain.folder().resolve(file)), "town " + file);
            assertArrayEquals(Files.readAllBytes(county.folder().resolve(file)),
                    Files.readAllBytes(countyAgain.folder().resolve(file)), "county " + file);
        }
        assertEquals(town.roster(), townAgain.roster());
        assertEquals(county.roster(), countyAgain.roster());
    }

    @Test
    void rosterIsUtf8WithBomAndTheExactHeader() throws IOException {
        for (Path folder : List.of(town.folder(), county.folder())) {
            byte[] bytes = Files.readAllBytes(folder.resolve(SampleGenerator.ROSTER_FILE));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n"), folder.toString());
        }
        assertEquals(List.of(HEADER.split(",")), SampleGenerator.ROSTER_HEADER);
        assertEquals(town.roster().rows(), townFiles.roster().size());
        assertEquals(county.roster().rows(), countyFiles.roster().size());
        assertEquals(SampleGenerator.ROSTER_FILE, town.roster().fileName());
    }

    @Test
    void lateDumpsAreUtf8WithTheOctoberHeaders() throws IOException {
        byte[] townLate = Files.readAllBytes(town.folder().resolve(SampleGenerator.PAYMENTS_DIR)
                .resolve(SampleGenerator.LATE_FILE));
        assertTrue(new String(townLate, StandardCharsets.UTF_8).startsWith(
                "\uFEFF证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道\r\n"));
        byte[] countyLate = Files.readAllBytes(county.folder().resolve(SampleGenerator.PAYMENTS_DIR)
                .resolve(SampleGenerator.LATE_FILE));
        assertTrue(new String(countyLate, StandardCharsets.UTF_8).startsWith(
                "身份证号码,缴费人姓名,村(居)委会,所属乡镇,险种名称,缴费年度,缴费金额（元）,入库日期,税票号码,缴费方式\r\n"));
        assertEquals(5, town.files());
        assertEquals(4, county.files());
    }

    @Test
    void departmentListsCoverEveryRosterCategoryAndCarryTheUsualProblems() throws IOException {
        check(town.folder());
        check(county.folder());
    }

    private static void check(java.nio.file.Path folder) throws IOException {
        java.util.Set<String> listed = new java.util.HashSet<>();
        List<zhengjiao.domain.Listing> all = new java.util.ArrayList<>();
        for (java.nio.file.Path list : zhengjiao.job.CampaignFolder.specialLists(folder)) {
            all.addAll(zhengjiao.input.SpecialListReader.read(list));
        }
        all.forEach(l -> listed.add(l.id()));
        java.util.Set<String> inRoster = new java.util.HashSet<>();
        zhengjiao.input.RosterReader.read(folder.resolve(SampleGenerator.ROSTER_FILE), new zhengjiao.input.RosterReader.Handler() {
            @Override
            public void person(zhengjiao.domain.RosterPerson p) {
                inRoster.add(p.id());
                if (!p.category().isEmpty() && !p.category().equals("新生儿")) {
                    assertTrue(listed.contains(p.id()), p.category() + " not listed");
                }
            }

            @Override
            public void problem(String problem) {
            }
        });
        assertEquals(5, zhengjiao.job.CampaignFolder.specialLists(folder).size());
        assertEquals(1, all.stream().filter(l -> l.idProblem().isPresent()).count());
        assertEquals(1, all.stream().filter(l -> l.idProblem().isEmpty() && !inRoster.contains(l.id())).count());
        assertEquals(1, all.stream().filter(l -> l.category().equals("临时救助对象")).count());
    }

    @Test
    void townSettingsHaveTheNewKeysBeforeTheTaskTable() throws IOException {
        String text = Files.readString(town.folder().resolve(SampleGenerator.CAMPAIGN_FILE));
        Map<String, Object> yaml = new Yaml().load(text);
        assertEquals(List.of(50, 80, 175), yaml.get("认可金额"));
        assertEquals("2023-01-01", date(yaml.get("公示开始")));
        assertEquals("2023-01-07", date(yaml.get("公示结束")));
        List<String> keys = List.copyOf(yaml.keySet());
        assertEquals(List.of("辖区", "上级", "年度", "险种", "个人缴费标准", "征缴开始", "征缴截止", "考核日期", "补助标准",
                "靠后名次", "任务总数", "认可金额", "公示开始", "公示结束", "资助政策", "任务分解表"), keys);
        assertEquals("朱集镇2023", yaml.get("资助政策"));
        assertTrue(text.contains("认可金额: [50, 80, 175]  # 资助对象的个人缴费额（低保 50、返贫致贫 80、监测人口 175），不算异常\n"));
        String countyText = Files.readString(county.folder().resolve(SampleGenerator.CAMPAIGN_FILE));
        assertTrue(countyText.contains("\n等待期天数: 30 "), countyText);
        assertTrue(countyText.contains("\n年龄资助: [60, 70] "), countyText);
    }

    // ---- who is in the roster ------------------------------------------------------------------------------

    @Test
    void everyCountedPayerIsInTheRosterExceptThePlannedLeftOutOnes() {
        check(townFiles, town.roster(), "town");
        check(countyFiles, county.roster(), "county");
    }

    private static void check(ReadBack files, RosterTruth truth, String what) {
        Set<String> roster = files.roster().stream().map(RosterRow::id).collect(Collectors.toSet());
        assertEquals(files.roster().size(), roster.size(), what + ": one row a person");
        Set<String> missing = new HashSet<>(files.counted().unitOf().keySet());
        missing.removeAll(roster);
        assertEquals(Set.copyOf(truth.notInRoster()), missing, what);
        assertTrue(truth.notInRoster().size() >= 3, what);
    }

    @Test
    void movedPeoplesRosterUnitDiffersFromTheirPaymentUnit() {
        assertEquals(Set.copyOf(town.roster().moved()), moved(townFiles, false), "town");
        assertEquals(Set.copyOf(county.roster().moved()), moved(countyFiles, true), "county");
        assertTrue(town.roster().moved().size() >= 3);
        assertTrue(county.roster().moved().size() >= 3);
    }

    /** Counted payers whose roster unit (village; county: town) is not the unit they counted for. */
    private static Set<String> moved(ReadBack files, boolean county) {
        Set<String> moved = new HashSet<>();
        for (RosterRow r : files.roster()) {
            String paidIn = files.counted().unitOf().get(r.id());
            if (paidIn != null && !paidIn.equals(county ? townKey(r.town()) : villageKey(r.village()))) {
                moved.add(r.id());
            }
        }
        return moved;
    }

    @Test
    void unpaidPerUnitRecomputedFromTheFilesEqualsTheTruth() {
        assertEquals(town.roster().unpaidByUnit(), unpaid(townFiles, false, town.roster()));
        assertEquals(county.roster().unpaidByUnit(), unpaid(countyFiles, true, county.roster()));
        for (RosterTruth truth : List.of(town.roster(), county.roster())) {
            assertTrue(truth.unpaidByUnit().values().stream().allMatch(n -> n >= 1), truth.unpaidByUnit().toString());
        }
        assertEquals(List.copyOf(town.roster().unpaidByUnit().keySet()),
                town.villages().stream().map(SampleVillage::name).toList());
    }

    /** Roster rows whose ID counts nowhere at the end of the window, by the roster's unit. */
    private static Map<String, Integer> unpaid(ReadBack files, boolean county, RosterTruth truth) {
        Map<String, Integer> unpaid = new LinkedHashMap<>();
        truth.unpaidByUnit().keySet().forEach(unit -> unpaid.put(unit, 0));
        for (RosterRow r : files.roster()) {
            if (!files.counted().unitOf().containsKey(r.id())) {
                unpaid.merge(county ? r.town() : r.village(), 1, Integer::sum);
            }
        }
        return unpaid;
    }

    // ---- payments ------------------------------------------------------------------------------------------

    @Test
    void latePaymentsAreAfterTheWindowInTheirOwnDumpAndInTheRoster() {
        assertEquals(town.roster().latePayments(), late(townFiles, LocalDate.of(2022, 12, 31)));
        assertEquals(county.roster().latePayments(), late(countyFiles, LocalDate.of(2024, 12, 31)));
        for (Map.Entry<String, LocalDate> e : town.roster().latePayments().entrySet()) {
            assertFalse(e.getValue().isBefore(LocalDate.of(2023, 1, 5)) || e.getValue().isAfter(LocalDate.of(2023, 2, 20)));
        }
        for (Map.Entry<String, LocalDate> e : county.roster().latePayments().entrySet()) {
            assertFalse(e.getValue().isBefore(LocalDate.of(2025, 1, 3)) || e.getValue().isAfter(LocalDate.of(2025, 2, 15)));
        }
        assertTrue(town.roster().latePayments().size() >= 3);
        assertTrue(county.roster().latePayments().size() >= 3);
    }

    /** Medical payments of the policy year dated after the window, with the date; all in the late dump and roster. */
    private static Map<String, LocalDate> late(ReadBack files, LocalDate end) {
        Set<String> roster = files.roster().stream().map(RosterRow::id).collect(Collectors.toSet());
        Map<String, LocalDate> late = new TreeMap<>();
        for (DumpLine l : files.lines()) {
            if (l.date().isAfter(end)) {
                assertEquals(SampleGenerator.LATE_FILE, l.file());
                assertTrue(l.validId() && l.medical() && l.amount().signum() > 0, l::toString);
                assertFalse(files.counted().unitOf().containsKey(l.normalizedId()), l::toString);
                assertTrue(roster.contains(l.normalizedId()), l::toString);
                late.put(l.normalizedId(), l.date());
            } else {
                assertFalse(l.file().equals(SampleGenerator.LATE_FILE), l::toString);
            }
        }
        return late;
    }

    @Test
    void offStandardAmountsAreThePlannedOnes() {
        assertEquals(town.roster().offStandard(), offStandard(townFiles, "2023", Set.of(350, 50, 80, 175)));
        assertEquals(county.roster().offStandard(), offStandard(countyFiles, "2025", Set.of(400, 200)));
        assertEquals(Set.of(360, 300), Set.copyOf(town.roster().offStandard().values()));
        assertEquals(Set.of(420, 380), Set.copyOf(county.roster().offStandard().values()));
        assertEquals(rowsOf(townFiles, town.roster().offStandard().keySet()), town.rows(PlannedFeature.OFF_STANDARD));
        assertEquals(rowsOf(countyFiles, county.roster().offStandard().keySet()),
                county.rows(CountyFeature.OFF_STANDARD));
        assertEquals(town.roster().latePayments().size(), town.rows(PlannedFeature.LATE_PAYMENT));
        assertEquals(county.roster().latePayments().size(), county.rows(CountyFeature.LATE_PAYMENT));
    }

    /** Dump rows of these people (a row in both December dumps twice). */
    private static long rowsOf(ReadBack files, Set<String> ids) {
        return files.lines().stream().filter(l -> l.validId() && ids.contains(l.normalizedId())).count();
    }

    /** Counted payers with a positive medical payment for the year of another amount than the allowed ones. */
    private static Map<String, Integer> offStandard(ReadBack files, String year, Set<Integer> allowed) {
        Map<String, Integer> off = new TreeMap<>();
        for (DumpLine l : files.lines()) {
            if (l.validId() && l.medical() && l.period().startsWith(year) && l.amount().signum() > 0
                    && files.counted().unitOf().containsKey(l.normalizedId())
                    && !allowed.contains(l.amount().intValueExact())) {
                off.put(l.normalizedId(), l.amount().intValueExact());
            }
        }
        return off;
    }

    @Test
    void countyAgeBirthdaysRecomputedFromTheFiles() {
        Map<String, DumpLine> first = countyFiles.counted().firstPayment();
        Set<String> early = new HashSet<>();
        LocalDate end = LocalDate.of(2024, 12, 31);
        for (Map.Entry<String, DumpLine> e : first.entrySet()) {
            LocalDate birth = ResidentId.birthDate(e.getKey()).orElseThrow();
            DumpLine l = e.getValue();
            for (int age : List.of(60, 70)) {
                LocalDate birthday = birth.plusYears(age);
                int younger = age == 60 ? 400 : 200;
                if (l.date().isBefore(birthday) && !birthday.isAfter(end) && !l.channel().equals("政府代缴")
                        && l.amount().intValueExact() == younger) {
                    early.add(e.getKey());
                }
            }
        }
        assertEquals(Set.copyOf(county.roster().earlyBirthday()), early);
        assertTrue(early.size() >= 2, early.toString());

        Set<String> wait = new HashSet<>();
        for (RosterRow r : countyFiles.roster()) {
            LocalDate birth = ResidentId.birthDate(r.id()).orElseThrow();
            boolean december = Stream.of(60, 70).map(birth::plusYears)
                    .anyMatch(d -> d.getYear() == 2024 && d.getMonthValue() == 12);
            if (december && !countyFiles.counted().unitOf().containsKey(r.id())) {
                wait.add(r.id());
            }
        }
        assertEquals(Set.copyOf(county.roster().shouldWait()), wait);
        assertTrue(wait.size() >= 2, wait.toString());
        assertTrue(town.roster().earlyBirthday().isEmpty());
        assertTrue(town.roster().shouldWait().isEmpty());
    }

    // ---- the roster's columns ------------------------------------------------------------------------------

    @Test
    void newbornsAreBornInTheWindowSomePaidSomeNot() {
        check(townFiles, town.roster(), LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31));
        check(countyFiles, county.roster(), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));
    }

    private static void check(ReadBack files, RosterTruth truth, LocalDate first, LocalDate last) {
        List<RosterRow> newborns = files.roster().stream().filter(r -> r.category().equals("新生儿")).toList();
        assertEquals(Set.copyOf(truth.newborns()), newborns.stream().map(RosterRow::id).collect(Collectors.toSet()));
        assertTrue(newborns.size() >= 5);
        for (RosterRow r : newborns) {
            LocalDate birth = ResidentId.birthDate(r.id()).orElseThrow();
            assertFalse(birth.isBefore(first) || birth.isAfter(last), r.toString());
            DumpLine paid = files.counted().firstPayment().get(r.id());
            assertTrue(paid == null || paid.date().isAfter(birth), r.toString());
        }
        long paid = newborns.stream().filter(r -> files.counted().unitOf().containsKey(r.id())).count();
        assertTrue(paid > 0 && paid < newborns.size(), paid + " of " + newborns.size());
    }

    @Test
    void householdsAreContiguousSmallAndShareTheirPlace() {
        for (ReadBack files : List.of(townFiles, countyFiles)) {
            Map<String, List<RosterRow>> byHousehold = new LinkedHashMap<>();
            String previous = null;
            Set<String> closed = new HashSet<>();
            Set<String> closedPlaces = new HashSet<>();
            String previousPlace = null;
            for (RosterRow r : files.roster()) {
                assertTrue(r.household().matches("H\\d{7}"), r::household);
                if (!r.household().equals(previous)) {
                    assertTrue(closed.add(r.household()), () -> "household split: " + r.household());
                    assertTrue(previous == null || r.household().compareTo(previous) > 0, r::household);
                    previous = r.household();
                }
                String place = r.town() + "/" + r.village();
                if (!place.equals(previousPlace)) {
                    assertTrue(closedPlaces.add(place), () -> "village rows split: " + place);
                    previousPlace = place;
                }
                byHousehold.computeIfAbsent(r.household(), k -> new ArrayList<>()).add(r);
            }
            int members = 0;
            int sameSurname = 0;
            for (List<RosterRow> household : byHousehold.values()) {
                assertTrue(household.size() >= 1 && household.size() <= 6, household::toString);
                assertEquals(1, household.stream().map(r -> r.town() + "/" + r.village()).distinct().count(),
                        household::toString);
                for (RosterRow r : household.subList(1, household.size())) {
                    members++;
                    if (r.name().charAt(0) == household.get(0).name().charAt(0)) {
                        sameSurname++;
                    }
                }
            }
            assertTrue(sameSurname > 0.6 * members, sameSurname + " of " + members);
            assertTrue(byHousehold.values().stream().anyMatch(h -> h.size() == 6));
        }
        List<String> villages = town.villages().stream().map(SampleVillage::name).toList();
        int last = -1;
        for (RosterRow r : townFiles.roster()) {
            assertEquals(SampleGenerator.TOWN, r.town());
            int index = villages.indexOf(r.village());
            assertTrue(index >= last, () -> "rows by village: " + r);
            last = index;
        }
        List<String> towns = county.towns().stream().map(SampleTown::name).toList();
        last = -1;
        for (RosterRow r : countyFiles.roster()) {
            int index = towns.indexOf(r.town());
            assertTrue(index >= last, () -> "rows by town: " + r);
            assertTrue(r.village().matches("\\p{IsHan}{2}(村|社区)"), r::village);
            last = index;
        }
    }

    /** The county roster's 村名 is the village of the person's payment rows (unless they paid in another town). */
    @Test
    void countyRosterVillageIsThePaymentRowsVillage() {
        Map<String, String> village = new HashMap<>();
        for (DumpLine l : countyFiles.lines()) {
            if (l.validId()) {
                village.put(l.normalizedId(), l.village());
            }
        }
        Set<String> moved = Set.copyOf(county.roster().moved());
        long checked = 0;
        for (RosterRow r : countyFiles.roster()) {
            if (village.containsKey(r.id()) && !moved.contains(r.id())) {
                assertEquals(village.get(r.id()), r.village(), r::toString);
                checked++;
            }
        }
        assertTrue(checked > 30_000, "checked " + checked);
    }

    @Test
    void telephoneNumbersAreMobileOrEmpty() {
        for (ReadBack files : List.of(townFiles, countyFiles)) {
            long empty = files.roster().stream().filter(r -> r.phone().isEmpty()).count();
            assertTrue(files.roster().stream().allMatch(r -> r.phone().isEmpty() || r.phone().matches("1[358]\\d{9}")));
            assertTrue(empty > 0.01 * files.roster().size() && empty < 0.2 * files.roster().size(), "empty " + empty);
        }
    }

    @Test
    void messyRosterNumbersAreStillValid() {
        for (ReadBack files : List.of(townFiles, countyFiles)) {
            assertTrue(files.roster().stream().allMatch(r -> ResidentId.problem(r.id()).isEmpty()));
            assertTrue(files.roster().stream().filter(r -> r.rawId().endsWith("x")).count() >= 3);
            assertTrue(files.roster().stream().filter(r -> !r.rawId().equals(r.rawId().strip())).count() >= 3);
        }
    }

    @Test
    void categoriesAreConsistentWithThePayments() {
        for (ReadBack files : List.of(townFiles, countyFiles)) {
            assertTrue(files.roster().stream().allMatch(r -> CATEGORIES.contains(r.category())));
            long special = files.roster().stream().filter(r -> !r.category().isEmpty()).count();
            assertTrue(special > 0.01 * files.roster().size() && special < 0.2 * files.roster().size(), "" + special);
        }
        Map<String, Integer> share = Map.of("低保", 50, "返贫致贫", 80, "监测对象", 175);
        Map<Integer, String> byShare = Map.of(50, "低保", 80, "返贫致贫", 175, "监测对象");
        for (RosterRow r : townFiles.roster()) {
            DumpLine paid = townFiles.counted().firstPayment().get(r.id());
            if (paid == null) {
                continue;
            }
            int amount = paid.amount().intValueExact();
            if (share.containsKey(r.category())) {
                assertEquals(share.get(r.category()), amount, r::toString);
            }
            assertEquals(byShare.getOrDefault(amount, r.category()), r.category(), r::toString);
            if (r.category().equals("特困") || r.category().equals("优抚对象")) {
                assertEquals("政府代缴", paid.channel(), r::toString);
            }
        }
        for (RosterRow r : countyFiles.roster()) {
            if (!r.category().isEmpty() && !r.category().equals("新生儿")) {
                DumpLine paid = countyFiles.counted().firstPayment().get(r.id());
                assertTrue(paid != null && paid.channel().equals("政府代缴"), r::toString);
            }
        }
    }

    // ---- reading the files back ----------------------------------------------------------------------------

    record RosterRow(String household, String rawId, String id, String name, String town, String village,
                     String phone, String category) {
    }

    record DumpLine(String file, String id, boolean numericId, String village, String town, String insurance,
                    String period, BigDecimal amount, LocalDate date, String serial, String channel) {

        boolean validId() {
            return !numericId && ResidentId.problem(ResidentId.normalize(id)).isEmpty();
        }

        String normalizedId() {
            return ResidentId.normalize(id);
        }

        boolean medical() {
            return insurance.contains("医疗");
        }
    }

    /**
     * Per counted ID at the end of the window: the unit key it counts for (village base name; county: town
     * without suffix), and its first positive payment.
     */
    record Counted(Map<String, String> unitOf, Map<String, DumpLine> firstPayment) {
    }

    private static ReadBack read(Path folder, boolean county, LocalDate end, String year, List<String> units)
            throws IOException {
        List<RosterRow> roster = new ArrayList<>();
        for (CSVRecord r : parse(folder.resolve(SampleGenerator.ROSTER_FILE), StandardCharsets.UTF_8)) {
            roster.add(new RosterRow(r.get(0), r.get(1), ResidentId.normalize(r.get(1)), r.get(2), r.get(3), r.get(4),
                    r.get(5), r.get(6)));
        }
        List<DumpLine> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve(SampleGenerator.PAYMENTS_DIR))) {
            for (Path file : files.sorted().toList()) {
                lines.addAll(file.toString().endsWith(".xlsx") ? readWorkbook(file) : readCsv(file));
            }
        }
        return new ReadBack(roster, lines, count(lines, county, end, year, units));
    }

    /** Medical payments of the year up to {@code end}, one per serial, netted per valid ID, matched to a unit. */
    private static Counted count(List<DumpLine> lines, boolean county, LocalDate end, String year,
                                 List<String> units) {
        Set<String> known = units.stream().map(u -> county ? townKey(u) : villageKey(u)).collect(Collectors.toSet());
        Set<String> serials = new HashSet<>();
        Map<String, BigDecimal> net = new HashMap<>();
        Map<String, String> unit = new HashMap<>();
        Map<String, DumpLine> first = new HashMap<>();
        for (DumpLine l : lines) {
            if (!serials.add(l.serial()) || !l.validId() || !l.medical() || !l.period().startsWith(year)
                    || l.date().isAfter(end)) {
                continue;
            }
            String id = l.normalizedId();
            net.merge(id, l.amount(), BigDecimal::add);
            unit.put(id, county ? townKey(l.town()) : villageKey(l.village()));
            if (l.amount().signum() > 0) {
                first.merge(id, l, (a, b) -> a.date().isAfter(b.date()) ? b : a);
            }
        }
        Map<String, String> counted = new HashMap<>();
        Map<String, DumpLine> firstPayment = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : net.entrySet()) {
            String u = unit.get(e.getKey());
            if (e.getValue().signum() > 0 && known.contains(u)) {
                counted.put(e.getKey(), u);
                firstPayment.put(e.getKey(), first.get(e.getKey()));
            }
        }
        return new Counted(counted, firstPayment);
    }

    private static List<CSVRecord> parse(Path file, Charset charset) throws IOException {
        String text = Files.readString(file, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.subList(1, records.size());
        }
    }

    /** UTF-8 when it decodes as UTF-8, GBK otherwise; the ten columns in the dumps' common order. */
    private static List<DumpLine> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = StandardCharsets.UTF_8;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            charset = Charset.forName("GBK");
        }
        List<DumpLine> lines = new ArrayList<>();
        for (CSVRecord r : parse(file, charset)) {
            lines.add(new DumpLine(file.getFileName().toString(), r.get(0), false, r.get(2), r.get(3), r.get(4),
                    r.get(5), new BigDecimal(r.get(6)), parseDate(r.get(7)), r.get(8), r.get(9)));
        }
        return lines;
    }

    /** 2022-10-01 08:00:00, 2022/10/1 or 20221001. */
    private static LocalDate parseDate(String s) {
        if (s.contains(" ")) {
            return LocalDateTime.parse(s, DATE_TIME).toLocalDate();
        }
        return s.contains("/") ? LocalDate.parse(s, SLASHED) : LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static List<DumpLine> readWorkbook(Path file) throws IOException {
        List<DumpLine> lines = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Row r : workbook.getSheetAt(0)) {
                if (r.getRowNum() < 2) {
                    continue;
                }
                Cell id = r.getCell(0);
                boolean numeric = id.getCellType() == CellType.NUMERIC;
                lines.add(new DumpLine(file.getFileName().toString(),
                        numeric ? Double.toString(id.getNumericCellValue()) : id.getStringCellValue(), numeric,
                        text(r, 2), text(r, 3), text(r, 4), text(r, 5),
                        BigDecimal.valueOf(r.getCell(6).getNumericCellValue()).stripTrailingZeros(),
                        r.getCell(7).getLocalDateTimeCellValue().toLocalDate(), text(r, 8), text(r, 9)));
            }
        }
        return lines;
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static String date(Object yamlValue) {
        return yamlValue instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
                : String.valueOf(yamlValue);
    }

    private static String clean(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200B]", "");
    }

    /** 刘寨村, 刘寨, 刘寨村委会, " 刘 寨 村 " -> 刘寨. */
    private static String villageKey(String raw) {
        String s = clean(raw);
        for (String suffix : List.of("村委会", "村")) {
            if (s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** 北辛街道, 北辛, " 北 辛 街道" -> 北辛. */
    private static String townKey(String raw) {
        String s = clean(raw);
        for (String suffix : List.of("街道", "镇")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}

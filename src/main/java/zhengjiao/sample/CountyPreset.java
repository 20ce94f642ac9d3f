package zhengjiao.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the county-level samples take from their notices ({@code zhengjiao sample --preset <名称>}): the county
 * and its towns, the policy year and collection window, the personal contribution and who pays less, the shipped
 * subsidy policy and the departments that certify special groups. Populations, people and payments stay invented
 * and seeded; the shape of the data (how many towns lag, how complete the others are) is part of the preset.
 *
 * <p>{@link #TENGZHOU_2025} is the original county sample ({@code --county}); it draws exactly the random numbers
 * it drew before presets existed, so {@code input-example/tengzhou-2025} regenerates byte for byte.
 *
 * @param key          the preset's name on the command line and the example folder's name, e.g. yutai-2024
 * @param place        the county, its towns and the town texts that match nothing
 * @param calendar     the policy year, the window and the payments after it
 * @param money        the contributions and the age rules
 * @param shape        populations, villages, lagging towns and completion
 * @param dumpNames    the file names of the three dumps of the window (GBK csv, xlsx, UTF-8 csv)
 * @param settings     the lines of campaign.yaml that differ between presets
 * @param special      the department lists' wording
 */
record CountyPreset(String key, Place place, Calendar calendar, Money money, Shape shape, List<String> dumpNames,
                    Settings settings, SpecialLists.Style special) {

    CountyPreset {
        Objects.requireNonNull(key, "key must not be null");
        dumpNames = List.copyOf(dumpNames);
        if (dumpNames.size() != 3) {
            throw new IllegalArgumentException("three dumps of the window");
        }
    }

    /**
     * The county and its towns.
     *
     * @param county       e.g. 滕州市
     * @param parent       the prefecture, e.g. 枣庄市
     * @param kind         县级市, 县 or 区 (written in the settings' comment)
     * @param area         the six-digit area code of every ID number
     * @param towns        the towns in the task table's order
     * @param unknownTowns two town texts that match no town: an invented unit (its own four communities) and a typo
     *                     of {@code typoOf} (that town's villages)
     * @param typoOf       the town whose name the second unknown text misspells
     */
    record Place(String county, String parent, String kind, String area, List<String> towns, List<String> unknownTowns,
                 String typoOf) {

        Place {
            towns = List.copyOf(towns);
            unknownTowns = List.copyOf(unknownTowns);
            if (unknownTowns.size() != 2 || !towns.contains(typoOf)) {
                throw new IllegalArgumentException("two unknown towns, the second a typo of a town");
            }
        }
    }

    /**
     * Dates.
     *
     * @param year      the policy year (费款所属期)
     * @param start     the window's first day
     * @param end       the window's last day (征缴截止, 考核日期)
     * @param firstLate the first payment after the window
     * @param lastLate  the last payment after the window
     */
    record Calendar(int year, LocalDate start, LocalDate end, LocalDate firstLate, LocalDate lastLate) {

        /** Days of the window, both ends included. */
        int days() {
            return (int) ChronoUnit.DAYS.between(start, end) + 1;
        }

        /** Days from the window's first day. */
        int day(LocalDate date) {
            return (int) ChronoUnit.DAYS.between(start, date);
        }

        /**
         * The three dumps' periods: the first two thirds (GBK csv), the 20 days after (xlsx), the last 17 days
         * (UTF-8 csv, overlapping the xlsx by 6 days). For a window of 92 days: 0-60, 61-80, 75-91.
         */
        int[][] periods() {
            int n = days();
            return new int[][] {{0, n - 32}, {n - 31, n - 12}, {n - 17, n - 1}};
        }
    }

    /**
     * Money and age rules.
     *
     * @param standard         the personal contribution (个人缴费标准)
     * @param lastYearStandard last year's, paid late for last year
     * @param halfFrom60       whether people aged 60-69 pay half themselves (滕州, 峄城)
     * @param subsidisedShare  what 低保边缘, 监测 and 返贫致贫 people pay themselves (鱼台 100); 0 when nobody pays a
     *                         share
     * @param offStandard      超标准收费 and 少缴
     * @param subsidyAges      the ages from which subsidies start (年龄资助)
     * @param pensionTiers     the pension tiers people pay (峄城's 两险); empty: pension rows of 300 or 500 that only
     *                         must not count
     */
    record Money(int standard, int lastYearStandard, boolean halfFrom60, int subsidisedShare, int[] offStandard,
                 int[] subsidyAges, int[] pensionTiers) {

        Money {
            offStandard = offStandard.clone();
            subsidyAges = subsidyAges.clone();
            pensionTiers = pensionTiers.clone();
        }

        int half() {
            return standard / 2;
        }

        boolean twoInsurances() {
            return pensionTiers.length > 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Money m && standard == m.standard && lastYearStandard == m.lastYearStandard
                    && halfFrom60 == m.halfFrom60 && subsidisedShare == m.subsidisedShare
                    && Arrays.equals(offStandard, m.offStandard) && Arrays.equals(subsidyAges, m.subsidyAges)
                    && Arrays.equals(pensionTiers, m.pensionTiers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(standard, lastYearStandard, halfFrom60, subsidisedShare, Arrays.hashCode(offStandard),
                    Arrays.hashCode(subsidyAges), Arrays.hashCode(pensionTiers));
        }

        @Override
        public String toString() {
            return "Money[standard=" + standard + ", halfFrom60=" + halfFrom60 + ", subsidisedShare=" + subsidisedShare + "]";
        }
    }

    /**
     * How big and how complete.
     *
     * @param townPopulation      a town's population at scale 1: base and spread (base + [0, spread))
     * @param districtPopulation  a sub-district's (街道)
     * @param townVillages        villages of a town: base and spread
     * @param districtCommunities communities of a sub-district: base and spread
     * @param laggingTowns        how many towns lag
     * @param completion          lagging towns' completion base and spread, then the others'
     * @param lagDays             days a lagging town starts late (base, spread), then the others' spread
     */
    record Shape(int[] townPopulation, int[] districtPopulation, int[] townVillages, int[] districtCommunities,
                 int laggingTowns, double[] completion, int[] lagDays) {
    }

    /**
     * The settings lines that differ between presets.
     *
     * @param standardComment  the comment after 个人缴费标准
     * @param extraLines       lines after 任务总数 (认可金额, 年龄资助, 等待期天数), each with its comment
     * @param publicityStart   公示开始
     * @param publicityEnd     公示结束
     * @param publicityComment the comment after 公示开始
     * @param policy           the shipped subsidy policy (资助政策)
     * @param bottomPlaces     靠后名次: how many last places are marked
     */
    record Settings(String standardComment, List<String> extraLines, LocalDate publicityStart, LocalDate publicityEnd,
                    String publicityComment, String policy, int bottomPlaces) {

        Settings {
            extraLines = List.copyOf(extraLines);
        }
    }

    /** The government-paid groups of 滕州 (both years): 低保 30%, 特困 10%, 返贫致贫 8%, 监测 17%, 重残 20%, 优抚 15%. */
    private static final List<RosterCategory> TENGZHOU_GROUPS = List.of(RosterCategory.DIBAO, RosterCategory.TEKUN,
            RosterCategory.FANPIN, RosterCategory.MONITORED, RosterCategory.SEVERE_DISABILITY, RosterCategory.VETERAN);
    private static final int[] TENGZHOU_SHARES = {30, 40, 48, 65, 85, 100};

    private static final List<String> TENGZHOU_TOWNS = CountyPlanner.TOWNS;

    static final CountyPreset TENGZHOU_2025 = new CountyPreset("tengzhou-2025",
            new Place("滕州市", "枣庄市", "县级市", "370481", TENGZHOU_TOWNS, List.of("滕州市经济开发区", "龙泉街到"), "龙泉街道"),
            new Calendar(2025, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 3),
                    LocalDate.of(2025, 2, 15)),
            new Money(400, 380, true, 0, new int[] {420, 380}, new int[] {60, 70}, new int[0]),
            new Shape(new int[] {1_300, 1_501}, new int[] {3_000, 1_001}, new int[] {25, 26}, new int[] {12, 9}, 3,
                    new double[] {0.70, 0.12, 0.88, 0.15}, new int[] {10, 9, 6}),
            List.of("征收清册_2024年10-11月.csv", "征收清册_2024年12月1日至20日.xlsx", "征收清册_2024年12月15日至31日.csv"),
            new Settings("元/人·年；60-69 岁个人负担一半，70 岁及以上由市财政代缴",
                    List.of("认可金额: [200]          # 60-69 岁个人负担一半",
                            "年龄资助: [60, 70]       # 达到这些年龄起享受资助，应在生日后缴费",
                            "等待期天数: 30           # 征缴期后缴费的待遇等待期"),
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 7), "缴费名单公示期", "滕州市2025", 3),
            SpecialLists.TENGZHOU_2025);

    static final CountyPreset TENGZHOU_2024 = new CountyPreset("tengzhou-2024",
            new Place("滕州市", "枣庄市", "县级市", "370481", TENGZHOU_TOWNS, List.of("滕州经济技术开发区", "善南街到"), "善南街道"),
            new Calendar(2024, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 4),
                    LocalDate.of(2024, 2, 10)),
            new Money(380, 350, true, 0, new int[] {400, 350}, new int[] {60, 70}, new int[0]),
            new Shape(new int[] {150, 201}, new int[] {330, 151}, new int[] {6, 5}, new int[] {4, 3}, 3,
                    new double[] {0.66, 0.12, 0.86, 0.12}, new int[] {10, 9, 6}),
            List.of("征收清册_2023年10-11月.csv", "征收清册_2023年12月1日至20日.xlsx", "征收清册_2023年12月15日至31日.csv"),
            new Settings("元/人·年（2024 年度）；60-69 岁个人负担一半，70 岁及以上由市财政代缴",
                    List.of("认可金额: [190]          # 60-69 岁个人负担一半",
                            "年龄资助: [60, 70]       # 达到这些年龄起享受资助，应在生日后缴费",
                            "等待期天数: 30           # 2024 年 1 月 1 日后缴费的，设置 30 日的待遇享受等待期（通知二（四））"),
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7), "缴费名单公示期（通知未规定，示例自定）",
                    "滕州市2024", 3),
            SpecialLists.TENGZHOU_2024);

    static final CountyPreset YUTAI_2024 = new CountyPreset("yutai-2024",
            new Place("鱼台县", "济宁市", "县", "370827",
                    List.of("谷亭街道", "滨湖街道", "王庙镇", "李阁镇", "唐马镇", "老砦镇", "王鲁镇", "张黄镇", "清河镇", "罗屯镇", "鱼城镇"),
                    List.of("鱼台经济开发区", "谷亭街到"), "谷亭街道"),
            new Calendar(2024, LocalDate.of(2023, 9, 15), LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 5),
                    LocalDate.of(2024, 2, 8)),
            new Money(380, 350, false, 100, new int[] {400, 350}, new int[] {70}, new int[0]),
            new Shape(new int[] {300, 201}, new int[] {520, 161}, new int[] {6, 5}, new int[] {4, 3}, 2,
                    new double[] {0.64, 0.12, 0.85, 0.13}, new int[] {12, 9, 6}),
            List.of("征收清册_2023年9月15日至11月24日.csv", "征收清册_2023年11月25日至12月14日.xlsx",
                    "征收清册_2023年12月9日至25日.csv"),
            new Settings("元/人·年；70 周岁以上由政府代缴；低保边缘、监测帮扶、返贫致贫人员个人缴 100 元（医疗救助资金补贴 280 元）",
                    List.of("年龄资助: [70]           # 70 周岁以上老人个人缴费部分由政府代缴，应在生日后缴费"),
                    LocalDate.of(2023, 12, 26), LocalDate.of(2023, 12, 31),
                    "2023 年 12 月 26 日至 31 日数据汇总统计并集中公示（通知三），期间仍可缴费", "鱼台县2024", 3),
            SpecialLists.YUTAI_2024);

    static final CountyPreset YICHENG_2024 = new CountyPreset("yicheng-2024",
            new Place("峄城区", "枣庄市", "区", "370404",
                    List.of("底阁镇", "峨山镇", "吴林街道", "坛山街道", "榴园镇", "阴平镇", "古邵镇"),
                    List.of("峄城经济开发区", "坛山街到"), "坛山街道"),
            new Calendar(2024, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 3),
                    LocalDate.of(2024, 2, 6)),
            new Money(380, 350, true, 0, new int[] {400, 350}, new int[] {60, 70},
                    new int[] {100, 350, 500, 800, 1000, 3000, 5000, 8000}),
            new Shape(new int[] {480, 241}, new int[] {700, 201}, new int[] {7, 5}, new int[] {5, 3}, 2,
                    new double[] {0.65, 0.12, 0.86, 0.12}, new int[] {12, 9, 6}),
            List.of("征收清册_2023年10月1日至11月19日.csv", "征收清册_2023年11月20日至12月9日.xlsx",
                    "征收清册_2023年12月4日至20日.csv"),
            new Settings("元/人·年；60-69 岁区财政代缴 50%，70 岁及以上由区财政代缴",
                    List.of("认可金额: [190]          # 60-69 岁个人负担一半",
                            "年龄资助: [60, 70]       # 年底前满 60 周岁或 70 周岁的，务必待满周岁后再缴费（通知四（四）4）",
                            "等待期天数: 30           # 2024 年 1 月 1 日后缴费的，设置 30 日的待遇享受等待期（通知四（二））"),
                    LocalDate.of(2023, 12, 21), LocalDate.of(2024, 1, 20), "公示阶段 12 月 21 日至次年 1 月 20 日（通知六（三））",
                    "峄城区2024", 2),
            SpecialLists.YICHENG_2024);

    /** Every preset, in the README's order. */
    static final List<CountyPreset> ALL = List.of(TENGZHOU_2024, TENGZHOU_2025, YUTAI_2024, YICHENG_2024);

    /** The preset of that name. */
    static Optional<CountyPreset> byKey(String key) {
        return ALL.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The names of all presets, for messages: tengzhou-2024、tengzhou-2025、… */
    static String keys() {
        return String.join("、", ALL.stream().map(CountyPreset::key).toList());
    }

    /** The government-paid groups under 70 and their cumulative percentages. */
    List<RosterCategory> governmentGroups() {
        return switch (key) {
            case "yutai-2024", "yicheng-2024" -> List.of(RosterCategory.DIBAO, RosterCategory.TEKUN,
                    RosterCategory.SEVERE_DISABILITY, RosterCategory.VETERAN);
            default -> TENGZHOU_GROUPS;
        };
    }

    /** Cumulative percentages of {@link #governmentGroups()}. */
    int[] governmentShares() {
        return switch (key) {
            case "yutai-2024", "yicheng-2024" -> new int[] {40, 55, 80, 100};
            default -> TENGZHOU_SHARES.clone();
        };
    }
}

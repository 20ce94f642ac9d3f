package zhengjiao.sample;

/**
 * Why a person is in the sample: the planned situation behind their rows. Roles that {@link #counts()} are payers
 * who must count for their village (town sample) or town (county sample) at the end of the window; the others
 * must not count for any. {@link #inRoster()} tells whether the person is a row of the roster (参保台账).
 */
public enum PersonRole {
    PLAIN("正常缴费", true, true),
    DUPLICATE("重复缴费（两个票号，仍只算一人）", true, true),
    REFUNDED_AND_REPAID("退费后重新缴费", true, true),
    PENSION_ALSO("另缴居民养老保险", true, true),
    OTHER_YEAR_ALSO("另补缴上一年度医保", true, true),
    MESSY_ID("证件号码写法不规范但有效（小写x、全角、空格、零宽空格）", true, true),
    OFF_STANDARD("缴费金额不合标准（超标准收费或少缴），仍计入", true, true),
    EARLY_BIRTHDAY("60 或 70 岁生日前缴费，未享受年龄资助（县级示例），仍计入", true, true),
    NEWBORN_PAID("新生儿，征缴期内已缴费", true, true),
    MOVED("在另一个村（县级示例：镇街）缴费，台账在原村（镇街）", true, true),
    NOT_IN_ROSTER("已缴费但参保台账中没有", true, false),
    REFUNDED_NOT_REPAID("已退费未再缴（净额为零，不计）", false, true),
    PENSION_ONLY("只缴养老保险（不计）", false, true),
    OTHER_YEAR_ONLY("只补缴上一年度医保（不计）", false, true),
    LATE_PAYMENT("征缴期后补缴（截止日不计，缴费日起计入）", false, true),
    UNPAID("台账在册，未缴费", false, true),
    NEWBORN_UNPAID("新生儿，未缴费", false, true),
    SHOULD_WAIT("未缴费，60 或 70 岁生日在 12 月，应在生日后缴费（县级示例）", false, true),
    UNKNOWN_VILLAGE("村居名称对不上任务表（不计入任何村，应报告）", false, false),
    INVALID_ID("证件号码无效（不计，应报告）", false, false),
    UNKNOWN_TOWN("镇街名称对不上任务表（不计入任何镇街，应报告；县级示例）", false, false);

    private final String label;
    private final boolean counts;
    private final boolean inRoster;

    PersonRole(String label, boolean counts, boolean inRoster) {
        this.label = label;
        this.counts = counts;
        this.inRoster = inRoster;
    }

    /** A Chinese description. */
    public String label() {
        return label;
    }

    /** Whether the person must count for the village on their record at the end of the campaign. */
    public boolean counts() {
        return counts;
    }

    /** Whether the person is a row of the roster (参保台账). */
    public boolean inRoster() {
        return inRoster;
    }
}

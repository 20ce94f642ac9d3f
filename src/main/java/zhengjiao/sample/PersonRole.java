package zhengjiao.sample;

/**
 * Why a person is in the sample: the planned situation behind their rows. The first six roles are payers who
 * must count for their village (town sample) or town (county sample); the others must not count for any.
 */
public enum PersonRole {
    PLAIN("正常缴费", true),
    DUPLICATE("重复缴费（两个票号，仍只算一人）", true),
    REFUNDED_AND_REPAID("退费后重新缴费", true),
    PENSION_ALSO("另缴居民养老保险", true),
    OTHER_YEAR_ALSO("另补缴上一年度医保", true),
    MESSY_ID("证件号码写法不规范但有效（小写x、全角、空格、零宽空格）", true),
    REFUNDED_NOT_REPAID("已退费未再缴（净额为零，不计）", false),
    PENSION_ONLY("只缴养老保险（不计）", false),
    OTHER_YEAR_ONLY("只补缴上一年度医保（不计）", false),
    UNKNOWN_VILLAGE("村居名称对不上任务表（不计入任何村，应报告）", false),
    INVALID_ID("证件号码无效（不计，应报告）", false),
    UNKNOWN_TOWN("镇街名称对不上任务表（不计入任何镇街，应报告；县级示例）", false);

    private final String label;
    private final boolean counts;

    PersonRole(String label, boolean counts) {
        this.label = label;
        this.counts = counts;
    }

    /** A Chinese description. */
    public String label() {
        return label;
    }

    /** Whether the person must count for the village on their record at the end of the campaign. */
    public boolean counts() {
        return counts;
    }
}

package zhengjiao.sample;

/** What a written row of the county sample shows: its planned problems and special rows. */
public enum CountyFeature {
    TOWN_SPELLING("镇街名称写法变体（北辛、空格、全角空格），应照常计入"),
    UNKNOWN_TOWN("镇街名称对不上（滕州市经济开发区、龙泉街到）"),
    ID_WRONG_CHECK("证件号码校验位错误"),
    ID_BAD_BIRTH_DATE("证件号码出生日期不存在"),
    ID_SEVENTEEN("证件号码只有17位"),
    ID_EXCEL_TEXT("证件号码被Excel改成科学计数法文本（3.70481E+17）"),
    ID_EXCEL_NUMBER("证件号码在工作簿里是数值单元格"),
    ID_LOWER_X("证件号码末位小写x（有效）"),
    ID_FULL_WIDTH("证件号码全角数字（有效）"),
    ID_SPACES("证件号码前后有空格（有效）"),
    ID_ZERO_WIDTH("证件号码中有零宽空格（有效）"),
    PENSION("居民养老保险缴费（不计）"),
    OTHER_YEAR("上一年度医保补缴（滕州 2025：2024 年度，不计）"),
    REFUND("退费（负数金额）"),
    REPAYMENT("退费后重新缴费"),
    DUPLICATE("重复缴费的第二笔"),
    AMOUNT_FORMAT("金额写法与本文件通常写法不同（400、400.00、400.0）"),
    GOVERNMENT_PAID("政府代缴（70 岁及以上、特殊人群）"),
    HALF_PAID("60-69 岁个人缴费一半（滕州 2025：200 元）"),
    INSURANCE_SHORT("险种写作“城乡居民医疗保险”"),
    OFF_STANDARD("缴费金额既非标准也非 60-69 岁的一半（420 超标准收费、380 少缴），仍计入"),
    LATE_PAYMENT("征缴期后缴费（补缴清册；滕州 2025：2025-01-03 至 2025-02-15，待遇等待期 30 天），截止日不计"),
    SHARE_PAID("个人缴纳定额资助后的剩余部分（鱼台：低保边缘、监测帮扶、返贫致贫人员 100 元）");

    private final String label;

    CountyFeature(String label) {
        this.label = label;
    }

    /** A Chinese description. */
    public String label() {
        return label;
    }

    /** Whether rows with this feature carry an invalid ID number. */
    public boolean invalidId() {
        return this == ID_WRONG_CHECK || this == ID_BAD_BIRTH_DATE || this == ID_SEVENTEEN
                || this == ID_EXCEL_TEXT || this == ID_EXCEL_NUMBER;
    }
}

package zhengjiao.sample;

/** What a written dump row shows: the planned problems (a-i of the sample's design, then more) and the special rows. */
public enum PlannedFeature {
    VILLAGE_SPELLING("村名写法变体（刘寨、刘寨村委会、空格、全角空格），应照常计入"),
    UNKNOWN_VILLAGE("村名对不上（朱集镇敬老院、红棋村、居民服务中心）"),
    ID_WRONG_CHECK("证件号码校验位错误"),
    ID_BAD_BIRTH_DATE("证件号码出生日期不存在"),
    ID_SEVENTEEN("证件号码只有17位"),
    ID_EXCEL_TEXT("证件号码被Excel改成科学计数法文本（3.41323E+17）"),
    ID_EXCEL_NUMBER("证件号码在工作簿里是数值单元格"),
    ID_LOWER_X("证件号码末位小写x（有效）"),
    ID_FULL_WIDTH("证件号码全角数字（有效）"),
    ID_SPACES("证件号码前后有空格（有效）"),
    ID_ZERO_WIDTH("证件号码中有零宽空格（有效）"),
    PENSION("居民养老保险缴费（不计）"),
    OTHER_YEAR("2022 年度医保补缴（不计）"),
    REFUND("退费（负数金额）"),
    REPAYMENT("退费后重新缴费"),
    DUPLICATE("重复缴费的第二笔"),
    AMOUNT_FORMAT("金额写法与本文件通常写法不同（350、350.00、350.0）"),
    GOVERNMENT_PAID("政府代缴"),
    SUBSIDISED("资助后个人缴费（50、80、175 元）"),
    TOWN_SHORT("乡镇写作“朱集”"),
    INSURANCE_SHORT("险种写作“城乡居民医疗保险”"),
    OFF_STANDARD("缴费金额既非标准也非资助后个人缴费（360 超标准收费、300 少缴），仍计入"),
    LATE_PAYMENT("征缴期后缴费（2023-01-05 至 2023-02-20，补缴清册），截止日不计");

    private final String label;

    PlannedFeature(String label) {
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

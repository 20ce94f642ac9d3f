package zhengjiao.domain;

import java.util.Objects;

/**
 * A dump row that is not counted, with the reason. Values are kept as written in the dump (this is
 * internal: the checklist shows full IDs; logs never do).
 *
 * @param source  where the row was read
 * @param kind    the reason's category, for totals
 * @param id      证件号码 as written
 * @param name    姓名
 * @param village 村居
 * @param amount  缴费金额 as written
 * @param date    缴费日期 as written
 * @param serial  税票号码
 * @param reason  the reason in Chinese, naming the column
 */
public record Exclusion(RowRef source, Kind kind, String id, String name, String village, String amount,
                        String date, String serial, String reason) {

    public Exclusion {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /** Why rows are not counted. */
    public enum Kind {
        INVALID_ID("证件号码无效"),
        UNREADABLE("日期或金额无法识别"),
        OTHER_INSURANCE("非本险种"),
        OTHER_YEAR("非本年度"),
        OTHER_TOWN("其他乡镇"),
        FUTURE_DATE("缴费日期晚于今天"),
        UNMATCHED_VILLAGE("村居未匹配");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

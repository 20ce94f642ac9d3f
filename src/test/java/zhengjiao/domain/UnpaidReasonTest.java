package zhengjiao.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free text typed by hand maps to a standard reason only where it clearly names one. */
class UnpaidReasonTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "外出务工|外出务工",
            "在苏州打工|外出务工",
            "上学(在外地参保)|上学（在外地参保）",
            "在外地上大学|上学（在外地参保）",
            "外出务工，已在外地参保|在外地参保",
            "单位交的职工医保|参加职工医保",
            "已去世|死亡",
            "电话空号，联系不上|失联",
            "不愿意交|拒绝缴费",
            "家庭困难|经济困难",
            "春节回来再说|-",
            "|-"})
    void freeTextMapsWhereItClearlyNamesAReason(String text, String label) {
        assertEquals(Optional.ofNullable(label), UnpaidReason.of(text).map(UnpaidReason::label));
    }
}

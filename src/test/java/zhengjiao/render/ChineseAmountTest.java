package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @ParameterizedTest
    @CsvSource({
        "38730.00, 叁万捌仟柒佰叁拾元整",
        "1746, 壹仟柒佰肆拾陆元整",
        "0, 零元整",
        "10.50, 壹拾元伍角整",
        "100.05, 壹佰元零伍分",
        "1005, 壹仟零伍元整",
        "100000, 壹拾万元整",
        "100010, 壹拾万零壹拾元整",
        "2500.00, 贰仟伍佰元整",
        "0.30, 叁角整",
    })
    void writesAmountsAsFinancialFormsDo(String amount, String words) {
        assertEquals(words, ChineseAmount.of(new BigDecimal(amount)));
    }
}

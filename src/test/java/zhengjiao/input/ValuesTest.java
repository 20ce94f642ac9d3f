package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022-10-05", "2022/10/05", "2022/10/5", "2022.10.5", "20221005", "2022-10-05 09:31:05",
        "2022/10/5 9:31", "20221005093105", "2022年10月5日", " 2022-10-05 "})
    void datesInEveryCommonSpelling(String text) {
        assertEquals(LocalDate.of(2022, 10, 5), Values.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2022-13-01", "2022-02-30", "明天", "44840"})
    void nonDatesAreNull(String text) {
        assertNull(Values.date(text));
    }

    @ParameterizedTest
    @CsvSource({"350,35000", "350.00,35000", "350.0,35000", "-350,-35000", "'1,050.50',105050", "￥80,8000", "0.5,50"})
    void moneyIsExactInFen(String text, long fen) {
        assertEquals(fen, Values.fen(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "350.005", ""})
    void nonMoneyIsNull(String text) {
        assertNull(Values.fen(text));
    }

    @ParameterizedTest
    @CsvSource({"2023,2023", "2023年,2023", "202301,2023", "2023-01,2023", "202301-202312,2023",
        "2023-01-01至2023-12-31,2023", "2023.0,2023", "2022,2022", "2023-01-01-2023-12-31,2023",
        "2023-01-01--2023-12-31,2023", "2023-01-01~2023-12-31,2023", "2023/1/1 - 2023/12/31,2023", "20230101-20231231,2023",
        "2023-01-2023-12,2023", "2023年01月01日至2023年12月31日,2023"})
    void policyYearFromYearMonthOrRange(String text, int year) {
        assertEquals(year, Values.policyYear(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "202213", "202201-202312", "某年", "2022-01-01-2023-12-31", "2023-01-01~2024-12-31"})
    void unreadablePolicyYearsAreEmpty(String text) {
        assertTrue(Values.policyYear(text).isEmpty());
    }
}

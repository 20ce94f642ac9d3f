package zhengjiao.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> KEYS = List.of("辖区", "年度", "考核日期", "征缴开始", "征缴截止", "assessment_date");

    @Test
    void aLikelySlipIsMatched() {
        assertEquals("考核日期", Spelling.nearest("考核日其", KEYS));
        assertEquals("assessment_date", Spelling.nearest("Assesment_Date", KEYS));
        assertEquals("run", Spelling.nearest("rnu", List.of("run", "check", "decompose", "sample")));
    }

    @Test
    void somethingElseEntirelyIsNot() {
        assertNull(Spelling.nearest("备注", KEYS));
        assertNull(Spelling.nearest("x", List.of()));
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertEquals(0, Spelling.distance("年度", "年度"));
        assertEquals(1, Spelling.distance("rnu", "run"));
        assertEquals(3, Spelling.distance("", "abc"));
        assertEquals(2, Spelling.distance("征缴开始", "征缴截止"));
    }
}

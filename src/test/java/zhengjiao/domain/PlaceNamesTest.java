package zhengjiao.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"刘寨", "刘寨村", "刘寨村委会", "刘寨村民委员会", " 刘 寨 村 ", "刘寨村\u3000", "\u200B刘寨社区",
        "刘寨居委会", "刘寨 社区居委会"})
    void villageVariantsShareOneKey(String written) {
        assertEquals("刘寨", PlaceNames.villageKey(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"木石", "木石镇", " 木石 镇", "木石街道", "木石街道办事处", "木石乡", "木石镇人民政府"})
    void townVariantsShareOneKey(String written) {
        assertEquals("木石", PlaceNames.townKey(written));
    }

    @org.junit.jupiter.api.Test
    void aLeadingTownIsStrippedOnlyWhenPresent() {
        assertEquals("刘寨村委会", PlaceNames.withoutTownPrefix("朱集镇刘寨村委会", "朱集"));
        assertEquals("朱集村", PlaceNames.withoutTownPrefix("朱集村", "朱集"));
    }
}

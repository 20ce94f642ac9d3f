package zhengjiao.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"刘寨", "刘寨村", "刘寨村委会", "刘寨村民委员会", " 刘 寨 村 ", "刘寨村\u3000", "\u200B刘寨社区",
        "刘寨居委会", "刘寨 社区居委会", "刘寨村村民委员会", "刘寨村村委会", "刘寨村居民委员会", "刘寨社区社区居委会",
        "刘寨村村", "'刘寨村'", "“刘寨”", "'刘寨村"})
    void villageVariantsShareOneKey(String written) {
        assertEquals("刘寨", PlaceNames.villageKey(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"木石", "木石镇", " 木石 镇", "木石街道", "木石街道办事处", "木石乡", "木石镇人民政府"})
    void townVariantsShareOneKey(String written) {
        assertEquals("木石", PlaceNames.townKey(written));
    }

    @org.junit.jupiter.api.Test
    void aNameIsNeverStrippedToNothing() {
        assertEquals("王", PlaceNames.villageKey("王村村委会"));
        assertEquals("村", PlaceNames.villageKey("村"));
    }

    @org.junit.jupiter.api.Test
    void administrativePrefixesGiveTheirTails() {
        assertEquals(java.util.List.of("宿州市灵璧县朱集镇刘寨村委会", "灵璧县朱集镇刘寨村委会", "朱集镇刘寨村委会", "刘寨村委会"),
                PlaceNames.tailsAfterPrefixes("安徽省宿州市灵璧县朱集镇刘寨村委会"));
    }

    @org.junit.jupiter.api.Test
    void aLeadingTownIsStrippedOnlyWhenPresent() {
        assertEquals("刘寨村委会", PlaceNames.withoutTownPrefix("朱集镇刘寨村委会", "朱集"));
        assertEquals("朱集村", PlaceNames.withoutTownPrefix("朱集村", "朱集"));
    }
}

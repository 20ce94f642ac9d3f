package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

/** Every name SheetNames gives is one Excel (and POI) accepts, unique in its workbook, and close to what was wanted. */
class SheetNamesTest {

    private static final String EMOJI = "\uD83C\uDF3E"; // 🌾, two UTF-16 units

    @Test
    void apostrophesAtEitherEndAreDropped() {
        SheetNames names = new SheetNames();
        assertEquals("姜山村", names.add("'姜山村'"));
        assertEquals("刘'寨", names.add(" ''刘'寨' "));
    }

    @Test
    void forbiddenCharactersBecomeTheirFullWidthForms() {
        assertEquals("刘寨：东／西＼南？北＊［一］", SheetNames.legal("刘寨:东/西\\南?北*[一]"));
    }

    @Test
    void longNamesAreCutTo31UnitsAndNeverHalfAnEmoji() {
        String thirty = "村".repeat(30);
        String cut = SheetNames.legal(thirty + EMOJI + "尾");
        assertEquals(thirty, cut, "the emoji straddling the limit is left out whole");
        assertEquals(31, SheetNames.legal("村".repeat(29) + EMOJI + "尾").length());
        assertTrue(SheetNames.legal("村".repeat(29) + EMOJI + "尾").endsWith(EMOJI));
        assertEquals(31, SheetNames.legal("村".repeat(40)).length());
    }

    @Test
    void takenNamesGetANumberWithinTheLimitComparedIgnoringCase() {
        SheetNames names = new SheetNames(List.of("汇总", "村"));
        assertEquals("汇总(2)", names.add("汇总"));
        assertEquals("村(2)", names.add("村"));
        assertEquals("Abc", names.add("Abc"));
        assertEquals("ABC(2)", names.add("ABC"));
        String long1 = names.add("长".repeat(40));
        String long2 = names.add("长".repeat(35));
        assertEquals("长".repeat(31), long1);
        assertEquals("长".repeat(28) + "(2)", long2);
        assertEquals("History(2)", names.add("history".toUpperCase(Locale.ROOT).charAt(0) + "istory"));
    }

    @Test
    void nothingLeftGivesTheFallback() {
        SheetNames names = new SheetNames();
        assertEquals("第3组", names.add("'''", "第3组"));
        assertEquals("表", names.add("\u0001\t "));
        assertEquals("表(2)", names.add(null));
    }

    @Test
    void everyNameOfAHostileListIsLegalAndUnique() {
        List<String> wanted = List.of("'姜山村'", "姜山村", "'", "", "a:b", "a/b", "[x]", "村".repeat(30) + EMOJI,
                "村".repeat(30) + EMOJI + "2", "History", "history", "\uD800孤", "x\u0000y", "村".repeat(31) + "'",
                "'" + "村".repeat(31), "同名", "同名", "同名", "同名".repeat(20), "同名".repeat(20));
        SheetNames names = new SheetNames(List.of("公示"));
        Set<String> seen = new HashSet<>(List.of("公示"));
        for (String w : wanted) {
            String name = names.add(w);
            WorkbookUtil.validateSheetName(name);
            assertTrue(name.length() <= SheetNames.MAX_LENGTH, name);
            assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 1)), name);
            assertTrue(name.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.CONTROL), name);
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "duplicate " + name);
            assertFalse(name.equalsIgnoreCase("History"));
        }
    }
}

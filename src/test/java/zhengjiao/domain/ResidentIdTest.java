package zhengjiao.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void standardExampleIsValid() {
        assertTrue(ResidentId.isValid("11010519491231002X"));
        assertEquals('X', ResidentId.checkChar("11010519491231002"));
        assertEquals(LocalDate.of(1949, 12, 31), ResidentId.birthDate("11010519491231002X").orElseThrow());
    }

    @Test
    void wrongCheckCharacterIsRejected() {
        assertEquals("证件号码校验位错误", ResidentId.problem("110105194912310021").orElseThrow());
    }

    @Test
    void impossibleBirthDateIsRejected() {
        String first17 = "34132319901301123";
        assertEquals("证件号码中的出生日期不存在", ResidentId.problem(first17 + ResidentId.checkChar(first17)).orElseThrow());
    }

    @Test
    void wrongLengthIsRejectedWithTheLength() {
        assertEquals("证件号码应为18位，实为17位", ResidentId.problem("11010519491231002").orElseThrow());
    }

    @Test
    void excelScientificNotationIsRejectedAsLost() {
        String id = ResidentId.normalize("3.41323E+17");
        assertTrue(ResidentId.problem(id).orElseThrow().contains("科学计数法"));
    }

    @Test
    void normalisationHandlesFullWidthSpacesInvisiblesAndLowerX() {
        assertEquals("11010519491231002X", ResidentId.normalize(" １１０１０５ 19491231\u200B002x\u3000"));
        assertTrue(ResidentId.isValid(ResidentId.normalize("11010519491231002x")));
    }

    @Test
    void maskKeepsFirstSixAndLastFour() {
        assertEquals("110105********002X", ResidentId.mask("11010519491231002X"));
    }

    @Test
    void generatedNumbersAreValidAndAnyChangedDigitIsCaught() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2000; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33000));
            String id = ResidentId.of("341323", birth, random.nextInt(1000));
            assertTrue(ResidentId.isValid(id), id);
            int pos = random.nextInt(17);
            char changed = (char) ('0' + (id.charAt(pos) - '0' + 1 + random.nextInt(9)) % 10);
            String typo = id.substring(0, pos) + changed + id.substring(pos + 1);
            assertFalse(ResidentId.isValid(typo), "seed 42, case " + i);
        }
    }

    @Test
    void legacyFifteenDigitNumberUpgradesAsTheStandardShows() {
        assertEquals("150102198807303035", ResidentId.upgrade("150102880730303"));
        assertEquals("11010519491231002X", ResidentId.upgrade("11010519491231002x"));
    }

    @Test
    void sexAndAgeComeFromTheNumber() {
        assertFalse(ResidentId.isMale("11010519491231002X"), "sequence 002 is even: female");
        assertTrue(ResidentId.isMale("150102198807303035"));
        assertEquals(74, ResidentId.ageOn("11010519491231002X", LocalDate.of(2024, 12, 30)).orElseThrow());
        assertEquals(75, ResidentId.ageOn("11010519491231002X", LocalDate.of(2024, 12, 31)).orElseThrow());
        assertEquals(LocalDate.of(2009, 12, 31), ResidentId.birthdayOfAge("11010519491231002X", 60).orElseThrow());
    }

    @Test
    void namesAreMaskedInTheMiddle() {
        assertEquals("李*", PersonNames.mask("李四"));
        assertEquals("张*三", PersonNames.mask("张小三"));
        assertEquals("欧**明", PersonNames.mask("欧阳小明"));
        assertEquals("*", PersonNames.mask("王"));
        assertEquals("张*三", PersonNames.mask(" 张 小 三 "));
    }

    /** The quick check of an 18-digit number says what the full check (the birth date through LocalDate) says. */
    @Test
    void quickCheckOfPlainNumbersAgreesWithTheDateRules() {
        java.util.Random random = new java.util.Random(13);
        String[] dates = {"19000101", "18991231", "20991231", "21000101", "20000229", "19000229", "20040229", "20230229",
                "20230431", "20230430", "20231301", "20230001", "20230100", "20231231", "19960931", "19961131"};
        for (int i = 0; i < 20_000; i++) {
            String date = i % 3 == 0 ? dates[random.nextInt(dates.length)]
                    : String.format("%04d%02d%02d", 1890 + random.nextInt(220), random.nextInt(14), random.nextInt(33));
            String first17 = (random.nextInt(10) == 0 ? "0" : "3") + String.format("%05d", random.nextInt(100_000)) + date
                    + String.format("%03d", random.nextInt(1000));
            char check = random.nextInt(4) == 0 ? "0123456789X".charAt(random.nextInt(11)) : ResidentId.checkChar(first17);
            String id = first17 + check;
            java.util.Optional<String> expected = id.charAt(0) == '0' ? java.util.Optional.of("证件号码地区码无效")
                    : ResidentId.birthDate(id).isEmpty() ? java.util.Optional.of("证件号码中的出生日期不存在")
                    : ResidentId.checkChar(id) != check ? java.util.Optional.of("证件号码校验位错误") : java.util.Optional.empty();
            assertEquals(expected, ResidentId.problem(id), id);
        }
    }
}

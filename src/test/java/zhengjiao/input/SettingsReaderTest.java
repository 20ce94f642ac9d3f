package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Settings;

/** campaign.yaml read strictly: impossible dates, repeated and unknown keys are errors naming the line. */
class SettingsReaderTest {

    /** A valid settings file of an invented town; each case changes or adds a line. Line 5 is 考核日期. */
    private static final String VALID = """
            # 测试镇 2024 年度设置（虚构）
            辖区: 测试镇
            年度: 2024
            征缴开始: 2023-09-01
            考核日期: 2023-12-20     # 补助只算到这一天
            征缴截止: 2023-12-31
            补助标准: 2
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("campaign.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private String error(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThrows(InputException.class, () -> SettingsReader.read(file)).getMessage();
    }

    @Test
    void theReasonsThatTakePeopleOutDefaultAndCanBeSet() throws IOException {
        assertEquals(zhengjiao.domain.UnpaidReason.EXCLUDED_BY_DEFAULT, SettingsReader.read(write(VALID)).excludedReasons());
        Settings s = SettingsReader.read(write(VALID + "不计入应参保的原因: [死亡, 参加职工医保, 上学(在外地参保)]\n"));
        assertEquals(java.util.Set.of(zhengjiao.domain.UnpaidReason.DEAD, zhengjiao.domain.UnpaidReason.EMPLOYEE_INSURANCE,
                zhengjiao.domain.UnpaidReason.STUDENT), s.excludedReasons());
        String e = error(VALID + "excluded_reasons: 死亡、病故\n");
        assertTrue(e.contains("「病故」不是标准的未缴原因；可写：外出务工、"), e);
    }

    @Test
    void aWindowWithAMistypedYearIsWarnedAboutAUsualOneIsNot() throws IOException {
        assertTrue(SettingsReader.read(write(VALID)).windowWarning().isEmpty());
        assertTrue(SettingsReader.read(write(VALID.replace("征缴截止: 2023-12-31", "征缴截止: 2024-01-20")))
                .windowWarning().isEmpty(), "a publicity phase into January is usual");
        String w = SettingsReader.read(write(VALID.replace("征缴截止: 2023-12-31", "征缴截止: 2024-12-31")))
                .windowWarning().orElseThrow();
        assertTrue(w.contains("征缴期 2023-09-01 至 2024-12-31 共 488 天") && w.contains("「征缴截止」的年份"), w);
    }

    @Test
    void bothInsurancesMayBeNamedMedicalFirstWhateverTheOrder() throws IOException {
        Settings one = SettingsReader.read(write(VALID));
        assertEquals(java.util.List.of(zhengjiao.domain.Insurance.RESIDENT_MEDICAL), one.insurances());
        assertTrue(!one.collectsPension());
        for (String line : java.util.List.of("险种: [城乡居民基本医疗保险, 城乡居民基本养老保险]\n",
                "险种: [城乡居民基本养老保险, 城乡居民基本医疗保险]\n", "险种: 城乡居民两险\n", "insurance: 居民医保、居民养老\n")) {
            Settings s = SettingsReader.read(write(VALID + line));
            assertEquals(zhengjiao.domain.Insurance.RESIDENT_MEDICAL, s.insurance(), line);
            assertEquals(java.util.List.of(zhengjiao.domain.Insurance.RESIDENT_MEDICAL, zhengjiao.domain.Insurance.RESIDENT_PENSION),
                    s.insurances(), line);
            assertTrue(s.collectsPension(), line);
            Settings pension = s.countingFor(zhengjiao.domain.Insurance.RESIDENT_PENSION);
            assertEquals(zhengjiao.domain.Insurance.RESIDENT_PENSION, pension.insurance());
            assertTrue(!pension.collectsPension());
        }
    }

    @Test
    void aPensionAloneAnInsuranceTwiceOrAnotherInsuranceIsAnError() throws IOException {
        String alone = error(VALID + "险种: 城乡居民基本养老保险\n");
        assertTrue(alone.contains("第 8 行") && alone.contains("只写养老保险的不支持"), alone);
        String twice = error(VALID + "险种: [城乡居民基本医疗保险, 居民医保]\n");
        assertTrue(twice.contains("「城乡居民基本医疗保险」写了两次"), twice);
        String other = error(VALID + "险种: [城乡居民基本医疗保险, 职工基本医疗保险]\n");
        assertTrue(other.contains("不支持「职工基本医疗保险」"), other);
    }

    @Test
    void aValidFileReads() throws IOException {
        Settings s = SettingsReader.read(write(VALID));
        assertEquals(LocalDate.of(2023, 12, 20), s.assessmentDate());
        assertEquals(2024, s.policyYear());
    }

    @ParameterizedTest
    @CsvSource({
        "2023-12-32, 2023 年 12 月只有 31 天",
        "2023-02-29, 2023 年 2 月只有 28 天",
        "2023-11-31, 2023 年 11 月只有 30 天",
        "2023-13-01, 月份应为 1 到 12",
        "2023-12-00, 日应从 1 开始",
        "2023/2/30, 2023 年 2 月只有 28 天",
        "2023年2月30日, 2023 年 2 月只有 28 天"})
    void anImpossibleDateIsAnErrorNamingFileLineAndKeyNeverRolledOver(String date, String why) throws IOException {
        String message = error(VALID.replace("考核日期: 2023-12-20", "考核日期: " + date));
        assertTrue(message.startsWith("文件 campaign.yaml 第 5 行："), message);
        assertTrue(message.contains("「考核日期」的「" + date + "」不是真实存在的日期（" + why + "），请改正，如 2023-"), message);
    }

    @Test
    void theExampleForAnImpossibleDayIsTheLastDayOfItsMonth() throws IOException {
        String message = error(VALID.replace("考核日期: 2023-12-20", "考核日期: 2023-02-29"));
        assertTrue(message.endsWith("，请改正，如 2023-02-28"), message);
    }

    @Test
    void aLeapDayInALeapYearIsFine() throws IOException {
        Settings s = SettingsReader.read(write(VALID.replace("考核日期: 2023-12-20", "考核日期: 2024-02-29")
                .replace("征缴截止: 2023-12-31", "征缴截止: 2024-03-31")));
        assertEquals(LocalDate.of(2024, 2, 29), s.assessmentDate());
    }

    @Test
    void otherDateSpellingsStillRead() throws IOException {
        Settings s = SettingsReader.read(write(VALID.replace("考核日期: 2023-12-20", "考核日期: 2023年12月5日")
                .replace("征缴开始: 2023-09-01", "征缴开始: 2023/9/1")));
        assertEquals(LocalDate.of(2023, 12, 5), s.assessmentDate());
        assertEquals(LocalDate.of(2023, 9, 1), s.windowStart());
    }

    @Test
    void aDateWithATimeOrTextIsNotADate() throws IOException {
        String message = error(VALID.replace("考核日期: 2023-12-20", "考核日期: 十二月二十日"));
        assertTrue(message.contains("第 5 行：「考核日期」应为日期，如 2022-12-31，实为「十二月二十日」"), message);
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() throws IOException {
        String message = error(VALID + "\n年度: 2023\n");
        assertEquals("文件 campaign.yaml 第 9 行：「年度」写了两次（第 3 行和第 9 行），程序不知道该用哪一个，请删去其中一行", message);
    }

    @Test
    void aKeyInBothItsChineseAndEnglishNameIsAnError() throws IOException {
        String message = error(VALID + "policy_year: 2023\n");
        assertTrue(message.startsWith("文件 campaign.yaml 第 8 行："), message);
        assertTrue(message.contains("「年度」（第 3 行）和「policy_year」（第 8 行）是同一项设置"), message);
    }

    @Test
    void englishNamesAreAccepted() throws IOException {
        Settings s = SettingsReader.read(write(VALID.replace("考核日期:", "assessment_date:").replace("年度:", "policy_year:")));
        assertEquals(LocalDate.of(2023, 12, 20), s.assessmentDate());
        assertEquals(2024, s.policyYear());
    }

    @ParameterizedTest
    @CsvSource({"5, 考核日期, 考核日其, 考核日期", "7, 补助标准, 补助标谁, 补助标准", "5, 考核日期, assesment_date, assessment_date",
        "3, 年度, Policy_Yaer, policy_year"})
    void anUnknownKeyIsAnErrorSuggestingTheNearestKnownOne(int line, String key, String typo, String meant) throws IOException {
        String message = error(VALID.replace(key + ":", typo + ":"));
        assertTrue(message.startsWith("文件 campaign.yaml 第 " + line + " 行：设置中没有「" + typo + "」这一项，是否应为「" + meant + "」？"),
                message);
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheChineseKeys() throws IOException {
        String message = error(VALID + "备注: 今年任务重\n");
        assertTrue(message.startsWith("文件 campaign.yaml 第 8 行：设置中没有「备注」这一项；可用的有：辖区、上级、年度"), message);
    }

    @Test
    void aMissingRequiredKeySaysWhatToWrite() throws IOException {
        String message = error(VALID.replace("辖区: 测试镇\n", ""));
        assertTrue(message.contains("缺少设置「辖区」（或 jurisdiction），请写一行「辖区: …」"), message);
    }

    @Test
    void aBadNumberNamesItsLineAndKey() throws IOException {
        String message = error(VALID.replace("年度: 2024", "年度: 二〇二四"));
        assertEquals("文件 campaign.yaml 第 3 行：「年度」应为整数，实为「二〇二四」", message);
    }

    @Test
    void noLibraryWarningIsPrintedForADuplicateKey() throws IOException {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            error(VALID + "年度: 2023\n");
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}

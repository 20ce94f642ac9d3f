package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Policy;

class PolicyReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"滕州市2024,380,3", "滕州市2025,400,3", "鱼台县2024,380,2", "峄城区2024,380,2", "朱集镇2023,350,3"})
    void everyShippedPolicyLoadsWithItsNoticesStandardAndFunds(String name, BigDecimal standard, int funds) {
        Policy policy = PolicyReader.shipped(name).orElseThrow();
        assertAll(
                () -> assertEquals(0, standard.compareTo(policy.standard().orElseThrow()), "个人缴费标准"),
                () -> assertEquals(funds, policy.funds().size(), "资金"),
                () -> assertTrue(policy.groups().stream().anyMatch(g -> g.subsidy().isPresent()), "有资助的类别"));
    }

    @Test
    void theFiveShippedPoliciesAreTheOnesListed() {
        assertEquals(List.of("滕州市2024", "滕州市2025", "鱼台县2024", "峄城区2024", "朱集镇2023"), PolicyReader.SHIPPED);
        assertTrue(PolicyReader.SHIPPED.stream().allMatch(n -> PolicyReader.shipped(n).isPresent()));
    }

    @Test
    void anUnknownShippedPolicyIsAbsent() {
        assertEquals(Optional.empty(), PolicyReader.shipped("某县2024"));
    }

    @Test
    void aMinimalPolicyFileReads() throws IOException {
        Policy policy = PolicyReader.read(write(GROUPS));
        assertAll(
                () -> assertEquals(List.of("医疗救助资金", "县财政"), policy.funds()),
                () -> assertEquals(List.of("低保对象", "60-69岁老年人"), policy.groups().stream().map(Policy.Group::name).toList()),
                () -> assertEquals(Policy.Kind.SHARE, policy.group("60-69岁老年人").orElseThrow().subsidy().orElseThrow().kind()),
                () -> assertEquals(Optional.of(69), policy.group("60-69岁老年人").orElseThrow().maxAge()));
    }

    @Test
    void aFundMissingFromTheFundListIsNamed() throws IOException {
        String message = readError(GROUPS.replace("资金: 县财政", "资金: 市财政"));
        assertTrue(message.contains("「60-69岁老年人」用到的资金「市财政」不在「资金」列表中"), message);
    }

    @Test
    void aMisspeltKeyIsRejectedWithTheKeysThatExist() throws IOException {
        String message = readError(GROUPS.replace("    资金: 医疗救助资金", "    资金来源: 医疗救助资金"));
        assertTrue(message.contains("类别「低保对象」中没有「资金来源」这一项；可用的有：名称、别名、认定部门、资助、资金"), message);
        String top = readError(GROUPS.replace("个人缴费标准: 380", "个人缴费: 380"));
        assertTrue(top.contains("政策文件中没有「个人缴费」这一项"), top);
    }

    @Test
    void fundSharesNotAddingUpTo100PercentAreRejected() throws IOException {
        String message = readError(GROUPS.replace("资金: 县财政", "资金: {医疗救助资金: 50%, 县财政: 40%}"));
        assertTrue(message.contains("「60-69岁老年人」各资金的比例合计应为 100%，实为 90%"), message);
    }

    @Test
    void anUnreadableSubsidyIsQuoted() throws IOException {
        String message = readError(GROUPS.replace("资助: 50%", "资助: 一半左右"));
        assertTrue(message.contains("「资助」应为 全额、比例（如 50%）或定额（如 280），实为「一半左右」"), message);
    }

    @Test
    void anAliasOfTwoGroupsIsRejected() throws IOException {
        String message = readError(GROUPS + """
                  - 名称: 低保边缘家庭成员
                    别名: [低保边缘, 低保]
                    资助: 定额 280
                    资金: 医疗救助资金
                """);
        assertTrue(message.contains("「低保」同时是类别「低保对象」和「低保边缘家庭成员」的名称或别名"), message);
    }

    @Test
    void anUnreadableAgeIsQuoted() throws IOException {
        String message = readError(GROUPS.replace("年龄: 60-69", "年龄: 老年人"));
        assertTrue(message.contains("「60-69岁老年人」的「年龄」应写成 60-69 或 70及以上，实为「老年人」"), message);
    }

    @Test
    void anAgeRangeUpsideDownIsRejected() throws IOException {
        String message = readError(GROUPS.replace("年龄: 60-69", "年龄: 69-60"));
        assertTrue(message.contains("年龄范围 69-60 上限小于下限"), message);
    }

    @Test
    void anErrorNamesTheFileAndLine() throws IOException {
        String message = readError(GROUPS.replace("资金: 县财政", "资金: 市财政"));
        assertTrue(message.startsWith("文件 policy.yaml 第 9 行："), message);
    }

    /** A valid policy; each error case changes one line of it. Line 9 is the 60-69 group's name. */
    private static final String GROUPS = """
            名称: 测试县2024年度居民医保资助政策
            个人缴费标准: 380
            资金: [医疗救助资金, 县财政]
            类别:
              - 名称: 低保对象
                别名: [低保, 农村低保]
                资助: 全额
                资金: 医疗救助资金
              - 名称: 60-69岁老年人
                年龄: 60-69
                资助: 50%
                资金: 县财政
            """;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("policy.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private String readError(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThrows(InputException.class, () -> PolicyReader.read(file)).getMessage();
    }
}

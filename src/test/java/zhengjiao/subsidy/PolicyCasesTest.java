package zhengjiao.subsidy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import zhengjiao.domain.Policy;
import zhengjiao.input.PolicyReader;

/**
 * The shipped policies against case tables written from the notices' own text
 * ({@code src/test/resources/policy-cases/<policy>.csv}): one row per person, with the groups a department list
 * would give (类别) and the age, the group the notice applies, the personal share and each fund's amount in yuan.
 */
class PolicyCasesTest {

    private static final String DESCRIPTION = "说明";
    private static final String CATEGORIES = "类别";
    private static final String AGE = "年龄";
    private static final String GROUP = "认定类别";
    private static final String PERSONAL = "个人缴费";
    private static final String OTHERS = "其他符合类别";
    private static final List<String> FIXED = List.of(DESCRIPTION, CATEGORIES, AGE, GROUP, PERSONAL, OTHERS);

    static final List<String> POLICIES = PolicyReader.SHIPPED;

    private static final Map<String, Policy> LOADED = new ConcurrentHashMap<>();

    /** One person of a case table; amounts in yuan, funds in the table's column order. */
    record Case(String policy, String description, List<String> categories, OptionalInt age, String group,
                BigDecimal personal, Map<String, BigDecimal> funds, List<String> others) {
    }

    static Stream<Named<Case>> cases() {
        return POLICIES.stream().flatMap(p -> table(p).cases().stream())
                .map(c -> Named.of(name(c), c));
    }

    private static String name(Case c) {
        return c.policy() + "：" + c.description();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void certifiesEachPersonAsTheNoticeSays(Case c) {
        Policy policy = policy(c.policy());
        Certifier certifier = new Certifier(policy, policy.standard().orElseThrow());
        List<Policy.Group> groups = new ArrayList<>();
        for (String text : c.categories()) {
            groups.add(certifier.groupOf(text).orElseGet(
                    () -> fail(name(c) + "：类别「" + text + "」在政策中不对应任何类别")));
        }
        c.age().ifPresent(age -> groups.addAll(certifier.ageGroups(age)));

        Certifier.Decision d = certifier.decide(groups);

        Map<String, Long> expectedFunds = new LinkedHashMap<>();
        c.funds().forEach((fund, yuan) -> expectedFunds.put(fund, fen(yuan)));
        assertAll(name(c),
                () -> assertEquals(c.group(), d.groupName(), "认定类别"),
                () -> assertEquals(fen(c.personal()), d.personal(), "个人缴费（分）"),
                () -> assertEquals(expectedFunds, d.byFund(), "各资金金额（分）"),
                () -> assertEquals(c.others(), d.others().stream().map(Policy.Group::name).toList(), "其他符合类别"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fundsAndPersonalShareOfEachCaseAddUpToTheStandard(Case c) {
        BigDecimal total = c.funds().values().stream().reduce(c.personal(), BigDecimal::add);
        assertEquals(fen(policy(c.policy()).standard().orElseThrow()), fen(total),
                name(c) + "：个人缴费 + 各资金（分）应等于个人缴费标准");
    }

    @ParameterizedTest
    @FieldSource("POLICIES")
    void caseTableHasOneAmountColumnPerFundInPolicyOrder(String name) {
        assertEquals(policy(name).funds(), table(name).funds());
    }

    private static Policy policy(String name) {
        return LOADED.computeIfAbsent(name,
                n -> PolicyReader.shipped(n).orElseThrow(() -> new AssertionError("没有内置政策 " + n)));
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    private record Table(List<String> funds, List<Case> cases) {
    }

    private static Table table(String policy) {
        String resource = "/policy-cases/" + policy + ".csv";
        try (InputStream in = PolicyCasesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "缺少案例表 " + resource);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = format.parse(reader)) {
                List<String> header = parser.getHeaderNames();
                List<String> funds = header.stream().filter(h -> !FIXED.contains(h)).toList();
                List<Case> cases = new ArrayList<>();
                for (CSVRecord r : parser) {
                    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                    for (String fund : funds) {
                        amounts.put(fund, new BigDecimal(r.get(fund).strip()));
                    }
                    String age = r.get(AGE).strip();
                    cases.add(new Case(policy, r.get(DESCRIPTION).strip(), names(r.get(CATEGORIES)),
                            age.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(age)),
                            r.get(GROUP).strip(), new BigDecimal(r.get(PERSONAL).strip()), amounts,
                            names(r.get(OTHERS))));
                }
                return new Table(funds, cases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String joined) {
        return Arrays.stream(joined.split("、")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package zhengjiao.decompose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    /** Zhuji's 13 villages and populations as published (004, attachment). */
    static final Map<String, Long> ZHUJI = new LinkedHashMap<>();

    static {
        String[] names = {"姜山村", "刘寨村", "潼山村", "红旗村", "双井村", "朱集村", "张家村", "星光村", "岳巷村", "双杨村",
            "苗河村", "固城村", "湖光村"};
        long[] pops = {2251, 4711, 2791, 3758, 5184, 5367, 2570, 5348, 2805, 3228, 3228, 2165, 4141};
        for (int i = 0; i < names.length; i++) {
            ZHUJI.put(names[i], pops[i]);
        }
    }

    static List<Apportionment.Unit> zhuji() {
        return ZHUJI.entrySet().stream().map(e -> Apportionment.Unit.of(e.getKey(), e.getValue())).toList();
    }

    /** A second, independent computation: decimal quotas, sorted by fractional part. */
    static Map<String, Long> independentHamilton(Map<String, Long> pops, long total) {
        BigDecimal sum = BigDecimal.valueOf(pops.values().stream().mapToLong(Long::longValue).sum());
        Map<String, Long> out = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> fractions = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, Long> e : pops.entrySet()) {
            BigDecimal quota = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(e.getValue())).divide(sum, 30, RoundingMode.DOWN);
            long whole = quota.setScale(0, RoundingMode.DOWN).longValueExact();
            out.put(e.getKey(), whole);
            given += whole;
            fractions.add(Map.entry(e.getKey(), quota.subtract(BigDecimal.valueOf(whole))));
        }
        fractions.sort(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue()).reversed()
                .thenComparing(e -> -pops.get(e.getKey())).thenComparing(Map.Entry::getKey));
        for (int i = 0; i < total - given; i++) {
            out.merge(fractions.get(i).getKey(), 1L, Long::sum);
        }
        return out;
    }

    @Test
    void zhujiTotalIsSplitExactlyAsAnIndependentComputation() {
        List<Apportionment.Share> shares = Apportionment.byTotal(zhuji(), 41850, 0);
        Map<String, Long> expected = independentHamilton(ZHUJI, 41850);
        for (Apportionment.Share s : shares) {
            assertEquals(expected.get(s.unit().name()), s.task(), s.unit().name());
        }
        assertEquals(41850, shares.stream().mapToLong(Apportionment.Share::task).sum());
        // 双杨村 and 苗河村 have equal populations, hence equal tasks
        assertEquals(shares.get(9).task(), shares.get(10).task());
    }

    @Test
    void theRateRoundsEachVillageHalfUp() {
        List<Apportionment.Share> shares = Apportionment.byRate(zhuji(), new BigDecimal("0.88"));
        assertEquals(4562, shares.get(4).task(), "双井村: 5184 x 0.88 = 4561.92");
        assertEquals(1981, shares.get(0).task());
        assertEquals(41842, shares.stream().mapToLong(Apportionment.Share::task).sum());
    }

    @Test
    void tiesGoToTheLargerPopulationThenToTheFirstName() {
        // 3 seats over populations 1,1,1: quotas 1 each; 2 seats over 1,1,1: remainders equal -> names 甲, 乙
        List<Apportionment.Share> shares = Apportionment.byTotal(List.of(Apportionment.Unit.of("丙", 1),
                Apportionment.Unit.of("乙", 1), Apportionment.Unit.of("甲", 1)), 2, 0);
        Map<String, Long> byName = new LinkedHashMap<>();
        shares.forEach(s -> byName.put(s.unit().name(), s.task()));
        assertEquals(Map.of("丙", 1L, "乙", 1L, "甲", 0L), byName, "Unicode order: 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532)");
    }

    @Test
    void fixedTasksAndAMinimumAreHonoured() {
        List<Apportionment.Unit> units = List.of(new Apportionment.Unit("大村", 1000, Optional.of(500L)),
                Apportionment.Unit.of("中村", 600), Apportionment.Unit.of("小村", 10), Apportionment.Unit.of("微村", 5));
        List<Apportionment.Share> shares = Apportionment.byTotal(units, 1000, 20);
        assertEquals(List.of(500L, 460L, 20L, 20L), shares.stream().map(Apportionment.Share::task).toList());
        assertEquals(Apportionment.Basis.MINIMUM, shares.get(2).basis());
    }

    @Test
    void impossibleRequestsAreRefusedInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Apportionment.byTotal(zhuji(), 100, 10));
        assertEquals("保底任务 10 × 13 个单位 = 130，超过可分配的任务数 100", e.getMessage());
    }
}

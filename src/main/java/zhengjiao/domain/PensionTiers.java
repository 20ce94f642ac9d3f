package zhengjiao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a 两险 campaign counts the resident pension (城乡居民基本养老保险): the yearly tiers a person may pay, the
 * government's addition to each tier, the youngest age that may pay, and the amount the government pays for the
 * hardship groups (代缴). Money in fen.
 *
 * <p>Source: 峄城区 2024 (notice 003, 《峄城区2024年度城乡居民基本养老、基本医疗保险集中征缴工作实施方案》):
 * 三「参保对象和范围」— 居民养老保险：年满 16 周岁（不含在校学生）; 四（一）「个人缴费标准」— 每年 100、350、500、
 * 800、1000、3000、5000、8000 元 8 个档次，100 元档次只适用于重残、特困人员、低保对象和享受政策贫困人口；缴费标准为
 * 100 和 350 元的政府补贴 30 元，500 元的 60 元，800 元及以上的 80 元；对重度残疾人、特困人员、低保、扶贫户由政府
 * 为其代缴，每人每年 100 元. A campaign whose subsidy policy has a 养老保险 part uses that part instead
 * ({@link #of(Policy.Pension)}).
 *
 * @param tiersFen     the tiers, fen, ascending
 * @param additionsFen the government addition per tier, fen (a tier without one adds nothing)
 * @param minAge       the youngest age, in whole years on the day of payment, that may pay (16)
 * @param paidFen      the yearly amount the government pays for the hardship groups (代缴), fen
 */
public record PensionTiers(List<Long> tiersFen, Map<Long, Long> additionsFen, int minAge, long paidFen) {

    /** Notice 003 (峄城 2024), sections 三 and 四（一）. */
    public static final PensionTiers YICHENG_2024 = new PensionTiers(
            List.of(10_000L, 35_000L, 50_000L, 80_000L, 100_000L, 300_000L, 500_000L, 800_000L),
            Map.of(10_000L, 3_000L, 35_000L, 3_000L, 50_000L, 6_000L, 80_000L, 8_000L, 100_000L, 8_000L,
                    300_000L, 8_000L, 500_000L, 8_000L, 800_000L, 8_000L),
            16, 10_000L);

    public PensionTiers {
        tiersFen = tiersFen.stream().sorted().toList();
        additionsFen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(additionsFen,
                "additionsFen must not be null")));
        if (tiersFen.isEmpty()) {
            throw new IllegalArgumentException("a pension has at least one tier");
        }
    }

    /** The rules of a subsidy policy's 养老保险 part (tiers and additions in 元 there). */
    public static PensionTiers of(Policy.Pension p) {
        List<Long> tiers = new ArrayList<>();
        p.tiers().forEach(t -> tiers.add(fen(t)));
        Map<Long, Long> additions = new LinkedHashMap<>();
        p.additions().forEach((tier, add) -> additions.put(fen(tier), fen(add)));
        return new PensionTiers(tiers, additions, p.minAge(), fen(p.paidAmount()));
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    /** Whether {@code amountFen} is one of the tiers. */
    public boolean isTier(long amountFen) {
        return tiersFen.contains(amountFen);
    }

    /** The government's addition to a tier, fen; 0 for an amount that is no tier. */
    public long additionFen(long tierFen) {
        return additionsFen.getOrDefault(tierFen, 0L);
    }

    /** The tiers as 元 texts: 100、350 … */
    public List<String> tierLabels() {
        return tiersFen.stream().map(f -> BigDecimal.valueOf(f, 2).stripTrailingZeros().toPlainString()).toList();
    }
}

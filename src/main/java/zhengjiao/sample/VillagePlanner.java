package zhengjiao.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fixes the villages of a sample campaign: Zhuji's 13 published rows, invented villages for larger scales,
 * each village's completion rate and the three lagging villages.
 */
final class VillagePlanner {

    /** The largest scale: enough invented names remain unique below it. */
    static final int MAX_SCALE = 100;

    /** The task total the Zhuji notice states in its text (its table sums to 41851). */
    static final int STATED_TASK_TOTAL = 41850;

    static final int LAGGING_VILLAGES = 3;

    /** 朱集镇 2023 任务分解表 as published, errors included (双井村 4571; 双杨村 = 苗河村). */
    private static final String[] ZHUJI_NAMES = {
        "姜山村", "刘寨村", "潼山村", "红旗村", "双井村", "朱集村", "张家村",
        "星光村", "岳巷村", "双杨村", "苗河村", "固城村", "湖光村"};
    private static final int[] ZHUJI_POPULATION = {
        2251, 4711, 2791, 3758, 5184, 5367, 2570, 5348, 2805, 3228, 3228, 2165, 4141};
    private static final int[] ZHUJI_TASKS = {
        1981, 4146, 2456, 3307, 4571, 4723, 2262, 4706, 2468, 2841, 2841, 1905, 3644};

    private static final String NAME_FIRST =
            "东西南北大小高前后上下新老李王陈杨黄周吴孙马胡郭何林罗郑梁谢宋唐韩冯邓曹彭田董袁潘蒋蔡杜程苏魏吕丁"
            + "沈姚卢崔钟谭陆汪范金石贾夏孟秦邱江薛侯龙史陶贺顾毛郝邵万钱严武戴孔汤尚";
    private static final String NAME_SECOND = "庄集楼湖圩桥店营寨岗洼沟河庙园湾台塘圈郢坊窑滩铺林堡屯坝井口";

    private VillagePlanner() {
    }

    /** Village names that must never be invented: they are the unknown-village problem rows. */
    static Set<String> reservedNames() {
        return Set.of("红棋村", "朱集镇敬老院", "居民服务中心");
    }

    static List<SampleVillage> plan(SplittableRandom rng, int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("规模应在 1 到 " + MAX_SCALE + " 之间，实为 " + scale);
        }
        List<String> names = new ArrayList<>(List.of(ZHUJI_NAMES));
        List<Integer> population = new ArrayList<>();
        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < ZHUJI_NAMES.length; i++) {
            population.add(ZHUJI_POPULATION[i]);
            tasks.add(ZHUJI_TASKS[i]);
        }
        Set<String> used = new HashSet<>(names);
        used.addAll(reservedNames());
        int invented = ZHUJI_NAMES.length * (scale - 1);
        for (int i = 0; i < invented; i++) {
            String name = inventName(rng, used, "村");
            int pop = 1500 + rng.nextInt(4501);
            names.add(name);
            population.add(pop);
            tasks.add(roundHalfUpTimes088(pop));
        }
        boolean[] lagging = chooseLagging(rng, names.size());
        List<SampleVillage> villages = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            double completion = lagging[i] ? 0.70 + 0.12 * rng.nextDouble() : 0.88 + 0.15 * rng.nextDouble();
            int lagDays = lagging[i] ? 10 + rng.nextInt(9) : rng.nextInt(4);
            int payers = (int) Math.round(tasks.get(i) * completion);
            villages.add(new SampleVillage(i + 1, names.get(i), population.get(i), tasks.get(i), lagging[i],
                    lagDays, payers));
        }
        return List.copyOf(villages);
    }

    /** round-half-up(population x 0.88) in integer arithmetic. */
    static int roundHalfUpTimes088(int population) {
        return (population * 88 + 50) / 100;
    }

    /** An invented two-character name with a suffix (村 or 社区), not in {@code used}; adds it there. */
    static String inventName(SplittableRandom rng, Set<String> used, String suffix) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            char a = NAME_FIRST.charAt(rng.nextInt(NAME_FIRST.length()));
            char b = NAME_SECOND.charAt(rng.nextInt(NAME_SECOND.length()));
            String name = "" + a + b + suffix;
            if (a != b && used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("invented village names exhausted");
    }

    private static boolean[] chooseLagging(SplittableRandom rng, int count) {
        boolean[] lagging = new boolean[count];
        int chosen = 0;
        while (chosen < Math.min(LAGGING_VILLAGES, count)) {
            int i = rng.nextInt(count);
            if (!lagging[i]) {
                lagging[i] = true;
                chosen++;
            }
        }
        return lagging;
    }
}

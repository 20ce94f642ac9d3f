package zhengjiao.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fixes the towns of a county sample ({@link CountyPreset}): the preset's towns and sub-districts in the table's
 * order with invented populations, their tasks, completion rates, the lagging towns (three in 滕州市), and invented
 * village and community names (written in the dumps' village column, not matched at county level).
 */
final class CountyPlanner {

    /** The largest scale: about a real county (镇 52,000-112,000, 街道 120,000-160,000 people). */
    static final int MAX_SCALE = 40;

    static final int LAGGING_TOWNS = 3;

    /** 滕州市's 16 towns, then its 5 sub-districts. */
    static final List<String> TOWNS = List.of(
            "鲍沟镇", "滨湖镇", "柴胡店镇", "东郭镇", "大坞镇", "官桥镇", "洪绪镇", "界河镇", "级索镇", "姜屯镇", "龙阳镇",
            "木石镇", "南沙河镇", "西岗镇", "羊庄镇", "张汪镇", "北辛街道", "东沙河街道", "荆河街道", "龙泉街道", "善南街道");

    /** Town texts in the dumps that match no town: a development zone outside the table and a typo. */
    static final List<String> UNKNOWN_TOWNS = List.of("滕州市经济开发区", "龙泉街到");

    /**
     * The towns and the village texts the dumps use.
     *
     * @param towns               the towns in table order
     * @param villages            per town, its invented villages (镇) or communities (街道)
     * @param unknownTownVillages per unknown town, the village texts its people have
     */
    record Plan(List<SampleTown> towns, List<List<String>> villages, List<List<String>> unknownTownVillages) {

        Plan {
            towns = List.copyOf(towns);
            villages = villages.stream().map(List::copyOf).toList();
            unknownTownVillages = unknownTownVillages.stream().map(List::copyOf).toList();
            if (villages.size() != towns.size() || unknownTownVillages.size() != UNKNOWN_TOWNS.size()) {
                throw new IllegalArgumentException("one village list per town and per unknown town");
            }
        }
    }

    private CountyPlanner() {
    }

    /** 滕州市 2025 (the {@code --county} sample). */
    static Plan plan(SplittableRandom rng, int scale) {
        return plan(rng, CountyPreset.TENGZHOU_2025, scale);
    }

    static Plan plan(SplittableRandom rng, CountyPreset preset, int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("县级示例的规模应在 1 到 " + MAX_SCALE + " 之间，实为 " + scale);
        }
        List<String> names = preset.place().towns();
        CountyPreset.Shape shape = preset.shape();
        int[] population = new int[names.size()];
        for (int i = 0; i < population.length; i++) {
            int[] range = isSubDistrict(names.get(i)) ? shape.districtPopulation() : shape.townPopulation();
            population[i] = scale * (range[0] + rng.nextInt(range[1]));
        }
        Set<String> used = new HashSet<>();
        List<List<String>> villages = new ArrayList<>();
        for (String name : names) {
            villages.add(isSubDistrict(name)
                    ? invent(rng, used, shape.districtCommunities()[0] + rng.nextInt(shape.districtCommunities()[1]), "社区")
                    : invent(rng, used, shape.townVillages()[0] + rng.nextInt(shape.townVillages()[1]), "村"));
        }
        List<List<String>> unknownVillages = List.of(
                invent(rng, used, 4, "社区"), villages.get(names.indexOf(preset.place().typoOf())));
        boolean[] lagging = chooseLagging(rng, names.size(), shape.laggingTowns());
        double[] c = shape.completion();
        int[] lag = shape.lagDays();
        List<SampleTown> towns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double completion = lagging[i] ? c[0] + c[1] * rng.nextDouble() : c[2] + c[3] * rng.nextDouble();
            int lagDays = lagging[i] ? lag[0] + rng.nextInt(lag[1]) : rng.nextInt(lag[2]);
            int task = roundHalfUpTimes092(population[i]);
            towns.add(new SampleTown(i + 1, names.get(i), population[i], task, lagging[i], lagDays,
                    (int) Math.round(task * completion), 0));
        }
        return new Plan(towns, villages, unknownVillages);
    }

    /** round-half-up(population x 0.92) in integer arithmetic. */
    static int roundHalfUpTimes092(int population) {
        return (int) ((population * 92L + 50) / 100);
    }

    private static boolean isSubDistrict(String town) {
        return town.endsWith("街道");
    }

    private static List<String> invent(SplittableRandom rng, Set<String> used, int count, String suffix) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(VillagePlanner.inventName(rng, used, suffix));
        }
        return names;
    }

    private static boolean[] chooseLagging(SplittableRandom rng, int count, int laggingTowns) {
        boolean[] lagging = new boolean[count];
        int chosen = 0;
        while (chosen < laggingTowns) {
            int i = rng.nextInt(count);
            if (!lagging[i]) {
                lagging[i] = true;
                chosen++;
            }
        }
        return lagging;
    }
}

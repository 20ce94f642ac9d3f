package zhengjiao.decompose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties of the largest-remainder apportionment on random tables (jqwik prints the seed of a failure). */
class ApportionmentProperties {

    @Provide
    Arbitrary<List<Long>> populations() {
        return Arbitraries.longs().between(0, 20_000).list().ofMinSize(1).ofMaxSize(40)
                .filter(l -> l.stream().mapToLong(Long::longValue).sum() > 0);
    }

    private static List<Apportionment.Unit> units(List<Long> pops) {
        List<Apportionment.Unit> units = new ArrayList<>();
        for (int i = 0; i < pops.size(); i++) {
            units.add(Apportionment.Unit.of("村" + i, pops.get(i)));
        }
        return units;
    }

    @Property
    void partsSumToTheTotal(@ForAll("populations") List<Long> pops, @ForAll @LongRange(min = 0, max = 500_000) long total) {
        long sum = Apportionment.byTotal(units(pops), total, 0).stream().mapToLong(Apportionment.Share::task).sum();
        if (sum != total) {
            throw new AssertionError("sum " + sum + " != " + total);
        }
    }

    @Property
    void eachPartIsTheFloorOrCeilingOfItsQuota(@ForAll("populations") List<Long> pops,
                                               @ForAll @LongRange(min = 0, max = 500_000) long total) {
        long popSum = pops.stream().mapToLong(Long::longValue).sum();
        for (Apportionment.Share s : Apportionment.byTotal(units(pops), total, 0)) {
            long floor = Math.floorDiv(total * s.unit().population(), popSum);
            boolean exact = (total * s.unit().population()) % popSum == 0;
            long ceil = exact ? floor : floor + 1;
            if (s.task() != floor && s.task() != ceil) {
                throw new AssertionError(s + " not in [" + floor + ", " + ceil + "]");
            }
        }
    }

    @Property
    void equalPopulationsDifferByAtMostOne(@ForAll("populations") List<Long> pops,
                                           @ForAll @LongRange(min = 0, max = 500_000) long total) {
        Map<Long, List<Long>> byPop = new HashMap<>();
        for (Apportionment.Share s : Apportionment.byTotal(units(pops), total, 0)) {
            byPop.computeIfAbsent(s.unit().population(), p -> new ArrayList<>()).add(s.task());
        }
        for (List<Long> tasks : byPop.values()) {
            if (Collections.max(tasks) - Collections.min(tasks) > 1) {
                throw new AssertionError(tasks.toString());
            }
        }
    }

    @Property
    void theResultDoesNotDependOnTheOrderOfRows(@ForAll("populations") List<Long> pops,
                                                @ForAll @LongRange(min = 0, max = 500_000) long total,
                                                @ForAll long shuffleSeed) {
        List<Apportionment.Unit> units = units(pops);
        List<Apportionment.Unit> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        Map<String, Long> a = new HashMap<>();
        Apportionment.byTotal(units, total, 0).forEach(s -> a.put(s.unit().name(), s.task()));
        Map<String, Long> b = new HashMap<>();
        Apportionment.byTotal(shuffled, total, 0).forEach(s -> b.put(s.unit().name(), s.task()));
        if (!a.equals(b)) {
            throw new AssertionError(a + " vs " + b);
        }
    }

    @Property
    void minimumAndFixedTasksHoldAndTheSumIsStillTheTotal(@ForAll("populations") List<Long> pops,
                                                          @ForAll @IntRange(min = 0, max = 50) int minimum,
                                                          @ForAll @LongRange(min = 0, max = 300) long fixedTask) {
        net.jqwik.api.Assume.that(pops.size() >= 2);
        List<Apportionment.Unit> units = new ArrayList<>(units(pops));
        units.set(0, new Apportionment.Unit(units.get(0).name(), units.get(0).population(), java.util.Optional.of(fixedTask)));
        long total = fixedTask + (long) minimum * (units.size() - 1) + 1000;
        List<Apportionment.Share> shares;
        try {
            shares = Apportionment.byTotal(units, total, minimum);
        } catch (IllegalArgumentException e) {
            // only when no free unit has any population to apportion by
            if (units.stream().skip(1).mapToLong(Apportionment.Unit::population).sum() > 0) {
                throw e;
            }
            return;
        }
        if (shares.stream().mapToLong(Apportionment.Share::task).sum() != total || shares.get(0).task() != fixedTask) {
            throw new AssertionError(shares.toString());
        }
        for (Apportionment.Share s : shares.subList(1, shares.size())) {
            if (s.task() < minimum) {
                throw new AssertionError(s + " below minimum " + minimum);
            }
        }
    }

    @Property(tries = 50)
    void tooSmallTotalsForTheMinimumAreRefused(@ForAll @Size(min = 2, max = 10) List<@LongRange(min = 1, max = 100) Long> pops) {
        try {
            Apportionment.byTotal(units(pops), pops.size() - 1, 1);
            throw new AssertionError("accepted");
        } catch (IllegalArgumentException expected) {
            // refused as it should be
        }
    }

}

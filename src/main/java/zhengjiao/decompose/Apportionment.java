package zhengjiao.decompose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Apportionment of a whole total over units in proportion to population, by the largest-remainder
 * (Hamilton) method, so that the parts sum to exactly the total.
 *
 * <p>Each free unit first gets the whole part of its quota total x population / population sum; the seats
 * left over go one each to the units with the largest remainders. <b>Tie rule</b>, fixed and independent of
 * the rows' order: equal remainders go to the larger population first, then to the name that sorts first
 * (Unicode order). Units with a fixed task keep it and are taken out before apportioning; with a minimum,
 * units whose quota falls below it get the minimum and the rest is apportioned again among the others,
 * until no quota is below the minimum. All arithmetic is exact (integers).
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * A unit to apportion to.
     *
     * @param name       unique name
     * @param population its population (>= 0)
     * @param fixed      a task set from above, if any
     */
    public record Unit(String name, long population, Optional<Long> fixed) {
        public Unit {
            Objects.requireNonNull(name, "name must not be null");
            if (population < 0) {
                throw new IllegalArgumentException("population must not be negative: " + name);
            }
        }

        public static Unit of(String name, long population) {
            return new Unit(name, population, Optional.empty());
        }
    }

    /** How a unit's task came about. */
    public enum Basis { FIXED, MINIMUM, QUOTA }

    /**
     * A unit's task.
     *
     * @param unit  the unit
     * @param task  its task
     * @param basis why
     */
    public record Share(Unit unit, long task, Basis basis) {
    }

    /** Apportions {@code total} over {@code units} (input order kept in the result). */
    public static List<Share> byTotal(List<Unit> units, long total, long minimum) {
        if (total < 0 || minimum < 0) {
            throw new IllegalArgumentException("总任务数和保底任务数不能为负数");
        }
        long fixedSum = units.stream().flatMap(u -> u.fixed().stream()).mapToLong(Long::longValue).sum();
        long remaining = total - fixedSum;
        if (remaining < 0) {
            throw new IllegalArgumentException("固定任务合计 " + fixedSum + " 已超过总任务数 " + total);
        }
        List<Unit> free = units.stream().filter(u -> u.fixed().isEmpty()).toList();
        if (free.isEmpty()) {
            if (remaining != 0) {
                throw new IllegalArgumentException("所有单位都有固定任务，合计 " + fixedSum + "，与总任务数 " + total + " 不等");
            }
            return units.stream().map(u -> new Share(u, u.fixed().orElseThrow(), Basis.FIXED)).toList();
        }
        if (minimum * free.size() > remaining) {
            throw new IllegalArgumentException("保底任务 " + minimum + " × " + free.size() + " 个单位 = " + minimum * free.size()
                    + "，超过可分配的任务数 " + remaining);
        }
        List<Unit> atMinimum = new ArrayList<>();
        List<Unit> rest = new ArrayList<>(free);
        while (true) {
            long seats = remaining - minimum * atMinimum.size();
            long pop = rest.stream().mapToLong(Unit::population).sum();
            List<Unit> below = new ArrayList<>();
            for (Unit u : rest) {
                // quota < minimum  <=>  seats * population < minimum * pop
                if (pop == 0 || Math.multiplyExact(seats, u.population()) < Math.multiplyExact(minimum, pop)) {
                    below.add(u);
                }
            }
            if (below.isEmpty() || minimum == 0) {
                break;
            }
            atMinimum.addAll(below);
            rest.removeAll(below);
            if (rest.isEmpty()) {
                break;
            }
        }
        long seats = remaining - minimum * atMinimum.size();
        java.util.Map<String, Long> tasks = hamilton(rest, seats);
        List<Share> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.fixed().isPresent()) {
                out.add(new Share(u, u.fixed().get(), Basis.FIXED));
            } else if (atMinimum.contains(u)) {
                out.add(new Share(u, minimum, Basis.MINIMUM));
            } else {
                out.add(new Share(u, tasks.get(u.name()), Basis.QUOTA));
            }
        }
        return out;
    }

    private static java.util.Map<String, Long> hamilton(List<Unit> units, long seats) {
        java.util.Map<String, Long> tasks = new java.util.HashMap<>();
        if (units.isEmpty()) {
            if (seats != 0) {
                throw new IllegalArgumentException("没有可分配的单位");
            }
            return tasks;
        }
        long pop = units.stream().mapToLong(Unit::population).sum();
        if (pop == 0) {
            throw new IllegalArgumentException("参与分配的单位人口合计为 0，无法按人口比例分配");
        }
        record Part(Unit unit, long whole, long remainder) {
        }
        List<Part> parts = new ArrayList<>();
        long given = 0;
        for (Unit u : units) {
            long numerator = Math.multiplyExact(seats, u.population());
            parts.add(new Part(u, numerator / pop, numerator % pop));
            given += numerator / pop;
        }
        parts.sort(Comparator.comparingLong(Part::remainder).reversed()
                .thenComparing(Comparator.comparingLong((Part p) -> p.unit().population()).reversed())
                .thenComparing(p -> p.unit().name()));
        long left = seats - given;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            tasks.put(p.unit().name(), p.whole() + (i < left ? 1 : 0));
        }
        return tasks;
    }

    /** Each unit gets round-half-up(population x rate); fixed tasks are kept. */
    public static List<Share> byRate(List<Unit> units, java.math.BigDecimal rate) {
        List<Share> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.fixed().isPresent()) {
                out.add(new Share(u, u.fixed().get(), Basis.FIXED));
            } else {
                long task = java.math.BigDecimal.valueOf(u.population()).multiply(rate)
                        .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
                out.add(new Share(u, task, Basis.QUOTA));
            }
        }
        return out;
    }
}

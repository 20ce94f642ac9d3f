package zhengjiao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import zhengjiao.domain.SupervisionGroup;

/**
 * The supervision-group bulletin (督查分组通报): each group's towns with their figures and their rank among all
 * towns, the group's combined completion and its lowest-ranked town.
 *
 * @param report the county's weekly ranking of towns
 * @param groups the groups with their towns' lines
 */
public record GroupBulletin(WeeklyReport report, List<Group> groups) {

    public GroupBulletin {
        groups = List.copyOf(groups);
    }

    /**
     * One group.
     *
     * @param group  the group
     * @param towns  its towns' ranking lines, in rank order
     * @param total  the group's sums
     * @param lowest its lowest-ranked town
     */
    public record Group(SupervisionGroup group, List<RankedUnit> towns, WeeklyReport.Total total, RankedUnit lowest) {
        public Group {
            towns = List.copyOf(towns);
        }
    }

    /**
     * Each group's rank among the groups by its combined completion rate (本组完成率), highest first, equal rates
     * sharing a rank, in the order of {@link #groups}.
     */
    public List<Integer> ranks() {
        return java.util.Arrays.stream(Ranking.ranks(groups.stream().map(g -> g.total().rate()).toList())).boxed().toList();
    }

    /**
     * The bulletin of {@code report}'s towns: for a 两险 campaign (notice 003) build one from the medical ranking and one
     * from the pension ranking ({@code PensionProgress.ranking()}), the same groups in the same order.
     *
     * @param report the county's ranking of towns (one insurance)
     * @param groups the supervision groups, every town of the ranking in exactly one
     */
    public static GroupBulletin build(WeeklyReport report, List<SupervisionGroup> groups) {
        Map<String, RankedUnit> byTown = report.units().stream()
                .collect(Collectors.toMap(RankedUnit::name, Function.identity()));
        List<Group> out = new ArrayList<>();
        for (SupervisionGroup g : groups) {
            List<RankedUnit> towns = g.towns().stream().map(byTown::get)
                    .sorted(Comparator.comparingInt(RankedUnit::rank).thenComparingInt(RankedUnit::seq)).toList();
            int paid = towns.stream().mapToInt(RankedUnit::paid).sum();
            int government = towns.stream().mapToInt(RankedUnit::government).sum();
            WeeklyReport.Total total = new WeeklyReport.Total(towns.stream().mapToInt(RankedUnit::task).sum(), paid,
                    paid - government, government, towns.stream().mapToInt(RankedUnit::newThisWeek).sum());
            out.add(new Group(g, towns, total, towns.isEmpty() ? null : towns.get(towns.size() - 1)));
        }
        return new GroupBulletin(report, out);
    }
}

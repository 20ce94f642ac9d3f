package zhengjiao.report;

/**
 * One village's line in the weekly ranking.
 *
 * @param seq          序号 in the task table
 * @param name         村名
 * @param task         任务数
 * @param paid         缴费人数 on the report date
 * @param selfPaid     of which paid by themselves
 * @param government   of which paid by the government (代缴)
 * @param rate         完成率
 * @param rank         排名 (equal rates share a rank: 1, 2, 2, 4)
 * @param newThisWeek  本周新增: paid now minus paid one period (7 days, or {@code period}) earlier
 * @param previousRank 上周排名: the rank one period earlier
 * @param rankChange   排名变化: previous rank minus rank (positive = moved up)
 * @param bottomNow    in the bottom places this week
 * @param bottomBefore in the bottom places the week before
 * @param period       the comparison period (7 days for 本周, 1 for 本日): it words the remark
 */
public record RankedUnit(int seq, String name, int task, int paid, int selfPaid, int government, Rate rate, int rank,
                         int newThisWeek, int previousRank, int rankChange, boolean bottomNow, boolean bottomBefore,
                         Period period) {

    /** A line of the weekly circular (7 days). */
    public RankedUnit(int seq, String name, int task, int paid, int selfPaid, int government, Rate rate, int rank,
                      int newThisWeek, int previousRank, int rankChange, boolean bottomNow, boolean bottomBefore) {
        this(seq, name, task, paid, selfPaid, government, rate, rank, newThisWeek, previousRank, rankChange, bottomNow,
                bottomBefore, Period.WEEK);
    }

    /** In the bottom places two weeks in a row: to be called in for a talk (约谈). */
    public boolean calledIn() {
        return bottomNow && bottomBefore;
    }

    /** Whether the village has reached its task. */
    public boolean taskMet() {
        return task > 0 && paid >= task;
    }

    /** The 备注 text of the circular: 连续两周排名靠后，约谈 (连续两日… in a daily circular), 排名靠后 or 已完成任务. */
    public String remark() {
        if (calledIn()) {
            return period.twoRunning() + "排名靠后，约谈";
        }
        if (bottomNow) {
            return "排名靠后";
        }
        return taskMet() ? "已完成任务" : "";
    }
}

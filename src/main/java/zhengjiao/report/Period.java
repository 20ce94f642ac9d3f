package zhengjiao.report;

import java.util.Map;

/**
 * The comparison period of a ranking circular: a report on day D compares with the same report {@code days} days
 * earlier (新增 = paid on D minus paid on D − days; 上期排名 = the ranking on D − days). Weekly circulars (周通报、周排名,
 * the notices' default) use 7 days; many counties issue daily reports (日通报) in a campaign's last weeks, with 1 day.
 * The words every output uses come from here: 本周 / 本日 / 近N日.
 *
 * @param days the length of the period in days, at least 1
 */
public record Period(int days) {

    /** The weekly circular of the notices (周通报): 7 days. */
    public static final Period WEEK = new Period(7);

    public Period {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
    }

    /** This period: 本周, 本日 or 近N日. */
    public String current() {
        return switch (days) {
            case 7 -> "本周";
            case 1 -> "本日";
            default -> "近" + days + "日";
        };
    }

    /** The period before, as in 上周排名: 上周, 昨日 or N日前. */
    public String previous() {
        return switch (days) {
            case 7 -> "上周";
            case 1 -> "昨日";
            default -> days + "日前";
        };
    }

    /** Two periods running, as in 连续两周排名靠后: 连续两周, 连续两日 or 连续两期. */
    public String twoRunning() {
        return switch (days) {
            case 7 -> "连续两周";
            case 1 -> "连续两日";
            default -> "连续两期";
        };
    }

    /** The circular's name: 周通报, 日通报 or 通报. */
    public String circular() {
        return switch (days) {
            case 7 -> "周通报";
            case 1 -> "日通报";
            default -> "通报";
        };
    }

    /** 本周新增 / 本日新增 / 近N日新增: the header of the new-payers column. */
    public String added() {
        return current() + "新增";
    }

    /** 上周排名 / 昨日排名 / N日前排名: the header of the previous-rank column. */
    public String previousRank() {
        return previous() + "排名";
    }

    /**
     * The column headers for the workbook templates ({@code ${labels.added}}, {@code ${labels.previousRank}}) and the
     * words for the text templates.
     */
    public Map<String, String> labels() {
        return Map.of("added", added(), "previousRank", previousRank(), "current", current(), "previous", previous(),
                "twoRunning", twoRunning(), "circular", circular());
    }
}

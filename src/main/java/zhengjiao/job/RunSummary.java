package zhengjiao.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.Redact;
import zhengjiao.reconcile.FileStats;
import zhengjiao.reconcile.Ledger;
import zhengjiao.report.WeeklyReport;

/**
 * The few lines a run ends with, in Chinese: how many payers counted, unmatched place names with the task-table
 * name they most likely meant, invalid IDs, duplicates, refunds, doubtful dates, and a task total that differs
 * from the settings. Quoted texts from the user's files go through {@link Redact#quote}; no resident ID appears.
 */
public final class RunSummary {

    /** Unmatched names listed one by one; the rest are counted. */
    static final int NAMES_LISTED = 10;

    private RunSummary() {
    }

    /**
     * The summary lines of a run on {@code asOf} (the checklist named as where the details are); {@code cutTexts} is
     * how many texts of the dumps and the roster were cut to fit a cell.
     */
    public static List<String> lines(Ledger ledger, WeeklyReport weekly, LocalDate asOf, long cutTexts, String checklist) {
        List<String> out = new ArrayList<>();
        String unit = switch (weekly.level()) {
            case VILLAGES -> "村居";
            case TOWNS -> "镇街";
            case TOWN_VILLAGES -> "镇街/村居";
        };
        out.add("统计截止 " + asOf + "：计入缴费人 " + weekly.total().paid() + " 人，任务数 " + weekly.total().task()
                + "，完成率 " + weekly.total().rate().percent() + (weekly.unmatchedTotal() > 0
                ? "（其中" + unit + "未匹配 " + weekly.unmatchedTotal() + " 人）" : ""));
        if (weekly.total().paid() == 0) {
            out.add("  截至统计日还没有计入的缴费人：排名全为 0，未缴费提醒名单为整个参保台账（如有），公示名单暂无名单");
        }
        if (!weekly.unmatched().isEmpty()) {
            List<Map.Entry<String, Integer>> names = weekly.unmatched().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            List<String> shown = new ArrayList<>();
            for (Map.Entry<String, Integer> e : names.subList(0, Math.min(NAMES_LISTED, names.size()))) {
                shown.add("「" + Redact.quote(e.getKey()) + "」" + e.getValue() + " 人"
                        + ledger.nearestPlace(e.getKey()).map(n -> "（是否为 " + n + "？）").orElse(""));
            }
            out.add("  " + unit + "名称与任务分解表对不上：" + String.join("，", shown)
                    + (names.size() > NAMES_LISTED ? "，另有 " + (names.size() - NAMES_LISTED) + " 个名称" : ""));
        }
        List<String> rows = new ArrayList<>();
        count(rows, ledger, Exclusion.Kind.INVALID_ID, "证件号码无效 %d 行");
        count(rows, ledger, Exclusion.Kind.UNREADABLE, "日期或金额无法识别 %d 行");
        int duplicates = ledger.duplicates(asOf).size();
        if (duplicates > 0) {
            rows.add("重复缴费 " + duplicates + " 人");
        }
        long refunds = ledger.refunds(asOf).stream().mapToLong(c -> c.payments().stream().filter(p -> p.amountFen() < 0).count())
                .sum();
        if (refunds > 0) {
            rows.add("退费 " + refunds + " 笔");
        }
        count(rows, ledger, Exclusion.Kind.FUTURE_DATE, "缴费日期晚于今天 %d 行（不计入）");
        count(rows, ledger, Exclusion.Kind.OTHER_INSURANCE, "非本险种 %d 行");
        count(rows, ledger, Exclusion.Kind.OTHER_YEAR, "非本年度 %d 行");
        count(rows, ledger, Exclusion.Kind.OTHER_TOWN, "其他乡镇 %d 行");
        if (!ledger.lateRows().isEmpty()) {
            LocalDate latest = ledger.lateRows().stream().map(Ledger.LateRow::date).max(Comparator.naturalOrder()).orElseThrow();
            rows.add("缴费日期晚于 " + Ledger.lateLimit(ledger.settings()) + " 的 " + ledger.lateRows().size()
                    + " 笔（最晚 " + latest + "，未用于确定统计日期）");
        }
        if (cutTexts > 0) {
            rows.add("超过 Excel 单元格上限而截断的文字 " + cutTexts + " 处");
        }
        if (!rows.isEmpty()) {
            out.add("  " + String.join("；", rows));
        }
        ledger.settings().statedTotal().filter(t -> t != ledger.table().totalTask()).ifPresent(t ->
                out.add("  任务分解表各行合计 " + ledger.table().totalTask() + "，与设置「任务总数」" + t + " 不符"));
        if (out.size() > 1) {
            out.add("  详见 " + checklist);
        }
        return out;
    }

    private static void count(List<String> rows, Ledger ledger, Exclusion.Kind kind, String format) {
        int n = ledger.files().stream().mapToInt((FileStats f) -> f.excluded(kind)).sum();
        if (n > 0) {
            rows.add(String.format(format, n));
        }
    }
}

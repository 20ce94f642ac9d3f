package zhengjiao.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import zhengjiao.domain.Settings;
import zhengjiao.report.Briefing;
import zhengjiao.report.Period;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.WeeklyReport;

/**
 * The words of the leader's briefing, the same in its workbook and its Word copy: the title, the headline figures and
 * the short paragraphs under the charts. Figures are the ranking's, formatted as the ranking shows them.
 *
 * @param title     e.g. 朱集镇2023年度居民医保征缴领导简报（截至2023年1月31日）
 * @param headlines label and value of each headline figure
 * @param notes     the paragraphs: units behind, forecast, ranking, risks
 */
record BriefingText(String title, List<Headline> headlines, List<String> notes) {

    BriefingText {
        headlines = List.copyOf(headlines);
        notes = List.copyOf(notes);
    }

    /**
     * With a line on the adjusted coverage when returned reminder lists give the unpaid people's reasons: roster
     * people who have paid ÷ (the roster less those whose reason takes them out), beside — not instead of — the task
     * rate of the headlines (issue: the unpaid ledger; one value per figure, exact, rounded only when shown).
     */
    BriefingText withAdjusted(java.util.Optional<zhengjiao.report.UnpaidLedger> unpaid) {
        if (unpaid.isEmpty() || unpaid.get().villages().isEmpty()) {
            return this;
        }
        long roster = 0;
        long covered = 0;
        long out = 0;
        for (zhengjiao.report.UnpaidLedger.VillageReasons v : unpaid.get().villages()) {
            roster += v.roster();
            covered += v.covered();
            out += v.out();
        }
        zhengjiao.report.Rate adjusted = new zhengjiao.report.Rate(covered, roster - out);
        List<String> more = new java.util.ArrayList<>(notes);
        more.add("未参保台账：参保率（调整后）" + (adjusted.defined() ? adjusted.percent() : "—") + "（台账 " + roster + " 人中已缴费 "
                + covered + " 人；因在外地参保、参加职工医保、参军、服刑、死亡、重复人员等不计入应参保 " + out
                + " 人），与按任务数计算的完成率并列，不代替完成率。");
        return new BriefingText(title, headlines, more);
    }

    /**
     * With the pension's figures of a 两险 campaign (notice 003 collects both together): a line with its payers, task,
     * rate and new payers, the units in its bottom places, the government's additions and 代缴; unchanged without one.
     */
    BriefingText withPension(java.util.Optional<zhengjiao.report.PensionProgress> pension) {
        if (pension.isEmpty()) {
            return this;
        }
        zhengjiao.report.PensionProgress p = pension.get();
        WeeklyReport r = p.ranking();
        WeeklyReport.Total t = r.total();
        List<RankedUnit> bottom = r.units().stream().filter(RankedUnit::bottomNow).toList();
        List<String> more = new java.util.ArrayList<>(notes);
        more.add("居民养老保险：缴费 " + t.paid() + " / 任务 " + t.task() + " 人，完成率 " + t.rate().percent() + "，"
                + r.period().added() + " " + t.newThisWeek() + " 人" + (bottom.isEmpty() ? "" : "；排名末" + r.settings().bottomPlaces()
                + "位：" + names(bottom)) + "；政府补贴 " + BigDecimal.valueOf(p.total().additionFen(), 2).stripTrailingZeros()
                .toPlainString() + " 元，政府代缴 " + p.total().governmentPaid() + " 人；未满 " + p.rules().minAge()
                + " 周岁或不是规定档次的缴费 " + p.problems().size() + " 笔未计入（见周排名通报）。");
        return new BriefingText(title, headlines, more);
    }

    /**
     * One headline figure.
     *
     * @param label e.g. 完成率
     * @param value e.g. 92.63%
     */
    record Headline(String label, String value) {
    }

    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

    static BriefingText of(Briefing b) {
        WeeklyReport r = b.report();
        Settings s = r.settings();
        Period p = r.period();
        String unit = r.level().isCounty() ? "镇街" : "村";
        WeeklyReport.Total t = r.total();
        List<Headline> heads = new ArrayList<>();
        heads.add(new Headline("缴费人数 / 任务数", t.paid() + " / " + t.task()));
        heads.add(new Headline("完成率", t.rate().percent()));
        heads.add(new Headline(p.added(), t.newThisWeek() + " 人"));
        heads.add(new Headline("距征缴截止（" + s.windowEnd().format(MONTH_DAY) + "）", b.daysLeft() > 0 ? b.daysLeft() + " 天" : "已结束"));
        heads.add(new Headline("每天需新增", b.forecast().met() ? "已完成任务" : b.neededPerDay() > 0 ? b.neededPerDay() + " 人" : "—"));
        heads.add(new Headline("时间进度", b.timeProgress().percent()));

        List<String> notes = new ArrayList<>();
        notes.add(b.behindPace().isEmpty() ? "各" + unit + "完成率均不低于时间进度（" + b.timeProgress().percent() + "）。"
                : "低于时间进度（" + b.timeProgress().percent() + "）的" + unit + "（" + b.behindPace().size() + "个）："
                + String.join("、", b.behindPace().stream().map(u -> u.name() + "（" + u.rate().percent() + "）").toList()) + "。");
        notes.add(forecast(b));
        List<RankedUnit> bottom = r.units().stream().filter(RankedUnit::bottomNow).toList();
        List<RankedUnit> calledIn = r.units().stream().filter(RankedUnit::calledIn).toList();
        if (!bottom.isEmpty()) {
            notes.add(p.current() + "排名末" + s.bottomPlaces() + "位：" + names(bottom)
                    + (calledIn.isEmpty() ? "" : "；其中" + p.twoRunning() + "靠后、应约谈：" + names(calledIn)) + "。");
        }
        Briefing.Risks risks = b.risks();
        StringBuilder risk = new StringBuilder("需核实：" + (r.level().isCounty() ? "镇街" : "村居") + "名称与任务分解表不符（未匹配）"
                + risks.unmatched() + "人；重复缴费" + risks.duplicates() + "人");
        risks.specialUnpaid().ifPresent(n -> risk.append("；部门名单人员截至").append(r.asOf().format(MONTH_DAY))
                .append("未缴费").append(n).append("人（漏保风险）"));
        risk.append("（明细见核对清单）。");
        notes.add(risk.toString());
        String title = s.jurisdiction() + s.policyYear() + "年度居民医保征缴领导简报（截至" + Reports.chineseDay(r.asOf()) + "）";
        return new BriefingText(title, heads, notes);
    }

    private static String forecast(Briefing b) {
        Briefing.Forecast f = b.forecast();
        if (f.met()) {
            return "已完成任务。";
        }
        String pace = "近" + Briefing.FORECAST_DAYS + "日新增" + f.recentAdded() + "人";
        if (f.finish().isEmpty() || f.finish().get().isAfter(b.report().asOf().plusYears(1))) {
            return pace + "，按此进度一年内无法完成任务（尚差" + f.remaining() + "人）。";
        }
        BigDecimal perDay = BigDecimal.valueOf(f.recentAdded()).divide(BigDecimal.valueOf(Briefing.FORECAST_DAYS), 1, RoundingMode.HALF_UP);
        java.time.LocalDate end = b.report().settings().windowEnd();
        java.time.LocalDate finish = f.finish().get();
        String when = Reports.chineseDay(finish);
        String relative = finish.isAfter(end) ? "，比征缴截止晚" + (finish.toEpochDay() - end.toEpochDay()) + "天" : "，早于征缴截止";
        return pace + "（日均" + perDay.toPlainString() + "人），按此进度预计" + when + "完成任务（尚差" + f.remaining() + "人）"
                + relative + "。";
    }

    private static String names(List<RankedUnit> units) {
        return String.join("、", units.stream().map(RankedUnit::name).toList());
    }
}

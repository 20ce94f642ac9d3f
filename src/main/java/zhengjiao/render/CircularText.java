package zhengjiao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import zhengjiao.domain.Settings;
import zhengjiao.report.Allowance;
import zhengjiao.report.Briefing;
import zhengjiao.report.GroupBulletin;
import zhengjiao.report.Period;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.WeeklyReport;

/**
 * The words of the circular document (周通报 as 公文): its 版头 and 落款, and the body as a row of paragraphs, headings
 * and the ranking table, in the order the notices ask for — overall progress, the ranking, the leading units, the
 * units behind (排名靠后; 约谈 of those in the bottom places two periods running, per 朱集 2023: “对连续两周排名落后的村
 * 进行约谈”), at the end of the window the units that missed the task (通报批评; “对未完成筹资任务的村进行通报批评，
 * 村书记向党委政府作出深刻检查”), at county level each supervision group's towns. Every figure is the ranking's,
 * formatted as the ranking workbook shows it (完成率 via {@link zhengjiao.report.Rate#percent()}).
 *
 * @param mark       发文机关标志: the issuing organ + 文件
 * @param number     发文字号, or empty
 * @param title      标题
 * @param recipients 主送机关, ending in a full-width colon
 * @param blocks     the body
 * @param organ      发文机关署名 (落款)
 * @param date       成文日期 in Arabic numerals (2022年11月22日): the report date
 */
record CircularText(String mark, String number, String title, String recipients, List<Block> blocks, String organ,
                    String date) {

    CircularText {
        blocks = List.copyOf(blocks);
    }

    /** What a block of the body is. */
    enum Kind { PARAGRAPH, HEADING, SUBHEADING, TABLE }

    /**
     * A block of the body.
     *
     * @param kind   paragraph, heading (一、), sub-heading (（一）) or the ranking table
     * @param text   the paragraph's text (empty for a table)
     * @param header a table's variable headers: the unit (村名 / 镇街), 本周新增, 上周排名
     * @param rows   a table's lines
     */
    record Block(Kind kind, String text, List<String> header, List<Line> rows) {
        Block {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, List.of(), List.of());
        }

        static Block heading(String text) {
            return new Block(Kind.HEADING, text, List.of(), List.of());
        }

        static Block subheading(String text) {
            return new Block(Kind.SUBHEADING, text, List.of(), List.of());
        }
    }

    /**
     * One line of the ranking table, as text.
     *
     * @param cells 排名, 名称, 任务数, 缴费人数, 完成率, 新增, 上期, 变化, 备注
     * @param bold  the 合计 line
     */
    record Line(List<String> cells, boolean bold) {
        static final List<String> KEYS = List.of("排名", "名称", "任务数", "缴费人数", "完成率", "新增", "上期", "变化", "备注");

        Line {
            cells = List.copyOf(cells);
            if (cells.size() != KEYS.size()) {
                throw new IllegalArgumentException("a line has " + KEYS.size() + " cells, not " + cells.size());
            }
        }

        /** The template cell's text with each {{key}} replaced. */
        String fill(String template) {
            String out = template;
            for (int i = 0; i < KEYS.size(); i++) {
                out = out.replace("{{" + KEYS.get(i) + "}}", cells.get(i));
            }
            return out;
        }
    }

    /**
     * Everything the circular says.
     *
     * @param report    the ranking
     * @param briefing  the derived figures (days left, needed per day, time progress)
     * @param allowance the work allowance
     * @param assessed  when the window has ended: the ranking on the assessment date (or the report date, if earlier)
     * @param groups    at county level with a group table: the supervision groups
     * @param pension   a 两险 campaign's pension progress (notice 003): its own section with its ranking table
     */
    record Sources(WeeklyReport report, Briefing briefing, Allowance allowance, Optional<WeeklyReport> assessed,
                   Optional<GroupBulletin> groups, Optional<zhengjiao.report.PensionProgress> pension) {
        Sources {
            Objects.requireNonNull(report, "report must not be null");
            pension = pension == null ? Optional.empty() : pension;
        }

        /** A campaign of one insurance. */
        Sources(WeeklyReport report, Briefing briefing, Allowance allowance, Optional<WeeklyReport> assessed,
                Optional<GroupBulletin> groups) {
            this(report, briefing, allowance, assessed, groups, Optional.empty());
        }
    }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** The circular of {@code src}. */
    static CircularText of(Sources src) {
        WeeklyReport r = src.report();
        Settings s = r.settings();
        Period period = r.period();
        boolean county = r.level().isCounty();
        String unit = county ? "镇街" : "村";
        String whole = "全" + s.jurisdiction().substring(s.jurisdiction().length() - 1);
        String asOf = Reports.chineseDay(r.asOf());
        Briefing b = src.briefing();
        List<Block> blocks = new ArrayList<>();
        int[] section = {0};
        java.util.function.Function<String, String> h = t -> NUMERALS[Math.min(section[0]++, NUMERALS.length - 1)] + "、" + t;

        boolean both = src.pension().isPresent();
        blocks.add(Block.paragraph("为及时掌握" + whole + s.policyYear() + (both ? "年度城乡居民基本医疗保险（以下简称居民医保）、"
                + "城乡居民基本养老保险（以下简称居民养老）" : "年度城乡居民基本医疗保险（以下简称居民医保）") + "参保缴费进度，推动各"
                + unit + "按时完成征缴任务，现将截至" + asOf + "的征缴情况通报如下" + (both ? "（一至" + (src.assessed().isPresent()
                ? "五" : "四") + "为居民医保）" : "") + "。"));

        blocks.add(Block.heading(h.apply("总体进度")));
        WeeklyReport.Total t = r.total();
        int remaining = Math.max(0, t.task() - t.paid());
        StringBuilder overall = new StringBuilder("截至" + asOf + "（含当日），" + whole + "居民医保参保缴费任务" + t.task() + "人，已缴费"
                + t.paid() + "人（其中政府代缴" + t.government() + "人），完成率" + t.rate().percent()
                + (remaining > 0 ? "，尚差" + remaining + "人" : "，已完成任务") + "。" + period.current() + "新增缴费"
                + t.newThisWeek() + "人（与" + Reports.chineseDay(r.previous()) + "相比）。");
        if (b.daysLeft() > 0) {
            overall.append("距").append(Reports.chineseDay(s.windowEnd())).append("征缴截止还有").append(b.daysLeft())
                    .append("天，时间进度").append(b.timeProgress().percent());
            if (b.neededPerDay() > 0) {
                overall.append("，平均每天需新增缴费").append(b.neededPerDay()).append("人方能完成任务");
            }
            overall.append("。");
        } else {
            overall.append("征缴期已于").append(Reports.chineseDay(s.windowEnd())).append("结束。");
        }
        if (r.unmatchedTotal() > 0) {
            overall.append("另有").append(r.unmatchedTotal()).append("人缴费记录中的").append(county ? "镇街" : "村居")
                    .append("名称与任务分解表不符，暂未计入各").append(unit).append("，请核实归属（见核对清单）。");
        }
        blocks.add(Block.paragraph(overall.toString()));

        blocks.add(Block.heading(h.apply("各" + unit + "排名")));
        blocks.add(Block.paragraph("各" + unit + "完成情况见下表（按完成率从高到低排名，完成率相同名次相同；" + period.added() + "、"
                + period.previousRank() + "与" + Reports.chineseDay(r.previous()) + "比较）。"));
        blocks.add(table(r, county));

        blocks.add(Block.heading(h.apply("进度较快的" + unit)));
        List<RankedUnit> top = r.units().subList(0, Math.min(3, r.units().size()));
        StringBuilder lead = new StringBuilder("排名前" + top.size() + "位的是：" + withRates(top) + "。");
        List<RankedUnit> met = pick(r, RankedUnit::taskMet);
        if (!met.isEmpty()) {
            lead.append("已完成任务的有：").append(names(met)).append("，共").append(met.size()).append("个").append(unit).append("。");
        }
        List<RankedUnit> risers = pick(r, u -> u.rankChange() > 0);
        if (!risers.isEmpty()) {
            lead.append(period.current()).append("排名上升的有：").append(String.join("、",
                    risers.stream().map(u -> u.name() + "（上升" + u.rankChange() + "位）").toList())).append("。");
        }
        blocks.add(Block.paragraph(lead.toString()));

        blocks.add(Block.heading(h.apply("进度落后的" + unit)));
        List<RankedUnit> bottom = pick(r, RankedUnit::bottomNow);
        StringBuilder behind = new StringBuilder(bottom.isEmpty() ? period.current() + "无排名靠后的" + unit + "。"
                : period.current() + "排名末" + s.bottomPlaces() + "位的是：" + withRates(bottom) + "。请以上" + unit
                + "认真查找原因，加大宣传动员和一对一缴费提醒力度。");
        if (b.daysLeft() > 0 && !b.behindPace().isEmpty()) {
            behind.append("完成率低于时间进度（").append(b.timeProgress().percent()).append("）的有：")
                    .append(names(b.behindPace())).append("。");
        }
        blocks.add(Block.paragraph(behind.toString()));
        List<RankedUnit> calledIn = pick(r, RankedUnit::calledIn);
        if (!calledIn.isEmpty()) {
            blocks.add(Block.paragraph(names(calledIn) + period.twoRunning() + "排名靠后，按照“对" + period.twoRunning()
                    + "排名落后的" + unit + "进行约谈”的要求，予以约谈。"));
        }

        if (src.assessed().isPresent()) {
            WeeklyReport a = src.assessed().get();
            blocks.add(Block.heading(h.apply("未完成任务的" + unit)));
            List<RankedUnit> missed = a.units().stream().filter(u -> u.task() > 0 && !u.taskMet()).toList();
            String day = Reports.chineseDay(a.asOf());
            blocks.add(Block.paragraph(missed.isEmpty() ? "截至" + day + "（考核时间节点），各" + unit + "均已完成征缴任务。"
                    : "截至" + day + "（考核时间节点），下列" + unit + "未完成征缴任务，予以通报批评" + (county ? "" : "，村书记向党委政府作出深刻检查")
                    + "：" + String.join("、", missed.stream().map(u -> u.name() + "（完成率" + u.rate().percent() + "，差"
                    + (u.task() - u.paid()) + "人）").toList()) + "。"));
        }

        if (src.pension().isPresent()) {
            pension(src.pension().get(), blocks, h.apply("居民养老保险征缴情况"), county);
        }

        if (src.groups().isPresent()) {
            blocks.add(Block.heading(h.apply("督查组分包镇街进度")));
            for (GroupBulletin.Group g : src.groups().get().groups()) {
                blocks.add(Block.paragraph("第" + g.group().number() + "组（带队领导：" + g.group().leader() + "）："
                        + String.join("、", g.towns().stream().map(u -> u.name() + "（第" + u.rank() + "名，" + u.rate().percent() + "）")
                        .toList()) + "；本组完成率" + g.total().rate().percent() + "，" + period.current() + "新增缴费"
                        + g.total().newThisWeek() + "人。"));
            }
        }

        List<String> closing = new ArrayList<>();
        if (b.daysLeft() > 0) {
            closing.add("距征缴截止还有" + b.daysLeft() + "天。各" + unit + "要对照任务逐户排查，做好未缴费人员一对一提醒，确保按时完成征缴任务。");
        }
        if (src.allowance() != null && src.allowance().perPerson().signum() > 0 && !county) {
            closing.add("截至" + Reports.chineseDay(src.allowance().countedOn()) + "，各村工作经费补助合计"
                    + src.allowance().totalAmount().stripTrailingZeros().toPlainString() + "元（每参保缴费一人"
                    + src.allowance().perPerson().stripTrailingZeros().toPlainString() + "元，详见工作经费补助表）。");
        }
        if (!closing.isEmpty()) {
            blocks.add(Block.heading(h.apply(b.daysLeft() > 0 ? "下一步工作要求" : "其他事项")));
            closing.forEach(c -> blocks.add(Block.paragraph(c)));
        }

        String organ = s.issuer().organOf(s.jurisdiction());
        String recipients = s.issuer().recipients().orElse(county ? "各镇人民政府、街道办事处：" : "各村（社区）：");
        return new CircularText(organ + "文件", s.issuer().number().orElse(""),
                "关于" + s.policyYear() + (both ? "年度城乡居民两险" : "年度居民医保") + "征缴进度的" + period.circular(), recipients, blocks, organ, asOf);
    }

    /** The pension's section of a 两险 circular: its totals, its ranking table, its bottom places and checks. */
    private static void pension(zhengjiao.report.PensionProgress p, List<Block> blocks, String heading, boolean county) {
        WeeklyReport r = p.ranking();
        WeeklyReport.Total t = r.total();
        String unit = county ? "镇街" : "村";
        int remaining = Math.max(0, t.task() - t.paid());
        blocks.add(Block.heading(heading));
        blocks.add(Block.paragraph("截至" + Reports.chineseDay(r.asOf()) + "，城乡居民基本养老保险缴费任务" + t.task() + "人，已缴费"
                + t.paid() + "人（其中政府代缴" + t.government() + "人），完成率" + t.rate().percent()
                + (remaining > 0 ? "，尚差" + remaining + "人" : "，已完成任务") + "；" + r.period().current() + "新增缴费"
                + t.newThisWeek() + "人。政府缴费补贴" + java.math.BigDecimal.valueOf(p.total().additionFen(), 2).stripTrailingZeros()
                .toPlainString() + "元，政府代缴" + p.total().governmentPaid() + "人。各" + unit + "完成情况如下表。"));
        blocks.add(table(r, county));
        List<RankedUnit> bottom = pick(r, RankedUnit::bottomNow);
        StringBuilder behind = new StringBuilder(bottom.isEmpty() ? "" : "养老保险排名末" + r.settings().bottomPlaces() + "位的是："
                + withRates(bottom) + "。");
        if (!p.problems().isEmpty()) {
            behind.append("另有").append(p.problems().size()).append("笔养老缴费缴费时未满").append(p.rules().minAge())
                    .append("周岁或不是规定档次，未计入，请核实后办理退费或更正（见周排名通报“养老缴费核对”）。");
        }
        if (behind.length() > 0) {
            blocks.add(Block.paragraph(behind.toString()));
        }
    }

    private static Block table(WeeklyReport r, boolean county) {
        Period p = r.period();
        List<Line> rows = new ArrayList<>();
        for (RankedUnit u : r.units()) {
            rows.add(new Line(List.of(String.valueOf(u.rank()), u.name(), String.valueOf(u.task()), String.valueOf(u.paid()),
                    u.rate().percent(), String.valueOf(u.newThisWeek()), String.valueOf(u.previousRank()), change(u.rankChange()),
                    u.remark()), false));
        }
        if (r.unmatchedTotal() > 0) {
            rows.add(new Line(List.of("", "未匹配", "", String.valueOf(r.unmatchedTotal()), "", String.valueOf(r.unmatchedNew()),
                    "", "", "名称不符，不参与排名"), false));
        }
        WeeklyReport.Total t = r.total();
        rows.add(new Line(List.of("", "合计", String.valueOf(t.task()), String.valueOf(t.paid()), t.rate().percent(),
                String.valueOf(t.newThisWeek()), "", "", r.unmatchedTotal() > 0 ? "含未匹配" + r.unmatchedTotal() + "人" : ""), true));
        return new Block(Kind.TABLE, "", List.of(county ? "镇街" : "村名", p.added(), p.previousRank()), rows);
    }

    /** 排名变化 as the ranking workbook shows it: ↑2, ↓1, —. */
    static String change(int c) {
        return c > 0 ? "↑" + c : c < 0 ? "↓" + (-c) : "—";
    }

    private static List<RankedUnit> pick(WeeklyReport r, Predicate<RankedUnit> which) {
        return r.units().stream().filter(which).toList();
    }

    private static String names(List<RankedUnit> units) {
        return String.join("、", units.stream().map(RankedUnit::name).toList());
    }

    private static String withRates(List<RankedUnit> units) {
        return String.join("、", units.stream().map(u -> u.name() + "（" + u.rate().percent() + "）").toList());
    }
}

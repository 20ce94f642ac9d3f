package zhengjiao.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.Settings;
import zhengjiao.reconcile.FileStats;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.PaymentView;
import zhengjiao.reconcile.PersonCase;
import zhengjiao.report.Allowance;
import zhengjiao.report.PeopleReport;
import zhengjiao.subsidy.SubsidyReport;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.WeeklyReport;

/**
 * Turns the reports into the data the templates show and writes them. Template names are fixed; a
 * campaign folder's {@code templates/} may hold restyled copies.
 */
public final class Reports {

    public static final String RANKING_TEMPLATE = "周排名通报.xlsx";
    public static final String ALLOWANCE_TEMPLATE = "工作经费补助.xlsx";
    public static final String CHECKLIST_TEMPLATE = "核对清单.xlsx";
    public static final String CIRCULAR_TEMPLATE = "周通报.ftl";
    /** The ranking template's sheets: the ranked units, and the villages of one town (one sheet per town). */
    private static final String RANKING_SHEET = "周排名通报";
    private static final String TOWN_SHEET = "各镇街村排名";
    private static final String ALLOWANCE_SHEET = "工作经费补助";
    private static final String PENSION_LABEL = zhengjiao.domain.Insurance.RESIDENT_PENSION.label();
    /** Why a pension row is not a medical payment in a 两险 campaign: it is counted, by the pension's own rules. */
    private static final String PENSION_REASON = "「险种」列：" + PENSION_LABEL + "，不计入医保；两险同征，另按养老保险统计"
            + "（见周排名通报“" + TwoInsuranceSheets.PENSION + "”）";
    /** The checklist's detail sheets and the data each lists (the template's jx:each items). */
    private static final Map<String, String> CHECKLIST_ITEMS = Map.of("未计入明细", "excluded", "未匹配村居", "unmatched",
            "重复缴费", "duplicates", "退费", "refunds", "人员核对", "people", "资助核对", "subsidy");
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

    private final Templates templates;
    private final TextWriter text;
    public Reports(Optional<Path> templateOverrideDir) throws IOException {
        this.templates = new Templates(templateOverrideDir);
        this.text = new TextWriter(templateOverrideDir);
    }

    static String chineseDay(LocalDate d) {
        return d.format(CHINESE_DAY);
    }

    private static String heading(Settings s) {
        return s.jurisdiction() + s.policyYear() + "年度城乡居民基本医疗保险参保缴费";
    }

    /**
     * 周排名通报: the ranked units, the unmatched line and the total, and at county level with village tasks one sheet
     * per town (named by the town). Written row by row from the template ({@link ListTables}), laid out for A4 as
     * {@link PaperFit} lays out a filled workbook ({@link ListBook#asPaperFit}).
     *
     * <p>With {@code trend} (the day-by-day counts, {@link zhengjiao.report.Trend#daily}) its 趋势 sheet is written in
     * the same pass instead of re-opening the written file ({@link LeaderReports}).
     */
    public void writeRanking(WeeklyReport report, Optional<zhengjiao.report.Trend> trend, Path out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        Settings s = report.settings();
        data.put("unitLabel", report.level().isCounty() ? "镇街" : "村名");
        data.put("labels", report.period().labels());
        data.put("title", heading(s) + "进度排名（截至" + report.asOf().format(MONTH_DAY) + "）");
        data.put("subtitle", "统计截止：" + chineseDay(report.asOf()) + "（含当日）　对比日期："
                + chineseDay(report.previous()) + "　任务数：" + report.total().task() + "　缴费人数："
                + report.total().paid() + "　完成率：" + report.total().rate().percent());
        data.put("rows", rankingRows(report.units()));
        List<Map<String, Object>> unmatched = new ArrayList<>();
        if (report.unmatchedTotal() > 0) {
            Map<String, Object> r = new HashMap<>();
            r.put("name", "未匹配");
            r.put("paid", report.unmatchedTotal());
            r.put("newThisWeek", report.unmatchedNew());
            r.put("selfPaid", report.unmatchedTotal() - report.unmatchedGovernment());
            r.put("government", report.unmatchedGovernment());
            r.put("remark", (report.level().isCounty() ? "镇街" : "村") + "名不符，不参与排名，见核对清单");
            unmatched.add(r);
        }
        data.put("unmatchedRows", unmatched);
        Map<String, Object> total = totalRow(report.total());
        total.put("remark", report.unmatchedTotal() > 0 ? "含未匹配 " + report.unmatchedTotal() + " 人" : "");
        data.put("total", total);
        String note = "说明：1. 完成率 = 缴费人数 ÷ 任务数；缴费人数按身份证号去重，同一税票在多个清册中出现只算一次，退费后净额为零的不计。"
                + "2. 按完成率从高到低排名，完成率相同名次相同。3. " + report.period().added() + "、" + report.period().previousRank()
                + "与 " + chineseDay(report.previous()) + " 的数据比较；排名变化 ↑ 为上升、↓ 为下降。4. 排名末 " + s.bottomPlaces()
                + " 位（与之并列的一并计入）标注“排名靠后”，" + report.period().twoRunning() + "排名靠后的予以约谈。"
                + "5. 代缴人数指缴费渠道为政府代缴、资助的人数。";
        data.put("note", note);
        List<ListTables.Table> tables = new ArrayList<>();
        tables.add(new ListTables.Table(RANKING_SHEET, RANKING_SHEET, data, List.of("rows", "unmatchedRows")));
        for (WeeklyReport.TownRanking town : report.towns()) {
            // the ranking's values with the town's over them, as the template engine had a town's sheet read its t
            // and, under other names, the ranking's (the header's ${labels.added})
            Map<String, Object> t = new HashMap<>(data);
            t.put("title", town.town() + "各村参保缴费进度排名（截至" + report.asOf().format(MONTH_DAY) + "）");
            t.put("subtitle", "全" + s.jurisdiction().substring(s.jurisdiction().length() - 1) + "排名第 "
                    + report.rankOf(town.town()) + " 名　任务数：" + town.total().task() + "　缴费人数：" + town.total().paid()
                    + "　完成率：" + town.total().rate().percent());
            t.put("rows", rankingRows(town.villages()));
            Map<String, Object> townTotal = totalRow(town.total());
            townTotal.put("remark", "");
            t.put("total", townTotal);
            t.put("note", "村名在 " + town.town() + " 内排名；" + note.substring(3));
            tables.add(new ListTables.Table(TOWN_SHEET, town.town(), t, "rows"));
        }
        try (ListBook book = new ListBook(templates, RANKING_TEMPLATE, List.of(RANKING_SHEET)).asPaperFit()) {
            if (!book.hasTemplateSheet(TOWN_SHEET)) {
                // a restyled template without the towns' sheet: the ranking alone, as the template engine filled it
                tables = tables.subList(0, 1);
            } else if (tables.size() > 1) {
                // the template repeats this sheet per town with the town as t (${t.title}); here each town's values
                // are the sheet's own
                TemplateColumns.renameRoot(book.templateSheet(TOWN_SHEET), "t.", "");
            }
            ListTables.write(book, tables, wb -> trend.ifPresent(t -> TrendSheet.add(wb, t.every(report.period()),
                    report.period())), out);
        }
    }

    /** The cells of ranking lines, as the ranking and group templates name them. */
    static List<Map<String, Object>> rankingRows(List<RankedUnit> units) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RankedUnit u : units) {
            Map<String, Object> r = new HashMap<>();
            r.put("rank", u.rank());
            r.put("name", u.name());
            r.put("task", u.task());
            r.put("paid", u.paid());
            r.put("rate", u.rate().value());
            r.put("newThisWeek", u.newThisWeek());
            r.put("previousRank", u.previousRank());
            r.put("rankChange", u.rankChange());
            r.put("selfPaid", u.selfPaid());
            r.put("government", u.government());
            r.put("remark", u.remark());
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> totalRow(WeeklyReport.Total t) {
        Map<String, Object> total = new HashMap<>();
        total.put("task", t.task());
        total.put("paid", t.paid());
        total.put("rate", t.rate().value());
        total.put("newThisWeek", t.newThisWeek());
        total.put("selfPaid", t.selfPaid());
        total.put("government", t.government());
        return total;
    }

    /**
     * 工作经费补助: per unit the payers counted by the allowance's day, the rate (元/人) and the amount (元), the total
     * and the amount in words. Written row by row from the template ({@link ListTables}), laid out as
     * {@link PaperFit} lays out a filled workbook.
     */
    public void writeAllowance(Allowance allowance, Settings s, Path out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("unitLabel", allowance.unitLabel());
        data.put("title", s.jurisdiction() + s.policyYear() + "年度居民医保征缴工作经费补助表");
        data.put("subtitle", "计算截止：" + chineseDay(allowance.countedOn()) + "（考核日期 " + chineseDay(s.assessmentDate())
                + "，之后缴费不计入）　补助标准：每参保缴费一人 " + allowance.perPerson().toPlainString() + " 元");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Allowance.Line line : allowance.lines()) {
            Map<String, Object> r = new HashMap<>();
            r.put("seq", line.seq());
            r.put("name", line.name());
            r.put("paid", line.paid());
            r.put("perPerson", allowance.perPerson());
            r.put("amount", line.amount());
            r.put("signature", "");
            rows.add(r);
        }
        data.put("rows", rows);
        data.put("total", Map.of("paid", allowance.totalPaid(), "amount", allowance.totalAmount()));
        String note = "补助金额合计（大写）：" + ChineseAmount.of(allowance.totalAmount()) + "\n说明：补助金额 = 截至计算日的缴费人数 × 补助标准。";
        if (allowance.unmatched() > 0) {
            note += "另有 " + allowance.unmatched() + " 名缴费人的村居名称与任务分解表不符（见核对清单“未匹配村居”），"
                    + "未计入任何村的补助，核实归属后可补发。";
        }
        note += "\n制表人：　　　　　　审核人：　　　　　　负责人：　　　　　　　　　年　　月　　日";
        data.put("note", note);
        try (ListBook book = new ListBook(templates, ALLOWANCE_TEMPLATE, List.of(ALLOWANCE_SHEET)).asPaperFit()) {
            ListTables.write(book, List.of(new ListTables.Table(ALLOWANCE_SHEET, ALLOWANCE_SHEET, data, "rows")), out);
        }
    }

    /** 周通报 text, ready to paste into a chat group. */
    public void writeCircular(WeeklyReport report, Allowance allowance, Path out) throws IOException {
        writeCircular(report, allowance, Optional.empty(), out);
    }

    /**
     * 周通报 text; for a 两险 campaign ({@code pension} present, notice 003) with the pension's section: its task,
     * payers, rate, new payers, each unit's line and the payments not counted (data key {@code pension}, absent for a
     * campaign of one insurance, so its text is unchanged).
     */
    public void writeCircular(WeeklyReport report, Allowance allowance, Optional<zhengjiao.report.PensionProgress> pension,
                              Path out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        pension.ifPresent(p -> data.put("pension", pensionData(p)));
        Settings s = report.settings();
        data.put("jurisdiction", s.jurisdiction());
        data.put("unitWord", report.level().isCounty() ? "镇街" : "村");
        data.put("placeWord", report.level().isCounty() ? "镇街" : "村居");
        data.put("year", s.policyYear());
        data.put("asOf", chineseDay(report.asOf()));
        data.put("previous", chineseDay(report.previous()));
        data.put("period", report.period().labels());
        data.put("windowEnd", chineseDay(s.windowEnd()));
        data.put("daysLeft", Math.max(0, s.windowEnd().toEpochDay() - report.asOf().toEpochDay()));
        data.put("task", report.total().task());
        data.put("paid", report.total().paid());
        data.put("rate", report.total().rate().percent());
        data.put("remaining", Math.max(0, report.total().task() - report.total().paid()));
        data.put("newThisWeek", report.total().newThisWeek());
        data.put("government", report.total().government());
        data.put("unmatched", report.unmatchedTotal());
        List<Map<String, Object>> units = new ArrayList<>();
        for (RankedUnit u : report.units()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", u.rank());
            m.put("name", u.name());
            m.put("task", u.task());
            m.put("paid", u.paid());
            m.put("rate", u.rate().percent());
            m.put("newThisWeek", u.newThisWeek());
            m.put("rankChange", u.rankChange());
            m.put("taskMet", u.taskMet());
            m.put("bottom", u.bottomNow());
            m.put("calledIn", u.calledIn());
            units.add(m);
        }
        data.put("units", units);
        // nobody is "ahead" before anybody has paid
        List<Map<String, Object>> ahead = units.stream().filter(m -> (Integer) m.get("paid") > 0).toList();
        data.put("top", ahead.subList(0, Math.min(3, ahead.size())));
        data.put("bottom", units.stream().filter(m -> (Boolean) m.get("bottom")).toList());
        data.put("calledIn", units.stream().filter(m -> (Boolean) m.get("calledIn")).toList());
        data.put("met", units.stream().filter(m -> (Boolean) m.get("taskMet")).toList());
        data.put("risers", units.stream().filter(m -> (Integer) m.get("rankChange") > 0).toList());
        data.put("bottomPlaces", s.bottomPlaces());
        data.put("allowanceDay", chineseDay(allowance.countedOn()));
        data.put("allowanceTotal", allowance.totalAmount().toPlainString());
        data.put("allowancePer", allowance.perPerson().stripTrailingZeros().toPlainString());
        text.write(CIRCULAR_TEMPLATE, data, out);
    }

    private static Map<String, Object> pensionData(zhengjiao.report.PensionProgress p) {
        WeeklyReport r = p.ranking();
        Map<String, Object> m = new HashMap<>();
        m.put("task", r.total().task());
        m.put("paid", r.total().paid());
        m.put("rate", r.total().rate().percent());
        m.put("remaining", Math.max(0, r.total().task() - r.total().paid()));
        m.put("newThisWeek", r.total().newThisWeek());
        m.put("government", p.total().governmentPaid());
        m.put("addition", BigDecimal.valueOf(p.total().additionFen(), 2).stripTrailingZeros().toPlainString());
        m.put("problems", p.problems().size());
        m.put("minAge", p.rules().minAge());
        m.put("unmatched", r.unmatchedTotal());
        List<Map<String, Object>> units = new ArrayList<>();
        for (RankedUnit u : r.units()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rank", u.rank());
            line.put("name", u.name());
            line.put("task", u.task());
            line.put("paid", u.paid());
            line.put("rate", u.rate().percent());
            line.put("newThisWeek", u.newThisWeek());
            line.put("bottom", u.bottomNow());
            units.add(line);
        }
        m.put("units", units);
        m.put("bottom", units.stream().filter(l -> (Boolean) l.get("bottom")).toList());
        return m;
    }

    /** 核对清单: everything not counted or to be looked at, with file, row and reason (full IDs: internal). */
    public void writeChecklist(Ledger ledger, List<PeopleReport.Note> people, LocalDate asOf, Path out) throws IOException {
        writeChecklist(ledger, people, List.of(), asOf, out);
    }

    /** The checklist with the special-group problems ({@code subsidy}: listed twice, not paid, invalid IDs …). */
    public void writeChecklist(Ledger ledger, List<PeopleReport.Note> people, List<SubsidyReport.Note> subsidy, LocalDate asOf,
                               Path out) throws IOException {
        Settings s = ledger.settings();
        Map<String, Object> data = new HashMap<>();
        data.put("summary", summarySheet(ledger, asOf));
        List<Map<String, Object>> excluded = LazyRows.of(ledger.exclusions(), (seq, e) -> {
            Map<String, Object> r = new HashMap<>();
            r.put("file", e.source().fileName());
            r.put("row", e.source().row());
            r.put("id", e.id());
            r.put("name", e.name());
            r.put("village", e.village());
            r.put("amount", number(e.amount()));
            r.put("date", e.date());
            r.put("serial", e.serial());
            r.put("kind", e.kind().label());
            r.put("reason", s.collectsPension() && e.kind() == Exclusion.Kind.OTHER_INSURANCE && e.reason().contains(PENSION_LABEL)
                    ? PENSION_REASON : e.reason());
            return r;
        });
        List<Map<String, Object>> unmatched = new ArrayList<>();
        for (PersonCase c : ledger.unmatched(asOf)) {
            for (PaymentView p : c.payments()) {
                if (p.matched()) {
                    continue;
                }
                Map<String, Object> r = new HashMap<>();
                r.put("file", p.fileName());
                r.put("row", p.row());
                r.put("id", c.id());
                r.put("name", c.name());
                r.put("village", p.village());
                r.put("amount", yuan(p.amountFen()));
                r.put("date", p.date().toString());
                r.put("serial", p.serial());
                r.put("counted", c.counted() ? "计入" : "不计入");
                r.put("countedVillage", c.counted() ? c.village() : "");
                unmatched.add(r);
            }
        }
        List<Map<String, Object>> duplicates = new ArrayList<>();
        for (PersonCase c : ledger.duplicates(asOf)) {
            List<PaymentView> positives = c.payments().stream().filter(p -> p.amountFen() > 0).toList();
            Map<String, Object> r = new HashMap<>();
            r.put("id", c.id());
            r.put("name", c.name());
            r.put("village", c.counted() ? c.village() : "（不计入）");
            r.put("count", positives.size());
            // one ticket and one payment a line: a 20-digit ticket is never broken across lines
            r.put("serials", String.join("\n", positives.stream().map(PaymentView::serial).toList()));
            r.put("details", String.join("\n", c.payments().stream().map(Reports::describe).toList()));
            r.put("net", yuan(c.netFen()));
            boolean refunded = c.payments().stream().anyMatch(p -> p.amountFen() < 0);
            r.put("advice", refunded ? "已有退费，核对是否退足" : "重复缴费，按规定办理退费");
            duplicates.add(r);
        }
        List<Map<String, Object>> refunds = new ArrayList<>();
        for (PersonCase c : ledger.refunds(asOf)) {
            for (PaymentView p : c.payments()) {
                if (p.amountFen() >= 0) {
                    continue;
                }
                Map<String, Object> r = new HashMap<>();
                r.put("id", c.id());
                r.put("name", c.name());
                r.put("date", p.date().toString());
                r.put("amount", yuan(p.amountFen()));
                r.put("serial", p.serial());
                r.put("where", p.fileName() + ":" + p.row());
                r.put("net", yuan(c.netFen()));
                r.put("counted", c.counted() ? "计入" : "不计入");
                r.put("village", c.village());
                refunds.add(r);
            }
        }
        List<Map<String, Object>> peopleRows = LazyRows.of(people, (seq, n) -> {
            Map<String, Object> r = new HashMap<>();
            r.put("kind", n.kind().label());
            r.put("id", n.id());
            r.put("name", n.name());
            r.put("village", n.village());
            r.put("detail", n.detail());
            return r;
        });
        data.put("people", peopleRows);
        data.put("subsidy", subsidy.stream().map(n -> Map.<String, Object>of("kind", n.kind(), "id", n.id(), "name", n.name(),
                "where", n.where(), "detail", n.detail())).toList());
        data.put("excluded", excluded);
        data.put("unmatched", unmatched);
        data.put("duplicates", duplicates);
        data.put("refunds", refunds);
        Map<String, Object> notes = new HashMap<>();
        notes.put("summary", "说明：读取行数为各文件的数据行；同一税票号码在多个清册中出现只算一笔（“重复出现”）；"
                + "无效、非本险种、非本年度、其他乡镇、缴费日期晚于今天的行不计入，逐行列在“未计入明细”。上表按清册的全部行统计，"
                + "含统计截止日（" + chineseDay(asOf) + "）之后的缴费：清册中共有 " + ledger.personCount()
                + " 人有本年度本险种缴费记录；截至统计截止日计入的缴费人数见周排名通报。");
        Map<Exclusion.Kind, Integer> excludedBy = new java.util.EnumMap<>(Exclusion.Kind.class);
        ledger.exclusions().forEach(e -> excludedBy.merge(e.kind(), 1, Integer::sum));
        notes.put("excluded", "共 " + excluded.size() + " 行未计入" + (excludedBy.isEmpty() ? "" : "（" + String.join("，",
                excludedBy.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).toList()) + "）")
                + "。证件号码无效的行请向税务核实后重新导出（身份证号应为文本格式）。"
                + (excludedBy.containsKey(Exclusion.Kind.FUTURE_DATE) ? "缴费日期晚于运行当天（" + ledger.today()
                + "）的行不可能属实，不计入，也不用于确定统计日期，请核实日期后重新导出。" : ""));
        notes.put("unmatched", "共 " + unmatched.size() + " 笔缴费的村居名称与任务分解表不符，缴费人计入周排名的“未匹配”行，"
                + "不计入任何村的任务和补助。请核实归属后修正清册或任务表中的村名。");
        notes.put("duplicates", "共 " + duplicates.size() + " 人同一年度有两笔以上不同税票的缴费，只计一人，多缴部分应办理退费。");
        Map<PeopleReport.Kind, Long> byKind = new java.util.EnumMap<>(PeopleReport.Kind.class);
        people.forEach(n -> byKind.merge(n.kind(), 1L, Long::sum));
        notes.put("people", byKind.isEmpty() ? "没有需要核对的人员。" : "共 " + people.size() + " 条："
                + String.join("，", byKind.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).toList())
                + "。超标准收费/少缴：个人缴费额既不是标准也不是设置中“认可金额”的资助额；生日前缴费：在达到年龄资助的生日之前缴费，"
                + "可能失去资助。");
        Map<String, Long> subsidyKinds = new java.util.LinkedHashMap<>();
        subsidy.forEach(n -> subsidyKinds.merge(n.kind(), 1L, Long::sum));
        notes.put("subsidy", subsidyKinds.isEmpty() ? "没有需要核对的资助代缴问题（或未设置资助政策）。" : "共 " + subsidy.size() + " 条："
                + String.join("，", subsidyKinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                + "。多部门名单的人只按一个类别认定；名单人员未缴费有漏保风险，应逐一核实。");
        notes.put("refunds", "共 " + refunds.size() + " 笔退费（负数金额）。退费后净额为零的人不计入缴费人数。");
        data.put("notes", notes);
        data.put("title", s.jurisdiction() + s.policyYear() + "年度居民医保缴费核对清单（截至" + asOf.format(MONTH_DAY) + "）");
        data.put("subtitle", "内部资料，含完整身份证号码，不得公开。统计截止：" + chineseDay(asOf));
        List<ListTables.Table> tables = new ArrayList<>();
        tables.add(new ListTables.Table("汇总", "汇总", data, "summary.rows"));
        for (String sheet : List.of("未计入明细", "未匹配村居", "重复缴费", "退费", "人员核对", "资助核对")) {
            tables.add(new ListTables.Table(sheet, sheet, data, CHECKLIST_ITEMS.get(sheet)));
        }
        try (ListBook book = new ListBook(templates, CHECKLIST_TEMPLATE, tables.stream().map(ListTables.Table::template).toList())
                .asPaperFit()) {
            ListTables.write(book, tables, out);
        }
    }

    private Map<String, Object> summarySheet(Ledger ledger, LocalDate asOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        long[] totals = new long[8];
        for (FileStats f : ledger.files()) {
            long[] v = {f.rows(), f.newPayments(), f.repeats(), f.excluded(Exclusion.Kind.INVALID_ID),
                f.excluded(Exclusion.Kind.UNREADABLE), f.excluded(Exclusion.Kind.OTHER_INSURANCE),
                f.excluded(Exclusion.Kind.OTHER_YEAR), f.excluded(Exclusion.Kind.OTHER_TOWN)};
            rows.add(statsRow(f.label(), v));
            for (int i = 0; i < v.length; i++) {
                totals[i] += v[i];
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("rows", rows);
        m.put("total", statsRow("合计", totals));
        return m;
    }

    private static Map<String, Object> statsRow(String file, long[] v) {
        Map<String, Object> r = new HashMap<>();
        r.put("file", file);
        r.put("rows", v[0]);
        r.put("newPayments", v[1]);
        r.put("repeats", v[2]);
        r.put("invalidId", v[3]);
        r.put("unreadable", v[4]);
        r.put("otherInsurance", v[5]);
        r.put("otherYear", v[6]);
        r.put("otherTown", v[7]);
        return r;
    }

    private static String describe(PaymentView p) {
        return p.date() + " " + yuan(p.amountFen()).toPlainString() + "元 " + p.fileName() + ":" + p.row();
    }

    /** An amount read as text: a number when it is one (so the cell is numeric), else the text as read. */
    private static Object number(String text) {
        try {
            return new BigDecimal(text.replace(",", "").strip());
        } catch (NumberFormatException | NullPointerException e) {
            return text;
        }
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}

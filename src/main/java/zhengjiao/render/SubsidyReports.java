package zhengjiao.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.Settings;
import zhengjiao.subsidy.SubsidyReport;

/**
 * The special-group workbooks: 资助代缴认定结果 (one row per person on 认定结果; the same people with an amount
 * column per fund on 资金明细, so that both print at a readable size) and 资金申请汇总
 * (what each fund is asked for, per department and per town). Both are internal: they hold full IDs.
 */
public final class SubsidyReports {

    public static final String CERTIFICATION_TEMPLATE = "资助代缴认定结果.xlsx";
    public static final String REQUEST_TEMPLATE = "资金申请汇总.xlsx";

    /** The certification's template sheets: the people, their amounts per fund, the pension sheet's model. */
    private static final String RESULT_SHEET = "认定结果";
    private static final String FUND_SHEET = "资金明细";
    private static final String PENSION_SHEET = "养老保险（模板）";

    private final Templates templates;

    public SubsidyReports(Templates templates) {
        this.templates = templates;
    }

    /**
     * 资助代缴认定结果: every listed person and every person of subsidised age; a pension sheet when the policy has one.
     * Written row by row ({@link ListTables}) from the template's sheets 认定结果, 资金明细 (its fund column, the one
     * whose row reads <code>${a}</code>, repeated once per fund of the policy) and 养老保险（模板）.
     */
    public void writeCertification(SubsidyReport report, Settings s, Path out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        List<String> funds = report.policy().funds();
        long[] totals = new long[funds.size() + 2];
        for (SubsidyReport.Row r : report.rows()) {
            totals[0] += r.personal();
            totals[1] += r.government();
            for (int i = 0; i < funds.size(); i++) {
                totals[i + 2] += r.funds().get(i);
            }
        }
        data.put("rows", LazyRows.of(report.rows(), (seq, r) -> {
            Map<String, Object> m = person(seq, r.id(), r.name(), r.town(), r.village());
            m.put("group", r.group().isEmpty() ? "（不享受）" : r.group());
            m.put("department", r.department());
            m.put("personal", yuan(r.personal()));
            m.put("government", yuan(r.government()));
            m.put("funds", r.funds().stream().map(SubsidyReports::yuan).toList());
            m.put("others", r.others());
            m.put("paid", r.paid().isEmpty() ? "未缴费" : r.paid());
            m.put("remark", r.remark());
            return m;
        }));
        data.put("total", Map.of("personal", yuan(totals[0]), "government", yuan(totals[1])));
        List<BigDecimal> fundTotals = new ArrayList<>();
        for (int i = 0; i < funds.size(); i++) {
            fundTotals.add(yuan(totals[i + 2]));
        }
        data.put("fundTotals", fundTotals);
        long persons = report.rows().stream().filter(r -> r.government() > 0).count();
        data.put("title", s.jurisdiction() + s.policyYear() + "年度居民医保资助代缴认定结果");
        data.put("subtitle", "政策：" + report.policy().name() + "。内部资料，含完整身份证号码，不得公开。统计截止："
                + Reports.chineseDay(report.asOf()));
        data.put("note", "说明：共 " + report.rows().size() + " 人（部门名单中的人和按证件号码达到资助年龄的人），其中 " + persons
                + " 人由政府承担个人缴费的全部或部分。一人符合多个类别的，按政府承担金额最高的一个类别认定，"
                + "金额相同时按政策文件中的类别顺序；其他类别列在“其他符合类别”，不重复享受。年龄按缴费日（未缴费的按统计日）计算周岁。"
                + "依据：" + report.policy().basis() + "。每项资金承担的金额见“资金明细”表。");
        data.put("fundNote", "说明：每人政府承担的金额按资金分列（" + String.join("、", funds) + "），各项之和等于“认定结果”表的政府承担；"
                + "按资金和认定部门的汇总见资金申请汇总。");
        List<ListTables.Table> tables = new ArrayList<>();
        tables.add(new ListTables.Table(RESULT_SHEET, RESULT_SHEET, data, "rows"));
        tables.add(new ListTables.Table(FUND_SHEET, FUND_SHEET, data, "rows"));
        report.pension().ifPresent(p -> {
            Map<String, Object> sheet = new HashMap<>();
            long[] t = new long[2];
            p.rows().forEach(r -> {
                t[0] += r.paid();
                t[1] += r.family();
            });
            sheet.put("total", Map.of("paid", yuan(t[0]), "family", yuan(t[1])));
            sheet.put("title", s.jurisdiction() + s.policyYear() + "年度城乡居民养老保险政府代缴及计生补贴");
            sheet.put("subtitle", "内部资料，含完整身份证号码，不得公开。统计截止：" + Reports.chineseDay(report.asOf()));
            sheet.put("note", "说明：共 " + p.rows().size() + " 人。年满规定年龄的部门名单人员：政府代缴按最低档次代缴；"
                    + "计生补贴按女方年龄（男方须在名单中填写配偶证件号码）。");
            sheet.put("rows", LazyRows.of(p.rows(), (seq, r) -> {
                Map<String, Object> m = person(seq, r.id(), r.name(), r.town(), r.village());
                m.put("groups", r.groups());
                m.put("paid", yuan(r.paid()));
                m.put("family", yuan(r.family()));
                m.put("fund", r.fund());
                m.put("remark", r.remark());
                return m;
            }));
            tables.add(new ListTables.Table(PENSION_SHEET, "养老保险", sheet, "rows"));
        });
        try (ListBook book = new ListBook(templates, CERTIFICATION_TEMPLATE, List.of(RESULT_SHEET, FUND_SHEET))
                .asPaperFit()) {
            TemplateColumns.repeat(book.templateSheet(FUND_SHEET), "${a}", funds, "${f}", "r.funds", "fundTotals");
            // the template engine's loop variable t (one sheet per item) is the sheet's own values here
            if (book.hasTemplateSheet(PENSION_SHEET)) {
                TemplateColumns.renameRoot(book.templateSheet(PENSION_SHEET), "t.", "");
            }
            ListTables.write(book, tables, out);
        }
    }

    /** 资金申请汇总: per fund and department, per town for town funds, and the pension tiers' government additions. */
    public void writeRequest(SubsidyReport report, Settings s, Path out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        List<SubsidyReport.FundLine> lines = new ArrayList<>(report.byFund());
        report.pension().ifPresent(p -> lines.addAll(p.byFund()));
        data.put("rows", lines.stream().map(SubsidyReports::fundLine).toList());
        long amount = lines.stream().filter(l -> l.unit().equals(SubsidyReport.SUBTOTAL) || l.unit().startsWith("养老"))
                .mapToLong(SubsidyReport.FundLine::amount).sum();
        long paidAmount = lines.stream().filter(l -> l.unit().equals(SubsidyReport.SUBTOTAL) || l.unit().startsWith("养老"))
                .mapToLong(SubsidyReport.FundLine::paidAmount).sum();
        data.put("total", Map.of("amount", yuan(amount), "paidAmount", yuan(paidAmount)));
        data.put("title", s.jurisdiction() + s.policyYear() + "年度资助代缴资金申请汇总");
        data.put("subtitle", "政策：" + report.policy().name() + "。统计截止：" + Reports.chineseDay(report.asOf()));
        data.put("note", "说明：按认定结果汇总，每项资金先按认定部门分列，再列该资金小计；合计只加各资金的小计。"
                + "“已缴费”为截至统计日已有本年度缴费记录的人；未缴费的人申请前应核实是否参保。");
        Map<String, Object> townSheet = null;
        if (!report.byTown().isEmpty()) {
            townSheet = new HashMap<>();
            townSheet.put("rows", report.byTown().stream().map(SubsidyReports::fundLine).toList());
            townSheet.put("title", s.jurisdiction() + s.policyYear() + "年度镇街承担资金汇总");
            townSheet.put("subtitle", "按认定人员所在镇街汇总。统计截止：" + Reports.chineseDay(report.asOf()));
            townSheet.put("note", "说明：镇街财政承担的部分按人员所在镇街分列，供各镇街列入预算。");
        }
        optionalSheet(data, "townSheets", "按镇街", townSheet);
        optionalSheet(data, "tierSheets", "养老缴费补贴", report.pension().filter(p -> !p.tiers().isEmpty()).map(p -> {
            Map<String, Object> sheet = new HashMap<>();
            long[] t = new long[3];
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SubsidyReport.TierLine l : p.tiers()) {
                rows.add(Map.of("tier", l.tier(), "persons", l.persons(), "personal", yuan(l.personal()),
                        "addition", yuan(l.addition())));
                t[0] += l.persons();
                t[1] += l.personal();
                t[2] += l.addition();
            }
            sheet.put("rows", rows);
            sheet.put("total", Map.of("persons", t[0], "personal", yuan(t[1]), "addition", yuan(t[2])));
            sheet.put("title", s.jurisdiction() + s.policyYear() + "年度城乡居民养老保险缴费政府补贴");
            sheet.put("subtitle", "按缴费档次汇总清册中的养老保险缴费。统计截止：" + Reports.chineseDay(report.asOf()));
            sheet.put("note", "说明：只计规定档次的缴费；不是规定档次的缴费列在核对清单的“资助核对”中。");
            return sheet;
        }).orElse(null));
        XlsxFiller.fill(templates, REQUEST_TEMPLATE, data, out);
    }

    /** The columns every list of people starts with. */
    private static Map<String, Object> person(int seq, String id, String name, String town, String village) {
        Map<String, Object> m = new HashMap<>();
        m.put("seq", seq);
        m.put("id", id);
        m.put("name", name);
        m.put("town", town);
        m.put("village", village);
        return m;
    }

    /** A sheet the template repeats once per item: here once, or not at all when {@code sheet} is null. */
    private static void optionalSheet(Map<String, Object> data, String key, String sheetName, Map<String, Object> sheet) {
        data.put(key, sheet == null ? List.of() : List.of(sheet));
        data.put(key + "SheetNames", sheet == null ? List.of() : List.of(sheetName));
    }

    private static Map<String, Object> fundLine(SubsidyReport.FundLine l) {
        Map<String, Object> m = new HashMap<>();
        m.put("fund", l.fund());
        m.put("unit", l.unit());
        m.put("persons", l.persons());
        m.put("amount", yuan(l.amount()));
        m.put("paid", l.paid());
        m.put("paidAmount", yuan(l.paidAmount()));
        return m;
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}

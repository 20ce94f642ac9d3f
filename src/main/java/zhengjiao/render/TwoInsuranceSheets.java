package zhengjiao.render;


import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.PersonNames;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.Settings;
import zhengjiao.reconcile.PensionSieve;
import zhengjiao.report.PensionProgress;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.WeeklyReport;

/**
 * The ranking workbook of a 两险 campaign (notice 003): the template's ranking sheet is the medical one and is named
 * so ({@value #MEDICAL}); added after it are the pension ranking ({@value #PENSION}, the same columns against the
 * 养老任务数), the two side by side ({@value #BOTH}: each unit's task, payers, rate and rank for both insurances), the
 * pension tier distribution ({@value #TIERS}: 人数 per 档次, the government's additions in 元, the 代缴 of the
 * hardship groups) and the pension payments not counted ({@value #PROBLEMS}: under 16 or not a tier; IDs and names
 * masked, the file and row lead to the full record). A county whose task table lists villages under towns gets, after
 * the pension ranking, each town's villages ranked within the town by the pension ({@code <镇街>养老}), as the medical
 * ranking has a sheet per town. Built in code, fitted to A4 like the template's sheets.
 */
public final class TwoInsuranceSheets {

    /** The medical ranking sheet's name in a 两险 workbook. */
    public static final String MEDICAL = "居民医保排名";
    /** The pension ranking sheet. */
    public static final String PENSION = "居民养老排名";
    /** Both insurances side by side. */
    public static final String BOTH = "两险对照";
    /** The pension tier distribution. */
    public static final String TIERS = "养老档次分布";
    /** The pension payments not counted. */
    public static final String PROBLEMS = "养老缴费核对";

    /** A town's pension village ranking is named {@code <镇街>养老} (county task tables at town-and-village level). */
    public static final String TOWN_SUFFIX = "养老";

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

    private TwoInsuranceSheets() {
    }

    /**
     * Renames the first sheet of the ranking workbook at {@code workbook} and adds the pension sheets, rewriting the
     * file.
     *
     * @param medical the medical ranking the workbook shows
     * @param pension the pension progress on the same date
     * @throws IOException when the workbook cannot be read back or rewritten
     */
    public static void apply(Path workbook, WeeklyReport medical, PensionProgress pension) throws IOException {
        WorkbookRewrite.rewrite(workbook, wb -> {
            wb.setSheetName(0, new SheetNames(names(wb, 0)).add(MEDICAL));
            CodeStyles.Table st = new CodeStyles.Table(wb);
            ranking(wb, st, pension.ranking());
            both(wb, st, medical, pension.ranking());
            tiers(wb, st, pension);
            problems(wb, st, pension, medical.settings());
            PaperFit.workbook(wb);
        });
    }

    private static List<String> names(XSSFWorkbook wb, int except) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (i != except) {
                names.add(wb.getSheetName(i));
            }
        }
        return names;
    }

    private static String unitLabel(WeeklyReport r) {
        return r.level().isCounty() ? "镇街" : "村名";
    }

    private static String asOf(WeeklyReport r) {
        return r.asOf().format(MONTH_DAY);
    }

    private static void ranking(XSSFWorkbook wb, CodeStyles.Table st, WeeklyReport r) {
        Settings s = r.settings();
        Table t = new Table(wb, st, PENSION, s.jurisdiction() + s.policyYear() + "年度城乡居民基本养老保险参保缴费进度排名（截至" + asOf(r) + "）",
                "统计截止：" + Reports.chineseDay(r.asOf()) + "（含当日）　对比日期：" + Reports.chineseDay(r.previous())
                        + "　养老任务数：" + r.total().task() + "　缴费人数：" + r.total().paid() + "　完成率：" + r.total().rate().percent(),
                List.of("排名", unitLabel(r), "任务数", "缴费人数", "完成率", r.period().added(), r.period().previousRank(), "排名变化",
                        "自缴人数", "代缴人数", "备注"),
                List.of(6, 12, 9, 9, 9, 9, 9, 9, 9, 9, 26));
        for (RankedUnit u : r.units()) {
            t.row(false, u.rank(), u.name(), u.task(), u.paid(), u.rate().value(), u.newThisWeek(), u.previousRank(),
                    CircularText.change(u.rankChange()), u.selfPaid(), u.government(), u.remark());
        }
        if (r.unmatchedTotal() > 0) {
            t.row(false, "", "未匹配", "", r.unmatchedTotal(), "", r.unmatchedNew(), "", "", r.unmatchedTotal() - r.unmatchedGovernment(),
                    r.unmatchedGovernment(), (r.level().isCounty() ? "镇街" : "村") + "名不符，不参与排名");
        }
        WeeklyReport.Total total = r.total();
        t.row(true, "", "合计", total.task(), total.paid(), total.rate().value(), total.newThisWeek(), "", "", total.selfPaid(),
                total.government(), r.unmatchedTotal() > 0 ? "含未匹配 " + r.unmatchedTotal() + " 人" : "");
        String note = "1. 任务数为任务分解表的养老任务数；完成率 = 缴费人数 ÷ 任务数。2. 缴费人数按身份证号去重，一人一年只计一次；"
                + "只计本年度城乡居民基本养老保险中规定档次的缴费，缴费时未满 16 周岁的和不是规定档次的缴费不计入，见“" + PROBLEMS + "”。"
                + "3. 按完成率从高到低排名，相同名次相同；" + r.period().added() + "、" + r.period().previousRank() + "与 "
                + Reports.chineseDay(r.previous()) + " 比较。4. 代缴人数指缴费渠道为政府代缴、资助的人数。";
        t.note("说明：" + note);
        t.finish();
        for (WeeklyReport.TownRanking town : r.towns()) {
            townRanking(wb, st, r, town, note);
        }
    }

    /**
     * A town's villages ranked within the town by the pension (county task tables at town-and-village level), as the
     * medical ranking gives each town a sheet of its own: named {@code <镇街>养老}, after the pension ranking.
     */
    private static void townRanking(XSSFWorkbook wb, CodeStyles.Table st, WeeklyReport r, WeeklyReport.TownRanking town, String note) {
        Settings s = r.settings();
        WeeklyReport.Total total = town.total();
        Table t = new Table(wb, st, town.town() + TOWN_SUFFIX, town.town() + "各村城乡居民基本养老保险缴费进度排名（截至" + asOf(r) + "）",
                "全" + s.jurisdiction().substring(s.jurisdiction().length() - 1) + "养老排名第 " + r.rankOf(town.town())
                        + " 名　养老任务数：" + total.task() + "　缴费人数：" + total.paid() + "　完成率：" + total.rate().percent(),
                List.of("排名", "村名", "任务数", "缴费人数", "完成率", r.period().added(), r.period().previousRank(), "排名变化",
                        "自缴人数", "代缴人数", "备注"),
                List.of(6, 12, 9, 9, 9, 9, 9, 9, 9, 9, 26));
        for (RankedUnit u : town.villages()) {
            t.row(false, u.rank(), u.name(), u.task(), u.paid(), u.rate().value(), u.newThisWeek(), u.previousRank(),
                    CircularText.change(u.rankChange()), u.selfPaid(), u.government(), u.remark());
        }
        t.row(true, "", "合计", total.task(), total.paid(), total.rate().value(), total.newThisWeek(), "", "", total.selfPaid(),
                total.government(), "");
        t.note("说明：村名在 " + town.town() + " 内按养老完成率排名；" + note);
        t.finish();
    }

    private static void both(XSSFWorkbook wb, CodeStyles.Table st, WeeklyReport medical, WeeklyReport pension) {
        Settings s = medical.settings();
        Table t = new Table(wb, st, BOTH, s.jurisdiction() + s.policyYear() + "年度城乡居民两险征缴进度对照（截至" + asOf(medical) + "）",
                "居民医保：缴费 " + medical.total().paid() + " 人 / 任务 " + medical.total().task() + " 人，完成率 "
                        + medical.total().rate().percent() + "；居民养老：缴费 " + pension.total().paid() + " 人 / 任务 "
                        + pension.total().task() + " 人，完成率 " + pension.total().rate().percent(),
                List.of("序号", unitLabel(medical), "医保任务数", "医保缴费人数", "医保完成率", "医保排名", "养老任务数", "养老缴费人数",
                        "养老完成率", "养老排名"),
                List.of(6, 12, 9, 11, 9, 7, 9, 11, 9, 7));
        Map<String, RankedUnit> pensionByName = new java.util.HashMap<>();
        pension.units().forEach(u -> pensionByName.put(u.name(), u));
        List<RankedUnit> inOrder = new ArrayList<>(medical.units());
        inOrder.sort(java.util.Comparator.comparingInt(RankedUnit::seq));
        int seq = 0;
        for (RankedUnit m : inOrder) {
            RankedUnit p = pensionByName.get(m.name());
            t.row(false, ++seq, m.name(), m.task(), m.paid(), m.rate().value(), m.rank(), p == null ? "" : p.task(),
                    p == null ? "" : p.paid(), p == null ? "" : p.rate().value(), p == null ? "" : p.rank());
        }
        if (medical.unmatchedTotal() > 0 || pension.unmatchedTotal() > 0) {
            t.row(false, "", "未匹配", "", medical.unmatchedTotal(), "", "", "", pension.unmatchedTotal(), "", "");
        }
        t.row(true, "", "合计", medical.total().task(), medical.total().paid(), medical.total().rate().value(), "",
                pension.total().task(), pension.total().paid(), pension.total().rate().value(), "");
        t.note("说明：按任务分解表的顺序；医保、养老各按本险种的完成率排名（同“" + MEDICAL + "”“" + PENSION + "”）。"
                + "合计含未匹配的缴费人。");
        t.finish();
    }

    private static void tiers(XSSFWorkbook wb, CodeStyles.Table st, PensionProgress p) {
        WeeklyReport r = p.ranking();
        Settings s = r.settings();
        List<String> head = new ArrayList<>(List.of(unitLabel(r)));
        List<Integer> widths = new ArrayList<>(List.of(12));
        for (String tier : p.rules().tierLabels()) {
            head.add(tier + "元");
            widths.add(7);
        }
        head.addAll(List.of("合计人数", "政府补贴（元）", "代缴人数", "代缴金额（元）"));
        widths.addAll(List.of(8, 13, 8, 13));
        String paid = BigDecimal.valueOf(p.rules().paidFen(), 2).stripTrailingZeros().toPlainString();
        Table t = new Table(wb, st, TIERS, s.jurisdiction() + s.policyYear() + "年度城乡居民基本养老保险缴费档次分布（截至" + asOf(r) + "）",
                "每个缴费人按计入的一笔缴费的档次计一次；合计 " + p.total().payers() + " 人，政府补贴 "
                        + yuan(p.total().additionFen()).stripTrailingZeros().toPlainString() + " 元，政府代缴 " + p.total().governmentPaid() + " 人",
                head, widths);
        for (PensionProgress.TierLine line : p.tiers()) {
            tierRow(t, line, p, false);
        }
        tierRow(t, p.total(), p, true);
        List<String> additions = new ArrayList<>();
        for (int i = 0; i < p.rules().tiersFen().size(); i++) {
            additions.add(p.rules().tierLabels().get(i) + " 元补 " + yuan(p.rules().additionFen(p.rules().tiersFen().get(i))).stripTrailingZeros().toPlainString());
        }
        t.note("说明：1. 档次、补贴与代缴按《峄城区2024年度城乡居民基本养老、基本医疗保险集中征缴工作实施方案》四（一）（或设置的资助政策）："
                + String.join("，", additions) + " 元；政府补贴 = 各档人数 × 该档补贴。2. 代缴人数：缴费渠道为政府代缴、金额为 " + paid
                + " 元的人数（重度残疾人、特困人员、低保、扶贫户由政府代缴每人每年 " + paid + " 元）；代缴金额 = 代缴人数 × " + paid
                + " 元。3. 未满 16 周岁和不是规定档次的缴费不计入，见“" + PROBLEMS + "”。4. 最低档次只适用于重残、特困人员、低保对象和"
                + "享受政策贫困人口：自缴最低档次的人是否属于这四类，由资助代缴认定核对（核对清单“资助核对”：养老最低档次不符），本表照计。");
        t.finish();
    }

    private static void tierRow(Table t, PensionProgress.TierLine line, PensionProgress p, boolean total) {
        List<Object> cells = new ArrayList<>();
        cells.add(line.name());
        cells.addAll(line.counts());
        cells.add(line.payers());
        cells.add(yuan(line.additionFen()));
        cells.add(line.governmentPaid());
        cells.add(yuan(line.governmentPaid() * p.rules().paidFen()));
        t.row(total, cells.toArray());
    }

    private static void problems(XSSFWorkbook wb, CodeStyles.Table st, PensionProgress p, Settings s) {
        WeeklyReport r = p.ranking();
        Table t = new Table(wb, st, PROBLEMS, s.jurisdiction() + s.policyYear() + "年度城乡居民基本养老保险缴费核对（截至" + asOf(r) + "）",
                "以下缴费不计入养老缴费人数，请核实后办理退费或更正：共 " + p.problems().size() + " 笔",
                List.of("序号", "镇街", "村居", "姓名", "证件号码", "缴费日期", "金额（元）", "缴费时年龄", "问题", "清册及行号"),
                List.of(6, 10, 12, 8, 20, 11, 9, 7, 16, 38));
        int seq = 0;
        int head = s.people().idKeepHead();
        int tail = s.people().idKeepTail();
        for (PensionSieve.Problem q : p.problems()) {
            String what = q.kind() == PensionSieve.Kind.UNDER_AGE ? "缴费时未满 " + p.rules().minAge() + " 周岁" : "不是规定档次";
            t.row(false, ++seq, q.town(), q.village(), PersonNames.mask(q.name()), ResidentId.mask(q.id(), head, tail),
                    q.date().toString(), yuan(q.amountFen()), q.age() < 0 ? "" : q.age(), what,
                    q.source().fileName() + " 第 " + q.source().row() + " 行");
        }
        if (p.problems().isEmpty()) {
            t.row(false, "", "", "", "", "没有需要核对的养老缴费", "", "", "", "", "");
        }
        t.note("说明：居民养老保险须年满 " + p.rules().minAge() + " 周岁（不含在校学生，通知三），年龄按证件号码的出生日期算到缴费日；"
                + "缴费须为规定档次之一（" + String.join("、", p.rules().tierLabels()) + " 元，通知四（一））。"
                + "证件号码和姓名已打码，完整记录按清册文件和行号查找。");
        t.finish();
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** One code-built sheet: title, subtitle, header (frozen, repeated on every page), lines, a note. */
    static final class Table {
        private static final double BODY = 11;
        private final Sheet sheet;
        private final CodeStyles.Table st;
        private final int columns;
        private int next = 3;

        Table(XSSFWorkbook wb, CodeStyles.Table st, String name, String title, String subtitle, List<String> head, List<Integer> widths) {
            this.sheet = wb.createSheet(new SheetNames(names(wb, -1)).add(name));
            this.st = st;
            this.columns = head.size();
            Row t = sheet.createRow(0);
            t.setHeightInPoints(26);
            CodeStyles.cell(t, 0, title, st.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            Row sub = sheet.createRow(1);
            CodeStyles.cell(sub, 0, subtitle, st.note);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
            Row h = sheet.createRow(2);
            h.setHeightInPoints(30);
            for (int c = 0; c < columns; c++) {
                CodeStyles.cell(h, c, head.get(c), st.head);
                sheet.setColumnWidth(c, widths.get(c) * 256 + 128);
            }
        }

        void row(boolean total, Object... cells) {
            Row row = sheet.createRow(next++);
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (v instanceof String text) {
                    lines = Math.max(lines, fit(text, c, c));
                }
                Cell cell = row.createCell(c);
                if (v instanceof Integer i) {
                    cell.setCellValue(i);
                    cell.setCellStyle(total ? st.totalInt : st.integer);
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(total ? st.totalPct : st.pct);
                } else if (v instanceof BigDecimal b) {
                    cell.setCellValue(b.doubleValue());
                    cell.setCellStyle(total ? st.totalMoney : st.money);
                } else {
                    cell.setCellValue(v == null ? "" : v.toString());
                    cell.setCellStyle(total ? st.totalText : st.text);
                }
            }
            row.setHeightInPoints((float) Math.max(18, Paper.rowHeight(lines, BODY)));
        }

        /** A row of one text merged across the table, bold, as tall as its lines: a block's heading. */
        void heading(String text) {
            Row row = sheet.createRow(next);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellStyle(st.heading);
            }
            row.getCell(0).setCellValue(text);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
            row.setHeightInPoints((float) Math.max(18, Paper.rowHeight(fit(text, 0, columns - 1), BODY)));
            next++;
        }

        void note(String text) {
            Row note = sheet.createRow(next + 1);
            CodeStyles.cell(note, 0, text, st.note);
            note.setHeightInPoints((float) Paper.rowHeight(fit(text, 0, columns - 1), BODY));
            sheet.addMergedRegion(new CellRangeAddress(next + 1, next + 1, 0, columns - 1));
        }

        /** Lines {@code text} needs over columns first..last, one spare when it wraps (the reader's rule may differ). */
        private int fit(String text, int first, int last) {
            double width = -Paper.CELL_PADDING;
            for (int c = first; c <= last; c++) {
                width += Paper.columnPoints(sheet.getColumnWidth(c));
            }
            int lines = Paper.lines(text, width, BODY);
            return lines > 1 ? lines + 1 : lines;
        }

        void finish() {
            sheet.createFreezePane(0, 3);
            sheet.setRepeatingRows(new CellRangeAddress(0, 2, -1, -1));
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter(Paper.FOOTER);
        }
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.Settings;
import zhengjiao.report.GroupBulletin;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.Rate;
import zhengjiao.report.WeeklyReport;

/**
 * The supervision-group bulletin of a 两险 campaign (notice 003: 城乡居民基本养老、基本医疗保险集中征缴): the template's
 * sheets are the medical ones; added after them are {@value #SUMMARY} (each group's task, payers, rate and rank among
 * the groups, for each insurance) and {@value #GROUPS} (each group's towns with both insurances' task, payers, rate and
 * rank among all towns, and the group's sums). Built in code like {@link TwoInsuranceSheets}; each group's block starts
 * with a heading beginning {@code 督查第}, so that the bulletin's page breaks keep it whole.
 */
final class TwoInsuranceGroups {

    /** Both insurances per group. */
    static final String SUMMARY = "两险分组汇总";
    /** Each group's towns, both insurances. */
    static final String GROUPS = "两险各组通报";

    private TwoInsuranceGroups() {
    }

    /**
     * Adds the two sheets to the bulletin workbook at {@code workbook}, rewriting the file.
     *
     * @param medical the bulletin of the medical ranking (the one the template shows)
     * @param pension the bulletin of the pension ranking: the same groups in the same order
     * @param heading how each group's heading begins ({@code 督查第})
     * @throws IOException when the workbook cannot be read back or rewritten
     */
    static void apply(Path workbook, GroupBulletin medical, GroupBulletin pension, String heading) throws IOException {
        WorkbookRewrite.rewrite(workbook, wb -> {
            CodeStyles.Table st = new CodeStyles.Table(wb);
            summary(wb, st, medical, pension);
            groups(wb, st, medical, pension, heading);
            PaperFit.workbook(wb);
        });
    }

    private static void summary(XSSFWorkbook wb, CodeStyles.Table st, GroupBulletin medical, GroupBulletin pension) {
        WeeklyReport m = medical.report();
        WeeklyReport p = pension.report();
        Settings s = m.settings();
        List<Integer> medicalRanks = medical.ranks();
        List<Integer> pensionRanks = pension.ranks();
        TwoInsuranceSheets.Table t = new TwoInsuranceSheets.Table(wb, st, SUMMARY,
                s.jurisdiction() + s.policyYear() + "年度城乡居民两险征缴督查分组汇总（截至" + Reports.chineseDay(m.asOf()) + "）",
                "共 " + medical.groups().size() + " 个督查组、" + m.units().size() + " 个镇街　各组合计：居民医保完成率 "
                        + rate(medical).percent() + "，居民养老完成率 " + rate(pension).percent(),
                List.of("组别", "带队领导", "督查镇街", "医保任务数", "医保缴费人数", "医保完成率", "医保组排名", "养老任务数",
                        "养老缴费人数", "养老完成率", "养老组排名"),
                List.of(6, 9, 18, 8, 8, 9, 6, 8, 8, 9, 6));
        for (int i = 0; i < medical.groups().size(); i++) {
            GroupBulletin.Group g = medical.groups().get(i);
            WeeklyReport.Total mt = g.total();
            WeeklyReport.Total pt = pension.groups().get(i).total();
            t.row(false, "第" + g.group().number() + "组", g.group().leader(), String.join("、", g.group().towns()), mt.task(),
                    mt.paid(), mt.rate().value(), medicalRanks.get(i), pt.task(), pt.paid(), pt.rate().value(), pensionRanks.get(i));
        }
        t.row(true, "合计", "", "", task(medical), paid(medical), rate(medical).value(), "", task(pension), paid(pension),
                rate(pension).value(), "");
        t.note("说明：各组完成率为本组镇街缴费人数合计 ÷ 任务数合计，医保按医保任务数、养老按养老任务数；组排名为各组按本险种完成率的名次"
                + "（并列同名次）。合计不含清册中镇街名称无法匹配的缴费人（医保 " + m.unmatchedTotal() + " 人、养老 " + p.unmatchedTotal()
                + " 人，见周排名通报）。");
        t.finish();
    }

    private static void groups(XSSFWorkbook wb, CodeStyles.Table st, GroupBulletin medical, GroupBulletin pension,
                               String heading) {
        WeeklyReport m = medical.report();
        Settings s = m.settings();
        String whole = "全" + s.jurisdiction().substring(s.jurisdiction().length() - 1);
        List<Integer> medicalRanks = medical.ranks();
        List<Integer> pensionRanks = pension.ranks();
        TwoInsuranceSheets.Table t = new TwoInsuranceSheets.Table(wb, st, GROUPS,
                "督查各组两险进度通报（截至" + Reports.chineseDay(m.asOf()) + "）",
                "每组列出所督查镇街的居民医保和居民养老进度及其" + whole + "排名，本组合计在各组末行。",
                List.of("镇街", "医保任务数", "医保缴费人数", "医保完成率", "医保" + whole + "排名", "养老任务数", "养老缴费人数",
                        "养老完成率", "养老" + whole + "排名"),
                List.of(12, 9, 9, 9, 9, 9, 9, 9, 9));
        for (int i = 0; i < medical.groups().size(); i++) {
            GroupBulletin.Group g = medical.groups().get(i);
            GroupBulletin.Group pg = pension.groups().get(i);
            t.heading(heading + g.group().number() + "组　带队领导：" + g.group().leader() + "　医保成员：" + g.group().medical()
                    + "　税务成员：" + g.group().tax() + "　本组医保完成率：" + g.total().rate().percent() + "（第 " + medicalRanks.get(i)
                    + " 名）　本组养老完成率：" + pg.total().rate().percent() + "（第 " + pensionRanks.get(i) + " 名）");
            Map<String, RankedUnit> pensionByTown = new HashMap<>();
            pg.towns().forEach(u -> pensionByTown.put(u.name(), u));
            for (RankedUnit u : g.towns()) {
                RankedUnit pu = pensionByTown.get(u.name());
                t.row(false, u.name(), u.task(), u.paid(), u.rate().value(), u.rank(), pu == null ? "" : pu.task(),
                        pu == null ? "" : pu.paid(), pu == null ? "" : pu.rate().value(), pu == null ? "" : pu.rank());
            }
            t.row(true, "本组合计", g.total().task(), g.total().paid(), g.total().rate().value(), "", pg.total().task(),
                    pg.total().paid(), pg.total().rate().value(), "");
        }
        t.note("说明：" + whole + "排名为该镇街在全部 " + m.units().size() + " 个镇街中按本险种完成率的名次（并列同名次）；"
                + "各组内按医保排名排列。");
        t.finish();
    }

    private static int task(GroupBulletin b) {
        return b.groups().stream().mapToInt(g -> g.total().task()).sum();
    }

    private static int paid(GroupBulletin b) {
        return b.groups().stream().mapToInt(g -> g.total().paid()).sum();
    }

    private static Rate rate(GroupBulletin b) {
        return new Rate(paid(b), task(b));
    }
}

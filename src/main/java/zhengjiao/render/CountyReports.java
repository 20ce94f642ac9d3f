package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.Contact;
import zhengjiao.domain.Settings;
import zhengjiao.report.ContactDirectory;
import zhengjiao.report.GroupBulletin;

/** The county's extra outputs: the supervision-group bulletin and the contact directory. */
public final class CountyReports {

    public static final String GROUPS_TEMPLATE = "督查分组通报.xlsx";
    public static final String CONTACTS_TEMPLATE = "联系方式一览表.xlsx";
    /** How each group's heading on 各组通报 begins (督查第1组 …); the page breaks find the groups by it. */
    private static final String HEADING = "督查第";

    private final Templates templates;

    public CountyReports(Templates templates) {
        this.templates = templates;
    }

    /**
     * 督查分组通报: a summary of every group (分组汇总), then every group's towns one group under another on 各组通报, several
     * groups to a printed page, none split across two.
     */
    public void writeGroups(GroupBulletin bulletin, Path out) throws IOException {
        writeGroups(bulletin, Optional.empty(), out);
    }

    /**
     * 督查分组通报; for a 两险 campaign ({@code pension}: the bulletin of the pension ranking, notice 003) with the sheets
     * {@code 两险分组汇总} and {@code 两险各组通报} after the medical ones ({@link TwoInsuranceGroups}).
     */
    public void writeGroups(GroupBulletin bulletin, Optional<GroupBulletin> pension, Path out) throws IOException {
        Settings s = bulletin.report().settings();
        String asOf = Reports.chineseDay(bulletin.report().asOf());
        int towns = bulletin.report().units().size();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (GroupBulletin.Group g : bulletin.groups()) {
            Map<String, Object> r = new HashMap<>();
            r.put("number", g.group().number());
            r.put("leader", g.group().leader());
            r.put("medical", g.group().medical());
            r.put("tax", g.group().tax());
            r.put("towns", String.join("、", g.group().towns()));
            r.put("task", g.total().task());
            r.put("paid", g.total().paid());
            r.put("rate", g.total().rate().value());
            r.put("newThisWeek", g.total().newThisWeek());
            r.put("lowest", g.lowest() == null ? "" : g.lowest().name() + "（第 " + g.lowest().rank() + " 名）");
            rows.add(r);

            Map<String, Object> t = new HashMap<>();
            t.put("heading", HEADING + g.group().number() + "组　带队领导：" + g.group().leader() + "　医保成员：" + g.group().medical()
                    + "　税务成员：" + g.group().tax() + "　本组完成率：" + g.total().rate().percent());
            t.put("rows", Reports.rankingRows(g.towns()));
            Map<String, Object> total = new HashMap<>();
            total.put("task", g.total().task());
            total.put("paid", g.total().paid());
            total.put("rate", g.total().rate().value());
            total.put("newThisWeek", g.total().newThisWeek());
            t.put("total", total);
            groups.add(t);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("title", s.jurisdiction() + s.policyYear() + "年度居民医保集中征缴督查分组通报（截至" + asOf + "）");
        int task = bulletin.groups().stream().mapToInt(g -> g.total().task()).sum();
        int paid = bulletin.groups().stream().mapToInt(g -> g.total().paid()).sum();
        // one rate on the page: the 合计 row's, which the subtitle repeats
        zhengjiao.report.Rate rate = new zhengjiao.report.Rate(paid, task);
        data.put("subtitle", "共 " + bulletin.groups().size() + " 个督查组、" + towns + " 个镇街　各组合计完成率：" + rate.percent());
        data.put("rows", rows);
        data.put("labels", bulletin.report().period().labels());
        Map<String, Object> total = new HashMap<>();
        total.put("task", task);
        total.put("paid", paid);
        total.put("rate", rate.value());
        total.put("newThisWeek", bulletin.groups().stream().mapToInt(g -> g.total().newThisWeek()).sum());
        data.put("total", total);
        data.put("note", "说明：各组完成率为本组镇街缴费人数合计 ÷ 任务数合计；“排名最后的镇街”为本组中全市排名最靠后的镇街。"
                + "合计不含清册中镇街名称无法匹配的缴费人（" + bulletin.report().unmatchedTotal() + " 人，见周排名通报的“未匹配”行）。");
        data.put("groups", groups);
        data.put("groupsTitle", "督查各组进度通报（截至" + asOf + "）");
        data.put("groupsSubtitle", "每组列出所督查镇街的全市排名和进度，本组合计在各组末行。");
        data.put("groupsNote", "说明：全市排名为该镇街在全部 " + towns + " 个镇街中按完成率的名次（并列同名次）；"
                + bulletin.report().period().added() + "、" + bulletin.report().period().previousRank() + "与 "
                + Reports.chineseDay(bulletin.report().previous()) + " 比较。");
        XlsxFiller.fill(templates, GROUPS_TEMPLATE, data, out);
        if (pension.isPresent()) {
            TwoInsuranceGroups.apply(out, bulletin, pension.get(), HEADING);
        }
        keepGroupsWhole(out);
    }

    /**
     * On the sheet of all groups, a group that would run over the foot of a printed page starts the next one, so that
     * a page holds several whole groups (a group longer than a page is left to break where it must).
     */
    private static void keepGroupsWhole(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<Integer> starts = new ArrayList<>();
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (row.getRowNum() > 1 && first != null && first.getCellType() == CellType.STRING
                            && first.getStringCellValue().startsWith(HEADING)) {
                        starts.add(row.getRowNum());
                    }
                }
                if (starts.isEmpty()) {
                    continue;
                }
                starts.add(sheet.getLastRowNum() + 1);
                double page = pageBody(sheet);
                double used = height(sheet, 2, starts.get(0));
                for (int i = 0; i + 1 < starts.size(); i++) {
                    double block = height(sheet, starts.get(i), starts.get(i + 1));
                    if (used + block > page && used > 0) {
                        sheet.setRowBreak(starts.get(i) - 1);
                        used = 0;
                    }
                    used += block;
                }
            }
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            wb.write(buffer);
            bytes = buffer.toByteArray();
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(bytes);
        }
    }

    /** The height a printed page has for rows below the repeated ones, in the sheet's points (before scaling). */
    private static double pageBody(Sheet sheet) {
        return PaperFit.pageBody(sheet);
    }

    /** The height of rows {@code from} (inclusive) to {@code to} (exclusive), in points. */
    private static double height(Sheet sheet, int from, int to) {
        double h = 0;
        for (int r = from; r < to; r++) {
            Row row = sheet.getRow(r);
            h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return h;
    }

    /** 联系方式一览表: one printed A4 page; a second sheet lists what changed when last year's directory was given. */
    public void writeContacts(ContactDirectory directory, Settings s, Path out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int seq = 0;
        for (Contact c : directory.contacts()) {
            Map<String, Object> r = new HashMap<>();
            r.put("seq", ++seq);
            r.put("town", c.town());
            r.put("medicalPerson", c.medicalPerson());
            r.put("medicalPhone", c.medicalPhone());
            r.put("taxPerson", c.taxPerson());
            r.put("taxPhone", c.taxPhone());
            rows.add(r);
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ContactDirectory.Change c : directory.changes()) {
            Map<String, Object> r = new HashMap<>();
            r.put("town", c.town());
            r.put("side", c.side());
            r.put("what", c.what());
            r.put("before", c.before());
            r.put("after", c.after());
            changes.add(r);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("title", s.jurisdiction() + "各镇街居民医保经办窗口及联系方式一览表");
        data.put("subtitle", s.policyYear() + " 年度");
        data.put("rows", rows);
        data.put("note", "");
        data.put("changes", changes);
        data.put("changesNote", "与上年一览表相比，共 " + directory.changedTowns().size() + " 个镇街有变动："
                + String.join("、", directory.changedTowns()) + "。");
        XlsxFiller.fill(templates, CONTACTS_TEMPLATE, data, out);
        if (!directory.compared()) {
            removeSheet(out, "变动情况");
        }
    }

    private static void removeSheet(Path file, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int index = wb.getSheetIndex(name);
            if (index < 0) {
                return;
            }
            wb.removeSheetAt(index);
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            wb.write(buffer);
            bytes = buffer.toByteArray();
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(bytes);
        }
    }
}

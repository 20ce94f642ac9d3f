package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.PersonNames;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.Settings;
import zhengjiao.report.PeopleReport;

/**
 * The lists about people: the one-to-one reminder list (internal: full IDs and phones) and the public payer
 * list, whose data never holds a full ID, a full name, a phone or a special-group label.
 */
public final class PeopleReports {

    public static final String REMINDERS_TEMPLATE = "未缴费提醒名单.xlsx";
    public static final String PUBLIC_TEMPLATE = "缴费名单公示.xlsx";

    /** Above this many rows a list is streamed to disk while it is written. */
    static final int STREAMING_ROWS = Integer.getInteger("zhengjiao.streamingRows", 20_000);

    private final Templates templates;

    public PeopleReports(Templates templates) {
        this.templates = templates;
    }

    /** 未缴费提醒名单: a summary, then a sheet per village with its unpaid roster people and columns to fill in. */
    public void writeReminders(PeopleReport people, Settings s, String unitLabel, Path out) throws IOException {
        String asOf = Reports.chineseDay(people.asOf());
        List<Map<String, Object>> summary = new ArrayList<>();
        List<Map<String, Object>> villages = new ArrayList<>();
        List<String> sheetNames = new ArrayList<>();
        int[] total = new int[4];
        for (PeopleReport.VillagePeople v : people.villages()) {
            int unpaid = v.unpaid().size();
            int paid = v.roster() - unpaid - v.elsewhere();
            Map<String, Object> r = new HashMap<>();
            r.put("name", v.name());
            r.put("roster", v.roster());
            r.put("paid", paid);
            r.put("unpaid", unpaid);
            r.put("elsewhere", v.elsewhere());
            summary.add(r);
            total[0] += v.roster();
            total[1] += paid;
            total[2] += unpaid;
            total[3] += v.elsewhere();
            if (unpaid == 0) {
                continue;
            }
            List<Map<String, Object>> rows = LazyRows.of(v.unpaid(), (seq, p) -> {
                Map<String, Object> row = new HashMap<>();
                row.put("seq", seq);
                row.put("household", p.household());
                row.put("name", p.name());
                row.put("id", p.id());
                row.put("phone", p.phone());
                row.put("category", p.category());
                row.put("blank", "");
                row.put("advice", v.advice().getOrDefault(p.id(), ""));
                return row;
            });
            Map<String, Object> t = new HashMap<>();
            t.put("title", v.name() + "未缴费人员一对一提醒名单（截至" + asOf + "）");
            t.put("subtitle", "台账 " + v.roster() + " 人，已缴费 " + paid + " 人，在其他村缴费 " + v.elsewhere()
                    + " 人，未缴费 " + unpaid + " 人。内部资料，含完整身份证号码和电话，不得公开。");
            t.put("rows", rows);
            t.put("note", "说明：按户号、姓名排序。请逐人提醒，填写提醒日期、提醒人和未缴原因（如参军、上学、务工、婚迁、服刑、"
                    + "已在外地参保等），并留存佐证资料。");
            villages.add(t);
            sheetNames.add(v.name());
        }
        Map<String, Object> data = new HashMap<>();
        data.put("unitLabel", unitLabel);
        data.put("title", s.jurisdiction() + s.policyYear() + "年度居民医保未缴费人员汇总（截至" + asOf + "）");
        data.put("subtitle", "按参保台账核对：台账 " + total[0] + " 人，已缴费 " + total[1] + " 人，未缴费 " + total[2] + " 人");
        data.put("rows", summary);
        data.put("total", Map.of("roster", total[0], "paid", total[1], "unpaid", total[2], "elsewhere", total[3]));
        data.put("note", "说明：已缴费指本人缴费记录计入本" + (unitLabel.equals("村名") ? "村" : "镇街")
                + "；在其他村缴费的人不列入未缴名单（见核对清单“人员核对”）。各村未缴人员见后面各表。");
        data.put("villages", villages);
        data.put("villagesSheetNames", sheetNames);
        XlsxFiller.fill(templates, REMINDERS_TEMPLATE, data, out, total[2] > STREAMING_ROWS);
    }

    /** The line a public list without payers shows: "截至 2022-10-08 暂无缴费人". */
    static String nobody(LocalDate asOf) {
        return "截至 " + asOf + " 暂无缴费人";
    }

    /**
     * 缴费名单公示: a sheet per village with payers, names and IDs masked, nothing else about the person; when no
     * village has a payer yet, one sheet saying so ({@link #nobody}).
     */
    public void writePublicList(PeopleReport people, Settings s, Path out) throws IOException {
        LocalDate start = s.people().publicityStart().orElse(people.asOf().plusDays(1));
        LocalDate end = s.people().publicityEnd().orElse(start.plusDays(6));
        List<Map<String, Object>> villages = new ArrayList<>();
        List<String> sheetNames = new ArrayList<>();
        for (PeopleReport.VillagePeople v : people.villages()) {
            if (v.payers().isEmpty()) {
                continue;
            }
            List<Map<String, Object>> rows = LazyRows.of(v.payers(), (seq, p) -> {
                Map<String, Object> row = new HashMap<>();
                row.put("seq", seq);
                row.put("name", PersonNames.mask(p.name()));
                row.put("id", ResidentId.mask(p.id(), s.people().idKeepHead(), s.people().idKeepTail()));
                row.put("date", p.date().toString());
                return row;
            });
            Map<String, Object> t = new HashMap<>();
            t.put("title", s.jurisdiction() + v.name() + s.policyYear() + "年度城乡居民医保缴费名单公示");
            t.put("subtitle", "公示期：" + Reports.chineseDay(start) + "至" + Reports.chineseDay(end) + "　截至"
                    + Reports.chineseDay(people.asOf()) + "共 " + v.payers().size() + " 人缴费");
            t.put("rows", rows);
            t.put("note", "公示期内如有异议，请向村（居）委会或" + s.jurisdiction() + "医保办反映。为保护个人信息，姓名和身份证号码部分隐藏。");
            villages.add(t);
            sheetNames.add(v.name());
        }
        if (villages.isEmpty()) {
            // the first days of a campaign, or no payer matched a village: the list says so instead of failing
            Map<String, Object> t = new HashMap<>();
            t.put("title", s.jurisdiction() + s.policyYear() + "年度城乡居民医保缴费名单公示");
            t.put("subtitle", "公示期：" + Reports.chineseDay(start) + "至" + Reports.chineseDay(end) + "　" + nobody(people.asOf()));
            t.put("rows", List.of());
            t.put("note", "截至统计日，任务分解表中的各村（居）、镇街都还没有计入的缴费人，本表暂无名单；有人缴费后重新运行即生成各村的公示名单。"
                    + "名称与任务分解表不符的缴费人见核对清单“未匹配村居”。");
            villages.add(t);
            sheetNames.add(s.jurisdiction());
        }
        Map<String, Object> data = new HashMap<>();
        data.put("villages", villages);
        data.put("villagesSheetNames", sheetNames);
        int rows = people.villages().stream().mapToInt(v -> v.payers().size()).sum();
        XlsxFiller.fill(templates, PUBLIC_TEMPLATE, data, out, rows > STREAMING_ROWS);
    }
}

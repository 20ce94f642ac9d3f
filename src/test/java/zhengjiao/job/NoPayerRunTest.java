package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.CampaignBuilder;
import zhengjiao.testing.TestWorkbook;

/**
 * The first days of a campaign, and a campaign where no payer matches a village: the run writes every report —
 * zeros in the ranking, the whole roster in the reminder list, a public list saying nobody has paid yet.
 */
class NoPayerRunTest {

    static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** 测试镇: two villages, a roster of five, and in the dump only last campaign's (2022) payments. */
    private static Path firstDay(Path dir) throws IOException {
        return new CampaignBuilder().setting("公示开始: 2023-01-01").village("东村", 10).village("西村", 20)
                .listed(1, "赵一", "东村").listed(2, "钱二", "东村").listed(3, "孙三", "西村").listed(4, "李四", "西村")
                .listed(5, "周五", "西 村")
                .payment(1, "赵一", "东村", "2021-11-02", "L1", "202201-202212")
                .payment(3, "孙三", "西村", "2021-11-03", "L3", "202201-202212")
                .write(dir.resolve("in"));
    }

    private static List<String> names(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunBeforeAnybodyPaidWritesEveryReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        CampaignRun.Result r = new CampaignRun(new PrintWriter(log, true), on("2022-10-08"))
                .run(firstDay(dir), Optional.of(LocalDate.parse("2022-10-08")), out);
        assertEquals(List.of("周排名通报_2022-10-08.xlsx", "周通报_2022-10-08.docx", "周通报_2022-10-08.txt", "工作经费补助_2022-10-08.xlsx",
                "未缴费提醒名单_2022-10-08.xlsx", "核对清单_2022-10-08.xlsx", "缴费人明细_2022-10-08.xlsx", "缴费名单公示_2022-10-08.xlsx",
                "领导简报_2022-10-08.docx", "领导简报_2022-10-08.xlsx"), names(out));
        try (TestWorkbook wb = new TestWorkbook(out.resolve("周排名通报_2022-10-08.xlsx"))) {
            List<Map<String, Cell>> rows = wb.table("周排名通报", "排名");
            assertEquals(List.of("东村:0", "西村:0", ":0"), rows.stream()
                    .map(m -> wb.text(m.get("村名")).replace("合计", "") + ":" + wb.text(m.get("缴费人数"))).toList());
        }
        try (TestWorkbook wb = new TestWorkbook(out.resolve("未缴费提醒名单_2022-10-08.xlsx"))) {
            assertEquals(List.of("赵一", "钱二"), wb.table("东村", "序号").stream().map(m -> wb.text(m.get("姓名"))).toList());
            assertEquals(3, wb.table("西村", "序号").size());
            Map<String, Cell> total = wb.table("汇总", "村名").get(2);
            assertEquals("5", wb.text(total.get("未缴费")));
        }
        try (TestWorkbook wb = new TestWorkbook(out.resolve("缴费名单公示_2022-10-08.xlsx"))) {
            assertEquals(1, wb.workbook().getNumberOfSheets());
            assertEquals("测试镇", wb.workbook().getSheetName(0));
            assertTrue(wb.text(wb.workbook().getSheetAt(0).getRow(1).getCell(0)).endsWith("截至 2022-10-08 暂无缴费人"));
            assertEquals(List.of(), wb.table("测试镇", "序号"));
        }
        assertEquals(0, r.ledger().on(r.asOf()).matchedTotal());
        assertTrue(log.toString().contains("计入缴费人 0 人"), log.toString());
        assertTrue(log.toString().contains("非本年度 2 行"), log.toString());
    }

    @Test
    void withoutAnyPaymentTheReportDateIsTodayOrTheWindowEndIfEarlier(@TempDir Path dir) throws IOException {
        Path in = firstDay(dir);
        StringWriter log = new StringWriter();
        assertEquals(LocalDate.parse("2022-10-08"), new CampaignRun(new PrintWriter(log, true), on("2022-10-08"))
                .run(in, Optional.empty(), dir.resolve("a")).asOf());
        assertTrue(log.toString().contains("统计日期取 2022-10-08"), log.toString());
        assertEquals(LocalDate.parse("2022-12-31"), new CampaignRun(new PrintWriter(new StringWriter()), on("2023-03-01"))
                .run(in, Optional.empty(), dir.resolve("b")).asOf());
    }

    @Test
    void everyPayerUnmatchedStillWritesEveryReportAndSuggestsTheName(@TempDir Path dir) throws IOException {
        Path in = new CampaignBuilder().village("红旗村", 10).village("东村", 20).listed(1, "赵一", "东村")
                .payment(1, "赵一", "红棋村", "2022-10-05", "S1").payment(2, "钱二", "无此村", "2022-10-06", "S2")
                .write(dir.resolve("in"));
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        CampaignRun.Result r = new CampaignRun(new PrintWriter(log, true), on("2022-10-08")).run(in, Optional.empty(), out);
        assertEquals(10, r.outputs().size());
        try (TestWorkbook wb = new TestWorkbook(out.resolve("缴费名单公示_2022-10-06.xlsx"))) {
            assertTrue(wb.text(wb.workbook().getSheetAt(0).getRow(1).getCell(0)).endsWith("暂无缴费人"));
        }
        try (TestWorkbook wb = new TestWorkbook(out.resolve("周排名通报_2022-10-06.xlsx"))) {
            assertTrue(wb.table("周排名通报", "排名").stream().anyMatch(m -> wb.text(m.get("村名")).equals("未匹配")
                    && wb.text(m.get("缴费人数")).equals("2")));
        }
        assertTrue(log.toString().contains("「红棋村」1 人（是否为 红旗村？）"), log.toString());
        assertTrue(log.toString().contains("「无此村」1 人") && !log.toString().contains("「无此村」1 人（"), log.toString());
    }

    @Test
    void aCountyWhoseVillagesMatchNoPaymentWritesEveryReport(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("payments"));
        Files.writeString(in.resolve("campaign.yaml"), "辖区: 测试市\n年度: 2025\n征缴开始: 2024-10-01\n征缴截止: 2024-12-31\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("任务分解表.csv"), "镇街,村名,人口数,任务数\n甲镇,一村,10,9\n,二村,10,9\n乙镇,一村,10,9\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("payments/清册.csv"), "身份证号码,姓名,村居,镇街,险种,缴费年度,缴费金额,缴费日期,税票号码\n"
                + CampaignBuilder.id(1) + ",某1,三村,甲镇,城乡居民基本医疗保险,2025,400,2024-12-01,E1\n"
                + CampaignBuilder.id(2) + ",某2,一村,丙镇,城乡居民基本医疗保险,2025,400,2024-12-02,E2\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("参保台账.csv"), "证件号码,姓名,镇街,村名\n" + CampaignBuilder.id(3) + ",某3,甲镇,一村\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CampaignRun.Result r = new CampaignRun(new PrintWriter(new StringWriter()), on("2025-01-10")).run(in, Optional.empty(), out);
        assertEquals(List.of("周排名通报_2024-12-02.xlsx", "周通报_2024-12-02.docx", "周通报_2024-12-02.txt", "工作经费补助_2024-12-02.xlsx",
                "未缴费提醒名单_2024-12-02.xlsx", "核对清单_2024-12-02.xlsx", "缴费人明细_2024-12-02.xlsx", "缴费名单公示_2024-12-02.xlsx",
                "领导简报_2024-12-02.docx", "领导简报_2024-12-02.xlsx"), names(out));
        assertEquals(2, r.ledger().on(r.asOf()).unmatchedTotal());
        try (TestWorkbook wb = new TestWorkbook(out.resolve("周排名通报_2024-12-02.xlsx"))) {
            assertEquals(List.of("周排名通报", "甲镇", "乙镇"), List.of(wb.workbook().getSheetName(0), wb.workbook().getSheetName(1),
                    wb.workbook().getSheetName(2)));
        }
    }
}

package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.check.Finding;
import zhengjiao.check.FolderCheck;
import zhengjiao.testing.CampaignBuilder;
import zhengjiao.testing.TestWorkbook;

/**
 * A payment dated after the day of the run, or long after the window, never moves the default report date; the
 * first is not counted, the second counts once the report date reaches it; both are listed with file and row.
 */
class ReportDateTest {

    /** Window ends 2022-12-31, so dates after 2023-03-01 (60 days) are doubtful; row 5 is dated in the future. */
    private static Path folder(Path dir) throws IOException {
        return new CampaignBuilder().village("东村", 10)
                .payment(1, "赵一", "东村", "2022-12-20", "S1")
                .payment(2, "钱二", "东村", "2023-01-31 10:00:00", "S2")
                .payment(3, "孙三", "东村", "2023-05-01", "S3")
                .payment(4, "李四", "东村", "2099-01-01", "S4")
                .write(dir.resolve("in"));
    }

    @Test
    void theDefaultDateIsTheLatestPlausiblePaymentNeverAFutureOrMistypedOne(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        CampaignRun.Result r = new CampaignRun(new PrintWriter(log, true), NoPayerRunTest.on("2023-06-30"))
                .run(folder(dir), Optional.empty(), out);
        assertEquals(LocalDate.parse("2023-01-31"), r.asOf());
        try (TestWorkbook wb = new TestWorkbook(out.resolve("核对清单_2023-01-31.xlsx"))) {
            List<Map<String, Cell>> excluded = wb.table("未计入明细", "文件");
            assertEquals(1, excluded.size());
            assertEquals(List.of("清册.csv", "5", "2099-01-01", "缴费日期晚于今天"), List.of(wb.text(excluded.get(0).get("文件")),
                    wb.text(excluded.get(0).get("行号")), wb.text(excluded.get(0).get("缴费日期")), wb.text(excluded.get(0).get("类别"))));
            List<String> late = wb.table("人员核对", "类别").stream().filter(m -> wb.text(m.get("类别")).equals("缴费日期存疑"))
                    .map(m -> wb.text(m.get("说明"))).toList();
            assertEquals(List.of("清册 清册.csv 第 4 行：缴费日期 2023-05-01，晚于征缴截止（2022-12-31）超过 60 天，请核实日期是否有误；"
                    + "这一行不用于确定默认的统计日期，本次统计不计入"), late);
        }
        assertTrue(log.toString().contains("有 1 笔缴费日期晚于 2023-03-01"), log.toString());
        assertTrue(log.toString().contains("缴费日期晚于今天 1 行（不计入）"), log.toString());
    }

    @Test
    void aGivenDateCountsTheLatePaymentButNeverTheFutureOne(@TempDir Path dir) throws IOException {
        CampaignRun.Result r = new CampaignRun(new PrintWriter(new StringWriter()), NoPayerRunTest.on("2023-06-30"))
                .run(folder(dir), Optional.of(LocalDate.parse("2023-06-30")), dir.resolve("out"));
        assertEquals(3, r.ledger().on(r.asOf()).matchedTotal());
        assertEquals(3, r.ledger().on(LocalDate.parse("2099-12-31")).matchedTotal());
    }

    @Test
    void theDefaultDateIsNeverLaterThanToday(@TempDir Path dir) throws IOException {
        Path in = new CampaignBuilder().village("东村", 10).payment(1, "赵一", "东村", "2022-12-20", "S1")
                .payment(2, "钱二", "东村", "2022-12-28", "S2").write(dir.resolve("in"));
        CampaignRun.Result r = new CampaignRun(new PrintWriter(new StringWriter()), NoPayerRunTest.on("2022-12-25"))
                .run(in, Optional.empty(), dir.resolve("out"));
        assertEquals(LocalDate.parse("2022-12-20"), r.asOf());
    }

    @Test
    void checkWarnsAboutBothWithFileAndRow(@TempDir Path dir) throws IOException {
        List<String> lines = FolderCheck.check(folder(dir)).stream().map(Finding::line).toList();
        String all = String.join("\n", lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[警告] 清册.csv 第 5 行：「缴费日期」列：2099-01-01，晚于今天")), all);
        assertTrue(lines.contains("[警告] 清册.csv 第 4 行：「缴费日期」列：2023-05-01，晚于征缴截止后的 2023-03-01，请核实日期；"
                + "运行时这一行不用于确定统计日期"), all);
    }
}

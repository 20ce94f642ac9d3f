package zhengjiao.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.job.CampaignRun;
import zhengjiao.testing.TestWorkbook;

/**
 * {@code sample --preset yicheng-2024 --cash-record}: the dumps carry 村居代收 payments with their 代收人, and the run's
 * 钱表相符核对 finds exactly the three planted differences — one payer collected but not entered (+380), an amount
 * written 100 元 short, one agent's name written another way (a pair: 台账有、清册无 and 清册有、台账无, same village).
 */
class CashRecordSampleTest {

    @Test
    void theRunFindsExactlyThePlantedDifferences(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("yicheng");
        CountySampleGenerator.generate(folder, "yicheng-2024", 2024, 1, true);
        String dump = Files.readString(folder.resolve("payments/征收清册_2023年12月4日至20日.csv"));
        assertTrue(dump.startsWith("\uFEFF证件号码,姓名,村(社区),乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道,代收人"));
        assertTrue(dump.contains(",村居代收,"));
        String gbk = new String(Files.readAllBytes(folder.resolve("payments/征收清册_2023年10月1日至11月19日.csv")),
                Charset.forName("GBK"));
        assertTrue(gbk.contains(",村居代收,"));
        CampaignRun.Result r = new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(),
                tmp.resolve("out"));
        Path book = tmp.resolve("out").resolve("钱表相符核对_" + r.asOf() + ".xlsx");
        try (TestWorkbook wb = new TestWorkbook(book)) {
            List<Map<String, Cell>> rows = wb.table("差异明细", "序号");
            List<String> kinds = rows.stream().map(m -> wb.text(m.get("类别")) + " " + wb.text(m.get("差额（元）"))).sorted().toList();
            assertEquals(List.of("台账有、清册无 " + rows.stream().filter(m -> wb.text(m.get("类别")).equals("台账有、清册无"))
                            .map(m -> wb.text(m.get("差额（元）"))).findFirst().orElseThrow(),
                    "清册有、台账无 -" + rows.stream().filter(m -> wb.text(m.get("类别")).equals("台账有、清册无"))
                            .map(m -> wb.text(m.get("差额（元）"))).findFirst().orElseThrow(),
                    "金额不符 -100.00", "金额不符 380.00"), kinds);
            Map<String, Cell> onlyCash = rows.stream().filter(m -> wb.text(m.get("类别")).equals("台账有、清册无")).findFirst().orElseThrow();
            Map<String, Cell> onlyRegister = rows.stream().filter(m -> wb.text(m.get("类别")).equals("清册有、台账无")).findFirst().orElseThrow();
            assertEquals(wb.text(onlyCash.get("村居")), wb.text(onlyRegister.get("村居")));
            String recorded = wb.text(onlyCash.get("代收人"));
            String entered = wb.text(onlyRegister.get("代收人"));
            assertEquals(recorded.substring(0, 2), entered.substring(0, 2), recorded + " / " + entered);
            assertTrue(wb.text(onlyCash.get("说明")).endsWith("清册中另有「" + entered + "」，是否为同一人？"));
            List<Map<String, Cell>> summary = wb.table("汇总", "序号");
            Map<String, Cell> total = summary.get(summary.size() - 1);
            assertEquals("合计", wb.text(total.get("村居")));
            assertEquals(280.0, total.get("差额（元）").getNumericCellValue(), 0.0);
        }
    }
}

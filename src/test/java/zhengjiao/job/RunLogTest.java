package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.CampaignBuilder;

/** A run tells what it is doing while it writes, and ends with what it found — without a full resident ID. */
class RunLogTest {

    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");

    @Test
    void progressPerOutputAndASummaryWithoutIds(@TempDir Path dir) throws IOException {
        String idInPlace = CampaignBuilder.id(9);
        Path in = new CampaignBuilder().village("红旗村", 10).village("东村", 10).setting("任务总数: 25")
                .payment(1, "赵一", "红棋村", "2022-12-01", "S1").payment(2, "钱二", "东村", "2022-12-02", "S2")
                .payment(2, "钱二", "东村", "2022-12-03", "S3").payment(3, "孙三", idInPlace + "组", "2022-12-04", "S4")
                .write(dir.resolve("in"));
        StringWriter log = new StringWriter();
        new CampaignRun(new PrintWriter(log, true), NoPayerRunTest.on("2023-01-10")).run(in, Optional.empty(), dir.resolve("out"));
        String text = log.toString();
        for (String file : new String[] {"周排名通报_2022-12-04.xlsx", "工作经费补助_2022-12-04.xlsx", "周通报_2022-12-04.txt",
            "核对清单_2022-12-04.xlsx"}) {
            assertTrue(Pattern.compile("写出 " + Pattern.quote(file) + " … \\d+\\.\\d 秒").matcher(text).find(), text);
        }
        assertTrue(text.contains("统计截止 2022-12-04：计入缴费人 3 人，任务数 20，完成率 15.00%（其中村居未匹配 2 人）"), text);
        assertTrue(text.contains("「红棋村」1 人（是否为 红旗村？）"), text);
        assertTrue(text.contains("重复缴费 1 人"), text);
        assertTrue(text.contains("任务分解表各行合计 20，与设置「任务总数」25 不符"), text);
        assertTrue(text.contains(idInPlace.substring(0, 6) + "********" + idInPlace.substring(14)), text);
        assertFalse(FULL_ID.matcher(text).find(), text);
    }
}

package zhengjiao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCheckTest {

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).toList();
    }

    @Test
    void zhujiTableErrorsAreFoundAsPublished() {
        List<String> lines = lines(FolderCheck.check(Path.of("input-example/zhuji-2023")));
        assertTrue(lines.contains("[警告] 任务分解表.csv 第 6 行：双井村：任务数 4571，按人口 5184 × 0.88 应为 4562（相差 +9）"),
                String.join("\n", lines));
        assertTrue(lines.contains("[警告] 任务分解表.csv：各村任务数合计 41851，与设置中的任务总数 41850 不符（相差 +1）"));
        assertTrue(lines.contains("[警告] 任务分解表.csv 第 12 行：苗河村 与第 11 行 双杨村 的人口数和任务数完全相同（3228 / 2841），可能是复制错误"));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("[错误]")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("「红棋村」")));
    }

    @Test
    void everyProblemOfABrokenFolderIsListedInOnePass(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("campaign.yaml"), "辖区: 测试镇\n年度: 2023\n征缴开始: 2022-10-01\n征缴截止: 2022-12-31\n"
                + "任务总数: 30\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("任务表.csv"), "序号,村名,村人口数,任务数\n1,甲村,10,9\n2,,10,9\n3,甲,20,25\n4,乙村,20,x\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("payments"));
        Files.writeString(dir.resolve("payments/a.csv"), "姓名,金额\n张三,350\n", StandardCharsets.UTF_8);
        List<String> lines = lines(FolderCheck.check(dir));
        String all = String.join("\n", lines);
        assertTrue(lines.contains("[错误] 任务表.csv 第 3 行：村名为空"), all);
        assertTrue(lines.contains("[错误] 任务表.csv 第 4 行：村名「甲」与第 2 行「甲村」重复"), all);
        assertTrue(lines.contains("[错误] 任务表.csv 第 5 行：「任务数」应为非负整数，实为「x」（乙村）"), all);
        assertTrue(lines.contains("[警告] 任务表.csv 第 4 行：甲：任务数 25 大于人口数 20"), all);
        assertTrue(all.contains("a.csv") && all.contains("缺少列"), all);
    }

    @Test
    void ratioCheckNeedsAPrevailingRatio(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "村名,人口数,任务数\n甲,100,90\n乙,200,50\n丙,300,299\n", StandardCharsets.UTF_8);
        List<String> lines = lines(TaskTableCheck.check(zhengjiao.input.UnitTable.readTasks(file), java.util.Optional.empty()));
        assertEquals(List.of("[提示] t.csv：各村任务数与人口数之间没有统一比例，未逐村核对比例"), lines);
    }

    @Test
    void departmentListsAreCheckedAgainstThePolicy() {
        List<String> lines = lines(FolderCheck.check(Path.of("src/test/resources/subsidy/yutai")));
        assertTrue(lines.contains("[警告] special/县民政局.csv 第 8 行：人员类别「临时救助对象」不是资助政策中的类别，可在政策文件中添加别名"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[警告] special/县民政局.csv 第 7 行：证件号码：")), String.join("\n", lines));
        assertTrue(lines.contains("[提示] special/县乡村振兴局.csv：部门名单：低保边缘家庭成员 2 人，返贫致贫人员 1 人，防止返贫监测帮扶对象 1 人"),
                String.join("\n", lines));
    }
}

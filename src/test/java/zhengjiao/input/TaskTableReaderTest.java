package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.InputException;
import zhengjiao.domain.TaskTable;

class TaskTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void titleAndTotalRowsAreSkipped() throws IOException {
        Path file = dir.resolve("任务分解表.csv");
        Files.writeString(file, "朱集镇 2023 年度任务分解表,,,,\n序号,村名,村人口数,任务数,备注\n1,姜山村,2251,1981,\n"
                + "2,刘寨村,4711,4146,\n,合计,6962,6127,\n", StandardCharsets.UTF_8);
        TaskTable table = TaskTableReader.read(file);
        assertEquals(2, table.size());
        assertEquals(6127, table.totalTask());
        assertEquals(4, table.villages().get(1).row());
        assertEquals(4711, table.villages().get(1).population());
    }

    @Test
    void theSameVillageTwiceIsAnErrorNamingBothRows() throws IOException {
        Path file = dir.resolve("任务分解表.csv");
        Files.writeString(file, "序号,村名,任务数\n1,刘寨村,10\n2,刘寨,12\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> TaskTableReader.read(file));
        assertTrue(e.getMessage().contains("第 3 行"), e.getMessage());
        assertTrue(e.getMessage().contains("第 2 行"), e.getMessage());
    }

    @Test
    void aTaskThatIsNotANumberNamesRowAndColumn() throws IOException {
        Path file = dir.resolve("任务分解表.csv");
        Files.writeString(file, "序号,村名,任务数\n1,刘寨村,十\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> TaskTableReader.read(file));
        assertEquals("文件 任务分解表.csv 第 2 行「任务数」列：应为非负整数，实为「十」", e.getMessage());
    }

    @Test
    void anEmptyVillageColumnInATableOfTownsIsIgnored() throws IOException {
        Path file = dir.resolve("任务分解表.csv");
        Files.writeString(file, "序号,镇街,村名,人口数,任务数\n1,北辛街道,,100,90\n2,木石镇,,80,70\n", StandardCharsets.UTF_8);
        TaskTable table = TaskTableReader.read(file);
        assertEquals(zhengjiao.domain.TaskTable.Level.TOWNS, table.level());
        assertEquals(java.util.List.of("北辛街道", "木石镇"), table.towns());
    }
}

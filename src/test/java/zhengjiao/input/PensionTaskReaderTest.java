package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.InputException;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;

/** A 两险 task table: 医保任务数 is the medical task, 养老任务数 the pension's, for the same units. */
class PensionTaskReaderTest {

    @TempDir
    Path dir;

    private Path table(String text) throws IOException {
        return Files.writeString(dir.resolve("任务分解表.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theTwoTaskColumnsGiveTwoTablesOfTheSameUnits() throws IOException {
        Path file = table("""
                峄城区两险任务分解表
                序号,镇街,人口数,医保任务数,养老任务数,备注
                1,底阁镇,506,466,106,
                2,峨山镇,680,626,143,
                ,合计,1186,1092,249,
                """);
        TaskTable medical = TaskTableReader.read(file);
        TaskTable pension = PensionTaskReader.read(file, medical);
        assertEquals(List.of(466, 626), medical.villages().stream().map(Village::task).toList());
        assertEquals(List.of(106, 143), pension.villages().stream().map(Village::task).toList());
        assertEquals(List.of("底阁镇", "峨山镇"), pension.villages().stream().map(Village::name).toList());
        assertEquals(TaskTable.Level.TOWNS, pension.level());
        assertEquals(249, pension.totalTask());
    }

    @Test
    void aMissingColumnOrABadPensionTaskNamesFileRowAndColumn() throws IOException {
        Path without = table("序号,镇街,任务数\n1,底阁镇,466\n");
        TaskTable medical = TaskTableReader.read(without);
        String missing = assertThrows(InputException.class, () -> PensionTaskReader.read(without, medical)).getMessage();
        assertTrue(missing.contains("任务分解表.csv 第 1 行：缺少列 养老任务数") && missing.contains("须有「养老任务数」列"), missing);
        Path bad = table("序号,镇街,医保任务数,养老任务数\n1,底阁镇,466,106\n2,峨山镇,626,一百\n");
        String wrong = assertThrows(InputException.class, () -> PensionTaskReader.read(bad, TaskTableReader.read(bad)))
                .getMessage();
        assertTrue(wrong.contains("第 3 行") && wrong.contains("养老任务数") && wrong.contains("「一百」"), wrong);
    }
}

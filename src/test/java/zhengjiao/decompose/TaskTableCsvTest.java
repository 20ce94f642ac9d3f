package zhengjiao.decompose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhengjiao.input.UnitTable;

/** The CSV beside the decomposed table never holds a cell a spreadsheet would run as a formula. */
class TaskTableCsvTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+1|'=1+1", "+86 电话|'+86 电话", "-2+3|'-2+3", "@SUM(A1)|'@SUM(A1)", "＝1+1|'＝1+1",
        "甲村|甲村", "刘寨村=4000|刘寨村=4000", "'已有引号|'已有引号", "保底任务|保底任务"})
    void formulaLikeTextGetsALeadingQuote(String cell, String written) {
        assertEquals(written, TaskTableCsv.text(cell));
    }

    @Test
    void aTabOrCarriageReturnFirstIsEscapedToo() {
        assertEquals("'\t=cmd", TaskTableCsv.text("\t=cmd"));
        assertEquals("'\r=cmd", TaskTableCsv.text("\r=cmd"));
        assertEquals("", TaskTableCsv.text(""));
    }

    @Test
    void namesAndNotesAreEscapedNumbersAreNot() throws IOException {
        Path pop = Files.writeString(dir.resolve("人口.csv"), "村名,村人口数,备注\n"
                + "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"点我\"\")\",1000,\n"
                + "@SUM(1),1500,-已核实\n"
                + "东风村,2500,\n", StandardCharsets.UTF_8);
        Decomposition d = Decomposition.byTotal(UnitTable.readPopulations(pop), Map.of(), 1000, 0, "=标题");
        Path csv = dir.resolve("任务.csv");
        TaskTableCsv.write(d, csv);
        assertEquals(List.of("\uFEFF序号,村名,村人口数,任务数,备注",
                "1,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点我\"\")\",1000,200,",
                "2,'@SUM(1),1500,300,'-已核实",
                "3,东风村,2500,500,",
                ",合计,5000,1000,"), Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    void aMinimumAbovePopulationsWarnsNamingTheVillages() throws IOException {
        Path pop = Files.writeString(dir.resolve("人口.csv"), "村名,村人口数\n甲村,100\n乙村,50\n丙村,5000\n", StandardCharsets.UTF_8);
        Decomposition d = Decomposition.byTotal(UnitTable.readPopulations(pop), Map.of(), 1000, 120, "任务分解表");
        assertEquals(List.of("保底任务 120 大于「甲村」（人口 100）、「乙村」（人口 50）的人口数，这些村的任务数超过了人口，请核实 --min"),
                d.warnings());
    }

    @Test
    void noWarningWhenEveryTaskIsWithinItsPopulation() throws IOException {
        Path pop = Files.writeString(dir.resolve("人口.csv"), "村名,村人口数\n甲村,100\n乙村,5000\n", StandardCharsets.UTF_8);
        assertEquals(List.of(), Decomposition.byTotal(UnitTable.readPopulations(pop), Map.of(), 1000, 50, "表").warnings());
    }
}

package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.LayoutCheck;

/**
 * A 两险 county with villages under towns and supervision groups ({@code src/test/resources/two-insurance/county-villages},
 * figures worked out by hand in its README): the group bulletin gives every group's towns and the group ranking for both
 * insurances, the pension ranks each town's villages as the medical ranking does, and the ranking workbook has the
 * pension's trend beside the medical one.
 */
class TwoInsuranceCountyTest {

    private static final Path FOLDER = Path.of("src/test/resources/two-insurance/county-villages");

    @TempDir
    static Path out;

    private static Path ranking;
    private static Path groups;

    @BeforeAll
    static void run() throws IOException {
        CampaignRun.Result result = new CampaignRun(new PrintWriter(Writer.nullWriter())).run(FOLDER, Optional.empty(), out);
        assertEquals("2023-12-14", result.asOf().toString());
        ranking = out.resolve("周排名通报_2023-12-14.xlsx");
        groups = out.resolve("督查分组通报_2023-12-14.xlsx");
    }

    @Test
    void groupSummaryRanksTheGroupsByEachInsurance() throws IOException {
        assertEquals(List.of(
                "组别|带队领导|督查镇街|医保任务数|医保缴费人数|医保完成率|医保组排名|养老任务数|养老缴费人数|养老完成率|养老组排名",
                "第1组|张三|甲镇、乙镇|16|6|37.50%|2|8|5|62.50%|1",
                "第2组|赵六|丙街道|4|4|100.00%|1|3|1|33.33%|2",
                "合计|||20|10|50.00%||11|6|54.55%|"), lines(groups, "两险分组汇总", 2, 6));
    }

    @Test
    void eachGroupShowsItsTownsForBothInsurances() throws IOException {
        List<String> rows = lines(groups, "两险各组通报", 3, 10);
        assertTrue(rows.get(0).startsWith("督查第1组　带队领导：张三") && rows.get(0).contains("本组医保完成率：37.50%（第 2 名）")
                && rows.get(0).contains("本组养老完成率：62.50%（第 1 名）"), rows.get(0));
        assertEquals(List.of("甲镇|8|5|62.50%|2|4|2|50.00%|2", "乙镇|8|1|12.50%|3|4|3|75.00%|1",
                "本组合计|16|6|37.50%||8|5|62.50%|"), rows.subList(1, 4));
        assertTrue(rows.get(4).startsWith("督查第2组") && rows.get(4).contains("本组养老完成率：33.33%（第 2 名）"), rows.get(4));
        assertEquals(List.of("丙街道|4|4|100.00%|1|3|1|33.33%|3", "本组合计|4|4|100.00%||3|1|33.33%|"), rows.subList(5, 7));
    }

    @Test
    void pensionRanksEachTownsVillagesAsTheMedicalRankingDoes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ranking))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("居民医保排名", "甲镇", "乙镇", "丙街道", "居民养老排名", "甲镇养老", "乙镇养老", "丙街道养老", "两险对照",
                    "养老档次分布", "养老缴费核对", "趋势", "养老趋势"), names);
        }
        // 排名, 村名, 任务数, 缴费人数, 完成率, 本周新增, 上周排名, 排名变化, 自缴, 代缴, 备注
        assertEquals(List.of("1|东村|2|2|100.00%|1|1|—|1|1|已完成任务", "2|西村|2|0|0.00%|0|2|—|0|0|连续两周排名靠后，约谈",
                "|合计|4|2|50.00%|1|||1|1|"), lines(ranking, "甲镇养老", 3, 6));
        assertTrue(lines(ranking, "甲镇养老", 1, 2).get(0).startsWith("全区养老排名第 2 名　养老任务数：4　缴费人数：2"));
        assertEquals(List.of("1|北村|2|2|100.00%|2|2|↑1|2|0|已完成任务", "2|南村|2|1|50.00%|0|1|↓1|1|0|排名靠后",
                "|合计|4|3|75.00%|2|||3|0|"), lines(ranking, "乙镇养老", 3, 6));
        assertEquals(List.of("1|中村|3|1|33.33%|0|1|—|1|0|", "|合计|3|1|33.33%|0|||1|0|"), lines(ranking, "丙街道养老", 3, 5));
    }

    @Test
    void pensionTrendCountsAsThePensionRanking() throws IOException {
        List<String> rows = lines(ranking, "养老趋势", 2, 7);
        assertEquals("名称|任务数|10月5日|10月12日|10月19日|10月26日|11月2日|11月9日|11月16日|11月23日|11月30日|12月7日|12月14日|完成率",
                rows.get(0));
        assertEquals(List.of("甲镇|4|0|0|0|0|1|1|1|1|1|1|2|50.00%", "乙镇|4|0|0|0|0|0|0|1|1|1|1|3|75.00%",
                "丙街道|3|0|0|0|0|0|1|1|1|1|1|1|33.33%", "合计|11|0|0|0|0|1|2|3|3|3|3|6|54.55%"), rows.subList(1, 5));
    }

    @Test
    void theNewSheetsPrintOnA4() throws IOException {
        List<String> problems = new ArrayList<>(LayoutCheck.problems(ranking));
        problems.addAll(LayoutCheck.problems(groups));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of a sheet, cells as shown, joined by |. */
    private static List<String> lines(Path workbook, String sheet, int from, int to) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet s = wb.getSheet(sheet);
            assertTrue(s != null, sheet);
            int width = s.getRow(2).getLastCellNum();
            for (int r = from; r < to; r++) {
                Row row = s.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? "" : f.formatCellValue(cell));
                }
                String line = String.join("|", cells);
                // a heading merged across the row shows its text once
                out.add(line.matches("[^|]+\\|+") ? line.replaceAll("\\|+$", "") : line);
            }
        }
        return out;
    }
}

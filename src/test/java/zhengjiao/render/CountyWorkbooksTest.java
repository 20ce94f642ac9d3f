package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.testing.TestFiles;
import zhengjiao.job.CampaignRun;
import zhengjiao.testing.TestWorkbook;

/** County-level workbooks re-opened: per-town village sheets, the group bulletin and the contact directory. */
class CountyWorkbooksTest {

    private static CampaignRun.Result run(Path folder, Path out) throws IOException {
        return new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(), out);
    }

    private static List<String> sheetNames(TestWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb.workbook()) {
            names.add(s.getSheetName());
        }
        return names;
    }

    @Test
    void villagesUnderTownsGetOneRankedSheetPerTown(@TempDir Path out) throws IOException {
        CampaignRun.Result r = run(Path.of("src/test/resources/golden/county-villages"), out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("周排名通报_" + r.asOf() + ".xlsx"))) {
            assertEquals(List.of("周排名通报", "北辛街道", "木石镇", TrendSheet.NAME), sheetNames(wb));
            assertEquals("镇街", wb.headers(wb.sheet("周排名通报"), 2).get(1));
            List<Map<String, Cell>> muShi = wb.table("木石镇", "排名");
            assertEquals(List.of("南村", "北村", "合计"), muShi.stream().map(m -> wb.text(m.get("村名"))).toList());
            assertEquals("连续两周排名靠后，约谈", wb.text(muShi.get(1).get("备注")));
            assertEquals(0.375, muShi.get(2).get("完成率").getNumericCellValue(), 1e-9);
            List<Map<String, Cell>> beiXin = wb.table("北辛街道", "排名");
            assertEquals("排名靠后", wb.text(beiXin.get(1).get("备注")));
            assertTrue(wb.sheet("木石镇").getPaneInformation().isFreezePane());
            assertEquals(2, wb.sheet("木石镇").getRepeatingRows().getLastRow());
        }
    }

    @Test
    void aRestyledRankingTemplateWithoutTheTownsSheetGivesTheRankingAlone(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("county");
        TestFiles.copyTree(Path.of("src/test/resources/golden/county-villages"), folder);
        Files.createDirectories(folder.resolve("templates"));
        try (java.io.InputStream in = Files.newInputStream(Path.of("templates", Reports.RANKING_TEMPLATE));
             org.apache.poi.xssf.usermodel.XSSFWorkbook template = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            template.removeSheetAt(template.getSheetIndex("各镇街村排名"));
            try (java.io.OutputStream os = Files.newOutputStream(folder.resolve("templates").resolve(Reports.RANKING_TEMPLATE))) {
                template.write(os);
            }
        }
        Path out = dir.resolve("out");
        CampaignRun.Result r = run(folder, out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("周排名通报_" + r.asOf() + ".xlsx"))) {
            assertEquals(List.of("周排名通报", TrendSheet.NAME), sheetNames(wb));
            assertEquals(List.of("北辛街道", "木石镇", "未匹配", "合计"), wb.table("周排名通报", "排名").stream()
                    .map(m -> wb.text(m.get("镇街"))).filter(t -> !t.isEmpty()).toList());
        }
    }

    @Test
    void groupBulletinHasASummaryAndOneSheetPerLeader(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("county");
        TestFiles.copyTree(Path.of("src/test/resources/golden/county-towns"), folder);
        Files.writeString(folder.resolve("督查分组表.csv"), "带队领导,医保成员,税务成员,镇街\n鞠  峰,李兵,黄艳,北辛街道\n,,,木石\n"
                + "李永振,张鹏,魏波,龙泉\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("联系方式一览表.csv"), "镇街,医保办联系人,医保办电话,税务分局联系人,税务分局电话\n"
                + "北辛街道,王宜玲,5563018,丁善美,5582306\n木石镇,张彪,2359323,刘翠皊,2355309\n龙泉街道,郭少鹏,05858087,马晓磊,5858081\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("上年联系方式一览表.csv"), "镇街,医保办联系人,医保办电话,税务分局联系人,税务分局电话\n"
                + "北辛街道,王宜玲,5563018,路方方,5585383\n木石镇,张彪,2359323,刘翠皊,2355309\n龙泉街道,郭少鹏,05858087,马晓磊,5858081\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CampaignRun.Result r = run(folder, out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("督查分组通报_" + r.asOf() + ".xlsx"))) {
            assertEquals(List.of("分组汇总", "各组通报"), sheetNames(wb));
            List<Map<String, Cell>> summary = wb.table("分组汇总", "组别");
            assertEquals("北辛街道、木石镇", wb.text(summary.get(0).get("督查镇街")));
            assertEquals(4.0 / 6, summary.get(0).get("完成率").getNumericCellValue(), 1e-6);
            assertEquals("北辛街道（第 2 名）", wb.text(summary.get(0).get("排名最后的镇街")));
            // every group under the one before, on one printed page: headed by its number, leader and members
            org.apache.poi.ss.usermodel.Sheet groups = wb.sheet("各组通报");
            List<String> headings = new java.util.ArrayList<>();
            List<Integer> headers = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : groups) {
                String first = wb.text(row.getCell(0));
                if (first.startsWith("督查第")) {
                    headings.add(first);
                }
                if (first.equals("全市排名")) {
                    headers.add(row.getRowNum());
                }
            }
            assertEquals(2, headings.size(), headings.toString());
            assertTrue(headings.get(0).startsWith("督查第1组　带队领导：鞠峰　医保成员：李兵　税务成员：黄艳"), headings.get(0));
            assertTrue(headings.get(1).contains("李永振"), headings.get(1));
            assertEquals(0, groups.getRowBreaks().length, "two small groups share a page");
            List<Map<String, Cell>> juFeng = wb.table("各组通报", "全市排名");
            assertEquals(List.of("1", "2"), juFeng.subList(0, 2).stream().map(m -> wb.text(m.get("全市排名"))).toList());
            assertEquals("本组合计", wb.text(juFeng.get(2).get("镇街")));
            assertEquals(3, juFeng.size());
            assertEquals("龙泉街道", wb.text(groups.getRow(headers.get(1) + 1).getCell(1)));
        }
        try (TestWorkbook wb = new TestWorkbook(out.resolve("联系方式一览表.xlsx"))) {
            assertEquals(List.of("联系方式", "变动情况"), sheetNames(wb));
            Cell phone = wb.table("联系方式", "序号").get(2).get("医保办电话");
            assertEquals(CellType.STRING, phone.getCellType());
            assertEquals("05858087", phone.getStringCellValue());
            List<Map<String, Cell>> changes = wb.table("变动情况", "镇街");
            assertEquals(1, changes.size());
            assertEquals("更换人员和电话", wb.text(changes.get(0).get("变动")));
            assertEquals(1, wb.sheet("联系方式").getPrintSetup().getFitHeight());
        }
    }

    @Test
    void withoutLastYearsDirectoryThereIsNoChangeSheet(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("county");
        TestFiles.copyTree(Path.of("src/test/resources/golden/county-towns"), folder);
        Files.writeString(folder.resolve("联系方式一览表.csv"), "镇街,医保办联系人及联系电话,税务分局联系人及联系电话\n"
                + "北辛街道,王宜玲  5563018,丁善美  5582306\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        run(folder, out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("联系方式一览表.xlsx"))) {
            assertEquals(List.of("联系方式"), sheetNames(wb));
        }
    }
}

package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.job.CampaignRun;
import zhengjiao.testing.TestWorkbook;

/** The generated workbooks re-opened and checked for what an official relies on. */
class ReportWorkbooksTest {

    @TempDir
    static Path out;
    static CampaignRun.Result result;

    @BeforeAll
    static void run() throws IOException {
        result = new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(Path.of("src/test/resources/golden/basic"), Optional.empty(), out);
    }

    private static Path output(String prefix) {
        return out.resolve(prefix + "_" + result.asOf() + (prefix.equals("周通报") ? ".txt" : ".xlsx"));
    }

    @Test
    void rankingHasTheAgreedHeaderAndPercentRates() throws IOException {
        try (TestWorkbook wb = new TestWorkbook(output("周排名通报"))) {
            Sheet sheet = wb.sheet("周排名通报");
            int h = wb.headerRow(sheet, "排名");
            assertEquals(List.of("排名", "村名", "任务数", "缴费人数", "完成率", "本周新增", "上周排名", "排名变化"),
                    wb.headers(sheet, h).subList(0, 8));
            List<Map<String, Cell>> rows = wb.table("周排名通报", "排名");
            Cell rate = rows.get(1).get("完成率");
            assertEquals(CellType.NUMERIC, rate.getCellType());
            assertEquals(0.75, rate.getNumericCellValue(), 1e-9);
            assertTrue(rate.getCellStyle().getDataFormatString().contains("%"));
            assertEquals("75.00%", wb.text(rate));
            Map<String, Cell> total = rows.stream().filter(r -> wb.text(r.get("村名")).equals("合计")).findFirst().orElseThrow();
            assertEquals(15, total.get("任务数").getNumericCellValue());
            assertEquals(10, total.get("缴费人数").getNumericCellValue());
            assertEquals("↓2", wb.text(rows.get(2).get("排名变化")));
        }
    }

    @Test
    void everyWorkbookPrintsOnA4FitToWidthWithRepeatedTitlesAndAFrozenHeader() throws IOException {
        for (String prefix : List.of("周排名通报", "工作经费补助", "核对清单")) {
            try (TestWorkbook wb = new TestWorkbook(output(prefix))) {
                for (int i = 0; i < wb.workbook().getNumberOfSheets(); i++) {
                    Sheet sheet = wb.workbook().getSheetAt(i);
                    String where = prefix + "/" + sheet.getSheetName();
                    PrintSetup ps = sheet.getPrintSetup();
                    assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), where);
                    assertTrue(sheet.getFitToPage(), where);
                    assertEquals(1, ps.getFitWidth(), where);
                    assertEquals(0, ps.getFitHeight(), where);
                    assertNotNull(sheet.getRepeatingRows(), where);
                    // the title and header repeat; a trend of several blocks (one header each) repeats the title only
                    boolean blocks = sheet.getSheetName().equals(TrendSheet.NAME) && wb.text(sheet.getRow(1).getCell(0)).contains("更早的各期");
                    assertEquals(blocks ? 1 : 2, sheet.getRepeatingRows().getLastRow(), where);
                    assertNotNull(sheet.getPaneInformation(), where);
                    assertTrue(sheet.getPaneInformation().isFreezePane(), where);
                    assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition(), where);
                    List<String> headers = wb.headers(sheet, 2);
                    for (int c = 0; c < headers.size(); c++) {
                        int chineseWidth = Math.min(headers.get(c).length(), 4) * 2 * 256;
                        assertTrue(sheet.getColumnWidth(c) >= chineseWidth, where + " column " + headers.get(c));
                    }
                    assertNoTemplateMarkup(sheet, where);
                }
            }
        }
    }

    private static void assertNoTemplateMarkup(Sheet sheet, String where) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    assertFalse(c.getStringCellValue().contains("${"), where + " " + c.getAddress());
                }
                assertTrue(c.getCellComment() == null || !c.getCellComment().getString().getString().contains("jx:"),
                        where + " " + c.getAddress());
            }
        }
    }

    @Test
    void textUsesAChineseFont() throws IOException {
        try (TestWorkbook wb = new TestWorkbook(output("周排名通报"))) {
            XSSFCell cell = (XSSFCell) wb.table("周排名通报", "排名").get(0).get("村名");
            String font = cell.getCellStyle().getFont().getFontName();
            assertTrue(List.of("宋体", "黑体", "仿宋", "等线", "微软雅黑").contains(font), font);
        }
    }

    @Test
    void checklistKeepsIdsAsTextAndListsEveryExcludedRow() throws IOException {
        try (TestWorkbook wb = new TestWorkbook(output("核对清单"))) {
            List<Map<String, Cell>> rows = wb.table("未计入明细", "文件");
            assertEquals(3, rows.size());
            for (Map<String, Cell> r : rows) {
                assertEquals(CellType.STRING, r.get("证件号码").getCellType());
            }
            assertEquals(List.of("非本险种", "非本年度", "证件号码无效"),
                    rows.stream().map(r -> wb.text(r.get("类别"))).toList());
            List<Map<String, Cell>> duplicates = wb.table("重复缴费", "证件号码");
            assertEquals(1, duplicates.size());
            assertEquals("S11\nS12", wb.text(duplicates.get(0).get("税票号码")), "one ticket a line");
            assertEquals(1, wb.table("退费", "证件号码").size());
            assertEquals("戊村", wb.text(wb.table("未匹配村居", "文件").get(0).get("村居（原文）")));
            List<Map<String, Cell>> files = wb.table("汇总", "文件");
            assertEquals("a.csv", wb.text(files.get(0).get("文件")));
            assertEquals(14, files.get(0).get("读取行数").getNumericCellValue());
            assertEquals(1, files.get(1).get("重复出现（同一税票）").getNumericCellValue());
        }
    }

    @Test
    void circularTextNamesTotalsAndBottomVillages() throws IOException {
        String text = java.nio.file.Files.readString(output("周通报"));
        assertTrue(text.contains("测试镇任务15人，已缴费10人"), text);
        assertTrue(text.contains("完成率66.67%"), text);
        assertTrue(text.contains("三、排名靠后（末1位）\n丁村（40.00%）"), text);
        assertTrue(text.contains("补助合计8元"), text);
    }
}

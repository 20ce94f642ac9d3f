package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import zhengjiao.job.CampaignRun;
import zhengjiao.report.Period;
import zhengjiao.report.Rate;
import zhengjiao.testing.TestWorkbook;

/**
 * The circular document, the briefing and the 趋势 sheet, read back: their figures equal the ranking workbook's, the
 * circular's page is GB/T 9704-2012's, the charts' series are the figures.
 */
class LeaderReportsTest {

    private static final String DAY = "2023-01-31";
    private static Path zhuji;

    @BeforeAll
    static void runZhuji(@TempDir Path dir) throws IOException {
        zhuji = dir.resolve("zhuji");
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of("input-example/zhuji-2023"), Optional.empty(), zhuji);
    }

    /** The ranking workbook's lines: 排名, 村名, 任务数, 缴费人数, 本周新增, 上周排名, 备注 as shown. */
    private static List<List<String>> rankingLines(Path ranking) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (TestWorkbook wb = new TestWorkbook(ranking)) {
            Sheet sheet = wb.workbook().getSheetAt(0);
            List<String> headers = wb.headers(sheet, wb.headerRow(sheet, "排名"));
            for (Map<String, Cell> row : wb.table(sheet.getSheetName(), "排名")) {
                List<String> line = new ArrayList<>();
                for (String h : List.of(headers.get(0), headers.get(1), headers.get(2), headers.get(3), headers.get(5),
                        headers.get(6), headers.get(10))) {
                    line.add(wb.text(row.get(h)));
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static XWPFDocument docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void circularTableIsTheRanking() throws IOException {
        List<List<String>> ranking = rankingLines(zhuji.resolve("周排名通报_" + DAY + ".xlsx"));
        try (XWPFDocument doc = docx(zhuji.resolve("周通报_" + DAY + ".docx"))) {
            assertEquals(1, doc.getTables().size());
            XWPFTable table = doc.getTables().get(0);
            assertEquals(List.of("排名", "村名", "任务数", "缴费人数", "完成率", "本周新增", "上周排名", "排名变化", "备注"),
                    table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
            assertEquals(ranking.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<String> cells = rows.get(i).getTableCells().stream().map(c -> c.getText()).toList();
                List<String> expected = ranking.get(i);
                assertEquals(expected.subList(0, 4), cells.subList(0, 4), "line " + i);
                assertEquals(expected.get(4), cells.get(5), "新增 of line " + i);
                assertEquals(expected.get(5), cells.get(6), "上周排名 of line " + i);
                if (!cells.get(2).isEmpty()) {
                    assertEquals(new Rate(Long.parseLong(cells.get(3)), Long.parseLong(cells.get(2))).percent(), cells.get(4));
                }
                if (!cells.get(0).isEmpty()) {
                    assertEquals(expected.get(6), cells.get(8), "备注 of line " + i);
                }
            }
            assertEquals("合计", rows.get(rows.size() - 1).getCell(1).getText());
        }
    }

    @Test
    void circularParagraphsCarryTheRankingsFiguresAndTheNoticesMeasures() throws IOException {
        List<List<String>> ranking = rankingLines(zhuji.resolve("周排名通报_" + DAY + ".xlsx"));
        List<String> total = ranking.get(ranking.size() - 1);
        String calledIn = ranking.stream().filter(l -> l.get(6).contains("约谈")).map(l -> l.get(1))
                .collect(Collectors.joining("、"));
        try (XWPFDocument doc = docx(zhuji.resolve("周通报_" + DAY + ".docx"))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String text = String.join("\n", paragraphs);
            assertEquals("朱集镇人民政府文件", paragraphs.get(0));
            assertTrue(paragraphs.contains("关于2023年度居民医保征缴进度的周通报"), text);
            assertTrue(paragraphs.contains("各村（社区）："), text);
            assertTrue(text.contains("任务" + total.get(2) + "人，已缴费" + total.get(3) + "人"), text);
            assertTrue(text.contains("完成率" + new Rate(Long.parseLong(total.get(3)), Long.parseLong(total.get(2))).percent()), text);
            assertTrue(text.contains("本周新增缴费" + total.get(4) + "人"), text);
            assertTrue(text.contains(calledIn + "连续两周排名靠后") && text.contains("予以约谈"), text);
            assertTrue(text.contains("（考核时间节点），下列村未完成征缴任务，予以通报批评，村书记向党委政府作出深刻检查"), text);
            assertEquals("朱集镇人民政府", paragraphs.get(paragraphs.size() - 2));
            assertEquals("2023年1月31日", paragraphs.get(paragraphs.size() - 1));
            assertTrue(paragraphs.stream().noneMatch(p -> p.contains("{{")), "placeholders left: " + text);
            assertTrue(!text.matches("(?s).*\\d{17}[\\dX].*"), "no resident ID");
        }
    }

    @Test
    void circularPageIsGbT9704() throws IOException {
        try (XWPFDocument doc = docx(zhuji.resolve("周通报_" + DAY + ".docx"))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
            CTPageMar m = sect.getPgMar();
            // 37 / 35 / 28 / 26 mm in twips (1 mm = 56.69 twips)
            assertEquals(2098, ((BigInteger) m.getTop()).intValue());
            assertEquals(1984, ((BigInteger) m.getBottom()).intValue());
            assertEquals(1587, ((BigInteger) m.getLeft()).intValue());
            assertEquals(1474, ((BigInteger) m.getRight()).intValue());
            // type area 156 mm × 225 mm; 22 lines of 28.95 pt fit it
            assertEquals(156.0, (11906 - 1587 - 1474) / 1440.0 * 25.4, 0.1);
            assertEquals(225.0, (16838 - 2098 - 1984) / 1440.0 * 25.4, 0.1);
            assertEquals(579, sect.getDocGrid().getLinePitch().intValue());
            assertTrue(22 * 579 <= 16838 - 2098 - 1984 && 23 * 579 > 16838 - 2098 - 1984);
            // 3号 (16 pt) body condensed to 15.75 pt: 28 characters and not 29 fill the 156 mm line
            var defaults = doc.getStyles().getDefaultRunStyle();
            assertEquals(16.0, defaults.getFontSizeAsDouble());
            double pitch = 16 + styleSpacingPoints(doc);
            assertTrue(28 * pitch <= 8845 / 20.0 && 29 * pitch > 8845 / 20.0, "pitch " + pitch);
            assertEquals(44, halfPoints(doc.getStyles().getStyle("GwTitle")), "2号 title");
            assertEquals(72, halfPoints(doc.getStyles().getStyle("Biaozhi")));
            // page numbers: odd pages right, even pages left, “— n —” in 4号 宋体
            assertTrue(doc.getSettings().getCTSettings().isSetEvenAndOddHeaders());
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertEquals("right", odd.getParagraphs().get(0).getCTP().getPPr().getJc().getVal().toString());
            assertEquals("left", even.getParagraphs().get(0).getCTP().getPPr().getJc().getVal().toString());
            for (XWPFFooter f : List.of(odd, even)) {
                String xml = f.getParagraphs().get(0).getCTP().xmlText();
                assertTrue(xml.contains("PAGE") && f.getText().strip().startsWith("— ") && f.getText().strip().endsWith(" —"), xml);
                assertEquals(14.0, f.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble());
            }
        }
    }

    private static double styleSpacingPoints(XWPFDocument doc) {
        var rPr = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        return ((BigInteger) rPr.getSpacingArray(0).getVal()).intValue() / 20.0;
    }

    private static int halfPoints(XWPFStyle style) {
        return ((BigInteger) style.getCTStyle().getRPr().getSzArray(0).getVal()).intValue();
    }

    @Test
    void briefingChartsPlotTheRankingsFigures() throws IOException {
        List<List<String>> ranking = rankingLines(zhuji.resolve("周排名通报_" + DAY + ".xlsx"));
        List<List<String>> units = ranking.stream().filter(l -> !l.get(0).isEmpty()).toList();
        List<String> total = ranking.get(ranking.size() - 1);
        try (TestWorkbook wb = new TestWorkbook(zhuji.resolve("领导简报_" + DAY + ".xlsx"))) {
            assertEquals(1, wb.workbook().getNumberOfSheets() - (wb.workbook().isSheetHidden(1) ? 1 : 0));
            XSSFDrawing drawing = wb.workbook().getSheet(BriefingWorkbook.SHEET).getDrawingPatriarch();
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(2, charts.size());
            XDDFScatterChartData progress = (XDDFScatterChartData) charts.get(0).getChartSeries().get(0);
            XDDFChartData.Series paid = progress.getSeries(0);
            int days = (int) (LocalDate.parse(DAY).toEpochDay() - LocalDate.of(2022, 10, 1).toEpochDay()) + 1;
            assertEquals(days, paid.getValuesData().getPointCount());
            assertEquals(Double.parseDouble(total.get(3)), paid.getValuesData().getPointAt(days - 1).doubleValue());
            assertEquals(Double.parseDouble(total.get(3)) - Double.parseDouble(total.get(4)),
                    paid.getValuesData().getPointAt(days - 8).doubleValue(), "the count 7 days earlier");
            assertTrue(paid.getValuesData().getDataRangeReference().startsWith(BriefingWorkbook.DATA + "!"));
            XDDFChartData.Series task = progress.getSeries(1);
            assertEquals(Double.parseDouble(total.get(2)), task.getValuesData().getPointAt(0).doubleValue());
            assertEquals(Double.parseDouble(total.get(2)), task.getValuesData().getPointAt(1).doubleValue());

            List<XDDFChartData> bars = charts.get(1).getChartSeries();
            XDDFChartData.Series rates = ((XDDFBarChartData) bars.get(0)).getSeries(0);
            XDDFChartData.Series line = ((XDDFLineChartData) bars.get(1)).getSeries(0);
            assertEquals(units.size(), rates.getCategoryData().getPointCount());
            for (int i = 0; i < units.size(); i++) {
                assertEquals(units.get(i).get(1), rates.getCategoryData().getPointAt(i));
                Rate rate = new Rate(Long.parseLong(units.get(i).get(3)), Long.parseLong(units.get(i).get(2)));
                assertEquals(rate.value(), rates.getValuesData().getPointAt(i).doubleValue(), 1e-9);
                assertEquals(1.0, line.getValuesData().getPointAt(i).doubleValue());
            }
            String page = cellsOf(wb.workbook().getSheet(BriefingWorkbook.SHEET));
            assertTrue(page.contains(total.get(3) + " / " + total.get(2)), page);
            assertTrue(page.contains(new Rate(Long.parseLong(total.get(3)), Long.parseLong(total.get(2))).percent()), page);
        }
        try (XWPFDocument doc = docx(zhuji.resolve("领导简报_" + DAY + ".docx"))) {
            assertEquals(2, doc.getAllPictures().size());
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("重复缴费") && text.contains("未匹配"), text);
        }
    }

    private static String cellsOf(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                sb.append(c.toString()).append('|');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void trendSheetEndsOnTheRankingsCounts() throws IOException {
        List<List<String>> ranking = rankingLines(zhuji.resolve("周排名通报_" + DAY + ".xlsx"));
        try (TestWorkbook wb = new TestWorkbook(zhuji.resolve("周排名通报_" + DAY + ".xlsx"))) {
            Sheet trend = wb.sheet(TrendSheet.NAME);
            Row head = trend.getRow(2);
            int last = head.getLastCellNum() - 2;
            assertEquals("1月31日", wb.text(head.getCell(last)));
            assertEquals("1月24日", wb.text(head.getCell(last - 1)));
            for (List<String> line : ranking.stream().filter(l -> !l.get(0).isEmpty()).toList()) {
                Row row = null;
                for (Row r : trend) {
                    // the first block holds the latest days
                    if (row == null && r.getRowNum() > 2 && line.get(1).equals(wb.text(r.getCell(0)))) {
                        row = r;
                    }
                }
                assertEquals(line.get(3), wb.text(row.getCell(last)), line.get(1));
                assertEquals(Integer.parseInt(line.get(3)) - Integer.parseInt(line.get(4)),
                        Integer.parseInt(wb.text(row.getCell(last - 1))), line.get(1));
            }
        }
    }

    @Test
    void dailyPeriodWordsEveryOutput(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("daily");
        new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(Path.of("src/test/resources/golden/basic"), Optional.of(LocalDate.of(2022, 12, 20)), new Period(1), out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("周排名通报_2022-12-20.xlsx"))) {
            Sheet sheet = wb.workbook().getSheetAt(0);
            List<String> headers = wb.headers(sheet, wb.headerRow(sheet, "排名"));
            assertEquals("本日新增", headers.get(5));
            assertEquals("昨日排名", headers.get(6));
            assertTrue(cellsOf(sheet).contains("2022年12月19日"));
            Row head = wb.sheet(TrendSheet.NAME).getRow(2);
            assertEquals("12月19日", wb.text(head.getCell(head.getLastCellNum() - 3)), "one column per day");
            // more days than a page holds at 9 pt: blocks one under another, the latest first, every day once
            List<LocalDate> shown = new java.util.ArrayList<>();
            List<Integer> widths = new java.util.ArrayList<>();
            for (Row r : wb.sheet(TrendSheet.NAME)) {
                if (wb.text(r.getCell(0)).equals("名称")) {
                    int before = shown.size();
                    for (Cell c : r) {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)月(\\d+)日").matcher(wb.text(c));
                        if (m.matches()) {
                            int month = Integer.parseInt(m.group(1));
                            shown.add(LocalDate.of(month >= 9 ? 2022 : 2023, month, Integer.parseInt(m.group(2))));
                        }
                    }
                    widths.add(shown.size() - before);
                }
            }
            assertTrue(widths.size() > 1 && widths.stream().allMatch(w -> w <= TrendSheet.datesPerBlock()), widths.toString());
            assertEquals(LocalDate.of(2022, 12, 20), shown.get(widths.get(0) - 1), "the latest block first");
            java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>(shown);
            assertEquals(shown.size(), days.size(), "each day once");
            assertEquals(days.first().until(days.last(), java.time.temporal.ChronoUnit.DAYS) + 1, days.size(), "no day left out");
        }
        assertEquals(List.of(), zhengjiao.testing.LayoutCheck.problems(out.resolve("周排名通报_2022-12-20.xlsx")));
        String text = Files.readString(out.resolve("周通报_2022-12-20.txt"));
        assertTrue(text.contains("本日（2022年12月19日以来）新增缴费") && !text.contains("本周"), text);
        try (XWPFDocument doc = docx(out.resolve("周通报_2022-12-20.docx"))) {
            assertEquals("本日新增", doc.getTables().get(0).getRow(0).getCell(5).getText());
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(body.contains("关于2023年度居民医保征缴进度的日通报") && body.contains("本日新增缴费"), body);
        }
        try (TestWorkbook wb = new TestWorkbook(out.resolve("领导简报_2022-12-20.xlsx"))) {
            assertTrue(cellsOf(wb.sheet(BriefingWorkbook.SHEET)).contains("本日新增"));
        }
    }

    @Test
    void issuerSettingsHeadTheCircular(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("basic");
        copy(Path.of("src/test/resources/golden/basic"), folder);
        Files.writeString(folder.resolve("campaign.yaml"), Files.readString(folder.resolve("campaign.yaml"))
                + "\n发文机关: 测试镇医疗保障办公室\n通报文号: 测医保〔2022〕5号\n主送机关: 各村（居）委会：\n");
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.empty(), dir.resolve("out"));
        Path docx;
        try (var list = Files.list(dir.resolve("out"))) {
            docx = list.filter(p -> p.getFileName().toString().matches("周通报_.*\\.docx")).findFirst().orElseThrow();
        }
        try (XWPFDocument doc = docx(docx)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("测试镇医疗保障办公室文件", paragraphs.get(0));
            assertTrue(paragraphs.contains("测医保〔2022〕5号"));
            assertTrue(paragraphs.contains("各村（居）委会："));
            assertEquals("测试镇医疗保障办公室", paragraphs.get(paragraphs.size() - 2));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

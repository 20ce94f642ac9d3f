package zhengjiao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import static zhengjiao.render.CodeStyles.cell;
import static zhengjiao.render.CodeStyles.font;
import static zhengjiao.render.CodeStyles.style;
import zhengjiao.report.Briefing;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.Trend;
import zhengjiao.report.WeeklyReport;

/**
 * {@code 领导简报_<日期>.xlsx}: one A4 page — the headline figures, a cumulative progress chart (payers per day since
 * the window opened, the task line, the window's end, last year's curve when known) and a bar chart of completion by
 * unit in rank order with the 100% task line, then the units behind, the forecast and the risks. The charts are
 * native Excel charts (an official restyles them in Excel or WPS) over the figures on the hidden sheet 图表数据 (Excel:
 * 右键工作表标签 → 取消隐藏).
 */
final class BriefingWorkbook {

    /** The page's sheet and the charts' data sheet. */
    static final String SHEET = "领导简报";
    static final String DATA = "图表数据";
    /** Columns of the data sheet: progress (日期, 累计缴费人数), task line, window end, last year, units. */
    static final int COL_DAY = 0;
    static final int COL_TASK_X = 3;
    static final int COL_END_X = 6;
    static final int COL_LAST_X = 9;
    static final int COL_UNIT = 12;
    private static final int PAGE_COLS = 8;

    private BriefingWorkbook() {
    }

    static void write(Briefing b, BriefingText text, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet page = wb.createSheet(SHEET);
            XSSFSheet data = wb.createSheet(DATA);
            Styles st = new Styles(wb);
            int rows = fillData(data, b, st);
            for (int c = 0; c < PAGE_COLS; c++) {
                page.setColumnWidth(c, 12 * 256);
            }
            Row title = page.createRow(0);
            title.setHeightInPoints(30);
            cell(title, 0, text.title(), st.title);
            page.addMergedRegion(new CellRangeAddress(0, 0, 0, PAGE_COLS - 1));
            Row labels = page.createRow(2);
            Row values = page.createRow(3);
            labels.setHeightInPoints(30);
            values.setHeightInPoints(30);
            List<BriefingText.Headline> heads = text.headlines();
            // six headline figures over eight columns: the first two take two columns each
            int col = 0;
            for (int i = 0; i < heads.size(); i++) {
                int span = i < 2 ? 2 : 1;
                cell(labels, col, heads.get(i).label(), st.label);
                cell(values, col, heads.get(i).value(), st.value);
                for (int k = 1; k < span; k++) {
                    cell(labels, col + k, "", st.label);
                    cell(values, col + k, "", st.value);
                }
                if (span > 1) {
                    page.addMergedRegion(new CellRangeAddress(2, 2, col, col + span - 1));
                    page.addMergedRegion(new CellRangeAddress(3, 3, col, col + span - 1));
                }
                col += span;
            }
            XSSFDrawing drawing = page.createDrawingPatriarch();
            progressChart(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 5, PAGE_COLS, 23)), data, b, rows);
            unitChart(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 24, PAGE_COLS, 42)), data, b);
            int r = 43;
            for (String note : text.notes()) {
                Row row = page.createRow(r);
                row.setHeightInPoints(Math.max(1, (note.length() + 47) / 48) * 16f + 4);
                cell(row, 0, note, st.note);
                page.addMergedRegion(new CellRangeAddress(r, r, 0, PAGE_COLS - 1));
                r++;
            }
            PrintSetup ps = page.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(false);
            page.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 1);
            page.setHorizontallyCenter(true);
            page.setMargin(Sheet.LeftMargin, 0.5);
            page.setMargin(Sheet.RightMargin, 0.5);
            page.setMargin(Sheet.TopMargin, 0.6);
            page.setMargin(Sheet.BottomMargin, 0.6);
            // one page, numbered as every sheet is; the title stays in view and would head a second page
            page.getFooter().setCenter(PaperFit.ONE_PAGE_FOOTER); // fitted to one page
            ps.setUsePage(true);
            ps.setPageStart((short) 1);
            page.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            page.createFreezePane(0, 1);
            wb.setPrintArea(0, 0, PAGE_COLS - 1, 0, r - 1);
            data.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            // the figures stay in the workbook for the charts; only the page prints
            wb.setSheetHidden(1, true);
            wb.setActiveSheet(0);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }

    /** Writes the chart figures; returns the number of progress rows (days) written under the header. */
    private static int fillData(XSSFSheet data, Briefing b, Styles st) {
        WeeklyReport r = b.report();
        Trend daily = b.daily();
        LocalDate start = daily.days().isEmpty() ? r.asOf() : daily.days().get(0);
        LocalDate end = r.settings().windowEnd();
        LocalDate axisEnd = end.isAfter(r.asOf()) ? end : r.asOf();
        Row head = data.createRow(0);
        String[] heads = {"日期", "累计缴费人数", "", "任务线日期", "任务数", "", "征缴截止日期", "征缴截止", "", "上年同期日期", "上年累计缴费人数", "",
            "名称", "完成率", "任务线"};
        for (int i = 0; i < heads.length; i++) {
            cell(head, i, heads[i], st.label);
        }
        List<Integer> paid = daily.total().paid();
        for (int i = 0; i < daily.days().size(); i++) {
            Row row = row(data, i + 1);
            date(row, COL_DAY, daily.days().get(i), st.date);
            row.createCell(COL_DAY + 1).setCellValue(paid.get(i));
        }
        int task = r.total().task();
        date(row(data, 1), COL_TASK_X, start, st.date);
        row(data, 1).createCell(COL_TASK_X + 1).setCellValue(task);
        date(row(data, 2), COL_TASK_X, axisEnd, st.date);
        row(data, 2).createCell(COL_TASK_X + 1).setCellValue(task);
        date(row(data, 1), COL_END_X, end, st.date);
        row(data, 1).createCell(COL_END_X + 1).setCellValue(0);
        date(row(data, 2), COL_END_X, end, st.date);
        row(data, 2).createCell(COL_END_X + 1).setCellValue(task);
        if (b.lastYear().isPresent()) {
            List<Integer> last = b.lastYear().get().paid();
            for (int i = 0; i < last.size(); i++) {
                Row row = row(data, i + 1);
                date(row, COL_LAST_X, r.settings().windowStart().plusDays(i), st.date);
                row.createCell(COL_LAST_X + 1).setCellValue(last.get(i));
            }
        }
        List<RankedUnit> units = r.units();
        for (int i = 0; i < units.size(); i++) {
            Row row = row(data, i + 1);
            row.createCell(COL_UNIT).setCellValue(units.get(i).name());
            Cell rate = row.createCell(COL_UNIT + 1);
            rate.setCellValue(units.get(i).rate().defined() ? units.get(i).rate().value() : 0);
            rate.setCellStyle(st.percent);
            Cell line = row.createCell(COL_UNIT + 2);
            line.setCellValue(1.0);
            line.setCellStyle(st.percent);
        }
        for (int c = 0; c <= COL_UNIT + 2; c++) {
            data.setColumnWidth(c, 12 * 256);
        }
        data.createFreezePane(0, 1);
        return daily.days().size();
    }

    private static Row row(Sheet s, int i) {
        Row r = s.getRow(i);
        return r != null ? r : s.createRow(i);
    }

    private static void date(Row row, int col, LocalDate d, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(DateUtil.getExcelDate(d));
        c.setCellStyle(style);
    }

    private static void progressChart(XSSFChart chart, XSSFSheet data, Briefing b, int days) {
        chart.setTitleText("累计缴费人数（征缴开始以来逐日）");
        chart.setPlotOnlyVisibleCells(false);
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        x.setNumberFormat("m\"月\"d\"日\"");
        LocalDate first = b.daily().days().isEmpty() ? b.report().asOf() : b.daily().days().get(0);
        LocalDate end = b.report().settings().windowEnd();
        x.setMinimum(DateUtil.getExcelDate(first));
        x.setMaximum(DateUtil.getExcelDate(end.isAfter(b.report().asOf()) ? end : b.report().asOf()));
        x.setMajorUnit(7);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat("0");
        XDDFScatterChartData scatter = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        scatter.setStyle(ScatterStyle.LINE);
        scatter.setVaryColors(false);
        series(scatter, data, COL_DAY, 1, days, PresetColor.STEEL_BLUE, 2.25);
        series(scatter, data, COL_TASK_X, 1, 2, PresetColor.RED, 1.5);
        series(scatter, data, COL_END_X, 1, 2, PresetColor.DARK_GRAY, 1.5);
        if (b.lastYear().isPresent()) {
            series(scatter, data, COL_LAST_X, 1, b.lastYear().get().paid().size(), PresetColor.GRAY, 1.25);
        }
        chart.plot(scatter);
    }

    private static void series(XDDFScatterChartData scatter, XSSFSheet data, int col, int firstRow, int count, PresetColor color,
                               double width) {
        XDDFNumericalDataSource<Double> xs = XDDFDataSourcesFactory.fromNumericCellRange(data,
                new CellRangeAddress(firstRow, firstRow + count - 1, col, col));
        XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromNumericCellRange(data,
                new CellRangeAddress(firstRow, firstRow + count - 1, col + 1, col + 1));
        XDDFScatterChartData.Series s = (XDDFScatterChartData.Series) scatter.addSeries(xs, ys);
        s.setTitle(data.getRow(0).getCell(col + 1).getStringCellValue(), new CellReference(DATA, 0, col + 1, true, true));
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.NONE);
        s.setLineProperties(line(color, width));
    }

    private static XDDFLineProperties line(PresetColor color, double width) {
        XDDFLineProperties p = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        p.setWidth(width);
        return p;
    }

    private static void unitChart(XSSFChart chart, XSSFSheet data, Briefing b) {
        WeeklyReport r = b.report();
        chart.setTitleText("各" + (r.level().isCounty() ? "镇街" : "村") + "完成率（按排名）");
        chart.setPlotOnlyVisibleCells(false);
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setMinimum(0);
        val.setNumberFormat("0%");
        int n = r.units().size();
        var names = XDDFDataSourcesFactory.fromStringCellRange(data, new CellRangeAddress(1, n, COL_UNIT, COL_UNIT));
        var rates = XDDFDataSourcesFactory.fromNumericCellRange(data, new CellRangeAddress(1, n, COL_UNIT + 1, COL_UNIT + 1));
        var ones = XDDFDataSourcesFactory.fromNumericCellRange(data, new CellRangeAddress(1, n, COL_UNIT + 2, COL_UNIT + 2));
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
        bar.setBarDirection(BarDirection.COL);
        bar.setVaryColors(false);
        XDDFChartData.Series rateSeries = bar.addSeries(names, rates);
        rateSeries.setTitle("完成率", new CellReference(DATA, 0, COL_UNIT + 1, true, true));
        rateSeries.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(bar);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
        line.setVaryColors(false);
        XDDFLineChartData.Series task = (XDDFLineChartData.Series) line.addSeries(names, ones);
        task.setTitle("任务线（100%）", new CellReference(DATA, 0, COL_UNIT + 2, true, true));
        task.setMarkerStyle(MarkerStyle.NONE);
        task.setSmooth(false);
        task.setLineProperties(line(PresetColor.RED, 1.5));
        chart.plot(line);
    }

    /** 宋体/黑体 styles of the page. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle value;
        final CellStyle note;
        final CellStyle date;
        final CellStyle percent;

        Styles(XSSFWorkbook wb) {
            title = style(wb, font(wb, "黑体", 16, true), HorizontalAlignment.CENTER, false);
            label = style(wb, font(wb, "宋体", 10, false), HorizontalAlignment.CENTER, true);
            label.setWrapText(true);
            value = style(wb, font(wb, "黑体", 14, true), HorizontalAlignment.CENTER, true);
            note = style(wb, font(wb, "宋体", 11, false), HorizontalAlignment.LEFT, false);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }
    }
}

package zhengjiao.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import zhengjiao.report.Briefing;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.WeeklyReport;

/**
 * The briefing's two charts as PNG pictures for its Word copy (JFreeChart): the cumulative progress by day with the
 * task line and the window's end (and last year's curve), and the completion by unit in rank order with the 100% line.
 * They show the same series as the workbook's native charts. Labels use the first installed Chinese font of a list
 * that covers Windows (微软雅黑, 黑体, 宋体) and Linux (Noto Sans CJK, 文泉驿), else the logical font SansSerif.
 */
final class BriefingCharts {

    /** Candidate fonts, most wanted first. */
    private static final List<String> FONTS = List.of("Microsoft YaHei", "微软雅黑", "SimHei", "黑体", "SimSun", "宋体",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SansSerif");
    private static final Color BLUE = new Color(70, 130, 180);

    private BriefingCharts() {
    }

    /** The family found by {@link #fontFamily()} (looking through the installed fonts takes a good part of a second). */
    private static volatile String family;

    /** The family to draw Chinese labels with (looked for once a run). */
    static String fontFamily() {
        String known = family;
        if (known == null) {
            known = findFontFamily();
            family = known;
        }
        return known;
    }

    private static String findFontFamily() {
        java.util.Set<String> installed = java.util.Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        for (String f : FONTS) {
            if (installed.contains(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo("累计缴费人数完成率") == -1) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    private static void theme(JFreeChart chart, String family) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 14));
        theme.setLargeFont(new Font(family, Font.BOLD, 12));
        theme.setRegularFont(new Font(family, Font.PLAIN, 11));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(220, 220, 220));
        theme.setRangeGridlinePaint(new Color(220, 220, 220));
        theme.apply(chart);
    }

    /** The cumulative progress chart, {@code width} × {@code height} points, drawn at twice that resolution. */
    static byte[] progress(Briefing b, int width, int height) throws IOException {
        WeeklyReport r = b.report();
        TimeSeries paid = new TimeSeries("累计缴费人数");
        for (int i = 0; i < b.daily().days().size(); i++) {
            paid.add(day(b.daily().days().get(i)), b.daily().total().paid().get(i));
        }
        TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
        data.addSeries(paid);
        if (b.lastYear().isPresent()) {
            TimeSeries last = new TimeSeries("上年同期");
            List<Integer> counts = b.lastYear().get().paid();
            for (int i = 0; i < counts.size(); i++) {
                last.add(day(r.settings().windowStart().plusDays(i)), counts.get(i));
            }
            data.addSeries(last);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart("累计缴费人数（征缴开始以来逐日）", null, null, data, true, false, false);
        String family = fontFamily();
        theme(chart, family);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, Color.GRAY);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(renderer);
        DateAxis x = (DateAxis) plot.getDomainAxis();
        SimpleDateFormat fmt = new SimpleDateFormat("M月d日", Locale.CHINA);
        fmt.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        x.setDateFormatOverride(fmt);
        x.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        LocalDate first = b.daily().days().isEmpty() ? r.asOf() : b.daily().days().get(0);
        LocalDate end = r.settings().windowEnd();
        LocalDate axisEnd = end.isAfter(r.asOf()) ? end : r.asOf();
        x.setRange(millis(first), millis(axisEnd.plusDays(1)));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.CHINA));
        y.setLowerBound(0);
        y.setUpperBound(Math.max(r.total().task(), r.total().paid()) * 1.1);
        ValueMarker task = new ValueMarker(r.total().task(), Color.RED, new BasicStroke(1.5f));
        task.setLabel("任务数 " + r.total().task());
        task.setLabelFont(new Font(family, Font.PLAIN, 11));
        task.setLabelPaint(Color.RED);
        task.setLabelBackgroundColor(Color.WHITE);
        task.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT);
        task.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addRangeMarker(task);
        ValueMarker close = new ValueMarker(millis(end), Color.DARK_GRAY, new BasicStroke(1.2f));
        close.setLabel("征缴截止");
        close.setLabelFont(new Font(family, Font.PLAIN, 11));
        close.setLabelBackgroundColor(Color.WHITE);
        close.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT);
        close.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(close);
        return png(chart, width, height);
    }

    /** The completion bar chart in rank order with the task line at 100%. */
    static byte[] units(Briefing b, int width, int height) throws IOException {
        WeeklyReport r = b.report();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RankedUnit u : r.units()) {
            data.addValue(u.rate().defined() ? u.rate().value() : 0, "完成率", u.name());
        }
        String unit = r.level().isCounty() ? "镇街" : "村";
        JFreeChart chart = ChartFactory.createBarChart("各" + unit + "完成率（按排名）", null, null, data, PlotOrientation.VERTICAL,
                false, false, false);
        String family = fontFamily();
        theme(chart, family);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setMaximumBarWidth(0.06);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.CHINA));
        double max = r.units().stream().filter(u -> u.rate().defined()).mapToDouble(u -> u.rate().value()).max().orElse(1);
        y.setRange(0, Math.max(1.0, max) * 1.12);
        if (r.units().size() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ValueMarker task = new ValueMarker(1.0, Color.RED, new BasicStroke(1.5f));
        task.setLabel("任务线 100%");
        task.setLabelFont(new Font(family, Font.PLAIN, 11));
        task.setLabelPaint(Color.RED);
        task.setLabelBackgroundColor(Color.WHITE);
        task.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        task.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(task);
        return png(chart, width, height);
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeScaledChartAsPNG(out, chart, width, height, 3, 3);
        return out.toByteArray();
    }
}

package zhengjiao.render;

import java.io.InputStream;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens and saves a shipped workbook template and the Word template on a thread of its own, once, while the run reads
 * its inputs: the workbook libraries' classes are then loaded and their code compiled on a core that the reading
 * leaves free much of the time (a town's dumps are read in well under a second, and loading those classes takes a
 * good part of that), instead of on the writers' threads afterwards. Nothing is written anywhere; any failure is
 * ignored (the writers report their own). {@code -Dzhengjiao.warmUp=false} turns it off, for measuring.
 */
public final class WarmUp {

    private static final boolean ON = !"false".equals(System.getProperty("zhengjiao.warmUp"));

    private WarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread (it never keeps the program running).
     *
     * @param charts whether the run draws the briefing's charts: then the fonts are looked through and Java2D started
     *               as well (a second or so of a town's run otherwise spent by the writer of the briefing)
     */
    public static void start(boolean charts) {
        if (!ON) {
            return;
        }
        Thread t = new Thread(() -> run(charts), "zhengjiao-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run(boolean charts) {
        if (charts) {
            try {
                // as LeaderReports: the charts are drawn off screen, never in a window
                if (System.getProperty("java.awt.headless") == null) {
                    System.setProperty("java.awt.headless", "true");
                }
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 16,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = image.createGraphics();
                g.setFont(new java.awt.Font(BriefingCharts.fontFamily(), java.awt.Font.PLAIN, 11));
                g.drawString("完成率 100%", 0, 12);
                g.dispose();
            } catch (Exception | LinkageError ignored) {
                // no fonts or no Java2D here: the briefing's writer reports it
            }
        }
        Templates shipped = Templates.shipped();
        try (InputStream in = shipped.open("周排名通报.xlsx"); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.write(OutputStream.nullOutputStream());
        } catch (Exception | LinkageError ignored) {
            // the writers meet and report any real problem
        }
        try (InputStream in = shipped.open("周通报.docx"); XWPFDocument doc = new XWPFDocument(in)) {
            doc.write(OutputStream.nullOutputStream());
        } catch (Exception | LinkageError ignored) {
            // as above
        }
    }
}

package zhengjiao.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import zhengjiao.report.Briefing;

/**
 * {@code 领导简报_<日期>.docx}: the briefing's page as a Word document to send to a phone — the same title, headline
 * figures and paragraphs as the workbook, with the two charts as pictures ({@link BriefingCharts}). One A4 page, 15 mm
 * margins.
 */
final class BriefingDocument {

    /** Chart pictures: 180 mm wide, 72 mm high. */
    static final int CHART_WIDTH_PT = 510;
    static final int CHART_HEIGHT_PT = 204;

    private BriefingDocument() {
    }

    static void write(Briefing b, BriefingText text, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(120);
            run(title, text.title(), "黑体", 14, true);
            List<BriefingText.Headline> heads = text.headlines();
            XWPFTable table = doc.createTable(2, heads.size());
            table.setTableAlignment(TableRowAlign.CENTER);
            table.setWidth("100%");
            table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
            for (int i = 0; i < heads.size(); i++) {
                cell(table.getRow(0).getCell(i), heads.get(i).label(), "宋体", 9, false);
                cell(table.getRow(1).getCell(i), heads.get(i).value(), "黑体", 11, true);
            }
            picture(doc, BriefingCharts.progress(b, CHART_WIDTH_PT, CHART_HEIGHT_PT), "累计缴费人数.png");
            picture(doc, BriefingCharts.units(b, CHART_WIDTH_PT, CHART_HEIGHT_PT), "各单位完成率.png");
            for (String note : text.notes()) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingAfter(60);
                run(p, note, "宋体", 10.5, false);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(850);
        mar.setTop(m);
        mar.setBottom(m);
        mar.setLeft(m);
        mar.setRight(m);
    }

    private static void picture(XWPFDocument doc, byte[] png, String name) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(120);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name, Units.toEMU(CHART_WIDTH_PT),
                    Units.toEMU(CHART_HEIGHT_PT));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("图表图片无法写入领导简报：" + name, e);
        }
    }

    private static void cell(XWPFTableCell cell, String text, String font, double size, boolean bold) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, font, size, bold);
    }

    private static void run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import zhengjiao.domain.InputException;

/**
 * Fills the circular's Word template ({@code templates/周通报.docx}, laid out per GB/T 9704-2012) with a
 * {@link CircularText}. The template holds one prototype of each kind of paragraph, marked by its placeholder:
 * {@code {{发文机关标志}} {{发文字号}} {{标题}} {{主送机关}} {{落款}} {{成文日期}}} are filled in place;
 * {@code {{正文}} {{一级标题}} {{二级标题}}} and the table whose row holds {@code {{名称}}} are copied once per
 * paragraph, heading or ranking, in the text's order, where {@code {{正文}}} stands, keeping each prototype's style
 * (an official restyles the template in Word or WPS and keeps the placeholders). A placeholder's paragraph keeps the
 * formatting of its first run.
 */
final class CircularDocument {

    /** The template's file name in {@code templates/}. */
    static final String TEMPLATE = "周通报.docx";
    /** Characters of 发文机关标志 that fit the type area at the template's size (36 pt × 12 = 432 pt of 442 pt). */
    private static final int MARK_FITS = 12;

    private final Templates templates;

    CircularDocument(Templates templates) {
        this.templates = templates;
    }

    /** Writes {@code text} into a copy of the template at {@code out}. */
    void write(CircularText text, Path out) throws IOException {
        try (InputStream in = templates.open(TEMPLATE); XWPFDocument doc = open(in)) {
            Prototypes protos = find(doc);
            fill(protos.mark, text.mark());
            if (text.mark().length() > MARK_FITS) {
                int halfPoints = 2 * 432 / text.mark().length();
                protos.mark.getCTP().getRArray(0).addNewRPr().addNewSz().setVal(java.math.BigInteger.valueOf(halfPoints));
            }
            fill(protos.number, text.number());
            fill(protos.title, text.title());
            fill(protos.recipients, text.recipients());
            fill(protos.organ, text.organ());
            fill(protos.date, text.date());
            XmlObject anchor = protos.body.getCTP();
            CTP lastParagraph = null;
            for (CircularText.Block block : text.blocks()) {
                switch (block.kind()) {
                    case PARAGRAPH -> {
                        lastParagraph = (CTP) copyBefore(protos.body.getCTP(), anchor);
                        setText(lastParagraph, block.text());
                    }
                    case HEADING -> setText((CTP) copyBefore(protos.heading.getCTP(), anchor), block.text());
                    case SUBHEADING -> setText((CTP) copyBefore(protos.subheading.getCTP(), anchor), block.text());
                    case TABLE -> table((CTTbl) copyBefore(protos.table.getCTTbl(), anchor), protos, block);
                }
            }
            if (lastParagraph != null) {
                // GB/T 9704-2012 7.3.5: the signature never stands alone on a page
                (lastParagraph.isSetPPr() ? lastParagraph.getPPr() : lastParagraph.addNewPPr()).addNewKeepNext();
            }
            for (XmlObject proto : List.of(protos.body.getCTP(), protos.heading.getCTP(), protos.subheading.getCTP(),
                    protos.table.getCTTbl())) {
                try (XmlCursor c = proto.newCursor()) {
                    c.removeXml();
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
    }

    private XWPFDocument open(InputStream in) throws IOException {
        try {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("通报模板 " + templates.describe(TEMPLATE) + " 无法打开（不是 Word .docx 文件或已损坏）；"
                    + "请在 Word 或 WPS 中另存为 .docx，或删除征缴文件夹 templates/ 中的这个文件以使用自带模板", e);
        }
    }

    /** The template's marked paragraphs and table. */
    private record Prototypes(XWPFParagraph mark, XWPFParagraph number, XWPFParagraph title, XWPFParagraph recipients,
                              XWPFParagraph body, XWPFParagraph heading, XWPFParagraph subheading, XWPFTable table,
                              XWPFParagraph organ, XWPFParagraph date) {
    }

    private Prototypes find(XWPFDocument doc) {
        Map<String, XWPFParagraph> found = new java.util.HashMap<>();
        XWPFTable table = null;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                for (String key : List.of("发文机关标志", "发文字号", "标题", "主送机关", "正文", "一级标题", "二级标题", "落款", "成文日期")) {
                    if (p.getText().contains("{{" + key + "}}")) {
                        found.putIfAbsent(key, p);
                    }
                }
            } else if (e instanceof XWPFTable t && table == null && t.getText().contains("{{名称}}")) {
                table = t;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("发文机关标志", "发文字号", "标题", "主送机关", "正文", "一级标题", "二级标题", "落款", "成文日期")) {
            if (!found.containsKey(key)) {
                missing.add("{{" + key + "}}");
            }
        }
        if (table == null) {
            missing.add("排名表（含 {{名称}} 的表格行）");
        }
        if (!missing.isEmpty()) {
            throw new InputException("通报模板 " + templates.describe(TEMPLATE) + " 缺少占位 " + String.join("、", missing)
                    + "；请对照程序自带的模板补上，或删除征缴文件夹 templates/ 中的这个文件以使用自带模板");
        }
        return new Prototypes(found.get("发文机关标志"), found.get("发文字号"), found.get("标题"), found.get("主送机关"),
                found.get("正文"), found.get("一级标题"), found.get("二级标题"), table, found.get("落款"), found.get("成文日期"));
    }

    /** Copies {@code proto} in front of {@code anchor}; returns the copy. */
    private static XmlObject copyBefore(XmlObject proto, XmlObject anchor) {
        try (XmlCursor src = proto.newCursor(); XmlCursor dst = anchor.newCursor()) {
            src.copyXml(dst);
            dst.toPrevSibling();
            return dst.getObject();
        }
    }

    private static void fill(XWPFParagraph p, String text) {
        setText(p.getCTP(), text);
    }

    /** Replaces a paragraph's text by {@code text}, in the formatting of its first run. */
    static void setText(CTP p, String text) {
        CTR first = p.sizeOfRArray() > 0 ? p.getRArray(0) : p.addNewR();
        for (int i = p.sizeOfRArray() - 1; i > 0; i--) {
            p.removeR(i);
        }
        while (first.sizeOfTArray() > 0) {
            first.removeT(0);
        }
        CTText t = first.addNewT();
        t.setStringValue(text);
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    /** Fills a copy of the ranking table: one copy of the data row per line, then the data row removed. */
    private static void table(CTTbl tbl, Prototypes protos, CircularText.Block block) {
        for (int r = 0; r < tbl.sizeOfTrArray(); r++) {
            for (var tc : tbl.getTrArray(r).getTcList()) {
                for (CTP p : tc.getPList()) {
                    String s = paragraphText(p);
                    if (s.contains("{{单位}}") || s.contains("{{本期新增}}") || s.contains("{{上期排名}}")) {
                        setText(p, s.replace("{{单位}}", block.header().get(0)).replace("{{本期新增}}", block.header().get(1))
                                .replace("{{上期排名}}", block.header().get(2)));
                    }
                }
            }
        }
        int dataRow = -1;
        for (int r = 0; r < tbl.sizeOfTrArray() && dataRow < 0; r++) {
            if (rowText(tbl.getTrArray(r)).contains("{{名称}}")) {
                dataRow = r;
            }
        }
        CTRow proto = tbl.getTrArray(dataRow);
        for (CircularText.Line line : block.rows()) {
            CTRow row = (CTRow) copyBefore(proto, proto);
            for (var tc : row.getTcList()) {
                for (CTP p : tc.getPList()) {
                    String s = paragraphText(p);
                    if (s.contains("{{")) {
                        setText(p, line.fill(s));
                        if (line.bold()) {
                            p.getRArray(0).addNewRPr().addNewB();
                        }
                    }
                }
            }
        }
        try (XmlCursor c = proto.newCursor()) {
            c.removeXml();
        }
    }

    private static String rowText(CTRow row) {
        StringBuilder sb = new StringBuilder();
        row.getTcList().forEach(tc -> tc.getPList().forEach(p -> sb.append(paragraphText(p))));
        return sb.toString();
    }

    private static String paragraphText(CTP p) {
        StringBuilder sb = new StringBuilder();
        for (CTR r : p.getRList()) {
            for (CTText t : r.getTList()) {
                sb.append(t.getStringValue());
            }
        }
        return sb.toString();
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code templates/周通报.docx}, the circular as an official document laid out per GB/T 9704-2012 (党政机关公文格式):
 * A4, type area 156 mm × 225 mm (margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), 22 lines of 28 characters
 * in 3号仿宋 (line grid and exact line spacing of 579 twips = 28.95 pt; characters condensed by 0.25 pt, 16 pt − 0.25 pt
 * = 15.75 pt, so that 28 and not 29 fit the 442 pt line — Word's character grid, {@code linesAndChars} with
 * {@code charSpace}, would do the same in Word and WPS, but LibreOffice puts every 3号 character of such a grid into
 * two grid cells, 14 to a line), title in 2号小标宋, the
 * issuing organ's mark in red 小标宋 35 mm below the top of the type area, a red rule under the document number, page
 * numbers “— 1 —” in 4号宋体 at the outer edge (odd pages right, even pages left). Written as plain WordprocessingML so
 * every measure is exact; officials restyle it in Word or WPS (the styles carry Chinese names) and keep the
 * {@code {{…}}} placeholders. Run with {@link TemplateMaker#main} or this class's main.
 */
public final class CircularTemplateMaker {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** 1 mm in twips. */
    private static final double MM = 1440 / 25.4;

    private CircularTemplateMaker() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "templates"));
    }

    static void write(Path dir) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>居民医保征缴进度通报（模板）</dc:title>"
                + "<dc:creator>zhengjiao</dc:creator></cp:coreProperties>");
        parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + rel("rId1", "styles", "styles.xml") + rel("rId2", "settings", "settings.xml")
                + rel("rId3", "fontTable", "fontTable.xml") + rel("rId4", "footer", "footer1.xml")
                + rel("rId5", "footer", "footer2.xml") + "</Relationships>");
        parts.put("word/styles.xml", styles());
        parts.put("word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:settings xmlns:w=\"" + W + "\"><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"420\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "</w:settings>");
        parts.put("word/fontTable.xml", fontTable());
        parts.put("word/footer1.xml", footer("right", "w:right=\"280\""));
        parts.put("word/footer2.xml", footer("left", "w:left=\"280\""));
        parts.put("word/document.xml", document());
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(CircularDocument.TEMPLATE));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"/>";
    }

    private static String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>"
                + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" + wml + "fontTable+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/>"
                + "<Override PartName=\"/word/footer2.xml\" ContentType=\"" + wml + "footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>";
    }

    /** Each Chinese font with the one Windows has when it is missing (方正小标宋简体 → 宋体, 仿宋_GB2312 → 仿宋). */
    private static String fontTable() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"" + W + "\">");
        for (String[] f : List.of(new String[] {"方正小标宋简体", "宋体"}, new String[] {"仿宋_GB2312", "仿宋"},
                new String[] {"楷体_GB2312", "楷体"}, new String[] {"黑体", "SimHei"}, new String[] {"宋体", "SimSun"},
                new String[] {"仿宋", "FangSong"}, new String[] {"楷体", "KaiTi"})) {
            sb.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(f[0].contains("黑") ? "modern" : "roman")
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return sb.append("</w:fonts>").toString();
    }

    private static String fonts(String eastAsia, String ascii) {
        return "<w:rFonts w:ascii=\"" + ascii + "\" w:eastAsia=\"" + eastAsia + "\" w:hAnsi=\"" + ascii + "\" w:cs=\"" + ascii + "\"/>";
    }

    private static String style(String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    /** Exact line spacing of one grid line (28.95 pt), so that 22 lines fill the type area. */
    private static final String LINE = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>";

    private static String styles() {
        String body = fonts("仿宋_GB2312", "仿宋_GB2312");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + body + "<w:spacing w:val=\"-5\"/><w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/>" + LINE + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + style("Biaozhi", "发文机关标志", "<w:jc w:val=\"center\"/><w:snapToGrid w:val=\"0\"/>"
                        + "<w:spacing w:before=\"" + Math.round(35 * MM) + "\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        fonts("方正小标宋简体", "方正小标宋简体") + "<w:color w:val=\"FF0000\"/><w:spacing w:val=\"20\"/><w:sz w:val=\"72\"/><w:szCs w:val=\"72\"/>")
                + style("Wenhao", "发文字号", "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"FF0000\"/></w:pBdr>"
                        + "<w:jc w:val=\"center\"/>", "")
                + style("GwTitle", "公文标题", "<w:jc w:val=\"center\"/>",
                        fonts("方正小标宋简体", "方正小标宋简体") + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
                + style("Zhusong", "主送机关", "<w:jc w:val=\"left\"/>", "")
                + style("GwBody", "公文正文", "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", "")
                + style("GwH1", "一级标题", "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", fonts("黑体", "黑体"))
                + style("GwH2", "二级标题", "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", fonts("楷体_GB2312", "楷体_GB2312"))
                + style("GwTable", "表格文字", "<w:jc w:val=\"center\"/><w:snapToGrid w:val=\"0\"/>"
                        + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
                + style("GwTableHead", "表格表头", "<w:jc w:val=\"center\"/><w:snapToGrid w:val=\"0\"/>"
                        + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        fonts("黑体", "黑体") + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
                + style("GwSign", "落款", "<w:keepNext/><w:jc w:val=\"right\"/><w:ind w:rightChars=\"200\" w:right=\"640\"/>", "")
                + style("GwPage", "页码", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        fonts("宋体", "宋体") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
                + "</w:styles>";
    }

    /** A page-number footer: “— n —” at the outer edge, one character (14 pt) in from it. */
    private static String footer(String jc, String indent) {
        String run = "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">"
                + "<w:p><w:pPr><w:pStyle w:val=\"GwPage\"/><w:jc w:val=\"" + jc + "\"/><w:ind " + indent + "/></w:pPr>"
                + run + "<w:t xml:space=\"preserve\">— </w:t></w:r>"
                + run + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + run + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + run + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + run + "<w:t>1</w:t></w:r>"
                + run + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
                + run + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    }

    private static String p(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static final String BLANK = "<w:p/>";

    /** The ranking table: header row, one data row repeated per unit; 156 mm wide in fixed columns. */
    private static String table() {
        String[] heads = {"排名", "{{单位}}", "任务数", "缴费人数", "完成率", "{{本期新增}}", "{{上期排名}}", "排名变化", "备注"};
        String[] cells = {"{{排名}}", "{{名称}}", "{{任务数}}", "{{缴费人数}}", "{{完成率}}", "{{新增}}", "{{上期}}", "{{变化}}", "{{备注}}"};
        // twips; 5-character place names and 6-digit counts in bold stay on one line, the four-character headers too
        int[] widths = {520, 1200, 880, 900, 1100, 850, 850, 850, 1694};
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"8844\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            sb.append("<w:").append(side).append(' ').append(border).append("/>");
        }
        sb.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"40\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"40\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        sb.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:trHeight w:val=\"454\"/></w:trPr>");
        for (int i = 0; i < heads.length; i++) {
            sb.append(cell(widths[i], "GwTableHead", heads[i]));
        }
        sb.append("</w:tr><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"397\"/></w:trPr>");
        for (int i = 0; i < cells.length; i++) {
            sb.append(cell(widths[i], "GwTable", cells[i]));
        }
        return sb.append("</w:tr></w:tbl>").toString();
    }

    private static String cell(int width, String style, String text) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>" + p(style, text) + "</w:tc>";
    }

    private static String document() {
        long top = Math.round(37 * MM);
        long bottom = Math.round(35 * MM);
        long left = Math.round(28 * MM);
        long right = Math.round(26 * MM);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>"
                + p("Biaozhi", "{{发文机关标志}}") + BLANK + BLANK
                + p("Wenhao", "{{发文字号}}") + BLANK + BLANK
                + p("GwTitle", "{{标题}}") + BLANK
                + p("Zhusong", "{{主送机关}}")
                + p("GwBody", "{{正文}}")
                + p("GwH1", "{{一级标题}}")
                + p("GwH2", "{{二级标题}}")
                + table()
                + "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>"
                + p("GwSign", "{{落款}}")
                + p("GwSign", "{{成文日期}}")
                + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"" + top + "\" w:right=\"" + right + "\" w:bottom=\"" + bottom
                + "\" w:left=\"" + left + "\" w:header=\"851\" w:footer=\"" + Math.round(23 * MM) + "\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"
                + "</w:sectPr></w:body></w:document>";
    }
}

package zhengjiao.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.builder.JxlsStreaming;
import org.jxls.builder.KeepTemplateSheet;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import zhengjiao.domain.Redact;

/**
 * Fills an .xlsx template (jx: comments) with a data map; the only class that calls the template engine.
 *
 * <p>Whatever the data holds, the engine is given nothing it could refuse: every list of sheet names (a data key
 * ending in {@value #SHEET_NAMES}) is made legal and unique against each other and the template's own sheets
 * ({@link SheetNames}), and every text longer than a cell may hold is cut ({@link FittedData}). Should the engine
 * still fail (a restyled template with a broken jx: comment, a full disk), the error is an {@link IOException}
 * in Chinese naming the output file.
 */
final class XlsxFiller {

    /** Data keys ending with this hold the sheet names of a multisheet jx:each. */
    static final String SHEET_NAMES = "SheetNames";
    private static final Pattern CELL = Pattern.compile("('(?:[^']|'')+'|[^\\s'!]+)![A-Z]{1,3}[0-9]+");

    private XlsxFiller() {
    }

    /**
     * Writes {@code out} from template {@code name}, fitted to A4 in memory ({@link PaperFit}) just before it is
     * written: for the summary workbooks, whose sheets are short (long lists go through {@link ListBook}).
     */
    static void fill(Templates templates, String name, Map<String, Object> data, Path out) throws IOException {
        byte[] template;
        try (InputStream in = templates.open(name)) {
            template = in.readAllBytes();
        }
        Map<String, Object> safe = FittedData.map(withLegalSheetNames(data, sheetNames(template, templates, name, out)));
        try (OutputStream os = Files.newOutputStream(out)) {
            JxlsPoiTemplateFillerBuilder builder = JxlsPoiTemplateFillerBuilder.newInstance()
                    .withExceptionThrower()
                    .withTransformerFactory(new SheetCachingTransformers())
                    .withTemplate(new ByteArrayInputStream(template))
                    .withKeepTemplateSheet(KeepTemplateSheet.DELETE)
                    .withStreaming(JxlsStreaming.STREAMING_OFF);
            builder.buildAndFill(safe, () -> os);
        } catch (IOException e) {
            throw new IOException("写出 " + out.getFileName() + " 失败：无法写入文件（磁盘已满、没有写权限或文件被占用），"
                    + "请检查输出文件夹后重新运行", e);
        } catch (RuntimeException e) {
            throw new IOException(failure(templates, name, out, e), e);
        }
        // the workbook was fitted to A4 as it was written (SheetCachingTransformers)
    }

    /** The sheets a template has, which names from data must not take. */
    private static List<String> sheetNames(byte[] template, Templates templates, String name, Path out) throws IOException {
        // the names as xl/workbook.xml lists them, without building the whole workbook (the engine opens it anyway)
        try {
            List<String> listed = listedSheets(template);
            if (listed != null) {
                return listed;
            }
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            // not a plain zip with the usual part: the workbook is opened below, which says what is wrong
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) {
                names.add(s.getSheetName());
            }
            return names;
        } catch (RuntimeException | IOException e) {
            throw new IOException("写出 " + out.getFileName() + " 失败：模板 " + templates.describe(name)
                    + " 不是可以打开的 .xlsx 文件；请删除或修复征缴文件夹 templates/ 中的这个模板", e);
        }
    }

    /** The {@code <sheet name="…">} of a template's xl/workbook.xml in order, or null when it has no such part. */
    private static List<String> listedSheets(byte[] template) throws IOException, javax.xml.stream.XMLStreamException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(template))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().equals("xl/workbook.xml")) {
                    continue;
                }
                javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
                factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
                javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(zip.readAllBytes()));
                List<String> names = new ArrayList<>();
                while (xml.hasNext()) {
                    if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                        String sheet = xml.getAttributeValue(null, "name");
                        if (sheet != null) {
                            names.add(sheet);
                        }
                    }
                }
                return names;
            }
        }
        return null;
    }

    /** {@code data} with every list of sheet names replaced by legal, unique names (one namespace per workbook). */
    static Map<String, Object> withLegalSheetNames(Map<String, Object> data, List<String> templateSheets) {
        SheetNames names = new SheetNames(templateSheets);
        Map<String, Object> out = new HashMap<>(data);
        data.keySet().stream().filter(k -> k.endsWith(SHEET_NAMES)).sorted().forEach(k -> {
            List<String> legal = new ArrayList<>();
            for (Object wanted : (List<?>) data.get(k)) {
                legal.add(names.add(wanted == null ? "" : wanted.toString()));
            }
            out.put(k, legal);
        });
        return out;
    }

    /** What went wrong, in Chinese: the output file, the template, the cell if the engine named one, what to do. */
    private static String failure(Templates templates, String name, Path out, RuntimeException e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString();
        String what;
        if (text.contains("maximum length of cell contents")) {
            what = "有单元格的文字超过 Excel 上限 32767 字";
        } else if (text.toLowerCase(java.util.Locale.ROOT).contains("sheet name")) {
            what = "工作表名称不被 Excel 接受";
        } else if (text.contains("jx:") || text.contains("Jexl") || text.contains("expression")) {
            what = "模板中的 jx: 批注或 ${…} 占位无法执行";
        } else {
            what = "模板引擎出错（" + e.getClass().getSimpleName() + "）";
        }
        Matcher m = CELL.matcher(text);
        String where = m.find() ? "，位置 " + m.group() : "";
        return Redact.text("写出 " + out.getFileName() + " 失败（模板：" + templates.describe(name) + where + "）：" + what
                + "。如果征缴文件夹的 templates/ 中有改过的这个模板，请先移走它用内置模板重试；仍然出错请把这段信息发给维护人员");
    }
}

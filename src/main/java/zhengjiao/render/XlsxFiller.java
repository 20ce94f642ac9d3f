package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jxls.builder.JxlsStreaming;
import org.jxls.builder.KeepTemplateSheet;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

/** Fills an .xlsx template (jx: comments) with a data map; the only class that calls the template engine. */
final class XlsxFiller {

    private XlsxFiller() {
    }

    /**
     * Writes {@code out} from template {@code name}. With {@code streaming} rows are written to disk as they
     * are produced, for lists of hundreds of thousands of rows.
     */
    static void fill(Templates templates, String name, Map<String, Object> data, Path out, boolean streaming)
            throws IOException {
        try (InputStream template = templates.open(name); OutputStream os = Files.newOutputStream(out)) {
            JxlsPoiTemplateFillerBuilder builder = JxlsPoiTemplateFillerBuilder.newInstance()
                    .withExceptionThrower()
                    .withTransformerFactory(new SheetCachingTransformers())
                    .withTemplate(template)
                    .withKeepTemplateSheet(KeepTemplateSheet.DELETE)
                    .withStreaming(streaming ? JxlsStreaming.STREAMING_ON : JxlsStreaming.STREAMING_OFF);
            builder.buildAndFill(new java.util.HashMap<>(data), () -> os);
        } catch (RuntimeException e) {
            throw new IOException("填充模板 " + templates.describe(name) + " 失败：" + e.getMessage(), e);
        }
    }
}

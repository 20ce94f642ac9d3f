package zhengjiao.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders text documents (FreeMarker templates; written as UTF-8, the folder's own templates read in the encoding they
 * were saved in); the only class that calls FreeMarker.
 */
final class TextWriter {

    private final Configuration config;

    TextWriter(Optional<Path> overrideDir) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDir.isPresent() && Files.isDirectory(overrideDir.get())) {
            loaders.add(new DetectingFileLoader(overrideDir.get().toFile()));
        }
        loaders.add(new ClassTemplateLoader(TextWriter.class, "/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        config.setDefaultEncoding("UTF-8");
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
    }

    /** Parses a template; a syntax error is an IOException naming the template and its line, in Chinese. */
    Template parse(String templateName) throws IOException {
        try {
            return config.getTemplate(templateName);
        } catch (freemarker.core.ParseException e) {
            throw new IOException("文本模板 " + templateName + " 第 " + e.getLineNumber() + " 行写法有误（如 ${…} 或 <#…> 不完整）；"
                    + "请对照程序自带的模板改正，或删除征缴文件夹 templates/ 中的这个文件以使用自带模板", e);
        }
    }

    void write(String templateName, Map<String, Object> data, Path out) throws IOException {
        Template template = parse(templateName);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            template.process(data, w);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            throw new IOException("文本模板 " + templateName + (line == null ? "" : " 第 " + line + " 行") + "引用了不存在的数据或写法有误；"
                    + "请对照程序自带的模板改正，或删除征缴文件夹 templates/ 中的这个文件以使用自带模板", e);
        }
    }

    /**
     * Reads an official's own templates in the encoding their bytes show: Notepad on Chinese Windows saves GBK
     * ("ANSI") or UTF-8 with a BOM, and FreeMarker would otherwise decode every template as UTF-8.
     */
    private static final class DetectingFileLoader extends FileTemplateLoader {

        DetectingFileLoader(java.io.File dir) throws IOException {
            super(dir);
        }

        @Override
        public java.io.Reader getReader(Object templateSource, String encoding) throws IOException {
            Path file = ((java.io.File) templateSource).toPath();
            zhengjiao.input.TextEncoding.Detected enc = zhengjiao.input.TextEncoding.detect(file);
            java.io.InputStream in = Files.newInputStream(file);
            in.skipNBytes(enc.bomLength());
            return new java.io.InputStreamReader(in, enc.charset());
        }
    }
}

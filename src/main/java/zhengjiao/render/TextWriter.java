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
            throw new IOException("文本模板 " + templateName + " 第 " + e.getLineNumber() + " 行有语法错误（如 ${…} 或 <#…> 不完整）；"
                    + "请对照程序自带的模板改正征缴文件夹 templates/ 中的这个模板，或移走它用内置模板", e);
        } catch (IOException e) {
            throw new IOException("无法读取文本模板 " + templateName + "；请检查征缴文件夹 templates/ 中的这个文件", e);
        }
    }

    /**
     * Writes {@code out} from the template; any failure is an {@link IOException} in Chinese naming the output file
     * and, for a template error, the template's line.
     */
    void write(String templateName, Map<String, Object> data, Path out) throws IOException {
        Template template;
        try {
            template = parse(templateName);
        } catch (IOException e) {
            throw new IOException("写出 " + out.getFileName() + " 失败：" + e.getMessage(), e);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            template.process(data, w);
        } catch (TemplateException e) {
            throw new IOException("写出 " + out.getFileName() + " 失败：文本模板 " + templateName
                    + (e.getLineNumber() != null ? " 第 " + e.getLineNumber() + " 行" : "")
                    + "无法执行（用到了程序不提供的数据或写法有误）；请改正征缴文件夹 templates/ 中的这个模板，或移走它用内置模板", e);
        } catch (IOException e) {
            throw new IOException("写出 " + out.getFileName() + " 失败：无法写入文件（磁盘已满或没有写权限）", e);
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

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

/** Renders text documents (FreeMarker templates, UTF-8); the only class that calls FreeMarker. */
final class TextWriter {

    private final Configuration config;

    TextWriter(Optional<Path> overrideDir) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDir.isPresent() && Files.isDirectory(overrideDir.get())) {
            loaders.add(new FileTemplateLoader(overrideDir.get().toFile()));
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

    void write(String templateName, Map<String, Object> data, Path out) throws IOException {
        Template template = config.getTemplate(templateName);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            template.process(data, w);
        } catch (TemplateException e) {
            throw new IOException("文本模板 " + templateName + " 出错：" + e.getMessage(), e);
        }
    }
}

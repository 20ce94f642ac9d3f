package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds report templates: a file of the same name in the override folder (a campaign's own
 * {@code templates/}, restyled by an official) wins over the template shipped inside the program.
 */
public final class Templates {

    private final Optional<Path> overrideDir;

    public Templates(Optional<Path> overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** Only the shipped templates. */
    public static Templates shipped() {
        return new Templates(Optional.empty());
    }

    public InputStream open(String name) throws IOException {
        if (overrideDir.isPresent()) {
            Path own = overrideDir.get().resolve(name);
            if (Files.isRegularFile(own)) {
                return Files.newInputStream(own);
            }
        }
        InputStream in = Templates.class.getResourceAsStream("/templates/" + name);
        if (in == null) {
            throw new IOException("找不到模板 " + name);
        }
        return in;
    }

    /**
     * What would stop a run in a campaign folder's own templates: a workbook template that does not open, a text
     * template that does not parse. Each problem names the template and what to do; none when the folder is absent.
     */
    public static java.util.List<String> problems(Path dir) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return problems;
        }
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return java.util.List.of("无法读取 templates/ 文件夹");
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(f);
                     org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                    if (wb.getNumberOfSheets() == 0) {
                        problems.add("模板 " + name + " 没有工作表；请删除它以使用程序自带的模板");
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add("模板 " + name + " 无法打开（文件已损坏，或不是 Excel 工作簿）；请在 Excel 或 WPS 中打开后另存为 .xlsx，"
                            + "或删除它以使用程序自带的模板");
                }
            } else if (name.endsWith(".ftl")) {
                try {
                    new TextWriter(Optional.of(dir)).parse(name);
                } catch (IOException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return problems;
    }

    /** Where a template comes from, for messages. */
    public String describe(String name) {
        if (overrideDir.isPresent() && Files.isRegularFile(overrideDir.get().resolve(name))) {
            return overrideDir.get().resolve(name).toString();
        }
        return "内置模板 " + name;
    }
}

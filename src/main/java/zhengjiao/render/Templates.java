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

    /** Where a template comes from, for messages. */
    public String describe(String name) {
        if (overrideDir.isPresent() && Files.isRegularFile(overrideDir.get().resolve(name))) {
            return overrideDir.get().resolve(name).toString();
        }
        return "内置模板 " + name;
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's outputs all or nothing: every file is written into a hidden staging folder inside the
 * output folder, and only when all of them are complete are they moved into place. A run that fails
 * leaves the output folder as it was (last week's files included).
 */
public final class OutputStage implements AutoCloseable {

    private final Path outDir;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    public OutputStage(Path outDir) throws IOException {
        this.outDir = outDir;
        try {
            Files.createDirectories(outDir);
            this.staging = Files.createTempDirectory(outDir, ".zhengjiao-");
        } catch (IOException e) {
            throw new IOException("无法在 " + outDir + " 写入输出（" + e.getClass().getSimpleName() + "）：请检查路径是否为文件夹、是否有写权限", e);
        }
    }

    /** The path to write output {@code name} to while staging. */
    public Path file(String name) {
        names.add(name);
        return staging.resolve(name);
    }

    /** Moves every staged file into the output folder; returns their final paths. */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (String name : names) {
            Path target = outDir.resolve(name);
            try {
                Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(target);
        }
        committed = true;
        return done;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        if (!committed) {
            names.clear();
        }
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Replaces a run's output set whole: a run killed at any moment leaves under the output names either the
 * previous set or the new one, never a mix; a run that fails leaves the previous set as it was.
 *
 * <p>How (officials open the output folder directly, so the files live there under their own names):
 * <ol>
 * <li>Every file is written into {@code out/.staging-<id>/new/}. Nothing under an output name changes yet; a run
 * killed now leaves only the staging folder, which the next run deletes.</li>
 * <li>{@link #commit()} flushes the staged files to disk, then writes the journal {@code out/.zhengjiao-commit}
 * (the staging folder and the names of the set) under a temporary name and renames it into place — that rename is
 * the moment the new set exists.</li>
 * <li>For each name: the previous file of that name (if any) is renamed into {@code .staging-<id>/old/}, and the
 * new one renamed into {@code out/}. Each rename is atomic (same folder tree, same disk).</li>
 * <li>The journal is deleted, then the staging folder with the previous files.</li>
 * </ol>
 * A run killed during step 3 leaves the journal: {@link #recover} — called by every run and check before anything
 * else, and when a stage opens — finishes the moves (roll forward), so after it the whole new set is in place.
 * If a move fails while the program is still running (a file held open by Excel or WPS on Windows), the moves done
 * so far are undone (roll back) and the error names the file. Only one run writes into a folder at a time
 * ({@code out/.zhengjiao-lock}); files of earlier report dates, which have other names, are left alone.
 */
public final class OutputStage implements AutoCloseable {

    /** The journal: present exactly while a committed set is being moved into place. */
    static final String JOURNAL = ".zhengjiao-commit";
    static final String LOCK = ".zhengjiao-lock";
    static final String STAGING_PREFIX = ".staging-";
    /** Temporary folders of versions before the journal; removed like staging folders. */
    private static final String OLD_STAGING_PREFIX = ".zhengjiao-";
    private static final String HEADER = "zhengjiao-commit 1";

    /** Renames one file; tests substitute one that fails or stops after the k-th rename. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path outDir;
    private final Path staging;
    private final Mover mover;
    private final Set<String> names = new LinkedHashSet<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean journaled;
    private boolean done;

    /** Opens a stage in {@code outDir} (created if need be), after finishing or clearing what a killed run left. */
    public OutputStage(Path outDir) throws IOException {
        this(outDir, OutputStage::rename);
    }

    OutputStage(Path outDir, Mover mover) throws IOException {
        this.outDir = outDir;
        this.mover = mover;
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new IOException("无法在 " + outDir + " 写入输出（" + e.getClass().getSimpleName() + "）：请检查路径是否为文件夹、是否有写权限", e);
        }
        this.lockChannel = openLock(outDir);
        this.lock = acquire(lockChannel, outDir);
        try {
            recoverLocked(outDir, mover);
            this.staging = outDir.resolve(STAGING_PREFIX + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectories(staging.resolve("new"));
        } catch (IOException | RuntimeException e) {
            release();
            throw e;
        }
    }

    /**
     * The path to write output {@code name} to while staging; the outputs are listed in the order first asked for
     * (asking again gives the same path). Safe to call from several threads.
     */
    public synchronized Path file(String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
        return staging.resolve("new").resolve(name);
    }

    /** Moves every staged file into the output folder, replacing files of the same names; returns their final paths. */
    public List<Path> commit() throws IOException {
        List<String> set;
        synchronized (this) {
            set = new ArrayList<>(names);
        }
        for (String name : set) {
            if (!Files.isRegularFile(staging.resolve("new").resolve(name))) {
                throw new IOException("输出 " + name + " 没有写出，本次不替换任何输出");
            }
            force(staging.resolve("new").resolve(name));
        }
        force(staging.resolve("new"));
        writeJournal(outDir, staging, set);
        journaled = true;
        List<String> installed = new ArrayList<>();
        try {
            for (String name : set) {
                install(outDir, staging, name, mover);
                installed.add(name);
            }
        } catch (IOException e) {
            rollBack(installed, set.get(installed.size()));
            throw new IOException("无法把 " + set.get(installed.size()) + " 放进 " + outDir + "（" + e.getClass().getSimpleName()
                    + "）：文件可能正被 Excel 或 WPS 打开，请关闭后重新运行；输出文件夹中上次的文件未改动", e);
        }
        finish(outDir, staging);
        done = true;
        return set.stream().map(outDir::resolve).toList();
    }

    /** Removes the staging folder unless a committed set is still being moved (then the next run finishes it). */
    @Override
    public void close() throws IOException {
        try {
            if (!journaled || done) {
                deleteTree(staging);
            }
        } finally {
            release();
        }
    }

    /**
     * Finishes or clears what a killed run left in {@code outDir}: a journal is rolled forward (its whole set moved
     * into place), then staging folders without a journal are deleted. Does nothing when another run holds the folder.
     */
    public static void recover(Path outDir) throws IOException {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        FileChannel channel;
        try {
            channel = openLock(outDir);
        } catch (IOException e) {
            return; // a read-only folder: nothing a run could have left to finish
        }
        FileLock lock = null;
        boolean unguarded = false;
        try {
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return;
            } catch (IOException e) {
                unguarded = true; // a file system without locks
            }
            if (lock == null && !unguarded) {
                return; // another run holds the folder and finishes its own work
            }
            recoverLocked(outDir, OutputStage::rename);
        } finally {
            if (lock != null) {
                lock.release();
            }
            channel.close();
            if (lock != null || unguarded) {
                deleteLock(outDir);
            }
        }
    }

    private static void recoverLocked(Path outDir, Mover mover) throws IOException {
        Path journal = outDir.resolve(JOURNAL);
        if (Files.isRegularFile(journal)) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.size() >= 2 && lines.get(0).equals(HEADER)) {
                Path staging = outDir.resolve(lines.get(1));
                if (Files.isDirectory(staging)) {
                    for (String name : lines.subList(2, lines.size())) {
                        try {
                            install(outDir, staging, name, mover);
                        } catch (IOException e) {
                            throw new IOException("上次运行在替换输出时被中断，现在无法把 " + name + " 放进 " + outDir + "（"
                                    + e.getClass().getSimpleName() + "）：文件可能正被 Excel 或 WPS 打开，请关闭后重新运行", e);
                        }
                    }
                }
            }
            Files.delete(journal);
            force(outDir);
        }
        Files.deleteIfExists(outDir.resolve(JOURNAL + ".tmp"));
        try (DirectoryStream<Path> list = Files.newDirectoryStream(outDir)) {
            for (Path p : list) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && (n.startsWith(STAGING_PREFIX) || n.startsWith(OLD_STAGING_PREFIX))) {
                    deleteTree(p);
                }
            }
        }
    }

    /**
     * Puts the staged {@code name} in place; idempotent, so that recovery may repeat it: when the new file is no
     * longer staged it is already in place.
     */
    private static void install(Path outDir, Path staging, String name, Mover mover) throws IOException {
        Path fresh = staging.resolve("new").resolve(name);
        if (!Files.exists(fresh)) {
            return;
        }
        Path target = outDir.resolve(name);
        Path old = staging.resolve("old").resolve(name);
        if (Files.exists(target) && !Files.exists(old)) {
            Files.createDirectories(old.getParent());
            mover.move(target, old);
        }
        mover.move(fresh, target);
    }

    /** Undoes the moves of a commit that failed while running: the previous files go back, the new ones out. */
    private void rollBack(List<String> installed, String failed) {
        List<String> undo = new ArrayList<>(installed);
        undo.add(failed);
        boolean complete = true;
        for (int i = undo.size() - 1; i >= 0; i--) {
            String name = undo.get(i);
            Path target = outDir.resolve(name);
            Path fresh = staging.resolve("new").resolve(name);
            Path old = staging.resolve("old").resolve(name);
            try {
                if (!Files.exists(fresh) && Files.exists(target)) {
                    rename(target, fresh);
                }
                if (Files.exists(old)) {
                    rename(old, target);
                }
            } catch (IOException e) {
                complete = false;
            }
        }
        if (complete) {
            try {
                Files.deleteIfExists(outDir.resolve(JOURNAL));
                journaled = false;
            } catch (IOException e) {
                // the journal stays: the next run rolls forward
            }
        }
    }

    private static void writeJournal(Path outDir, Path staging, List<String> set) throws IOException {
        Path tmp = outDir.resolve(JOURNAL + ".tmp");
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(staging.getFileName().toString());
        lines.addAll(set);
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        force(tmp);
        rename(tmp, outDir.resolve(JOURNAL));
        force(outDir);
    }

    private static void finish(Path outDir, Path staging) throws IOException {
        force(outDir);
        Files.deleteIfExists(outDir.resolve(JOURNAL));
        force(outDir);
        deleteTree(staging);
    }

    /** An atomic rename replacing the target (a plain move where the file system cannot promise atomicity). */
    static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a file or folder to disk, where the system allows it (folders cannot be opened on Windows). */
    private static void force(Path p) {
        try (FileChannel c = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: the renames are what order the switch
        }
    }

    private static FileChannel openLock(Path outDir) throws IOException {
        return FileChannel.open(outDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static FileLock acquire(FileChannel channel, Path outDir) throws IOException {
        FileLock l;
        try {
            l = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        } catch (IOException e) {
            return null; // a file system without locks: go on unguarded
        }
        if (l == null) {
            channel.close();
            throw new IOException("输出文件夹 " + outDir + " 正被另一个 zhengjiao 运行写入，请等它结束后再运行");
        }
        return l;
    }

    private void release() throws IOException {
        if (!lockChannel.isOpen()) {
            return;
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            lockChannel.close();
            deleteLock(outDir);
        }
    }

    /** The lock file goes with the run, so that the folder holds only the outputs (best effort). */
    private static void deleteLock(Path outDir) {
        try {
            Files.deleteIfExists(outDir.resolve(LOCK));
        } catch (IOException e) {
            // held by another run that just opened it: it deletes it in turn
        }
    }

    /** Stops holding the folder without cleaning up, as a killed process would (tests). */
    void abandon() throws IOException {
        release();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException e) {
                    // gone already
                }
            }
        }
    }
}

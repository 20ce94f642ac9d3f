package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output set is replaced whole: a run killed at any moment of the switch — before, between or after any two
 * renames — leaves, once the next run has started, either the whole previous set or the whole new set under the
 * output names; never a mix, never a staging folder.
 */
class OutputStageTest {

    /** Stands for the process being killed: nothing of the program runs after it. */
    private static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /** Last week's outputs (the same report date re-run, so the names overlap) and a file of an earlier date. */
    private static final Map<String, String> PREVIOUS = Map.of("周排名通报_D.xlsx", "old ranking", "核对清单_D.xlsx", "old checklist",
            "周通报_D.txt", "old circular", "周排名通报_D-7.xlsx", "week before");
    private static final Map<String, String> NEW = Map.of("周排名通报_D.xlsx", "new ranking", "核对清单_D.xlsx", "new checklist",
            "周通报_D.txt", "new circular", "联系方式一览表.xlsx", "new contacts");

    private static void writePrevious(Path out) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, String> e : PREVIOUS.entrySet()) {
            Files.writeString(out.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void stageNew(OutputStage stage) throws IOException {
        for (Map.Entry<String, String> e : new TreeMap<>(NEW).entrySet()) {
            Files.writeString(stage.file(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** What a user sees in the folder: every file by name with its content (hidden files apart). */
    private static Map<String, String> visible(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static List<String> hidden(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private static Map<String, String> previousSet() {
        return new TreeMap<>(PREVIOUS);
    }

    private static Map<String, String> newSet() {
        Map<String, String> m = new TreeMap<>(NEW);
        m.put("周排名通报_D-7.xlsx", "week before"); // an earlier date's file is not part of either set: left alone
        return m;
    }

    /** Counts renames and kills the "process" after the k-th. */
    private static OutputStage.Mover killedAfter(int k, int[] count) {
        return (from, to) -> {
            if (count[0] == k) {
                throw new Killed();
            }
            OutputStage.rename(from, to);
            count[0]++;
        };
    }

    @Test
    void aCommitReplacesTheSetAndLeavesNothingHidden(@TempDir Path out) throws IOException {
        writePrevious(out);
        try (OutputStage stage = new OutputStage(out)) {
            stageNew(stage);
            assertEquals(previousSet(), visible(out), "nothing changes before the commit");
            stage.commit();
        }
        assertEquals(newSet(), visible(out));
        assertEquals(List.of(), hidden(out));
    }

    @Test
    void aRunKilledAtAnyRenameLeavesOneWholeSetOnceTheNextRunStarts(@TempDir Path root) throws IOException {
        // 4 new files, 3 of which replace a previous file: 7 renames; k = 7 is a kill after the last one
        for (int k = 0; k <= 7; k++) {
            Path out = root.resolve("k" + k);
            writePrevious(out);
            int[] count = {0};
            OutputStage stage = new OutputStage(out, killedAfter(k, count));
            stageNew(stage);
            final OutputStage s = stage;
            if (k < 7) {
                assertThrows(Killed.class, s::commit);
            } else {
                s.commit();
            }
            stage.abandon(); // the process is gone: no clean-up ran, the lock is released by the system

            OutputStage.recover(out); // what the next run does first
            Map<String, String> seen = visible(out);
            assertEquals(newSet(), seen, "after a kill at rename " + k + " the journal rolls the new set forward");
            assertEquals(List.of(), hidden(out), "staging and journal are gone after recovery (k = " + k + ")");
        }
    }

    @Test
    void aRunKilledBeforeTheCommitLeavesThePreviousSetAndItsStagingIsRemovedNextTime(@TempDir Path out) throws IOException {
        writePrevious(out);
        OutputStage stage = new OutputStage(out);
        stageNew(stage);
        stage.abandon(); // killed while writing the set
        assertEquals(previousSet(), visible(out), "the previous set is untouched");
        assertFalse(hidden(out).isEmpty(), "the killed run's staging folder is there");
        try (OutputStage next = new OutputStage(out)) {
            assertEquals(1, hidden(out).stream().filter(n -> n.startsWith(OutputStage.STAGING_PREFIX)).count(),
                    "only the new run's own staging folder: " + hidden(out));
        }
        assertEquals(previousSet(), visible(out));
        assertEquals(List.of(), hidden(out));
    }

    @Test
    void aRenameThatFailsWhileRunningPutsThePreviousSetBack(@TempDir Path root) throws IOException {
        for (int k = 0; k < 7; k++) {
            Path out = root.resolve("k" + k);
            writePrevious(out);
            int fail = k;
            int[] count = {0};
            OutputStage.Mover mover = (from, to) -> {
                if (count[0]++ == fail) {
                    throw new java.nio.file.AccessDeniedException(to.toString()); // Excel holds the file
                }
                OutputStage.rename(from, to);
            };
            try (OutputStage stage = new OutputStage(out, mover)) {
                stageNew(stage);
                IOException e = assertThrows(IOException.class, stage::commit);
                assertTrue(e.getMessage().startsWith("无法把 ") && e.getMessage().contains("请关闭后重新运行"), e.getMessage());
            }
            assertEquals(previousSet(), visible(out), "rename " + k + " failed: the previous set is back whole");
            assertEquals(List.of(), hidden(out));
        }
    }

    @Test
    void twoRunsDoNotWriteIntoOneFolderAtOnce(@TempDir Path out) throws IOException {
        try (OutputStage first = new OutputStage(out)) {
            IOException e = assertThrows(IOException.class, () -> new OutputStage(out));
            assertTrue(e.getMessage().contains("正被另一个 zhengjiao 运行写入"), e.getMessage());
            OutputStage.recover(out); // does nothing while the folder is held
            stageNew(first);
            first.commit();
        }
        assertEquals(new TreeMap<>(NEW), visible(out));
    }
}

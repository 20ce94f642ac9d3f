package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.InputException;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;

/** The roster read on a reader thread of its own gives the handler exactly what a read on one thread gives. */
class RosterReaderTest {

    @TempDir
    Path dir;

    /** A roster of {@code rows} lines, every 97th ID mistyped, every 89th a full-width name and spaced village. */
    private Path roster(int rows) throws IOException {
        StringBuilder sb = new StringBuilder("证件号码,姓名,镇街,村名,联系电话,人员类别,户号\n");
        for (int i = 0; i < rows; i++) {
            String id = ResidentId.of("370481", LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28), i % 999 + 1);
            if (i % 97 == 5) {
                id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
            }
            String name = i % 89 == 3 ? "ＡＢ王" + i : "王" + (char) ('一' + i % 500);
            String village = i % 89 == 3 ? " 刘寨村 " : "村" + i % 37;
            sb.append(id).append(',').append(name).append(",北辛街道,").append(village).append(",1300000").append(i % 10000)
                    .append(',').append(i % 7 == 0 ? "低保" : "").append(',').append(i / 3).append('\n');
        }
        Path file = dir.resolve("参保台账.csv");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    /** Every row and problem as the handler received it, in order. */
    private static List<Object> events(Path file, boolean ahead) {
        List<Object> events = new ArrayList<>();
        RosterReader.read(file, new RosterReader.Handler() {
            @Override
            public void person(RosterPerson person) {
                events.add(person);
            }

            @Override
            public void problem(String problem) {
                events.add(problem);
            }
        }, ahead);
        return events;
    }

    @Test
    void aReaderThreadGivesTheSameRowsInTheSameOrder() throws IOException {
        Path file = roster(9_000);
        List<Object> alone = events(file, false);
        List<Object> ahead = events(file, true);
        assertEquals(9_000, alone.size());
        assertEquals(alone, ahead);
        assertTrue(alone.stream().anyMatch(e -> e instanceof String s && s.startsWith("参保台账.csv 第 7 行：")), "problem rows kept");
        RosterPerson cleaned = (RosterPerson) alone.get(3);
        assertEquals("刘寨村", cleaned.village());
        assertEquals("AB王3", cleaned.name());
        assertEquals(5, cleaned.row());
    }

    @Test
    void anUnreadableRosterFailsAlikeOnEitherThread() throws IOException {
        Path file = dir.resolve("参保台账.csv");
        Files.writeString(file, "姓名,村名\n张三,刘寨村\n", StandardCharsets.UTF_8);
        InputException alone = assertThrows(InputException.class, () -> events(file, false));
        InputException ahead = assertThrows(InputException.class, () -> events(file, true));
        assertEquals(alone.getMessage(), ahead.getMessage());
        assertTrue(ahead.getMessage().contains("参保台账.csv"), ahead.getMessage());
    }

    @Test
    void aHandlerThatStopsStopsTheReader() throws IOException {
        Path file = roster(20_000);
        IllegalStateException stop = new IllegalStateException("停");
        int[] taken = {0};
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> RosterReader.read(file,
                new RosterReader.Handler() {
                    @Override
                    public void person(RosterPerson person) {
                        if (++taken[0] == 3_000) {
                            throw stop;
                        }
                    }

                    @Override
                    public void problem(String problem) {
                    }
                }, true));
        assertSame(stop, thrown);
        // the reader thread ends instead of waiting for ever to hand over more rows
        for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("读取参保台账")); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("读取参保台账")));
    }
}

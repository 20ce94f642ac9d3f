package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.InputException;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.ResidentId;
import zhengjiao.input.PaymentDumpReader;

/**
 * The dumps read on several threads reach the ledger in exactly the order one thread reads them, whatever the sizes
 * of the files against the hand-over's budgets, and a broken file stops the reading with its own error.
 */
class DumpReadingTest {

    @TempDir
    Path dir;

    /** Files of very different lengths (a small one between large ones; some longer than all the budgets together). */
    private static final int[] ROWS = {70_000, 300, 9_000, 0, 120_000, 1, 5_000, 65_000};

    @Test
    void severalThreadsGiveTheOrderOfOne() throws IOException {
        List<Path> files = new ArrayList<>();
        int serial = 0;
        for (int f = 0; f < ROWS.length; f++) {
            StringBuilder sb = new StringBuilder("证件号码,姓名,村名,险种,费款所属期,缴费金额,缴费日期,税票号码\n");
            for (int r = 0; r < ROWS[f]; r++) {
                serial++;
                String id = ResidentId.of("370402", LocalDate.of(1950, 1, 1).plusDays(serial % 20_000), serial % 997);
                // every 50th row is not a valid ID: an exclusion, handed over in the same stream
                sb.append(serial % 50 == 0 ? "12345" : id).append(",张").append(serial % 7).append(",村").append(serial % 13)
                        .append(",城乡居民基本医疗保险,2025,380,2024-11-").append(String.format("%02d", 1 + serial % 28))
                        .append(",3").append(String.format("%019d", serial)).append('\n');
            }
            Path file = dir.resolve("清册_" + f + ".csv");
            Files.writeString(file, sb, StandardCharsets.UTF_8);
            files.add(file);
        }
        List<String> one = read(files, 1);
        assertEquals(serial + ROWS.length, one.size(), "every row and every file's end");
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, read(files, threads), threads + " threads");
        }
        // a keyed sink gets the same rows, each payment with the key its reader thread derived
        List<String> keyed = readKeyed(files, 2);
        assertEquals(one, keyed.stream().map(l -> l.replace(" +key", "")).toList());
        assertTrue(keyed.stream().filter(l -> !l.startsWith("x ") && !l.startsWith("end ")).allMatch(l -> l.endsWith(" +key")));
    }

    @Test
    void aBrokenFileStopsTheReadingWithItsError() throws IOException {
        Path good = dir.resolve("a.csv");
        StringBuilder sb = new StringBuilder("证件号码,姓名,村名,险种,费款所属期,缴费金额,缴费日期,税票号码\n");
        for (int r = 0; r < 20_000; r++) {
            sb.append(ResidentId.of("370402", LocalDate.of(1960, 1, 1).plusDays(r), 1))
                    .append(",李四,村一,城乡居民基本医疗保险,2025,380,2024-11-02,").append(1_000_000 + r).append('\n');
        }
        Files.writeString(good, sb, StandardCharsets.UTF_8);
        Path broken = dir.resolve("b.csv");
        Files.writeString(broken, "姓名,村名\n张三,村一\n", StandardCharsets.UTF_8);
        List<Path> files = List.of(good, broken, good);
        for (int threads : new int[] {1, 2}) {
            InputException e = assertThrows(InputException.class, () -> read(files, threads));
            assertTrue(e.getMessage().contains("b.csv"), e.getMessage());
        }
    }

    private static List<String> readKeyed(List<Path> files, int threads) {
        return read(files, threads, true);
    }

    private static List<String> read(List<Path> files, int threads) {
        return read(files, threads, false);
    }

    /** What the sink is told, in order; {@code keyed}: a sink that takes the readers' keys too (marked " +key"). */
    private static List<String> read(List<Path> files, int threads, boolean keyed) {
        List<String> seen = new ArrayList<>();
        List<DumpReading.Dump> dumps = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            dumps.add(new DumpReading.Dump(files.get(i), i, rows -> seen.add("end " + index + ": " + rows)));
        }
        class Seen implements PaymentDumpReader.Sink {
            @Override
            public void payment(PaymentRow row) {
                seen.add(row.source().fileIndex() + ":" + row.source().row() + " " + row.serial());
            }

            @Override
            public void excluded(Exclusion exclusion) {
                seen.add("x " + exclusion.source().fileIndex() + ":" + exclusion.source().row());
            }
        }
        class SeenKeyed extends Seen implements DumpReading.KeyedSink {
            @Override
            public void payment(PaymentRow row, zhengjiao.reconcile.PaymentKey key) {
                seen.add(row.source().fileIndex() + ":" + row.source().row() + " " + row.serial() + (key != null ? " +key" : ""));
            }
        }
        DumpReading.readAll(dumps, false, keyed ? new SeenKeyed() : new Seen(), threads);
        return seen;
    }
}

package zhengjiao.input;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;

/**
 * Reads the roster of people who should be insured (参保台账): 证件号码, 姓名, 镇街, 村名, and optionally 联系电话,
 * 人员类别 and 户号. Rows with an invalid ID, or an ID already listed, are kept aside as problems.
 */
public final class RosterReader {

    static final Column HOUSEHOLD = Column.optional("户号", "户号", "户编号", "家庭编号");
    static final Column PHONE = Column.optional("联系电话", "联系电话", "电话", "手机号码", "手机", "联系方式");
    static final Column CATEGORY = Column.optional("人员类别", "人员类别", "资助类别", "特殊人群类别", "类别", "身份类别");

    private RosterReader() {
    }

    /** Receives the roster's rows as they are read. */
    public interface Handler {
        /** A valid row; its ID may still repeat an earlier row's (the handler decides). */
        void person(RosterPerson person);

        /** A row not taken: "file 第 N 行：reason". */
        void problem(String problem);
    }

    /**
     * Streams the roster; place names and categories are shared between rows to keep a county's roster small. On a
     * computer with more than one core the rows are parsed on a reader thread of their own while {@code handler}
     * takes them on the calling thread, in file order, exactly as a read on one thread would give them.
     *
     * @throws zhengjiao.domain.InputException when the file cannot be read, naming the file, row and column
     */
    public static void read(Path file, Handler handler) {
        read(file, handler, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** Rows handed from the reader thread to the handler together. */
    private static final int BATCH = 2048;
    /** Batches the reader may run ahead of the handler. */
    private static final int AHEAD = 8;

    /** A batch of parsed rows ({@link RosterPerson}s and problem texts), or the end, or why reading failed. */
    private record Batch(Object[] items, int size, Throwable failure, boolean end) {
    }

    /**
     * As {@link #read(Path, Handler)}; {@code ahead} parses on a reader thread of its own (the handler still gets
     * every row on the calling thread, in the same order, and the same exception when the file cannot be read).
     */
    static void read(Path file, Handler handler, boolean ahead) {
        if (!ahead) {
            parse(file, handler);
            return;
        }
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
        Thread reader = new Thread(() -> produce(file, queue), "读取参保台账");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch batch;
                try {
                    batch = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("读取参保台账时被中断", e);
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.items()[i] instanceof RosterPerson person) {
                        handler.person(person);
                    } else {
                        handler.problem((String) batch.items()[i]);
                    }
                }
                if (batch.failure() instanceof RuntimeException e) {
                    throw e;
                }
                if (batch.failure() instanceof Error e) {
                    throw e;
                }
                if (batch.end()) {
                    return;
                }
            }
        } finally {
            // the handler failed, or the file is done: the reader stops waiting to hand over more
            reader.interrupt();
        }
    }

    private static void produce(Path file, BlockingQueue<Batch> queue) {
        Object[][] items = {new Object[BATCH]};
        int[] size = {0};
        Handler batching = new Handler() {
            @Override
            public void person(RosterPerson person) {
                add(person);
            }

            @Override
            public void problem(String problem) {
                add(problem);
            }

            private void add(Object item) {
                items[0][size[0]++] = item;
                if (size[0] == BATCH) {
                    hand(queue, new Batch(items[0], size[0], null, false));
                    items[0] = new Object[BATCH];
                    size[0] = 0;
                }
            }
        };
        try {
            parse(file, batching);
            hand(queue, new Batch(items[0], size[0], null, true));
        } catch (Stopped e) {
            // the handler's side stopped reading
        } catch (RuntimeException | Error e) {
            if (Thread.currentThread().isInterrupted()) {
                // stopped while reading (the table reader wraps what its row handler throws)
                return;
            }
            try {
                hand(queue, new Batch(items[0], size[0], e, true));
            } catch (Stopped stopped) {
                // nobody is waiting any more
            }
        }
    }

    /** Thrown on the reader thread when the calling thread no longer takes rows. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void hand(BlockingQueue<Batch> queue, Batch batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            // kept set: the table reader wraps what its row handler throws, the flag tells the reader it was stopped
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Reads the roster on this thread, row after row into {@code handler}. */
    private static void parse(Path file, Handler handler) {
        Map<String, String> shared = new HashMap<>();
        List<Column> columns = List.of(PaymentDumpReader.ID, PaymentDumpReader.NAME, PaymentDumpReader.TOWN,
                PaymentDumpReader.VILLAGE, PHONE, CATEGORY, HOUSEHOLD);
        Table.read(file, columns, (h, row) -> {
            String id = ResidentId.upgrade(row.text(h.indexOf(PaymentDumpReader.ID)));
            Optional<String> problem = row.isNumeric(h.indexOf(PaymentDumpReader.ID))
                    ? Optional.of("证件号码在 Excel 中被存成数字，末几位已丢失") : ResidentId.problem(id);
            if (problem.isPresent()) {
                handler.problem(file.getFileName() + " 第 " + row.number() + " 行：" + problem.get());
                return;
            }
            handler.person(new RosterPerson(id, PlaceNames.clean(row.text(h.indexOf(PaymentDumpReader.NAME))),
                    share(shared, Values.tidy(row.text(h.indexOf(PaymentDumpReader.TOWN)))),
                    share(shared, Values.tidy(row.text(h.indexOf(PaymentDumpReader.VILLAGE)))),
                    PlaceNames.clean(row.text(h.indexOf(PHONE))), share(shared, Values.tidy(row.text(h.indexOf(CATEGORY)))),
                    Values.tidy(row.text(h.indexOf(HOUSEHOLD))), row.number()));
        });
    }

    private static String share(Map<String, String> shared, String text) {
        return shared.computeIfAbsent(text, t -> t);
    }
}

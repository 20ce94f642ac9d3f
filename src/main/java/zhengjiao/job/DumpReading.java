package zhengjiao.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.PaymentRow;
import zhengjiao.input.PaymentDumpReader;

/**
 * Reads the payment dumps on as many threads as the computer has cores, while the ledger takes their rows on the
 * calling thread, file after file and row after row in the same order as a single-threaded read: the result does
 * not depend on the number of threads. At most a few thousand parsed rows per file wait in memory.
 */
final class DumpReading {

    /** Rows handed over together. */
    private static final int BATCH = 4096;
    /** Batches a reader may run ahead of the ledger, per file. */
    private static final int AHEAD = 8;

    /**
     * One dump to read.
     *
     * @param file  the dump
     * @param index its file index in the ledger
     * @param done  told the number of data rows when the ledger has taken the whole file
     */
    record Dump(Path file, int index, IntConsumer done) {
    }

    /** A batch of parsed rows, or the end of a file, or the reason it could not be read. */
    private record Batch(Object[] items, int size, int rows, Throwable failure, boolean end) {
    }

    /** A progress report of a reader, passed to the sink on the calling thread. */
    private record Progress(String fileName, int rows) {
    }

    private DumpReading() {
    }

    /**
     * Reads every dump into {@code sink}, in the dumps' order.
     *
     * @param townRequired a county's campaign: a dump without a 乡镇(街道) column is an error
     * @throws zhengjiao.domain.InputException the first reading error, as the reader threw it
     */
    static void readAll(List<Dump> dumps, boolean townRequired, PaymentDumpReader.Sink sink) {
        int threads = Math.min(dumps.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (Dump d : dumps) {
                d.done().accept(PaymentDumpReader.read(d.file(), d.index(), sink, townRequired));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "读取清册");
            t.setDaemon(true);
            return t;
        });
        try {
            List<BlockingQueue<Batch>> queues = new ArrayList<>();
            for (Dump d : dumps) {
                BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
                queues.add(queue);
                pool.execute(() -> produce(d, townRequired, queue));
            }
            for (int i = 0; i < dumps.size(); i++) {
                consume(queues.get(i), dumps.get(i), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void produce(Dump d, boolean townRequired, BlockingQueue<Batch> queue) {
        BatchingSink batches = new BatchingSink(queue);
        try {
            int rows = PaymentDumpReader.read(d.file(), d.index(), batches, townRequired);
            batches.flush();
            queue.put(new Batch(null, 0, rows, null, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Batch(null, 0, 0, e, true));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void consume(BlockingQueue<Batch> queue, Dump d, PaymentDumpReader.Sink sink) {
        while (true) {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("读取清册时被中断", e);
            }
            for (int i = 0; i < batch.size(); i++) {
                Object item = batch.items()[i];
                if (item instanceof PaymentRow row) {
                    sink.payment(row);
                } else if (item instanceof Exclusion exclusion) {
                    sink.excluded(exclusion);
                } else if (item instanceof Progress p) {
                    sink.progress(p.fileName(), p.rows());
                }
            }
            if (batch.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (batch.failure() instanceof Error e) {
                throw e;
            }
            if (batch.end()) {
                d.done().accept(batch.rows());
                return;
            }
        }
    }

    /** Collects a reader's rows into batches and hands them to the queue (waiting when the ledger is behind). */
    private static final class BatchingSink implements PaymentDumpReader.Sink {
        private final BlockingQueue<Batch> queue;
        private Object[] items = new Object[BATCH];
        private int size;

        BatchingSink(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        @Override
        public void payment(PaymentRow row) {
            add(row);
        }

        @Override
        public void excluded(Exclusion exclusion) {
            add(exclusion);
        }

        @Override
        public void progress(String fileName, int rows) {
            add(new Progress(fileName, rows));
        }

        private void add(Object item) {
            items[size++] = item;
            if (size == BATCH) {
                flushUnchecked();
            }
        }

        void flush() throws InterruptedException {
            if (size > 0) {
                queue.put(new Batch(items, size, 0, null, false));
                items = new Object[BATCH];
                size = 0;
            }
        }

        private void flushUnchecked() {
            try {
                flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("读取清册时被中断", e);
            }
        }
    }
}

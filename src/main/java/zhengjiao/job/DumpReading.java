package zhengjiao.job;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.PaymentRow;
import zhengjiao.input.PaymentDumpReader;
import zhengjiao.reconcile.PaymentKey;

/**
 * Reads the payment dumps on as many threads as the computer has cores, while the ledger takes their rows on the
 * calling thread, file after file and row after row in the same order as a single-threaded read: the result does
 * not depend on the number of threads.
 *
 * <p>Parsed rows wait in batches in a {@link Handover}: the file the ledger is taking may keep {@value #CURRENT}
 * batches ready, and the files after it together at most {@value #AHEAD} (about sixteen thousand rows), so that a
 * reader that finished its part of the current file goes on with the next one instead of waiting for the ledger.
 */
final class DumpReading {

    /** Rows handed over together. */
    static final int BATCH = 1024;
    /** Batches the file the ledger is taking may have waiting. */
    static final int CURRENT = 8;
    /** Batches all later files together may have waiting. */
    static final int AHEAD = 16;

    /**
     * One dump to read.
     *
     * @param file  the dump
     * @param index its file index in the ledger
     * @param done  told the number of data rows when the ledger has taken the whole file
     */
    record Dump(Path file, int index, IntConsumer done) {
    }

    /**
     * A batch of parsed rows (with each payment's key at the same place in {@code keys}, when keyed), or the end of a
     * file, or the reason it could not be read.
     */
    private record Batch(Object[] items, PaymentKey[] keys, int size, int rows, Throwable failure, boolean end) {
    }

    /**
     * A sink that also takes what the reader thread derived from each payment row ({@link PaymentKey}): the thread that
     * takes the rows in order then does less per row.
     */
    interface KeyedSink extends PaymentDumpReader.Sink {
        void payment(PaymentRow row, PaymentKey key);
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
        readAll(dumps, townRequired, sink, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #readAll(List, boolean, PaymentDumpReader.Sink)} on at most {@code threads} reader threads. */
    static void readAll(List<Dump> dumps, boolean townRequired, PaymentDumpReader.Sink sink, int threads) {
        threads = Math.min(dumps.size(), threads);
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
        Handover handover = new Handover(dumps.size());
        try {
            for (int i = 0; i < dumps.size(); i++) {
                int file = i;
                Dump d = dumps.get(i);
                pool.execute(() -> produce(d, file, townRequired, handover, sink instanceof KeyedSink));
            }
            for (int i = 0; i < dumps.size(); i++) {
                consume(handover, i, dumps.get(i), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void produce(Dump d, int file, boolean townRequired, Handover handover, boolean keyed) {
        BatchingSink batches = new BatchingSink(handover, file, keyed);
        try {
            int rows = PaymentDumpReader.read(d.file(), d.index(), batches, townRequired);
            batches.flush();
            handover.put(file, new Batch(null, null, 0, rows, null, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                handover.put(file, new Batch(null, null, 0, 0, e, true));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void consume(Handover handover, int file, Dump d, PaymentDumpReader.Sink sink) {
        while (true) {
            Batch batch;
            try {
                batch = handover.take(file);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("读取清册时被中断", e);
            }
            for (int i = 0; i < batch.size(); i++) {
                Object item = batch.items()[i];
                if (item instanceof PaymentRow row) {
                    if (batch.keys() != null) {
                        ((KeyedSink) sink).payment(row, batch.keys()[i]);
                    } else {
                        sink.payment(row);
                    }
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

    /**
     * The batches waiting for the ledger, per file, under one lock. A reader of the file being taken waits while that
     * file has {@link #CURRENT} batches waiting; a reader of a later file while the later files together have
     * {@link #AHEAD}; it never waits for anything but the ledger, so the reading cannot deadlock. A file's end or
     * failure is always accepted.
     */
    private static final class Handover {
        private final ArrayDeque<Batch>[] queues;
        private int current;
        /** Batches waiting for files after the current one (put while their file was not yet current). */
        private int ahead;
        /**
         * Per file, how many of its waiting batches count in {@link #ahead}: those put before it became current, which
         * are the first to be taken (a file becomes current once and stays until it ends).
         */
        private final int[] putAhead;

        @SuppressWarnings("unchecked")
        Handover(int files) {
            queues = new ArrayDeque[files];
            putAhead = new int[files];
            for (int i = 0; i < files; i++) {
                queues[i] = new ArrayDeque<>();
            }
        }

        synchronized void put(int file, Batch batch) throws InterruptedException {
            if (!batch.end()) {
                while (file == current ? queues[file].size() >= CURRENT : file > current && ahead >= AHEAD) {
                    wait();
                }
            }
            queues[file].add(batch);
            if (file > current) {
                putAhead[file]++;
                ahead++;
            }
            notifyAll();
        }

        synchronized Batch take(int file) throws InterruptedException {
            if (file != current) {
                current = file;
                notifyAll();
            }
            while (queues[file].isEmpty()) {
                wait();
            }
            if (putAhead[file] > 0) {
                putAhead[file]--;
                ahead--;
            }
            notifyAll();
            return queues[file].poll();
        }
    }

    /** Collects a reader's rows into batches and hands them over (waiting when the ledger is behind). */
    private static final class BatchingSink implements PaymentDumpReader.Sink {
        private final Handover handover;
        private final int file;
        private final boolean keyed;
        private Object[] items = new Object[BATCH];
        private PaymentKey[] keys;
        private int size;

        BatchingSink(Handover handover, int file, boolean keyed) {
            this.handover = handover;
            this.file = file;
            this.keyed = keyed;
            this.keys = keyed ? new PaymentKey[BATCH] : null;
        }

        @Override
        public void payment(PaymentRow row) {
            if (keyed) {
                keys[size] = PaymentKey.of(row);
            }
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
                handover.put(file, new Batch(items, keys, size, 0, null, false));
                items = new Object[BATCH];
                keys = keyed ? new PaymentKey[BATCH] : null;
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

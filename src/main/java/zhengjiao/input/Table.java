package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import zhengjiao.domain.InputException;

/**
 * A table file opened for reading: its header located, its data rows streamed one at a time.
 * Rows above the header (titles) are skipped; blank rows are skipped.
 */
public final class Table implements AutoCloseable {

    private final Path file;
    private final RowSource source;
    private final HeaderRow header;
    private final Deque<SourceRow> pending;

    private Table(Path file, RowSource source, HeaderRow header, Deque<SourceRow> pending) {
        this.file = file;
        this.source = source;
        this.header = header;
        this.pending = pending;
    }

    /** Opens a CSV, .xlsx or .xls file and finds its header row. */
    public static Table open(Path file, List<Column> columns) {
        RowSource source;
        try {
            source = RowSource.open(file);
        } catch (IOException | RuntimeException e) {
            throw InputException.at(file, 0, null, "无法读取：" + describe(e));
        }
        try {
            List<SourceRow> head = new ArrayList<>();
            for (int i = 0; i < HeaderRow.SEARCH_ROWS; i++) {
                SourceRow row = source.next();
                if (row == null) {
                    break;
                }
                head.add(row);
            }
            HeaderRow header = HeaderRow.locate(file, head, columns);
            Deque<SourceRow> pending = new ArrayDeque<>();
            for (SourceRow row : head) {
                if (row.number() > header.rowNumber()) {
                    pending.add(row);
                }
            }
            return new Table(file, source, header, pending);
        } catch (IOException | RuntimeException e) {
            closeQuietly(source);
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw InputException.at(file, 0, null, "无法读取：" + describe(e));
        }
    }

    private static void closeQuietly(RowSource source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // the first error is the one to report
        }
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    public Path file() {
        return file;
    }

    public HeaderRow header() {
        return header;
    }

    /** The next non-blank data row, or null at the end. */
    public SourceRow next() {
        try {
            while (true) {
                SourceRow row = pending.isEmpty() ? source.next() : pending.poll();
                if (row == null || !row.isBlank()) {
                    return row;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw InputException.at(file, 0, null, "读取中断：" + describe(e));
        }
    }

    @Override
    public void close() {
        closeQuietly(source);
    }
}

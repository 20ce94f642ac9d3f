package zhengjiao.input;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zhengjiao.domain.InputException;

/**
 * Reads a table file: its header row is located among the first rows (title rows above it are skipped),
 * then every non-blank data row is handed over with the header, one at a time.
 */
public final class Table {

    /** Receives the data rows below the header. */
    @FunctionalInterface
    public interface DataHandler {
        void row(HeaderRow header, SourceRow row);
    }

    private final Path file;
    private final List<Column> columns;
    private final DataHandler handler;
    private final List<SourceRow> head = new ArrayList<>();
    private HeaderRow header;

    private Table(Path file, List<Column> columns, DataHandler handler) {
        this.file = file;
        this.columns = columns;
        this.handler = handler;
    }

    /** Reads {@code file}, handing every data row to {@code handler}; errors name the file. */
    public static void read(Path file, List<Column> columns, DataHandler handler) {
        Table table = new Table(file, columns, handler);
        try {
            RowSource.of(file).read(table::accept);
            table.finish();
        } catch (InputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw InputException.at(file, 0, null, "文件不存在");
        } catch (IOException | RuntimeException e) {
            throw InputException.at(file, 0, null, "无法读取：" + describe(e));
        }
    }

    private void accept(SourceRow row) {
        if (header != null) {
            emit(row);
            return;
        }
        head.add(row);
        if (head.size() == HeaderRow.SEARCH_ROWS) {
            locate();
        }
    }

    private void finish() {
        if (header == null) {
            locate();
        }
    }

    private void locate() {
        header = HeaderRow.locate(file, head, columns);
        for (SourceRow row : head) {
            if (row.number() > header.rowNumber()) {
                emit(row);
            }
        }
        head.clear();
    }

    private void emit(SourceRow row) {
        if (!row.isBlank()) {
            handler.row(header, row);
        }
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

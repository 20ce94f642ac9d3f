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
        } catch (java.nio.file.AccessDeniedException e) {
            throw InputException.at(file, 0, null, "没有读取权限；请检查文件属性，或先关闭正在打开它的程序");
        } catch (IOException | RuntimeException e) {
            throw InputException.at(file, 0, null, "无法读取（" + describe(e) + "）；请在 Excel 或 WPS 中打开，"
                    + "另存为“Excel 工作簿（*.xlsx）”后放回");
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

    /**
     * What went wrong, never a library's own text (which may quote cell contents and is English): the message of
     * one of our own exceptions (Chinese), else the exception's kind.
     */
    static String describe(Exception e) {
        String m = e.getMessage();
        boolean ours = m != null && m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return ours ? zhengjiao.domain.Redact.text(m) : "文件格式有误或已损坏";
    }
}

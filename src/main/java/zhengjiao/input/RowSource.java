package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import zhengjiao.domain.InputException;

/**
 * Reads the rows of one table file, handing them over one at a time. What the file is comes from its bytes
 * ({@link FileKind}), not its name: .xls, .xlsx (first visible sheet), an HTML table or delimited text under any name.
 */
public interface RowSource {

    /** Receives rows in file order; blank rows included. */
    @FunctionalInterface
    interface RowHandler {
        void row(SourceRow row);
    }

    /** Receives the rows of every visible sheet of a workbook, with the sheet's name. */
    @FunctionalInterface
    interface SheetRowHandler {
        void row(String sheet, SourceRow row);
    }

    /** Reads the whole file, calling {@code handler} for each row. */
    void read(RowHandler handler) throws IOException;

    /**
     * Reads every visible sheet of a workbook in tab order (an .xlsx or .xls: hidden sheets skipped), each row with
     * its sheet's name; a text or HTML table is one sheet named after the file. For files that hold one list per
     * sheet (a returned reminder list); every other reader takes the first visible sheet through {@link #of}.
     *
     * @throws InputException naming the file, as {@link #of} does
     */
    static void readSheets(Path file, SheetRowHandler handler) throws IOException {
        RowSource source = of(file);
        if (source instanceof XlsxRowSource xlsx) {
            xlsx.readSheets(handler);
        } else if (source instanceof XlsRowSource xls) {
            xls.readSheets(handler);
        } else {
            String name = file.getFileName().toString();
            source.read(row -> handler.row(name, row));
        }
    }

    /**
     * A source for a file, by what its bytes are.
     *
     * @throws InputException naming the file, what it is and how to re-save it, when no reader exists for its kind
     * @throws IOException    when the file cannot be opened
     */
    static RowSource of(Path file) throws IOException {
        FileKind kind = FileKind.detect(file);
        return switch (kind) {
            case TEXT -> new CsvRowSource(file);
            case XLSX -> new XlsxRowSource(file);
            case XLS -> new XlsRowSource(file);
            case HTML -> new HtmlRowSource(file);
            default -> throw InputException.at(file, 0, null, "不是可读取的表格，" + kind.reason());
        };
    }

    /** Names a top-level file of a campaign folder may have to be taken for a table (task table, roster, ...). */
    Set<String> TABLE_EXTENSIONS = Set.of(".csv", ".xlsx", ".xlsm", ".xls", ".txt", ".htm", ".html", ".et");

    /** Whether a top-level file's name says it may be a table (lock files and hidden files excluded). */
    static boolean isTableFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && TABLE_EXTENSIONS.contains(name.substring(dot));
    }
}

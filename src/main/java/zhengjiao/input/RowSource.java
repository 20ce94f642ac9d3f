package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the rows of one table file (CSV, .xlsx or .xls; first visible sheet), handing them over one at a time. */
public interface RowSource {

    /** Receives rows in file order; blank rows included. */
    @FunctionalInterface
    interface RowHandler {
        void row(SourceRow row);
    }

    /** Reads the whole file, calling {@code handler} for each row. */
    void read(RowHandler handler) throws IOException;

    /** A source for a file, by its extension. */
    static RowSource of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvRowSource(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxRowSource(file);
        }
        if (name.endsWith(".xls")) {
            return new XlsRowSource(file);
        }
        throw new IllegalArgumentException("unsupported file type: " + name);
    }

    /** Whether {@link #of} can read a file of this name. */
    static boolean isTableFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".")
                && (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls"));
    }
}

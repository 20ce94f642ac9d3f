package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Streams the rows of one table file (CSV, .xlsx or .xls), first sheet only, one row at a time. */
public interface RowSource extends AutoCloseable {

    /** The next row, or null at the end. Blank rows are returned too. */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;

    /** Opens a file by its extension. */
    static RowSource open(Path file) throws IOException {
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

    /** Whether {@link #open} can read a file of this name. */
    static boolean isTableFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".")
                && (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls"));
    }
}

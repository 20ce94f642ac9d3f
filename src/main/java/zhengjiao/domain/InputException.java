package zhengjiao.domain;

import java.nio.file.Path;

/**
 * An error in the user's input: a file that cannot be read, a column that is missing, a value that
 * makes no sense. The message is Chinese and names the file, and where known the row and column.
 * The command line maps it to exit code 1.
 */
public class InputException extends RuntimeException {

    /** The message is passed through {@link Redact#text}: an ID-shaped run never survives in it. */
    public InputException(String message) {
        super(Redact.text(message));
    }

    /** As {@link #InputException(String)}; the cause is kept for debugging, its message is never shown. */
    public InputException(String message, Throwable cause) {
        super(Redact.text(message), cause);
    }

    /** "文件 X 第 N 行「列」：message". Row 0 or column null leave those parts out. */
    public static InputException at(Path file, int row, String column, String message) {
        return new InputException(where(file, row, column) + message);
    }

    public static String where(Path file, int row, String column) {
        StringBuilder sb = new StringBuilder("文件 ").append(file == null ? "?" : file.getFileName());
        if (row > 0) {
            sb.append(" 第 ").append(row).append(" 行");
        }
        if (column != null) {
            sb.append("「").append(column).append("」列");
        }
        return sb.append("：").toString();
    }
}

package zhengjiao.input;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, as Apache Commons CSV's {@code CSVFormat.DEFAULT} does with surrounding spaces kept
 * and empty lines kept (each an empty record of one "" cell), which the project used before and its tests compare
 * against: a record ends at \n, \r or \r\n; a cell that starts with a double quote runs to the next lone quote
 * ("" inside it is one quote, line ends inside it are kept), and only spaces may follow it before the delimiter or
 * line end; elsewhere a quote is an ordinary character. Written for speed: one buffer of chars, one reusable cell
 * buffer, each cell made into a String once (a cell of plain ASCII then takes one byte a character).
 */
final class CsvLexer {

    /** A quote that does not close, or text after a closing quote: the rest of the file cannot be split. */
    static final class Unbalanced extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A record longer than the limit (an unterminated quote in a large file). */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final long maxRecord;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private char[] cell = new char[256];
    private int length;
    private long sinceRecord;
    private long lineEnds;
    private final List<String> cells = new ArrayList<>();

    /**
     * @param in        the decoded text
     * @param delimiter the cell separator (, or tab)
     * @param maxRecord the most characters one record may take
     */
    CsvLexer(Reader in, char delimiter, long maxRecord) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecord = maxRecord;
    }

    /** The line ends read so far (those inside quoted cells too). */
    long lineEnds() {
        return lineEnds;
    }

    /**
     * The next record's cells, or null at the end of the text.
     *
     * @throws Unbalanced when a quoted cell does not end properly
     * @throws TooLong    when a record runs past the limit
     * @throws IOException when the text cannot be read (a {@link java.nio.charset.CharacterCodingException} when it
     *                     cannot be decoded)
     */
    String[] next() throws IOException {
        sinceRecord = 0;
        if (peek() == EOF) {
            return null;
        }
        cells.clear();
        while (true) {
            length = 0;
            int c = read();
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c == EOF) {
                        throw new Unbalanced();
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            append('"');
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || c == '\r' && peek() != '\n') {
                        lineEnds++;
                    }
                    append((char) c);
                }
                // after the closing quote: spaces, then the delimiter or the end of the line
                while (true) {
                    c = read();
                    if (c == delimiter) {
                        break;
                    }
                    if (c == EOF) {
                        return done();
                    }
                    if (endOfLine(c)) {
                        return done();
                    }
                    if (!Character.isWhitespace((char) c)) {
                        throw new Unbalanced();
                    }
                }
                cells.add(new String(cell, 0, length));
                continue;
            }
            if (c == EOF || c == delimiter || endOfLine(c)) {
                if (c != delimiter) {
                    return done();
                }
                cells.add("");
                continue;
            }
            // an unquoted cell: its characters are taken a run at a time up to the delimiter or the line's end
            append((char) c);
            String text = plainRest();
            c = read();
            if (c == EOF || c != delimiter && endOfLine(c)) {
                cells.add(text);
                return cells.toArray(new String[0]);
            }
            cells.add(text);
        }
    }

    /**
     * The rest of an unquoted cell whose first {@link #length} characters are in {@link #cell}, up to (not taking) the
     * delimiter, a line end or the end of the text; made straight from the buffer when it lies there whole.
     */
    private String plainRest() throws IOException {
        while (true) {
            int from = pos;
            int i = from;
            char d = delimiter;
            char[] b = buf;
            int end = lim;
            while (i < end) {
                char ch = b[i];
                if (ch == d || ch == '\n' || ch == '\r') {
                    break;
                }
                i++;
            }
            sinceRecord += i - from;
            if (sinceRecord > maxRecord) {
                throw new TooLong();
            }
            pos = i;
            if (i < end) {
                if (length == 1 && from > 0 && b[from - 1] == cell[0]) {
                    // the cell's first character is still just before the run in the buffer
                    return new String(b, from - 1, i - from + 1);
                }
                appendRun(b, from, i);
                return new String(cell, 0, length);
            }
            appendRun(b, from, i);
            if (!fill()) {
                return new String(cell, 0, length);
            }
        }
    }

    private void appendRun(char[] from, int start, int end) {
        int n = end - start;
        if (length + n > cell.length) {
            cell = java.util.Arrays.copyOf(cell, Math.max(cell.length * 2, length + n));
        }
        System.arraycopy(from, start, cell, length, n);
        length += n;
    }

    private String[] done() {
        cells.add(new String(cell, 0, length));
        return cells.toArray(new String[0]);
    }

    /** Whether {@code c} ends a line (\r\n taken whole). */
    private boolean endOfLine(int c) throws IOException {
        if (c == '\n') {
            lineEnds++;
            return true;
        }
        if (c == '\r') {
            if (peek() == '\n') {
                read();
            }
            lineEnds++;
            return true;
        }
        return false;
    }

    private void append(char c) {
        if (length == cell.length) {
            cell = java.util.Arrays.copyOf(cell, cell.length * 2);
        }
        cell[length++] = c;
    }

    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return EOF;
        }
        if (++sinceRecord > maxRecord) {
            throw new TooLong();
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }
}

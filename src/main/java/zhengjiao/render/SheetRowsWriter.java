package zhengjiao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * The rows of a worksheet part ({@code <row>} and {@code <c>} elements of SpreadsheetML, ECMA-376 part 1 §18.3.1),
 * encoded straight to UTF-8 bytes: no cell objects, no temporary file. Strings go inline ({@code t="inlineStr"}), so
 * the workbook needs no shared-string table; every cell carries its reference ({@code r="B7"}) and its style index
 * (the {@code xf} of the workbook's styles part). Characters XML 1.0 cannot hold (control characters other than
 * tab, line feed and carriage return, unpaired surrogates) are written as {@code ?}, as POI does.
 */
final class SheetRowsWriter {

    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private byte[] buf = new byte[FLUSH_AT + 1024];
    private int len;
    /** The current row's number as ASCII digits (every cell reference repeats it). */
    private final byte[] rowDigits = new byte[10];
    private int rowDigitCount;
    /** Style indexes as ASCII digits, made once each. */
    private final byte[][] styleDigits = new byte[1024][];

    private static final byte[] ROW_OPEN = ascii7("<row r=\"");
    private static final byte[] ROW_HEIGHT = ascii7("\" ht=\"");
    private static final byte[] ROW_CUSTOM = ascii7("\" customHeight=\"1\">");
    private static final byte[] ROW_CLOSE = ascii7("</row>");
    private static final byte[] CELL_OPEN = ascii7("<c r=\"");
    private static final byte[] CELL_STYLE = ascii7("\" s=\"");
    private static final byte[] BLANK_CLOSE = ascii7("\"/>");
    private static final byte[] V_OPEN = ascii7("\"><v>");
    private static final byte[] V_CLOSE = ascii7("</v></c>");
    private static final byte[] TEXT_OPEN = ascii7("\" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_OPEN_PRESERVE = ascii7("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_CLOSE = ascii7("</t></is></c>");

    private final byte[][] columnBytes = new byte[256][];

    SheetRowsWriter(OutputStream out) {
        this.out = out;
    }

    private static byte[] ascii7(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Opens row {@code index} (0-based) of {@code heightPoints} points (written as a custom height). */
    void startRow(int index, float heightPoints) throws IOException {
        int row = index + 1;
        int n = 0;
        for (int rest = row; rest > 0; rest /= 10) {
            n++;
        }
        rowDigitCount = Math.max(n, 1);
        int rest = row;
        for (int i = rowDigitCount - 1; i >= 0; i--) {
            rowDigits[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        bytes(ROW_OPEN);
        ensure(rowDigitCount);
        System.arraycopy(rowDigits, 0, buf, len, rowDigitCount);
        len += rowDigitCount;
        bytes(ROW_HEIGHT);
        height(heightPoints);
        bytes(ROW_CUSTOM);
    }

    void endRow() throws IOException {
        bytes(ROW_CLOSE);
        if (len >= FLUSH_AT) {
            flush();
        }
    }

    /** An empty cell that only shows its style. */
    void blank(int column, int style) {
        open(column, style);
        bytes(BLANK_CLOSE);
    }

    /** A number cell; {@code value} an integer type, a {@link BigDecimal} (written exactly) or a double. */
    void number(int column, int style, Number value) {
        open(column, style);
        bytes(V_OPEN);
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number(value.longValue());
        } else {
            ascii(plain(value));
        }
        bytes(V_CLOSE);
    }

    /** A whole-number cell. */
    void number(int column, int style, long value) {
        open(column, style);
        bytes(V_OPEN);
        number(value);
        bytes(V_CLOSE);
    }

    /** A number cell whose value is written as {@code plain} ({@link #plain}). */
    void numberText(int column, int style, String plain) {
        open(column, style);
        bytes(V_OPEN);
        ascii(plain);
        bytes(V_CLOSE);
    }

    /** How {@link #number(int, int, Number)} writes {@code value} in the file. */
    static String plain(Number value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.toString(value.longValue());
        } else if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** A text cell (not empty). */
    void text(int column, int style, String value) {
        open(column, style);
        boolean preserve = Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
        // the cell's attributes so far end without the closing quote of s="…" (see open)
        bytes(preserve ? TEXT_OPEN_PRESERVE : TEXT_OPEN);
        escaped(value);
        bytes(TEXT_CLOSE);
    }

    /** Writes out what is buffered (the caller flushes and closes the stream itself). */
    void flush() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    /** Writes {@code <c r="B7" s="3} (the closing quote comes with what follows). */
    private void open(int column, int style) {
        bytes(CELL_OPEN);
        bytes(columnName(column));
        ensure(rowDigitCount + 16);
        System.arraycopy(rowDigits, 0, buf, len, rowDigitCount);
        len += rowDigitCount;
        bytes(CELL_STYLE);
        if (style >= 0 && style < styleDigits.length) {
            byte[] d = styleDigits[style];
            if (d == null) {
                d = Integer.toString(style).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                styleDigits[style] = d;
            }
            bytes(d);
        } else {
            number(style);
        }
    }

    private byte[] columnName(int column) {
        if (column < columnBytes.length && columnBytes[column] != null) {
            return columnBytes[column];
        }
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        byte[] name = ascii7(sb.toString());
        if (column < columnBytes.length) {
            columnBytes[column] = name;
        }
        return name;
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void height(float points) {
        if (points == Math.rint(points)) {
            number((long) points);
        } else {
            ascii(Float.toString(points));
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void number(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                ascii(Long.toString(v));
                return;
            }
            ensure(1);
            buf[len++] = '-';
            v = -v;
        }
        int n = 1;
        for (long rest = v; rest >= 10; rest /= 10) {
            n++;
        }
        ensure(n);
        for (int i = len + n - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += n;
    }

    private void escaped(String s) {
        int n = s.length();
        ensure(n * 6);
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '\r' -> ascii("&#13;");
                    default -> buf[len++] = (byte) (ch >= 0x20 || ch == '\t' || ch == '\n' ? ch : '?');
                }
            } else if (ch < 0x800) {
                buf[len++] = (byte) (0xC0 | ch >> 6);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                buf[len++] = (byte) (0xF0 | cp >> 18);
                buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch) || ch == 0xFFFE || ch == 0xFFFF) {
                buf[len++] = '?';
            } else {
                buf[len++] = (byte) (0xE0 | ch >> 12);
                buf[len++] = (byte) (0x80 | ch >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }
}

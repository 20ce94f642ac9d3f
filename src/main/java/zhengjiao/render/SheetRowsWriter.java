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
    private final String[] columnNames = new String[256];
    /** The current row's number as ASCII digits (every cell reference repeats it). */
    private final byte[] rowDigits = new byte[10];
    private int rowDigitCount;
    /** Style indexes as ASCII digits, made once each. */
    private final byte[][] styleDigits = new byte[1024][];

    SheetRowsWriter(OutputStream out) {
        this.out = out;
    }

    /** Opens row {@code index} (0-based) of {@code heightPoints} points (written as a custom height). */
    void startRow(int index, float heightPoints) throws IOException {
        String digits = Integer.toString(index + 1);
        rowDigitCount = digits.length();
        for (int i = 0; i < rowDigitCount; i++) {
            rowDigits[i] = (byte) digits.charAt(i);
        }
        ascii("<row r=\"");
        ascii(digits);
        ascii("\" ht=\"");
        height(heightPoints);
        ascii("\" customHeight=\"1\">");
    }

    void endRow() throws IOException {
        ascii("</row>");
        if (len >= FLUSH_AT) {
            flush();
        }
    }

    /** An empty cell that only shows its style. */
    void blank(int column, int style) {
        open(column, style);
        ascii("/>");
    }

    /** A number cell; {@code value} an integer type, a {@link BigDecimal} (written exactly) or a double. */
    void number(int column, int style, Number value) {
        open(column, style);
        ascii("><v>");
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number(value.longValue());
        } else if (value instanceof BigDecimal b) {
            ascii(b.stripTrailingZeros().toPlainString());
        } else {
            double d = value.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                number((long) d);
            } else {
                ascii(Double.toString(d));
            }
        }
        ascii("</v></c>");
    }

    /** A text cell (not empty). */
    void text(int column, int style, String value) {
        open(column, style);
        boolean preserve = Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
        ascii(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        escaped(value);
        ascii("</t></is></c>");
    }

    /** Writes out what is buffered (the caller flushes and closes the stream itself). */
    void flush() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    private void open(int column, int style) {
        ascii("<c r=\"");
        ascii(columnName(column));
        ensure(rowDigitCount + 16);
        System.arraycopy(rowDigits, 0, buf, len, rowDigitCount);
        len += rowDigitCount;
        ascii("\" s=\"");
        if (style >= 0 && style < styleDigits.length) {
            byte[] d = styleDigits[style];
            if (d == null) {
                d = Integer.toString(style).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                styleDigits[style] = d;
            }
            ensure(d.length);
            System.arraycopy(d, 0, buf, len, d.length);
            len += d.length;
        } else {
            number(style);
        }
        ascii("\"");
    }

    private String columnName(int column) {
        if (column < columnNames.length && columnNames[column] != null) {
            return columnNames[column];
        }
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        String name = sb.toString();
        if (column < columnNames.length) {
            columnNames[column] = name;
        }
        return name;
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
        if (v >= 0 && v < 10) {
            ensure(1);
            buf[len++] = (byte) ('0' + v);
        } else {
            ascii(Long.toString(v));
        }
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

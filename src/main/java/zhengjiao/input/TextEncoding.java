package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a text file as officials' files come: UTF-8 with or without BOM, UTF-16 LE/BE (Excel's
 * "Unicode 文本", with or without BOM), or the Chinese Windows encodings GBK / GB18030 (read as GB18030, a superset
 * of GBK).
 */
public final class TextEncoding {

    /** The charset Chinese Windows writes CSV files in. */
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** Bytes judged: enough for thousands of rows, a small part of a dump's cost to decode. */
    private static final int SAMPLE = 256 * 1024;

    private TextEncoding() {
    }

    /**
     * The detected encoding.
     *
     * @param charset   how the text after the BOM is decoded
     * @param bomLength the bytes of the byte-order mark to skip (0, 2 or 3)
     */
    public record Detected(Charset charset, int bomLength) {

        /** Whether a byte-order mark opens the file. */
        public boolean bom() {
            return bomLength > 0;
        }

        /** The encoding's name as an official knows it: UTF-8, UTF-16, GBK. */
        public String label() {
            if (charset.equals(GB18030)) {
                return "GBK/GB18030";
            }
            return charset.name().startsWith("UTF-16") ? "UTF-16（Unicode 文本）" : charset.name();
        }

        /** A decoder that reports (rather than replaces) bytes that are not of this encoding. */
        public CharsetDecoder strictDecoder() {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    /**
     * Detects the encoding of a file from its first bytes. When those are plain ASCII (a file whose first rows carry no
     * Chinese), the judgement between UTF-8 and GBK is made on the first stretch that is not, wherever it lies; the
     * whole file is not decoded here (a file that changes its encoding further on is reported, with the row, when it
     * is read with {@link Detected#strictDecoder()}).
     */
    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SAMPLE);
            boolean truncated = head.length == SAMPLE;
            Detected detected = detect(head, truncated);
            if (!truncated || detected.bomLength() > 0 || !detected.charset().equals(StandardCharsets.UTF_8)
                    || !ascii(head, head.length)) {
                return detected;
            }
            // all ASCII so far: judge the first stretch that is not
            byte[] chunk = head;
            for (int n; (n = in.readNBytes(chunk, 0, chunk.length)) > 0; ) {
                int at = firstNonAscii(chunk, n);
                if (at >= 0) {
                    byte[] rest = in.readNBytes(SAMPLE);
                    byte[] window = new byte[n - at + rest.length];
                    System.arraycopy(chunk, at, window, 0, n - at);
                    System.arraycopy(rest, 0, window, n - at, rest.length);
                    return new Detected(isUtf8(window, rest.length == SAMPLE) ? StandardCharsets.UTF_8 : GB18030, 0);
                }
            }
            return detected;
        }
    }

    private static boolean ascii(byte[] bytes, int length) {
        return firstNonAscii(bytes, length) < 0;
    }

    private static int firstNonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Detects the encoding of text whose first bytes are {@code head} ({@code truncated}: more follows). */
    public static Detected detect(byte[] head, boolean truncated) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        return new Detected(isUtf8(head, truncated) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** UTF-16 without BOM: in the first bytes, most even (BE) or odd (LE) positions are zero, the others not. */
    private static Charset utf16WithoutBom(byte[] head) {
        int n = Math.min(head.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += head[i] == 0 ? 1 : 0;
            oddZero += head[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes, boolean truncated) {
        int length = bytes.length;
        if (truncated) {
            // do not judge a multi-byte character cut at the end of the sample
            while (length > 0 && (bytes[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > 0 && (bytes[length - 1] & 0x80) != 0) {
                length--;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)) != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

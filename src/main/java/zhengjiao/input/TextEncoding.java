package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a text file as officials' files come: UTF-8 with or without BOM, or the
 * Chinese Windows encodings GBK / GB18030 (read as GB18030, a superset of GBK).
 */
public final class TextEncoding {

    /** The charset Chinese Windows writes CSV files in. */
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 8 * 1024 * 1024;

    private TextEncoding() {
    }

    /** The detected encoding and whether a UTF-8 BOM opens the file. */
    public record Detected(Charset charset, boolean bom) {
    }

    public static Detected detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, true);
        }
        return new Detected(isUtf8(head, head.length == SAMPLE) ? StandardCharsets.UTF_8 : GB18030, false);
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
            CharBuffer ignored = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return ignored != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

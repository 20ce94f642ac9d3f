package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encodings officials' text files come in are told apart from the file's bytes. */
class TextEncodingTest {

    @TempDir
    Path dir;

    private static final Charset GBK = Charset.forName("GBK");

    private Path file(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        Path f = dir.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }

    private static byte[] asciiRows(int rows) {
        StringBuilder sb = new StringBuilder("id,name,amount\n");
        for (int i = 0; i < rows; i++) {
            sb.append(String.format("%018d,zhang san,380.00%n", i));
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void chineseFromTheFirstLine() throws IOException {
        String text = "证件号码,姓名,村名\n370402199001011234,张三,东村\n";
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(file("u.csv", text.getBytes(StandardCharsets.UTF_8))).charset());
        assertEquals(TextEncoding.GB18030, TextEncoding.detect(file("g.csv", text.getBytes(GBK))).charset());
        TextEncoding.Detected bom = TextEncoding.detect(file("b.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, bom.bomLength());
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.detect(file("w.txt", text.getBytes(StandardCharsets.UTF_16LE))).charset());
    }

    /** Only the first bytes are judged: a file whose Chinese begins far down is judged where it begins. */
    @Test
    void chineseOnlyAfterLongPlainRows() throws IOException {
        byte[] plain = asciiRows(40_000); // about 1.2 MB, far beyond the sample
        byte[] chinese = "370402199001011234,张三,380.00\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(file("u.csv", plain, chinese)).charset());
        byte[] gbk = "370402199001011234,张三,380.00\n".getBytes(GBK);
        assertEquals(TextEncoding.GB18030, TextEncoding.detect(file("g.csv", plain, gbk)).charset());
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(file("a.csv", plain)).charset(), "plain ASCII reads as UTF-8");
    }
}

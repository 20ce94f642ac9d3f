package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The project's CSV splitter gives the same records as Apache Commons CSV (DEFAULT, surrounding spaces and empty
 * lines kept), which read the dumps before: on edge cases and on thousands of random texts of quotes, delimiters,
 * line ends, spaces, Chinese and ASCII; and both refuse the same broken quotes.
 */
class CsvLexerTest {

    private static List<List<String>> ours(String text, char delimiter) throws IOException {
        CsvLexer lexer = new CsvLexer(new StringReader(text), delimiter, 1_000_000);
        List<List<String>> records = new ArrayList<>();
        for (String[] r; (r = lexer.next()) != null; ) {
            records.add(List.of(r));
        }
        return records;
    }

    /** Commons CSV's records, or null when it refuses the text. */
    private static List<List<String>> theirs(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                records.add(r.toList());
            }
        } catch (UncheckedIOException e) {
            return null;
        }
        return records;
    }

    private static void same(String text, char delimiter) throws IOException {
        List<List<String>> expected = theirs(text, delimiter);
        if (expected == null) {
            assertThrows(CsvLexer.Unbalanced.class, () -> ours(text, delimiter), text);
        } else {
            assertEquals(expected, ours(text, delimiter), text);
        }
    }

    @Test
    void edgeCasesSplitAsCommonsCsvDoes() throws IOException {
        for (String text : List.of("", "a", "a\n", "a\n\n", "\n", "\r\n\r\n", "a,b\r\nc,d", "a,\n,b,", "a,b,",
                "\"x,y\",z\n", "\"say \"\"hi\"\"\",2", "\"a\nb\"\r\n1", "\"a\" ,b", "\"a\"\t\n", "a\"b\",c", "\"\"", "\",\"",
                "\"unclosed\nmore", "\"a\"x,b", "张三,110101199001011234,\"1,050.00\"\n李四,\"\",380", "a\rb\rc", " \"q\" ,x")) {
            same(text, ',');
            same(text, '\t');
        }
    }

    @Test
    void randomTextsSplitAsCommonsCsvDoes() throws IOException {
        Random random = new Random(13);
        String[] pieces = {"a", "b", "张", "三", "1", " ", "\t", ",", "\"", "\"\"", "\n", "\r", "\r\n", "x y", "0.00"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            same(text.toString(), i % 2 == 0 ? ',' : '\t');
        }
    }

    @Test
    void aRecordPastTheLimitIsRefused() {
        CsvLexer lexer = new CsvLexer(new StringReader("\"" + "x".repeat(100)), ',', 50);
        assertThrows(CsvLexer.TooLong.class, lexer::next);
    }
}

package zhengjiao.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import zhengjiao.domain.InputException;

/**
 * Streams delimited text (CSV, tab-separated, Excel's "Unicode 文本") in its detected encoding, separated by
 * commas or tabs (see {@link #sniffDelimiter}). Bytes that do not decode in the
 * detected encoding (a file whose encoding changes midway) are an error naming the line.
 */
final class CsvRowSource implements RowSource {

    private static final int SNIFF_LINES = 20;
    /** The most characters one record may take: far above any real row, far below the memory a run has. */
    static final long MAX_RECORD = 10_000_000;

    private final Path file;

    CsvRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        TextEncoding.Detected enc = TextEncoding.detect(file);
        char delimiter = sniffDelimiter(enc);
        int number = 0;
        CsvLexer lexer = null;
        try (BufferedReader in = open(enc)) {
            lexer = new CsvLexer(in, delimiter, MAX_RECORD);
            for (String[] cells; (cells = lexer.next()) != null; ) {
                number++;
                handler.row(new SourceRow(number, cells, null));
            }
        } catch (CharacterCodingException e) {
            throw notDecoded(enc, lexer, number);
        } catch (CsvLexer.TooLong e) {
            throw tooLong(number);
        } catch (CsvLexer.Unbalanced e) {
            throw InputException.at(file, number + 1, null, "引号不配对：从这一行起有一个双引号（\"）没有结束，"
                    + "文件其余部分无法分清各列；请在 Excel 或 WPS 中打开检查这一行，或删除多余的引号后再放回");
        }
    }

    private InputException tooLong(int records) {
        return InputException.at(file, records + 1, null, "从这一行起超过 " + MAX_RECORD / 1_000_000 + " 百万个字符仍未结束"
                + "（多半是一个双引号没有配对，或文件不是表格）；请在 Excel 或 WPS 中打开检查这一行");
    }

    private InputException notDecoded(TextEncoding.Detected enc, CsvLexer lexer, int records) {
        long line = lexer == null ? 1 : Math.max(lexer.lineEnds(), records) + 1;
        return InputException.at(file, (int) Math.min(line, Integer.MAX_VALUE), null, "按文件开头判断的编码 " + enc.label()
                + " 读不通这一行（文件中途换了编码，可能是几个文件拼接而成）；请在 Excel 或 WPS 中打开、检查这一行附近后另存为"
                + " CSV UTF-8 或 .xlsx");
    }

    private BufferedReader open(TextEncoding.Detected enc) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(enc.bomLength());
            return new BufferedReader(new InputStreamReader(in, enc.strictDecoder()), 1 << 16);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A tab when, over the first non-blank lines, tabs outnumber commas more than two to one (a tab-separated
     * file whose amounts are written 1,050.00); else a comma (a CSV whose every cell ends in a tab, as some web
     * systems write to keep Excel from turning IDs into numbers, stays comma-separated).
     */
    private char sniffDelimiter(TextEncoding.Detected enc) throws IOException {
        long tabs = 0;
        long commas = 0;
        try (BufferedReader r = open(enc)) {
            String line;
            int seen = 0;
            while (seen < SNIFF_LINES && (line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                seen++;
                tabs += line.chars().filter(c -> c == '\t').count();
                commas += line.chars().filter(c -> c == ',').count();
            }
        } catch (CharacterCodingException e) {
            // reported with its line when the file is read
        }
        return tabs > 2 * commas ? '\t' : ',';
    }
}

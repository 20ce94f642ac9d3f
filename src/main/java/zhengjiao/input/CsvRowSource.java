package zhengjiao.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams a CSV file in its detected encoding; the separator is a comma, or a tab when the first line has tabs only. */
final class CsvRowSource implements RowSource {

    private final Path file;

    CsvRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        TextEncoding.Detected enc = TextEncoding.detect(file);
        char delimiter = sniffDelimiter(enc);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(false)
                .get();
        int number = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), enc.charset()), 1 << 16)) {
            if (enc.bom()) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
            }
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            for (CSVRecord record : parser) {
                number++;
                String[] cells = new String[record.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = record.get(i);
                }
                handler.row(new SourceRow(number, cells, null));
            }
        } catch (UncheckedIOException e) {
            throw new IOException("CSV 格式错误（约第 " + (number + 1) + " 行）：" + e.getCause().getMessage(), e);
        }
    }

    private char sniffDelimiter(TextEncoding.Detected enc) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, enc.charset())) {
            String first = r.readLine();
            if (first != null && first.indexOf('\t') >= 0 && first.indexOf(',') < 0) {
                return '\t';
            }
        }
        return ',';
    }
}

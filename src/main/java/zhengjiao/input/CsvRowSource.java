package zhengjiao.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams a CSV file in its detected encoding; the separator is a comma, or a tab when the first line has tabs only. */
final class CsvRowSource implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int number;

    CsvRowSource(Path file) throws IOException {
        TextEncoding.Detected enc = TextEncoding.detect(file);
        char delimiter = sniffDelimiter(file, enc);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), enc.charset()), 1 << 16);
        if (enc.bom()) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(false)
                .get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.records = parser.iterator();
    }

    private static char sniffDelimiter(Path file, TextEncoding.Detected enc) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, enc.charset())) {
            String first = r.readLine();
            if (first != null && first.indexOf('\t') >= 0 && first.indexOf(',') < 0) {
                return '\t';
            }
        }
        return ',';
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            number++;
            String[] cells = new String[record.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = record.get(i);
            }
            return new SourceRow(number, cells, null);
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("CSV 格式错误（约第 " + (number + 1) + " 行）：" + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

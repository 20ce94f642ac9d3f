package zhengjiao.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV dump of the payment list with its own header spelling, encoding, date, period and amount formats.
 * The encoder reports characters the charset cannot hold instead of writing '?'.
 */
final class CsvDump implements DumpSink {

    /** How the policy year is written: 202301-202312, 2023 or 202301. */
    enum PeriodStyle {
        RANGE, YEAR, MONTH;

        String text(int year) {
            return switch (this) {
                case RANGE -> year + "01-" + year + "12";
                case YEAR -> Integer.toString(year);
                case MONTH -> year + "01";
            };
        }
    }

    /**
     * The layout of one CSV dump.
     *
     * @param fileName        the file name inside the payments folder
     * @param charset         the encoding
     * @param bom             whether the file starts with a byte-order mark
     * @param header          the ten column names in this dump's spelling (eleven with 代收人)
     * @param dates           how payment times are written
     * @param period          how the policy year is written
     * @param usualAmount     how amounts are usually written
     * @param recordSeparator CRLF or LF
     * @param firstDay        the first day covered (0 = the campaign's first day)
     * @param lastDay         the last day covered
     */
    record Style(String fileName, Charset charset, boolean bom, List<String> header, DateTimeFormatter dates,
                 PeriodStyle period, AmountFormat usualAmount, String recordSeparator, int firstDay, int lastDay) {

        Style {
            Objects.requireNonNull(fileName, "fileName must not be null");
            header = List.copyOf(header);
        }
    }

    private final Style style;
    private final CSVPrinter printer;
    private long rows;

    CsvDump(Path folder, Style style) throws IOException {
        this.style = style;
        OutputStream out = Files.newOutputStream(folder.resolve(style.fileName()));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, style.charset().newEncoder()), 1 << 16);
        if (style.bom()) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator(style.recordSeparator()).get();
        this.printer = new CSVPrinter(writer, format);
        printer.printRecord(style.header());
    }

    @Override
    public String fileName() {
        return style.fileName();
    }

    @Override
    public boolean covers(int day) {
        return day >= style.firstDay() && day <= style.lastDay();
    }

    @Override
    public AmountFormat usualAmount() {
        return style.usualAmount();
    }

    @Override
    public boolean numericIds() {
        return false;
    }

    @Override
    public void write(DumpRow row) throws IOException {
        AmountFormat amount = row.amountFormat() == null ? style.usualAmount() : row.amountFormat();
        String period = style.period().text(row.policyYear());
        String time = style.dates().format(row.time());
        if (style.header().size() > 10) { // the 代收人 column of a sample with a cash record
            printer.printRecord(row.idText(), row.name(), row.village(), row.town(), row.insurance(), period,
                    amount.format(row.amount()), time, row.serial(), row.channel().text(), row.agent());
        } else {
            printer.printRecord(row.idText(), row.name(), row.village(), row.town(), row.insurance(), period,
                    amount.format(row.amount()), time, row.serial(), row.channel().text());
        }
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}

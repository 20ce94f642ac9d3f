package zhengjiao.decompose;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The decomposed task table as CSV, written beside the .xlsx for officials who paste it elsewhere: UTF-8 with a
 * byte-order mark (so Excel and WPS open it in Chinese), CRLF line ends.
 *
 * <p>A CSV cell has no type: Excel and WPS evaluate any cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return before one) as a formula, so a village name such as
 * {@code =HYPERLINK(...)} or {@code +cmd|...} in a population table would run when the CSV is opened ("CSV
 * injection"). Every text cell that starts with one of those characters is written with a leading single quote
 * {@code '}, as the OWASP guidance on CSV injection recommends, so spreadsheets show it as text. Numbers are
 * written as they are.
 */
public final class TaskTableCsv {

    private TaskTableCsv() {
    }

    /** Writes {@code d} to {@code out}. */
    public static void write(Decomposition d, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            w.write('\uFEFF');
            csv.printRecord("序号", text(d.unitLabel()), d.unitLabel().equals("村名") ? "村人口数" : "人口数", "任务数", "备注");
            for (Decomposition.Line line : d.lines()) {
                csv.printRecord(line.seq(), text(line.name()), line.population(), line.task(), text(line.note()));
            }
            csv.printRecord(null, "合计", d.totalPopulation(), d.totalTask(), null);
        }
    }

    /**
     * A text cell as a spreadsheet must not evaluate it: with a leading {@code '} when it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return (full-width ＝＋－＠ too, which some spreadsheet
     * programs convert); unchanged otherwise.
     */
    public static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r＝＋－＠".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

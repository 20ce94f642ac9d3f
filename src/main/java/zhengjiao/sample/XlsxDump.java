package zhengjiao.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook dump (December 1-20): a merged title in row 1, the header in row 2, then one row a payment with
 * ID numbers as text cells (Excel-mangled ones as numeric cells), dates as date cells and amounts as numbers.
 * Streams through {@link SXSSFWorkbook} with a small row window (rows wait in an uncompressed temporary file,
 * about 1 KB a row); the file is written on {@link #close()}.
 */
final class XlsxDump implements DumpSink {

    static final String SHEET = "征收清册";
    static final List<String> HEADER = List.of(
            "公民身份号码", "参保人姓名", "所属村居", "镇街", "险种", "所属期", "实缴金额", "缴款日期", "票证号码", "缴费渠道");
    private static final int[] WIDTHS = {22, 10, 14, 10, 24, 10, 10, 12, 24, 10};
    private static final int WINDOW = 100;

    private final Path file;
    private final int firstDay;
    private final int lastDay;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle money;
    private final boolean agentColumn;
    private int next;
    private long rows;

    XlsxDump(Path file, String title, int firstDay, int lastDay) {
        this(file, title, firstDay, lastDay, false);
    }

    /** @param agentColumn whether the dump has an 11th column 代收人 (a sample with a cash record) */
    XlsxDump(Path file, String title, int firstDay, int lastDay, boolean agentColumn) {
        this.agentColumn = agentColumn;
        this.file = file;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        sheet = workbook.createSheet(SHEET);
        DataFormat formats = workbook.createDataFormat();
        text = workbook.createCellStyle();
        text.setDataFormat(formats.getFormat("@"));
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat("0.00"));
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        writeTitle(title);
        writeHeader();
    }

    private void writeTitle(String title) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setAlignment(HorizontalAlignment.CENTER);
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(title);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
    }

    private void writeHeader() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int c = 0; c < HEADER.size(); c++) {
            row.createCell(c).setCellValue(HEADER.get(c));
            row.getCell(c).setCellStyle(style);
        }
        if (agentColumn) {
            row.createCell(HEADER.size()).setCellValue("代收人");
            row.getCell(HEADER.size()).setCellStyle(style);
        }
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public boolean covers(int day) {
        return day >= firstDay && day <= lastDay;
    }

    @Override
    public AmountFormat usualAmount() {
        return null;
    }

    @Override
    public boolean numericIds() {
        return true;
    }

    @Override
    public void write(DumpRow r) {
        Row row = sheet.createRow(next++);
        if (r.idStyle() == IdStyle.EXCEL) {
            row.createCell(0).setCellValue(IdStyle.excelNumber(r.first17()));
        } else {
            textCell(row, 0, r.idText());
        }
        textCell(row, 1, r.name());
        textCell(row, 2, r.village());
        textCell(row, 3, r.town());
        textCell(row, 4, r.insurance());
        textCell(row, 5, CsvDump.PeriodStyle.MONTH.text(r.policyYear()));
        row.createCell(6).setCellValue(r.amount());
        row.getCell(6).setCellStyle(money);
        row.createCell(7).setCellValue(r.time().toLocalDate());
        row.getCell(7).setCellStyle(date);
        textCell(row, 8, r.serial());
        textCell(row, 9, r.channel().text());
        if (agentColumn) {
            textCell(row, 10, r.agent());
        }
        rows++;
    }

    private void textCell(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(text);
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}

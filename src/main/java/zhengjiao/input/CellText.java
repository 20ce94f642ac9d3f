package zhengjiao.input;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/** Turns POI cells into the text of a {@link SourceRow}. Only this class and the workbook sources touch POI cells. */
final class CellText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellText() {
    }

    static SourceRow toSourceRow(Row row) {
        int last = Math.max(row.getLastCellNum(), 0);
        String[] cells = new String[last];
        boolean[] numeric = new boolean[last];
        for (Cell cell : row) {
            int i = cell.getColumnIndex();
            if (i >= last) {
                continue;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            switch (type) {
                case STRING -> cells[i] = cell.getStringCellValue();
                case NUMERIC -> {
                    if (isDate(cell)) {
                        LocalDateTime t = cell.getLocalDateTimeCellValue();
                        cells[i] = t.toLocalTime().toSecondOfDay() == 0 ? t.format(DAY) : t.format(DAY_TIME);
                    } else {
                        cells[i] = plain(cell.getNumericCellValue());
                        numeric[i] = true;
                    }
                }
                case BOOLEAN -> cells[i] = Boolean.toString(cell.getBooleanCellValue());
                default -> cells[i] = "";
            }
        }
        return new SourceRow(row.getRowNum() + 1, cells, numeric);
    }

    /** Whether a number cell shows a date, including the East Asian built-in formats POI does not know. */
    private static boolean isDate(Cell cell) {
        if (cell.getCellStyle() == null || !DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            return false;
        }
        return DateFormats.isDate(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }

    /** 350.0 -> "350", 3.41323199E17 -> "341323199000000000". */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}

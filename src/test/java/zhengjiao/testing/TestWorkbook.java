package zhengjiao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A generated workbook re-opened with POI, read as tables by header name. */
public final class TestWorkbook implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    public TestWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public Sheet sheet(String name) {
        Sheet s = workbook.getSheet(name);
        if (s == null) {
            throw new AssertionError("no sheet " + name);
        }
        return s;
    }

    /** The first row whose first non-blank cells contain {@code firstHeader}. */
    public int headerRow(Sheet sheet, String firstHeader) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstHeader)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header " + firstHeader + " in " + sheet.getSheetName());
    }

    public List<String> headers(Sheet sheet, int headerRow) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(headerRow)) {
            out.add(formatter.formatCellValue(c));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Rows below the header until the first row whose cells are all blank, keyed by header. */
    public List<Map<String, Cell>> table(String sheetName, String firstHeader) {
        Sheet sheet = sheet(sheetName);
        int h = headerRow(sheet, firstHeader);
        List<String> headers = headers(sheet, h);
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isMergedAcross(sheet, r)) {
                break;
            }
            Map<String, Cell> m = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.getCell(c);
                m.put(headers.get(c), cell);
                any |= cell != null && !formatter.formatCellValue(cell).isBlank();
            }
            if (!any) {
                break;
            }
            rows.add(m);
        }
        return rows;
    }

    private static boolean isMergedAcross(Sheet sheet, int row) {
        return sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == row && m.getFirstColumn() == 0
                && m.getLastColumn() > 0);
    }

    public String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}

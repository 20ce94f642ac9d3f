package zhengjiao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Adapts a template sheet of the template engine's shape to {@link ListBook}, which fills rows but does not repeat
 * columns: a column the engine repeated to the right once per item (jx:each direction RIGHT) is repeated here
 * beforehand, its placeholders turned into paths to each item; a loop variable's prefix is dropped.
 */
final class TemplateColumns {

    private TemplateColumns() {
    }

    /**
     * Repeats the column whose first body row reads exactly {@code bodyMarker} once per item of {@code headers}
     * (none: the column goes): every copy takes the column's width and its cells' styles; in the head rows
     * {@code headMarker} becomes the item's header, in the first body row {@code bodyMarker} becomes
     * <code>${rowList.i}</code>, in the rows below it <code>${onceList.i}</code>. Columns right of it move right, and
     * merged ranges across it widen with it (the title and the note then span the whole table). Nothing happens when
     * no such column is found.
     */
    static void repeat(XSSFSheet sheet, String bodyMarker, List<String> headers, String headMarker, String rowList,
                       String onceList) {
        int bodyRow = -1;
        int column = -1;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (column < 0 && c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(bodyMarker)) {
                    bodyRow = row.getRowNum();
                    column = c.getColumnIndex();
                }
            }
        }
        if (column < 0) {
            return;
        }
        int n = headers.size();
        int shift = n - 1;
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        int width = sheet.getColumnWidth(column);
        if (n == 0) {
            for (Row row : sheet) {
                Cell source = row.getCell(column);
                if (source != null) {
                    row.removeCell(source);
                }
            }
        }
        // the columns right of it, moved (from the right when moving right)
        if (shift != 0) {
            Map<Integer, Integer> widths = new HashMap<>();
            for (int c = column + 1; c <= last; c++) {
                widths.put(c, sheet.getColumnWidth(c));
            }
            for (Row row : sheet) {
                if (shift > 0) {
                    for (int c = last; c > column; c--) {
                        move(row, c, c + shift);
                    }
                } else {
                    for (int c = column + 1; c <= last; c++) {
                        move(row, c, c + shift);
                    }
                }
            }
            widths.forEach((c, w) -> sheet.setColumnWidth(c + shift, w));
        }
        for (Row row : sheet) {
            Cell source = n == 0 ? null : row.getCell(column);
            if (source == null) {
                continue;
            }
            CellStyle style = source.getCellStyle();
            String text = source.getCellType() == CellType.STRING ? source.getStringCellValue() : null;
            for (int k = n - 1; k >= 0; k--) {
                Cell copy = k == 0 ? source : row.createCell(column + k);
                copy.setCellStyle(style);
                if (text == null) {
                    continue;
                }
                int r = row.getRowNum();
                String replaced = r < bodyRow ? text.replace(headMarker, headers.get(k))
                        : text.replace(bodyMarker, "${" + (r == bodyRow ? rowList : onceList) + "." + k + "}");
                copy.setCellValue(replaced);
            }
        }
        for (int k = 0; k < n; k++) {
            sheet.setColumnWidth(column + k, width);
        }
        List<CellRangeAddress> merges = new ArrayList<>(sheet.getMergedRegions());
        for (int m = sheet.getNumMergedRegions() - 1; m >= 0; m--) {
            sheet.removeMergedRegion(m);
        }
        for (CellRangeAddress m : merges) {
            int first = m.getFirstColumn() > column ? m.getFirstColumn() + shift : m.getFirstColumn();
            int end = m.getLastColumn() >= column ? m.getLastColumn() + shift : m.getLastColumn();
            if (end > first || end == first && m.getLastRow() > m.getFirstRow()) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(m.getFirstRow(), m.getLastRow(), first, end));
            }
        }
    }

    /** Replaces {@code from} by {@code to} at the start of every placeholder's path (<code>${t.title}</code> → <code>${title}</code>). */
    static void renameRoot(XSSFSheet sheet, String from, String to) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("${" + from)) {
                    c.setCellValue(c.getStringCellValue().replace("${" + from, "${" + to));
                }
            }
        }
    }

    private static void move(Row row, int from, int to) {
        Cell source = row.getCell(from);
        if (source == null) {
            return;
        }
        Cell target = row.createCell(to);
        target.setCellStyle(source.getCellStyle());
        switch (source.getCellType()) {
            case STRING -> target.setCellValue(source.getStringCellValue());
            case NUMERIC -> target.setCellValue(source.getNumericCellValue());
            case BOOLEAN -> target.setCellValue(source.getBooleanCellValue());
            case FORMULA -> target.setCellFormula(source.getCellFormula());
            default -> target.setBlank();
        }
        row.removeCell(source);
    }
}

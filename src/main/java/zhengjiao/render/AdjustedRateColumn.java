package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import zhengjiao.report.Rate;
import zhengjiao.report.UnpaidLedger;

/**
 * With an unpaid ledger, the ranking (周排名通报) shows beside each 完成率 a second rate, 参保率（调整后）: the village's
 * roster people who have paid over its roster less the unpaid people whose reason takes them out
 * ({@link UnpaidLedger.VillageReasons#adjustedRate()}). The task rate, and the ranking by it, are unchanged.
 */
public final class AdjustedRateColumn {

    public static final String HEADER = "参保率（调整后）";
    static final String NOTE = "参保率（调整后）=（参保台账人数 − 未缴费人数）÷（参保台账人数 − 因未缴原因不计入应参保的人数），"
            + "未缴原因取自各村交回的提醒名单（见未缴费提醒名单“汇总”）；排名仍按完成率。";

    private AdjustedRateColumn() {
    }

    /** Rewrites {@code file} in place: the column after every ranking table's 完成率. */
    public static void apply(Path file, UnpaidLedger ledger) throws IOException {
        Map<String, Rate> rates = rates(ledger);
        WorkbookRewrite.rewrite(file, wb -> {
            for (Sheet sheet : wb) {
                UnpaidLedgerSheets.Header h = UnpaidLedgerSheets.Header.find(sheet, "排名", "完成率", "任务数");
                if (h != null) {
                    insert((XSSFSheet) sheet, h, rates);
                }
            }
            // the new column's header and the longer note: rows grow and the page is chosen again, as at writing
            PaperFit.workbook(wb);
        });
    }

    /** Per task-table line, its adjusted rate; the 合计 line's from the sums of the counts. */
    static Map<String, Rate> rates(UnpaidLedger ledger) {
        Map<String, Rate> rates = new HashMap<>();
        long covered = 0;
        long base = 0;
        for (UnpaidLedger.VillageReasons v : ledger.villages()) {
            rates.put(v.name(), v.adjustedRate());
            covered += v.covered();
            base += v.adjustedBase();
        }
        rates.put("合计", new Rate(covered, base));
        return rates;
    }

    /** Moves the cells {@code from..to} of a row one column right, values and styles, leaving {@code from} empty. */
    private static void shiftRight(Row row, int from, int to) {
        for (int c = Math.min(to, row.getLastCellNum() - 1); c >= from; c--) {
            Cell src = row.getCell(c);
            if (src == null) {
                continue;
            }
            Cell dst = row.createCell(c + 1);
            dst.setCellStyle(src.getCellStyle());
            switch (src.getCellType()) {
                case STRING -> dst.setCellValue(src.getRichStringCellValue());
                case NUMERIC -> dst.setCellValue(src.getNumericCellValue());
                case BOOLEAN -> dst.setCellValue(src.getBooleanCellValue());
                case FORMULA -> dst.setCellFormula(src.getCellFormula());
                default -> dst.setBlank();
            }
            row.removeCell(src);
        }
    }

    private static void insert(XSSFSheet sheet, UnpaidLedgerSheets.Header h, Map<String, Rate> rates) {
        int rate = h.column("完成率");
        int at = rate + 1;
        int last = h.lastColumn();
        int name = h.column("村名") >= 0 ? h.column("村名") : h.column("镇街");
        List<CellRangeAddress> spanning = new ArrayList<>();
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getLastColumn() >= at) {
                spanning.add(m);
                sheet.removeMergedRegion(i);
            }
        }
        int[] widths = new int[last + 1];
        for (int c = at; c <= last; c++) {
            widths[c] = sheet.getColumnWidth(c);
        }
        for (Row row : sheet) {
            shiftRight(row, at, last);
        }
        for (int c = at; c <= last; c++) {
            sheet.setColumnWidth(c + 1, widths[c]);
        }
        sheet.setColumnWidth(at, Math.max(sheet.getColumnWidth(rate), 11 * 256));
        for (CellRangeAddress m : spanning) {
            int first = m.getFirstColumn() >= at ? m.getFirstColumn() + 1 : m.getFirstColumn();
            sheet.addMergedRegion(new CellRangeAddress(m.getFirstRow(), m.getLastRow(), first, m.getLastColumn() + 1));
        }
        Cell head = h.headerRow().createCell(at);
        head.setCellValue(HEADER);
        head.setCellStyle(h.headerRow().getCell(rate).getCellStyle());
        for (int r = h.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell first = row == null ? null : row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().startsWith("说明")) {
                first.setCellValue(first.getStringCellValue() + " " + NOTE);
            }
            Cell rateCell = row == null ? null : row.getCell(rate);
            if (rateCell == null) {
                continue;
            }
            Rate adjusted = rates.get(UnpaidLedgerSheets.text(row, name).strip());
            if (adjusted == null && name > 0) {
                adjusted = rates.get(UnpaidLedgerSheets.text(row, 0).strip());
            }
            Cell cell = row.createCell(at);
            CellStyle style = rateCell.getCellStyle();
            cell.setCellStyle(style);
            if (adjusted != null && adjusted.defined()) {
                cell.setCellValue((double) adjusted.paid() / adjusted.task());
            }
        }
    }
}

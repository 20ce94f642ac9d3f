package zhengjiao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import zhengjiao.domain.UnpaidReason;
import zhengjiao.report.Rate;
import zhengjiao.report.UnpaidLedger;

/**
 * The reminder list's summary sheet gains, per village, the unpaid by reason (every standard reason, then 未填写原因),
 * how many of them are taken out (不计入应参保), the adjusted base (调整后应参保), its rate (参保率（调整后）) and, beside
 * it, the task rate (完成率（按任务）). Counts are exact; each rate is one number the cell's percent format rounds.
 * The total row's task rate is the ranking's own total (key 合计 of the task rates), unmatched payers included.
 */
final class SummaryReasons {

    static final String ADJUSTED_RATE = "参保率（调整后）";
    static final String TASK_RATE = "完成率（按任务）";

    private SummaryReasons() {
    }

    static void fill(Sheet sheet, UnpaidLedger ledger, Map<String, Rate> taskRates, UnpaidLedgerSheets.Styles styles) {
        UnpaidLedgerSheets.Header h = UnpaidLedgerSheets.Header.find(sheet, "台账人数", "未缴费");
        int first = h.lastColumn() + 1;
        List<String> heads = new ArrayList<>();
        for (UnpaidReason r : UnpaidReason.values()) {
            heads.add(r.label());
        }
        heads.addAll(List.of("未填写原因", "不计入应参保", "调整后应参保", ADJUSTED_RATE, TASK_RATE));
        Cell like = h.headerRow().getCell(h.lastColumn());
        double headerLines = 1;
        for (int i = 0; i < heads.size(); i++) {
            Cell c = h.headerRow().createCell(first + i);
            c.setCellValue(heads.get(i));
            c.setCellStyle(styles.wrap(like));
            // three characters a line (上学（/在外地/参保）): eighteen more columns still fit a landscape page at 9 pt
            int width = i < heads.size() - 2 ? 6 : 7;
            sheet.setColumnWidth(first + i, width * 256);
            double size = PaperFit.size(c);
            headerLines = Math.max(headerLines, Paper.lines(heads.get(i), Paper.columnPoints(width * 256)
                    - Paper.CELL_PADDING, size));
        }
        // the list's own columns narrow to match: their headers wrap too, the names column keeps its widest name
        for (int c = 1; c < first; c++) {
            Cell head = h.headerRow().getCell(c);
            if (head != null) {
                head.setCellStyle(styles.wrap(head));
                sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c), 6 * 256));
            }
        }
        double widestName = Paper.textPoints(UnpaidLedgerSheets.text(h.headerRow(), 0), PaperFit.size(h.headerRow().getCell(0)));
        for (int r = h.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String name = UnpaidLedgerSheets.text(row, 0);
            if (row != null && !name.startsWith("说明")) {
                widestName = Math.max(widestName, Paper.textPoints(name, PaperFit.size(row.getCell(0))));
            }
        }
        sheet.setColumnWidth(0, Math.min(sheet.getColumnWidth(0), Paper.columnWidth(widestName + Paper.CELL_PADDING) + 64));
        h.headerRow().setHeightInPoints((float) Math.max(h.headerRow().getHeightInPoints(),
                Paper.rowHeight((int) headerLines, PaperFit.size(like))));
        UnpaidLedgerSheets.widenMerged(sheet, h.lastColumn(), first + heads.size() - 1);
        Map<String, UnpaidLedger.VillageReasons> byLabel = new HashMap<>();
        ledger.villages().forEach(v -> byLabel.put(v.label().strip(), v));
        CellStyle percent = null;
        long[] total = new long[heads.size()];
        long taskPaid = 0;
        long task = 0;
        Row totalRow = null;
        List<Row> pending = new ArrayList<>(); // a town's indented village rows, filled when its 小计 row comes
        for (int r = h.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String text = UnpaidLedgerSheets.text(row, 0);
            String name = text.strip();
            if (name.equals("合计")) {
                totalRow = row;
                continue;
            }
            if (text.startsWith("\u3000")) {
                pending.add(row);
                continue;
            }
            UnpaidLedger.VillageReasons v = byLabel.get(name);
            if (v == null) {
                continue;
            }
            CellStyle number = row.getCell(h.lastColumn()).getCellStyle();
            if (percent == null) {
                percent = percentStyle(sheet, number);
            }
            int c = first;
            for (UnpaidReason reason : UnpaidReason.values()) {
                total[c - first] += v.count(reason);
                number(row, c++, v.count(reason), number);
            }
            long[] rest = {v.unrecorded(), v.out(), v.adjustedBase()};
            for (long x : rest) {
                total[c - first] += x;
                number(row, c++, x, number);
            }
            rate(row, c++, v.adjustedRate(), percent);
            total[c - first - 1] += v.covered();
            Rate t = taskRates.containsKey(v.label()) ? taskRates.get(v.label()) : taskRates.get(v.name());
            if (t != null) {
                rate(row, c, t, percent);
                taskPaid += t.paid();
                task += t.task();
            }
            parts(pending, v, first, h.column("未缴费"));
            pending.clear();
        }
        explain(sheet, h, ledger);
        if (totalRow != null && percent != null) {
            CellStyle number = totalRow.getCell(h.lastColumn()).getCellStyle();
            int c = first;
            for (int i = 0; i < heads.size() - 2; i++) {
                number(totalRow, c++, total[i], number);
            }
            rate(totalRow, c++, new Rate(total[heads.size() - 2], total[heads.size() - 3]), percent);
            rate(totalRow, c, taskRates.getOrDefault("合计", new Rate(taskPaid, task)), percent);
        }
    }

    /**
     * A town's indented village rows: the unpaid by reason, 未填写原因 and 不计入应参保 of the roster village; the base
     * and the rates stay empty (the roster's people of a village are not counted apart, as the row's 台账人数 is empty).
     */
    private static void parts(List<Row> rows, UnpaidLedger.VillageReasons town, int first, int unpaidColumn) {
        Map<String, UnpaidLedger.Part> byLabel = new HashMap<>();
        town.parts().forEach(p -> byLabel.put(p.label(), p));
        for (Row row : rows) {
            UnpaidLedger.Part p = byLabel.get(UnpaidLedgerSheets.text(row, 0));
            Cell unpaid = row.getCell(unpaidColumn);
            CellStyle number = unpaid != null ? unpaid.getCellStyle() : row.getSheet().getWorkbook().getCellStyleAt(0);
            int c = first;
            for (UnpaidReason reason : UnpaidReason.values()) {
                number(row, c++, p == null ? 0 : p.count(reason), number);
            }
            number(row, c++, p == null ? 0 : p.unrecorded(), number);
            number(row, c, p == null ? 0 : p.out(), number);
        }
    }

    /** The note under the table says where the reasons come from and how the adjusted coverage is worked out. */
    private static void explain(Sheet sheet, UnpaidLedgerSheets.Header h, UnpaidLedger ledger) {
        for (int r = sheet.getLastRowNum(); r > h.row(); r--) {
            Cell c = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(0);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && c.getStringCellValue().startsWith("说明")) {
                List<String> out = new ArrayList<>();
                for (UnpaidReason reason : UnpaidReason.values()) {
                    if (ledger.excluded().contains(reason)) {
                        out.add(reason.label());
                    }
                }
                c.setCellValue(c.getStringCellValue() + "\n未缴原因按各村交回的提醒名单（台账/）中每人最新的记录统计，未写原因的计入“未填写原因”，"
                        + "写的不是标准原因的计入“其他”。不计入应参保：未缴原因为 " + (out.isEmpty() ? "（无）" : String.join("、", out))
                        + " 的人（可在设置「不计入应参保的原因」中修改）；调整后应参保 = 台账人数 − 不计入应参保；"
                        + ADJUSTED_RATE + " =（台账人数 − 未缴费）÷ 调整后应参保，" + TASK_RATE + " = 缴费人数 ÷ 任务数，与周排名通报相同。");
                sheet.getRow(r).setHeightInPoints(Math.max(sheet.getRow(r).getHeightInPoints(), 48));
                return;
            }
        }
    }

    private static CellStyle percentStyle(Sheet sheet, CellStyle like) {
        CellStyle s = sheet.getWorkbook().createCellStyle();
        s.cloneStyleFrom(like);
        s.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00%"));
        return s;
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void rate(Row row, int column, Rate rate, CellStyle style) {
        Cell cell = row.createCell(column);
        Double v = rate.defined() ? (double) rate.paid() / rate.task() : null;
        if (v == null) {
            cell.setCellValue("—");
        } else {
            cell.setCellValue(v);
        }
        cell.setCellStyle(style);
    }
}

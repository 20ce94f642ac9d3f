package zhengjiao.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.ReminderNote;
import zhengjiao.domain.ResidentId;
import zhengjiao.report.UnpaidLedger;

/**
 * The reminder list's sheets for notes that no village sheet carries, so that nothing typed is lost:
 * 已缴费（曾提醒） (paid since), 已不在台账 (no longer in the roster) and 无法对应 (the ID matches nobody, with file,
 * sheet and row). Each has 证件号码 and the four note columns, so a list returned with them is read back like the rest.
 */
final class OtherNotes {

    private static final List<String> NOTE_HEADS = List.of("提醒日期", "提醒人", "未缴原因", "备注", UnpaidLedgerSheets.HISTORY);

    private OtherNotes() {
    }

    static void write(XSSFWorkbook wb, UnpaidLedger ledger, UnpaidLedgerSheets.Styles styles) {
        List<List<String>> paid = new ArrayList<>();
        for (UnpaidLedger.PaidSince p : ledger.paid()) {
            ReminderNote n = p.notes().latest();
            paid.add(row(List.of(n.name(), n.id(), p.village(), p.date().toString()), p.notes(), n.source().describe()));
        }
        sheet(wb, styles, UnpaidLedgerSheets.PAID_SHEET, "提醒后已缴费的人员（此前交回的提醒名单中有记录）",
                List.of("姓名", "证件号码", "缴费计入", "缴费日期"), paid);
        List<List<String>> gone = new ArrayList<>();
        for (UnpaidLedger.Carried c : ledger.gone()) {
            ReminderNote n = c.latest();
            gone.add(row(List.of(n.name(), n.id()), c, n.source().describe()));
        }
        sheet(wb, styles, UnpaidLedgerSheets.GONE_SHEET, "已不在本次参保台账中的人员（或其台账行未采用，见核对清单“人员核对”）的提醒记录",
                List.of("姓名", "证件号码"), gone);
        List<List<String>> unmatched = new ArrayList<>();
        for (ReminderNote n : ledger.unmatched()) {
            unmatched.add(row(List.of(n.name(), n.id(), why(n)), new UnpaidLedger.Carried(n, n.history()),
                    n.source().describe()));
        }
        sheet(wb, styles, UnpaidLedgerSheets.UNMATCHED_SHEET, "证件号码对应不到任何人的提醒记录：请核对号码后在原表中改正",
                List.of("姓名", "证件号码", "问题"), unmatched);
    }

    private static String why(ReminderNote n) {
        if (n.id().isEmpty()) {
            return "证件号码为空";
        }
        return ResidentId.problem(n.id()).orElse("证件号码在 Excel 中被存成数字，末几位已丢失");
    }

    private static List<String> row(List<String> lead, UnpaidLedger.Carried c, String source) {
        ReminderNote n = c.latest();
        List<String> cells = new ArrayList<>(lead);
        cells.addAll(List.of(n.date().map(Object::toString).orElse(""), n.by(), n.reasonText(), n.remark(), c.historyText(),
                source));
        return cells;
    }

    private static void sheet(XSSFWorkbook wb, UnpaidLedgerSheets.Styles styles, String name, String title, List<String> lead,
                              List<List<String>> rows) {
        Sheet sheet = wb.createSheet(new SheetNames(sheetNames(wb)).add(name));
        List<String> heads = new ArrayList<>(List.of("序号"));
        heads.addAll(lead);
        heads.addAll(NOTE_HEADS);
        heads.add("来源（交回的文件、工作表、行）");
        Cell t = sheet.createRow(0).createCell(0);
        t.setCellValue(title + "，共 " + rows.size() + " 人");
        t.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, heads.size() - 1));
        sheet.getRow(0).setHeightInPoints(30);
        Row head = sheet.createRow(1);
        for (int i = 0; i < heads.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(heads.get(i));
            c.setCellStyle(styles.header);
        }
        // each column as wide as its widest text (long texts wrap at a cap), so the table fits a landscape page at 9 pt
        double body = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) styles.text).getFont().getFontHeightInPoints();
        for (int i = 0; i < heads.size(); i++) {
            double cap = switch (heads.get(i)) {
                case UnpaidLedgerSheets.HISTORY, "来源（交回的文件、工作表、行）" -> 130;
                case "备注", "问题" -> 90;
                default -> 110;
            };
            double widest = Paper.textPoints(heads.get(i), PaperFit.size(head.getCell(i)));
            for (List<String> cells : rows) {
                if (i > 0) {
                    widest = Math.max(widest, Paper.widestLine(cells.get(i - 1), body));
                }
            }
            sheet.setColumnWidth(i, Paper.columnWidth(Math.min(cap, widest + Paper.CELL_PADDING)) + 64);
        }
        int r = 2;
        for (List<String> cells : rows) {
            Row row = sheet.createRow(r);
            Cell seq = row.createCell(0);
            seq.setCellValue(r - 1);
            seq.setCellStyle(styles.text);
            for (int i = 0; i < cells.size(); i++) {
                Cell c = row.createCell(i + 1);
                c.setCellValue(cells.get(i));
                c.setCellStyle(styles.wrap(null));
            }
            r++;
        }
        if (rows.isEmpty()) {
            Cell none = sheet.createRow(2).createCell(0);
            none.setCellValue("（无）");
        }
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}

package zhengjiao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report templates in {@code templates/}. Run once when a template's layout changes:
 * {@code java -cp target/test-classes:target/classes:<classpath> zhengjiao.render.TemplateMaker templates}.
 * Officials may restyle the written files freely; the code only relies on the jx: comments.
 */
public final class TemplateMaker {

    /** A column: header text, width in characters, body style kind. */
    record Col(String header, int width, String kind, String expr) {
    }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle idText;
    /** Text format for a whole ID column (cells typed in later stay text), without borders. */
    private final CellStyle idColumn;
    private final CellStyle integer;
    private final CellStyle percent;
    private final CellStyle change;
    private final CellStyle money;
    private final CellStyle totalText;
    private final CellStyle totalInteger;
    private final CellStyle totalPercent;
    private final CellStyle totalMoney;
    private final CellStyle note;

    private TemplateMaker() {
        Font titleFont = font("黑体", 16, true);
        Font bodyFont = font("宋体", 11, false);
        Font boldFont = font("宋体", 11, true);
        title = style(titleFont, HorizontalAlignment.CENTER, false, null, false);
        subtitle = style(bodyFont, HorizontalAlignment.LEFT, false, null, false);
        header = style(boldFont, HorizontalAlignment.CENTER, true, null, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = style(bodyFont, HorizontalAlignment.LEFT, true, null, false);
        idText = style(bodyFont, HorizontalAlignment.LEFT, true, "@", false);
        idColumn = style(bodyFont, HorizontalAlignment.LEFT, false, "@", false);
        integer = style(bodyFont, HorizontalAlignment.RIGHT, true, "0", false);
        percent = style(bodyFont, HorizontalAlignment.RIGHT, true, "0.00%", false);
        change = style(bodyFont, HorizontalAlignment.CENTER, true, "\"↑\"0;\"↓\"0;\"—\"", false);
        money = style(bodyFont, HorizontalAlignment.RIGHT, true, "#,##0.00", false);
        totalText = style(boldFont, HorizontalAlignment.CENTER, true, null, true);
        totalInteger = style(boldFont, HorizontalAlignment.RIGHT, true, "0", true);
        totalPercent = style(boldFont, HorizontalAlignment.RIGHT, true, "0.00%", true);
        totalMoney = style(boldFont, HorizontalAlignment.RIGHT, true, "#,##0.00", true);
        note = style(bodyFont, HorizontalAlignment.LEFT, false, null, false);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private Font font(String name, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle style(Font font, HorizontalAlignment align, boolean border, String format, boolean fill) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        if (fill) {
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private CellStyle body(String kind) {
        return switch (kind) {
            case "id" -> idText;
            case "int" -> integer;
            case "pct" -> percent;
            case "chg" -> change;
            case "money" -> money;
            default -> text;
        };
    }

    private CellStyle total(String kind) {
        return switch (kind) {
            case "int", "chg" -> totalInteger;
            case "pct" -> totalPercent;
            case "money" -> totalMoney;
            default -> totalText;
        };
    }

    private static void comment(Sheet sheet, Cell cell, String text) {
        CreationHelper factory = sheet.getWorkbook().getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment c = drawing.createCellComment(anchor);
        c.setString(factory.createRichTextString(text));
        cell.setCellComment(c);
    }

    private static String col(int i) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(i);
    }

    /**
     * A sheet: title (row 1), subtitle (row 2), header (row 3), a jx:each data row (row 4), optionally
     * extra each rows and a total row, then a note row.
     */
    private Sheet listSheet(String name, List<Col> cols, String items, List<String> extraEachItems,
                            List<String> totalExprs, boolean landscape) {
        return listSheet(name, cols, items, extraEachItems, totalExprs, landscape, "note");
    }

    private Sheet listSheet(String name, List<Col> cols, String items, List<String> extraEachItems,
                            List<String> totalExprs, boolean landscape, String noteExpr) {
        return listSheet(name, cols, items, extraEachItems, totalExprs, landscape, noteExpr, "", null);
    }

    /**
     * With {@code prefix} "t." the title, subtitle and note come from the loop variable t, and with
     * {@code multisheet} the whole sheet is repeated once per item of that list (one sheet each).
     */
    private Sheet listSheet(String name, List<Col> cols, String items, List<String> extraEachItems,
                            List<String> totalExprs, boolean landscape, String noteExpr, String prefix, String multisheet) {
        Sheet sheet = wb.createSheet(name);
        int last = cols.size() - 1;
        Row r0 = sheet.createRow(0);
        r0.setHeightInPoints(30);
        Cell t = r0.createCell(0);
        t.setCellValue("${" + prefix + "title}");
        t.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row r1 = sheet.createRow(1);
        Cell st = r1.createCell(0);
        st.setCellValue("${" + prefix + "subtitle}");
        st.setCellStyle(subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row r2 = sheet.createRow(2);
        r2.setHeightInPoints(30);
        for (int i = 0; i < cols.size(); i++) {
            Cell h = r2.createCell(i);
            h.setCellValue(cols.get(i).header());
            h.setCellStyle(header);
            sheet.setColumnWidth(i, cols.get(i).width() * 256 + 200);
            if (cols.get(i).kind().equals("id")) {
                sheet.setDefaultColumnStyle(i, idColumn);
            }
        }
        int rowIndex = 3;
        List<String> eachItems = new java.util.ArrayList<>();
        eachItems.add(items);
        eachItems.addAll(extraEachItems);
        for (String each : eachItems) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < cols.size(); i++) {
                Cell c = row.createCell(i);
                c.setCellValue("${r." + cols.get(i).expr() + "}");
                c.setCellStyle(body(cols.get(i).kind()));
            }
            comment(sheet, row.getCell(0), "jx:each(items=\"" + each + "\" var=\"r\" lastCell=\"" + col(last) + (rowIndex + 1) + "\")");
            rowIndex++;
        }
        if (totalExprs != null) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < cols.size(); i++) {
                Cell c = row.createCell(i);
                String expr = totalExprs.get(i);
                if (!expr.isEmpty()) {
                    c.setCellValue(expr.startsWith("=") ? expr.substring(1) : "${" + expr + "}");
                }
                c.setCellStyle(total(cols.get(i).kind()));
            }
            rowIndex++;
        }
        Row noteRow = sheet.createRow(rowIndex);
        Cell n = noteRow.createCell(0);
        n.setCellValue("${" + noteExpr + "}");
        n.setCellStyle(note);
        noteRow.setHeightInPoints(90);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, last));
        String area = "jx:area(lastCell=\"" + col(last) + (rowIndex + 1) + "\")";
        if (multisheet != null) {
            area += "\njx:each(items=\"" + multisheet + "\" var=\"t\" multisheet=\"" + multisheet + "SheetNames\" lastCell=\""
                    + col(last) + (rowIndex + 1) + "\")";
        }
        comment(sheet, t, area);
        sheet.createFreezePane(0, 3);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:3"));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter(Paper.FOOTER);
        sheet.getPrintSetup().setUsePage(true);
        sheet.getPrintSetup().setPageStart((short) 1);
        return sheet;
    }

    /** A style like {@code base} at another size (and wrapping, for texts). */
    private CellStyle sized(CellStyle base, int points, boolean bold, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFont(font("宋体", points, bold));
        s.setWrapText(wrap);
        return s;
    }

    /**
     * A sheet written row by row (render.ListBook): title, subtitle and header rows, then prototype rows, each a
     * list of cell texts (placeholders) over {@code cols}; {@code merged} prototypes span the whole width.
     */
    private Sheet streamSheet(String name, List<Col> cols, int bodyPoints, List<String> headers,
                              List<List<String>> prototypes, List<Boolean> merged, List<CellStyle> prototypeStyles) {
        Sheet sheet = wb.createSheet(name);
        int last = cols.size() - 1;
        Row r0 = sheet.createRow(0);
        r0.setHeightInPoints(28);
        Cell t = r0.createCell(0);
        t.setCellValue("${title}");
        t.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row r1 = sheet.createRow(1);
        Cell st = r1.createCell(0);
        st.setCellValue("${subtitle}");
        CellStyle sub = sized(subtitle, 11, false, true);
        st.setCellStyle(sub);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row r2 = sheet.createRow(2);
        CellStyle head = sized(header, bodyPoints, false, true);
        Font bold = font("宋体", bodyPoints, true);
        head.setFont(bold);
        for (int i = 0; i < cols.size(); i++) {
            Cell h = r2.createCell(i);
            h.setCellValue(headers.get(i));
            h.setCellStyle(head);
            sheet.setColumnWidth(i, cols.get(i).width() * 256);
            if (cols.get(i).kind().equals("id")) {
                sheet.setDefaultColumnStyle(i, idColumn);
            }
        }
        r2.setHeightInPoints((float) Paper.rowHeight(1, bodyPoints) + 4);
        for (int p = 0; p < prototypes.size(); p++) {
            Row row = sheet.createRow(3 + p);
            row.setHeightInPoints((float) Paper.rowHeight(1, bodyPoints));
            List<String> texts = prototypes.get(p);
            for (int i = 0; i < cols.size(); i++) {
                Cell c = row.createCell(i);
                String text = i < texts.size() ? texts.get(i) : "";
                if (!text.isEmpty()) {
                    c.setCellValue(text);
                }
                CellStyle style = prototypeStyles.get(p) != null ? prototypeStyles.get(p) : sized(body(cols.get(i).kind()),
                        bodyPoints, false, cols.get(i).kind().equals("text"));
                c.setCellStyle(style);
            }
            if (merged.get(p)) {
                sheet.addMergedRegion(new CellRangeAddress(3 + p, 3 + p, 0, last));
            }
        }
        sheet.createFreezePane(0, 3);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:3"));
        printOnA4(sheet, 0.3, 0.5);
        return sheet;
    }

    /**
     * 各组通报: every group one under another on one sheet, so that a page holds several: title and subtitle (repeated
     * on every page), then per item of {@code groups} a heading row, the header, a jx:each row per town, the total
     * row and a blank row; the note below all groups.
     */
    private void groupBlocks(List<Col> cols, List<String> totalExprs) {
        Sheet sheet = wb.createSheet("各组通报");
        int last = cols.size() - 1;
        Row r0 = sheet.createRow(0);
        r0.setHeightInPoints(30);
        Cell t = r0.createCell(0);
        t.setCellValue("${groupsTitle}");
        t.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row r1 = sheet.createRow(1);
        r1.createCell(0).setCellValue("${groupsSubtitle}");
        r1.getCell(0).setCellStyle(subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row heading = sheet.createRow(2);
        heading.setHeightInPoints(22);
        CellStyle bold = wb.createCellStyle();
        bold.cloneStyleFrom(subtitle);
        bold.setFont(font("黑体", 12, false));
        bold.setVerticalAlignment(VerticalAlignment.BOTTOM);
        heading.createCell(0).setCellValue("${g.heading}");
        heading.getCell(0).setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
        Row head = sheet.createRow(3);
        head.setHeightInPoints(30);
        Row body = sheet.createRow(4);
        Row total = sheet.createRow(5);
        for (int i = 0; i < cols.size(); i++) {
            Cell h = head.createCell(i);
            h.setCellValue(cols.get(i).header());
            h.setCellStyle(header);
            sheet.setColumnWidth(i, cols.get(i).width() * 256 + 200);
            Cell c = body.createCell(i);
            c.setCellValue("${r." + cols.get(i).expr() + "}");
            c.setCellStyle(body(cols.get(i).kind()));
            Cell tc = total.createCell(i);
            String expr = totalExprs.get(i);
            if (!expr.isEmpty()) {
                tc.setCellValue(expr.startsWith("=") ? expr.substring(1) : "${" + expr + "}");
            }
            tc.setCellStyle(total(cols.get(i).kind()));
        }
        sheet.createRow(6);
        comment(sheet, body.getCell(0), "jx:each(items=\"g.rows\" var=\"r\" lastCell=\"" + col(last) + "5\")");
        comment(sheet, heading.getCell(0), "jx:each(items=\"groups\" var=\"g\" lastCell=\"" + col(last) + "7\")");
        Row noteRow = sheet.createRow(7);
        noteRow.createCell(0).setCellValue("${groupsNote}");
        noteRow.getCell(0).setCellStyle(note);
        noteRow.setHeightInPoints(45);
        sheet.addMergedRegion(new CellRangeAddress(7, 7, 0, last));
        comment(sheet, t, "jx:area(lastCell=\"" + col(last) + "8\")");
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        printOnA4(sheet, 0.4, 0.6);
    }

    /**
     * A4, fit to the page width, pages numbered from 1 with the standard footer, centred, with {@code side} and
     * {@code topBottom} margins (inches).
     */
    private static void printOnA4(Sheet sheet, double side, double topBottom) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        ps.setUsePage(true);
        ps.setPageStart((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, side);
        sheet.setMargin(Sheet.RightMargin, side);
        sheet.setMargin(Sheet.TopMargin, topBottom);
        sheet.setMargin(Sheet.BottomMargin, topBottom);
        sheet.getFooter().setCenter(Paper.FOOTER);
    }

    private void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    static void ranking(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        List<Col> cols = List.of(
                new Col("排名", 6, "int", "rank"),
                new Col("${unitLabel}", 12, "text", "name"),
                new Col("任务数", 9, "int", "task"),
                new Col("缴费人数", 9, "int", "paid"),
                new Col("完成率", 9, "pct", "rate"),
                new Col("${labels.added}", 9, "int", "newThisWeek"),
                new Col("${labels.previousRank}", 9, "int", "previousRank"),
                new Col("排名变化", 9, "chg", "rankChange"),
                new Col("自缴人数", 9, "int", "selfPaid"),
                new Col("代缴人数", 9, "int", "government"),
                new Col("备注", 26, "text", "remark"));
        m.listSheet("周排名通报", cols, "rows", List.of("unmatchedRows"),
                List.of("", "=合计", "total.task", "total.paid", "total.rate", "total.newThisWeek", "", "",
                        "total.selfPaid", "total.government", "total.remark"), false);
        List<Col> villageCols = new java.util.ArrayList<>(cols);
        villageCols.set(1, new Col("村名", 12, "text", "name"));
        m.listSheet("各镇街村排名", villageCols, "t.rows", List.of(),
                List.of("", "=合计", "t.total.task", "t.total.paid", "t.total.rate", "t.total.newThisWeek", "", "",
                        "t.total.selfPaid", "t.total.government", "t.total.remark"), false, "t.note", "t.", "towns");
        m.save(dir.resolve("周排名通报.xlsx"));
    }

    static void allowance(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        List<Col> cols = List.of(
                new Col("序号", 6, "int", "seq"),
                new Col("${unitLabel}", 14, "text", "name"),
                new Col("缴费人数", 11, "int", "paid"),
                new Col("补助标准\n（元/人）", 12, "money", "perPerson"),
                new Col("补助金额（元）", 15, "money", "amount"),
                new Col("签领人", 12, "text", "signature"));
        m.listSheet("工作经费补助", cols, "rows", List.of(),
                List.of("", "=合计", "total.paid", "", "total.amount", ""), false);
        m.save(dir.resolve("工作经费补助.xlsx"));
    }

    static void checklist(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        m.listSheet("汇总", List.of(
                new Col("文件", 34, "text", "file"),
                new Col("读取行数", 10, "int", "rows"),
                new Col("计入的不同缴费笔数", 12, "int", "newPayments"),
                new Col("重复出现（同一税票）", 12, "int", "repeats"),
                new Col("证件号码无效", 10, "int", "invalidId"),
                new Col("日期金额等无法识别", 10, "int", "unreadable"),
                new Col("非本险种", 10, "int", "otherInsurance"),
                new Col("非本年度", 10, "int", "otherYear"),
                new Col("其他乡镇", 10, "int", "otherTown")), "summary.rows", List.of(),
                List.of("=合计", "summary.total.rows", "summary.total.newPayments", "summary.total.repeats",
                        "summary.total.invalidId", "summary.total.unreadable", "summary.total.otherInsurance",
                        "summary.total.otherYear", "summary.total.otherTown"), true, "notes.summary");
        // the detail sheets print landscape at 9 pt or more (a row at most about 87 ems): file names and reasons wrap,
        // IDs (18 characters), tickets (20 digits) and dates keep one line
        m.listSheet("未计入明细", List.of(
                new Col("文件", 16, "text", "file"),
                new Col("行号", 7, "int", "row"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("村居", 10, "text", "village"),
                new Col("缴费金额", 9, "money", "amount"),
                new Col("缴费日期", 13, "text", "date"),
                new Col("税票号码", 27, "id", "serial"),
                new Col("类别", 10, "text", "kind"),
                new Col("原因", 38, "text", "reason")), "excluded", List.of(), null, true, "notes.excluded");
        m.listSheet("未匹配村居", List.of(
                new Col("文件", 16, "text", "file"),
                new Col("行号", 7, "int", "row"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("村居（原文）", 18, "text", "village"),
                new Col("缴费金额", 9, "money", "amount"),
                new Col("缴费日期", 13, "text", "date"),
                new Col("税票号码", 27, "id", "serial"),
                new Col("本人是否计入", 8, "text", "counted"),
                new Col("计入村", 12, "text", "countedVillage")), "unmatched", List.of(), null, true, "notes.unmatched");
        // one ticket and one payment a line
        m.listSheet("重复缴费", List.of(
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("计入村", 10, "text", "village"),
                new Col("缴费笔数", 8, "int", "count"),
                new Col("税票号码", 27, "id", "serials"),
                new Col("缴费明细（日期 金额 文件:行）", 62, "text", "details"),
                new Col("净额（元）", 9, "money", "net"),
                new Col("处理建议", 13, "text", "advice")), "duplicates", List.of(), null, true, "notes.duplicates");
        m.listSheet("退费", List.of(
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("退费日期", 12, "text", "date"),
                new Col("退费金额（元）", 12, "money", "amount"),
                new Col("退费税票号码", 27, "id", "serial"),
                new Col("文件:行", 30, "text", "where"),
                new Col("净额（元）", 10, "money", "net"),
                new Col("本人是否计入", 10, "text", "counted"),
                new Col("计入村", 12, "text", "village")), "refunds", List.of(), null, true, "notes.refunds");
        m.listSheet("人员核对", List.of(
                new Col("类别", 14, "text", "kind"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("村", 14, "text", "village"),
                new Col("说明", 70, "text", "detail")), "people", List.of(), null, true, "notes.people");
        m.listSheet("资助核对", List.of(
                new Col("类别", 16, "text", "kind"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("名单或清册及行号", 26, "text", "where"),
                new Col("说明", 80, "text", "detail")), "subsidy", List.of(), null, true, "notes.subsidy");
        m.save(dir.resolve("核对清单.xlsx"));
    }

    static void findings(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        m.listSheet("检查结果", List.of(
                new Col("级别", 6, "text", "severity"),
                new Col("文件", 30, "text", "file"),
                new Col("行号", 7, "int", "row"),
                new Col("内容", 80, "text", "message")), "rows", List.of(), null, true);
        m.save(dir.resolve("检查结果.xlsx"));
    }

    static void decomposition(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        m.listSheet("任务分解表", List.of(
                new Col("序号", 6, "int", "seq"),
                new Col("${unitLabel}", 16, "text", "name"),
                new Col("村人口数", 12, "int", "population"),
                new Col("任务数", 12, "int", "task"),
                new Col("备注", 24, "text", "note")), "rows", List.of(),
                List.of("", "=合计", "total.population", "total.task", "total.note"), false);
        m.save(dir.resolve("任务分解表.xlsx"));
    }

    static void groups(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        m.listSheet("分组汇总", List.of(
                new Col("组别", 6, "int", "number"),
                new Col("带队领导", 9, "text", "leader"),
                new Col("医保成员", 9, "text", "medical"),
                new Col("税务成员", 9, "text", "tax"),
                new Col("督查镇街", 22, "text", "towns"),
                new Col("任务数", 10, "int", "task"),
                new Col("缴费人数", 10, "int", "paid"),
                new Col("完成率", 9, "pct", "rate"),
                new Col("${labels.added}", 9, "int", "newThisWeek"),
                new Col("排名最后的镇街", 18, "text", "lowest")), "rows", List.of(),
                List.of("", "=合计", "", "", "", "total.task", "total.paid", "total.rate", "total.newThisWeek", ""), true);
        m.groupBlocks(List.of(
                new Col("全市排名", 8, "int", "rank"),
                new Col("镇街", 12, "text", "name"),
                new Col("任务数", 10, "int", "task"),
                new Col("缴费人数", 10, "int", "paid"),
                new Col("完成率", 9, "pct", "rate"),
                new Col("${labels.added}", 9, "int", "newThisWeek"),
                new Col("${labels.previousRank}", 9, "int", "previousRank"),
                new Col("排名变化", 9, "chg", "rankChange"),
                new Col("备注", 24, "text", "remark")),
                List.of("", "=本组合计", "g.total.task", "g.total.paid", "g.total.rate", "g.total.newThisWeek", "", "", ""));
        m.save(dir.resolve("督查分组通报.xlsx"));
    }

    static void contacts(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        Sheet sheet = m.listSheet("联系方式", List.of(
                new Col("序号", 6, "int", "seq"),
                new Col("镇街", 12, "text", "town"),
                new Col("医保办联系人", 12, "text", "medicalPerson"),
                new Col("医保办电话", 13, "id", "medicalPhone"),
                new Col("税务分局联系人", 12, "text", "taxPerson"),
                new Col("税务分局电话", 13, "id", "taxPhone")), "rows", List.of(), null, false);
        sheet.getPrintSetup().setFitHeight((short) 1);
        m.listSheet("变动情况", List.of(
                new Col("镇街", 12, "text", "town"),
                new Col("方面", 10, "text", "side"),
                new Col("变动", 14, "text", "what"),
                new Col("上年", 20, "text", "before"),
                new Col("今年", 20, "text", "after")), "changes", List.of(), null, false, "changesNote");
        m.save(dir.resolve("联系方式一览表.xlsx"));
    }

    static void reminders(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        List<Col> sum = List.of(
                new Col("", 22, "text", ""),
                new Col("", 10, "int", ""),
                new Col("", 10, "int", ""),
                new Col("", 10, "int", ""),
                new Col("", 13, "int", ""));
        CellStyle note = m.sized(m.note, 10, false, true);
        m.streamSheet("汇总", sum, 11, List.of("${unitLabel}", "台账人数", "已缴费", "未缴费", "${elsewhereLabel}"),
                List.of(List.of("${r.name}", "${r.roster}", "${r.paid}", "${r.unpaid}", "${r.elsewhere}"),
                        List.of("${sub.name}", "${sub.roster}", "${sub.paid}", "${sub.unpaid}", "${sub.elsewhere}"),
                        List.of("${total.name}", "${total.roster}", "${total.paid}", "${total.unpaid}", "${total.elsewhere}"),
                        List.of("${note}")),
                List.of(false, false, false, true), java.util.Arrays.asList(null, null, null, note));
        Sheet s = m.wb.getSheet("汇总");
        for (int r = 4; r <= 5; r++) {
            for (int c = 0; c < sum.size(); c++) {
                s.getRow(r).getCell(c).setCellStyle(c == 0 ? m.sized(m.totalText, 11, true, true)
                        : m.sized(m.totalInteger, 11, true, false));
            }
        }
        // portrait A4, 10 pt printed at about 9.6 pt, a line per person 18 pt high (6.2 mm printed, room to write by
        // hand): about 38 people a page; the four note columns are left blank for the village's cadres
        List<Col> cols = List.of(
                new Col("", 5, "int", ""),
                new Col("", 10, "id", ""),
                new Col("", 8, "text", ""),
                new Col("", 23, "id", ""),
                new Col("", 14, "id", ""),
                new Col("", 9, "text", ""),
                new Col("", 7, "text", ""),
                new Col("", 7, "text", ""),
                new Col("", 11, "text", ""),
                new Col("", 10, "text", ""));
        Sheet village = m.streamSheet("村", cols, 10, List.of("序号", "户号", "姓名", "证件号码", "联系电话", "人员类别", "提醒日期", "提醒人", "未缴原因", "备注"),
                List.of(List.of("${r.seq}", "${r.household}", "${r.name}", "${r.id}", "${r.phone}", "${r.category}", "", "", "",
                        "${r.advice}"), List.of("${note}")), List.of(false, true), java.util.Arrays.asList(null, note));
        village.getRow(3).setHeightInPoints(18);
        village.getPrintSetup().setLandscape(false);
        village.setMargin(Sheet.LeftMargin, 0.25);
        village.setMargin(Sheet.RightMargin, 0.25);
        // the footer (page numbers) keeps its room below the table
        village.setMargin(Sheet.TopMargin, 0.4);
        village.setMargin(Sheet.BottomMargin, 0.55);
        m.save(dir.resolve("未缴费提醒名单.xlsx"));
    }

    static void publicList(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        List<Col> cols = new java.util.ArrayList<>();
        List<String> headers = new java.util.ArrayList<>();
        List<String> body = new java.util.ArrayList<>();
        for (int g = 1; g <= 3; g++) {
            cols.add(new Col("序号", 5, "int", ""));
            cols.add(new Col("姓名", 8, "text", ""));
            cols.add(new Col("证件号码", 21, "id", ""));
            headers.addAll(List.of("序号", "姓名", "证件号码"));
            body.addAll(List.of("${c" + g + ".seq}", "${c" + g + ".name}", "${c" + g + ".id}"));
        }
        CellStyle note = m.sized(m.note, 11, false, true);
        CellStyle sign = m.sized(m.note, 12, false, false);
        sign.setAlignment(HorizontalAlignment.RIGHT);
        sign.setVerticalAlignment(VerticalAlignment.BOTTOM);
        List<String> idBody = new java.util.ArrayList<>(body);
        m.streamSheet("公示", cols, 10, headers, List.of(idBody, List.of("${note}"), List.of("${sign}"), List.of("${signDate}")),
                List.of(false, true, true, true), java.util.Arrays.asList(null, note, sign, sign));
        m.save(dir.resolve("缴费名单公示.xlsx"));
    }

    /**
     * Turns column {@code col} of a list sheet into one column per fund: the header, the data row and the total row
     * repeat to the right over {@code funds}, the row's {@code r.funds} and {@code fundTotals}.
     */
    private static void fundColumns(Sheet sheet, int col, String items, String rowItems, String totalItems) {
        Cell head = sheet.getRow(2).getCell(col);
        head.setCellValue("${f}\n（元）");
        comment(sheet, head, "jx:each(items=\"" + items + "\" var=\"f\" direction=\"RIGHT\" lastCell=\"" + col(col) + "3\")");
        Cell body = sheet.getRow(3).getCell(col);
        body.setCellValue("${a}");
        comment(sheet, body, "jx:each(items=\"" + rowItems + "\" var=\"a\" direction=\"RIGHT\" lastCell=\"" + col(col) + "4\")");
        if (totalItems != null) {
            Cell total = sheet.getRow(4).getCell(col);
            total.setCellValue("${a}");
            comment(sheet, total, "jx:each(items=\"" + totalItems + "\" var=\"a\" direction=\"RIGHT\" lastCell=\"" + col(col) + "5\")");
        }
        // the columns right of the funds move as the funds repeat: the template engine gives each its own width
    }

    static void certification(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        // twelve columns print landscape at 9 pt or more; the amount per fund is on 资金明细, one column per fund
        m.listSheet("认定结果", List.of(
                new Col("序号", 6, "int", "seq"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 8, "text", "name"),
                new Col("镇街", 9, "text", "town"),
                new Col("村名", 9, "text", "village"),
                new Col("认定类别", 12, "text", "group"),
                new Col("认定部门", 11, "text", "department"),
                new Col("个人缴费（元）", 14, "money", "personal"),
                new Col("政府承担（元）", 14, "money", "government"),
                new Col("其他符合类别", 11, "text", "others"),
                new Col("缴费情况", 20, "text", "paid"),
                new Col("说明", 20, "text", "remark")), "rows", List.of(),
                List.of("", "=合计", "", "", "", "", "", "total.personal", "total.government", "", "", ""),
                true);
        Sheet funds = m.listSheet("资金明细", List.of(
                new Col("序号", 6, "int", "seq"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 8, "text", "name"),
                new Col("镇街", 9, "text", "town"),
                new Col("村名", 9, "text", "village"),
                new Col("认定类别", 18, "text", "group"),
                new Col("政府承担（元）", 14, "money", "government"),
                new Col("资金", 13, "money", "funds")), "rows", List.of(),
                List.of("", "=合计", "", "", "", "", "total.government", ""), true, "fundNote");
        fundColumns(funds, 7, "funds", "r.funds", "fundTotals");
        // the total row is an each of one: streamed, the engine drops the plain cells of a row that also holds a
        // command (合计 and the total were missing above 20,000 people); inside an each, as the body row, it keeps them
        comment(funds, funds.getRow(4).getCell(0), "jx:each(items=\"totals\" var=\"total\" lastCell=\"" + col(7) + "5\")");
        m.listSheet("养老保险（模板）", List.of(
                new Col("序号", 6, "int", "seq"),
                new Col("证件号码", 25, "id", "id"),
                new Col("姓名", 9, "text", "name"),
                new Col("镇街", 10, "text", "town"),
                new Col("村名", 10, "text", "village"),
                new Col("符合类别", 20, "text", "groups"),
                new Col("政府代缴（元）", 10, "money", "paid"),
                new Col("计生补贴（元）", 10, "money", "family"),
                new Col("资金", 10, "text", "fund"),
                new Col("说明", 30, "text", "remark")), "t.rows", List.of(),
                List.of("", "=合计", "", "", "", "", "t.total.paid", "t.total.family", "", ""),
                true, "t.note", "t.", "pensionSheets");
        m.save(dir.resolve("资助代缴认定结果.xlsx"));
    }

    static void fundRequest(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        List<Col> cols = List.of(
                new Col("资金", 14, "text", "fund"),
                new Col("认定部门或项目", 18, "text", "unit"),
                new Col("人数", 9, "int", "persons"),
                new Col("金额（元）", 13, "money", "amount"),
                new Col("其中已缴费人数", 14, "int", "paid"),
                new Col("已缴费金额\n（元）", 13, "money", "paidAmount"));
        m.listSheet("按资金和部门", cols, "rows", List.of(), List.of("=合计", "", "", "total.amount", "", "total.paidAmount"), false);
        List<Col> townCols = new java.util.ArrayList<>(cols);
        townCols.set(1, new Col("镇街", 14, "text", "unit"));
        m.listSheet("按镇街（模板）", townCols, "t.rows", List.of(), null, false, "t.note", "t.", "townSheets");
        m.listSheet("养老缴费补贴（模板）", List.of(
                new Col("缴费档次（元）", 12, "money", "tier"),
                new Col("缴费人数", 10, "int", "persons"),
                new Col("个人缴费（元）", 14, "money", "personal"),
                new Col("政府补贴（元）", 14, "money", "addition")), "t.rows", List.of(),
                List.of("=合计", "t.total.persons", "t.total.personal", "t.total.addition"), false, "t.note", "t.", "tierSheets");
        m.save(dir.resolve("资金申请汇总.xlsx"));
    }

    static void payerDetail(Path dir) throws IOException {
        TemplateMaker m = new TemplateMaker();
        List<Col> cols = List.of(
                new Col("", 6, "int", ""),
                new Col("", 22, "id", ""),
                new Col("", 8, "text", ""),
                new Col("", 11, "text", ""),
                new Col("", 9, "money", ""),
                new Col("", 6, "text", ""),
                new Col("", 14, "text", ""),
                new Col("", 26, "text", ""),
                new Col("", 7, "int", ""));
        CellStyle note = m.sized(m.note, 10, false, true);
        m.streamSheet("村", cols, 10, List.of("序号", "证件号码", "姓名", "缴费日期", "金额（元）", "渠道", "村居（清册原文）", "清册文件", "行号"),
                List.of(List.of("${r.seq}", "${r.id}", "${r.name}", "${r.date}", "${r.amount}", "${r.channel}", "${r.place}",
                        "${r.file}", "${r.row}"), List.of("${note}")), List.of(false, true), java.util.Arrays.asList(null, note));
        m.save(dir.resolve("缴费人明细.xlsx"));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        Files.createDirectories(dir);
        ranking(dir);
        allowance(dir);
        checklist(dir);
        findings(dir);
        decomposition(dir);
        groups(dir);
        contacts(dir);
        reminders(dir);
        publicList(dir);
        payerDetail(dir);
        certification(dir);
        fundRequest(dir);
        CircularTemplateMaker.write(dir);
    }
}

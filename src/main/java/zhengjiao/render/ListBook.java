package zhengjiao.render;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.LongText;

/**
 * A workbook of lists written row by row from a template, without a template engine: the looks (fonts, borders,
 * number formats, widths, row heights, print setup, frozen panes) come from the template's sheets, the rows from
 * the program, streamed to disk (a county's million payers never sit in memory as cells).
 *
 * <p>A template sheet is read as: the rows above the first row holding a <code>${r.…}</code> placeholder are the
 * sheet's head (title, subtitle, header), filled once; every row from there on is a prototype, named by the root of
 * its first placeholder (<code>${r.name}</code> → {@code r}, <code>${total.paid}</code> → {@code total},
 * <code>${note}</code> → {@code note}); the program writes prototypes by name, as many times as it needs, each
 * with the template row's styles, height and merged cells. A prototype may show several items side by side
 * (<code>${c1.name}</code>, <code>${c2.name}</code> …): {@link ListSheet#row(String, Function)} gets the values
 * of one line. Texts wider than their cell wrap and the row grows ({@link Paper}); pages are broken by the program,
 * so that the footer can count a sheet's own pages.
 */
final class ListBook implements Closeable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final XSSFWorkbook template;
    private final SheetNames names;
    private final List<Planned> planned = new ArrayList<>();
    private final Map<String, Integer> prototypeIndex = new HashMap<>();
    private final Map<XSSFCellStyle, XSSFCellStyle> wrapped = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private SXSSFWorkbook streaming;

    private record Planned(String prototype, String name, Map<String, Object> values) {
    }

    ListBook(Templates templates, String templateName) throws IOException {
        this(templates, templateName, List.of());
    }

    /** @param keep template sheets whose output sheet keeps the template's name (汇总): not reserved against data */
    ListBook(Templates templates, String templateName, List<String> keep) throws IOException {
        byte[] bytes;
        try (InputStream in = templates.open(templateName)) {
            bytes = in.readAllBytes();
        }
        try {
            template = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException("模板 " + templates.describe(templateName) + " 不是可以打开的 .xlsx 文件；请删除或修复征缴文件夹 "
                    + "templates/ 中的这个模板", e);
        }
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < template.getNumberOfSheets(); i++) {
            XSSFSheet s = template.getSheetAt(i);
            if (!keep.contains(s.getSheetName())) {
                existing.add(s.getSheetName());
            }
            prototypeIndex.put(s.getSheetName(), i);
            // out of the way of the output sheets, which may take the same name
            template.setSheetName(i, "模板" + i + "~");
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellComment() != null) {
                        c.removeCellComment();
                    }
                }
            }
        }
        names = new SheetNames(existing);
    }

    /** Plans an output sheet made from template sheet {@code prototype}; head placeholders come from {@code values}. */
    String plan(String prototype, String wantedName, Map<String, Object> values) {
        if (!prototypeIndex.containsKey(prototype)) {
            throw new IllegalStateException("模板中没有工作表「" + prototype + "」");
        }
        String name = names.add(wantedName);
        planned.add(new Planned(prototype, name, values));
        return name;
    }

    /**
     * Makes the planned sheets (in the order planned) and starts streaming; then {@link #sheet} opens each to write
     * its rows, in the same order.
     */
    void start() {
        Map<String, Map<String, Prototype>> prototypes = new LinkedHashMap<>();
        for (Planned p : planned) {
            int index = prototypeIndex.get(p.prototype());
            XSSFSheet source = template.getSheetAt(index);
            XSSFSheet copy = template.cloneSheet(index, p.name());
            if (source.getRepeatingRows() != null) {
                copy.setRepeatingRows(source.getRepeatingRows());
            }
            prototypes.computeIfAbsent(p.prototype(), k -> readPrototypes(template.getSheetAt(index)));
            int first = firstBodyRow(copy);
            for (int r = copy.getLastRowNum(); r >= first; r--) {
                XSSFRow row = copy.getRow(r);
                if (row != null) {
                    copy.removeRow(row);
                }
            }
            for (int m = copy.getNumMergedRegions() - 1; m >= 0; m--) {
                if (copy.getMergedRegion(m).getFirstRow() >= first) {
                    copy.removeMergedRegion(m);
                }
            }
            fillHead(copy, first, p.values());
        }
        for (int i = prototypeIndex.size() - 1; i >= 0; i--) {
            template.removeSheetAt(template.getSheetIndex("模板" + i + "~"));
        }
        if (template.getNumberOfSheets() > 0) {
            template.setActiveSheet(0);
            template.setSelectedTab(0);
        }
        this.prototypesBySheet = prototypes;
        streaming = new SXSSFWorkbook(template, 200);
        // plain 32-bit sizes: every zip reader (java.util.zip too) reads the file; a list never nears 4 GB
        streaming.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
    }

    private Map<String, Map<String, Prototype>> prototypesBySheet;

    /** The rows of a template sheet from the first body row on, by name. */
    private Map<String, Prototype> readPrototypes(XSSFSheet sheet) {
        Map<String, Prototype> out = new LinkedHashMap<>();
        int first = firstBodyRow(sheet);
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Prototype p = new Prototype(sheet, row);
            out.putIfAbsent(p.name, p);
        }
        return out;
    }

    private static int firstBodyRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    Matcher m = PLACEHOLDER.matcher(c.getStringCellValue());
                    if (m.find() && m.group(1).matches("(r|c\\d+)\\..*")) {
                        return row.getRowNum();
                    }
                }
            }
        }
        return sheet.getLastRowNum() + 1;
    }

    /** Replaces the placeholders of the head rows and grows those rows for their texts. */
    private void fillHead(XSSFSheet sheet, int first, Map<String, Object> values) {
        for (int r = 0; r < first; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("${")) {
                    set(c, resolve(c.getStringCellValue(), values::get));
                }
            }
            grow(sheet, row);
        }
    }

    /** An output sheet, open for rows. */
    ListSheet sheet(String name) {
        SXSSFSheet sheet = streaming.getSheet(name);
        String proto = planned.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().prototype();
        return new ListSheet(sheet, template.getSheet(name), prototypesBySheet.get(proto));
    }

    /** Writes the workbook and releases its temporary files. */
    void write(Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            streaming.write(os);
        }
    }

    @Override
    public void close() throws IOException {
        if (streaming != null) {
            streaming.dispose();
            streaming.close();
        } else {
            template.close();
        }
    }

    /** A template row: per column the style and what goes in (a literal, or placeholders), the merges in it. */
    private final class Prototype {
        final String name;
        final float height;
        final XSSFCellStyle[] styles;
        final String[] texts;
        /** Per cell, the key when the text is exactly one placeholder ({@code ${r.name}}), else null. */
        final String[] keys;
        /** Per cell, the font size (points) and whether the style wraps: read from the style once, not per row. */
        final double[] sizes;
        final boolean[] wraps;
        /** Per cell, the last column of its merged range (itself when not merged). */
        final int[] lastColumns;
        final List<CellRangeAddress> merges = new ArrayList<>();
        /** How many items a line shows side by side (<code>${c1.…}</code> … <code>${c3.…}</code>: 3). */
        int groups = 1;

        Prototype(XSSFSheet sheet, XSSFRow row) {
            int last = Math.max(0, row.getLastCellNum());
            styles = new XSSFCellStyle[last];
            texts = new String[last];
            keys = new String[last];
            sizes = new double[last];
            wraps = new boolean[last];
            lastColumns = new int[last];
            String found = null;
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                styles[c] = (XSSFCellStyle) cell.getCellStyle();
                texts[c] = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
                sizes[c] = styles[c].getFont().getFontHeightInPoints();
                wraps[c] = styles[c].getWrapText();
                Matcher whole = PLACEHOLDER.matcher(texts[c]);
                keys[c] = whole.matches() ? whole.group(1) : null;
                Matcher m = PLACEHOLDER.matcher(texts[c]);
                Matcher g = Pattern.compile("\\$\\{c(\\d+)\\.").matcher(texts[c]);
                if (g.find()) {
                    groups = Math.max(groups, Integer.parseInt(g.group(1)));
                }
                if (found == null && m.find()) {
                    String expr = m.group(1);
                    found = expr.contains(".") ? expr.substring(0, expr.indexOf('.')) : expr;
                    if (found.matches("c\\d+")) {
                        found = "r";
                    }
                }
            }
            name = found == null ? "row" + row.getRowNum() : found;
            height = row.getHeightInPoints();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                if (m.getFirstRow() == row.getRowNum() && m.getLastRow() == row.getRowNum()) {
                    merges.add(m);
                }
            }
            for (int c = 0; c < last; c++) {
                lastColumns[c] = c;
                for (CellRangeAddress m : merges) {
                    if (m.getFirstColumn() == c) {
                        lastColumns[c] = m.getLastColumn();
                    }
                }
            }
        }
    }

    /** The text of a cell with its placeholders replaced; a lone placeholder keeps the value's type. */
    private static Object resolve(String text, Function<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        if (m.matches()) {
            return values.apply(m.group(1));
        }
        StringBuilder sb = new StringBuilder();
        m.reset();
        while (m.find()) {
            Object v = values.apply(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
        } else {
            String s = LongText.fit(value.toString());
            if (s.isEmpty()) {
                cell.setBlank();
            } else {
                cell.setCellValue(s);
            }
        }
    }

    /** The shown text of a cell. */
    private String shown(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            XSSFCellStyle s = (XSSFCellStyle) cell.getCellStyle();
            return formatter.formatRawCellContents(cell.getNumericCellValue(), s.getDataFormat(), s.getDataFormatString());
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** Grows {@code row} to hold its texts, wrapping the ones wider than their cell or merged range. */
    private float grow(Sheet sheet, Row row) {
        float height = row.getHeightInPoints();
        for (Cell cell : row) {
            String text = shown(cell);
            if (text.isEmpty()) {
                continue;
            }
            int lastColumn = cell.getColumnIndex();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                if (m.getFirstRow() == row.getRowNum() && m.getFirstColumn() == cell.getColumnIndex()) {
                    lastColumn = m.getLastColumn();
                }
            }
            height = Math.max(height, need(sheet, cell, text, lastColumn));
        }
        row.setHeightInPoints(height);
        return height;
    }

    private float need(Sheet sheet, Cell cell, String text, int lastColumn) {
        // a twentieth to spare: a line that only just fits is taken as not fitting (viewers measure fonts a little
        // differently; a row one line too tall costs nothing, one line too short clips the text)
        double width = -Paper.CELL_PADDING - 1;
        for (int c = cell.getColumnIndex(); c <= lastColumn; c++) {
            width += Paper.columnPoints(sheet.getColumnWidth(c));
        }
        width *= 0.95;
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        double size = style.getFont().getFontHeightInPoints();
        int lines;
        if (style.getWrapText()) {
            lines = Paper.lines(text, width, size);
        } else if (!text.contains("\n") && Paper.textPoints(text, size) <= width) {
            lines = 1;
        } else {
            cell.setCellStyle(wrapped.computeIfAbsent(style, s -> {
                XSSFCellStyle w = template.createCellStyle();
                w.cloneStyleFrom(s);
                w.setWrapText(true);
                return w;
            }));
            lines = Paper.lines(text, width, size);
        }
        return (float) Paper.rowHeight(lines, size);
    }

    /** One output sheet being written: rows go below its head, pages break where the next row would not fit. */
    final class ListSheet {
        private final SXSSFSheet sheet;
        private final XSSFSheet head;
        private final Map<String, Prototype> prototypes;
        private final double pageBody;
        private int next;
        private double used;
        private int pages = 1;
        private final double[] columnPoints;

        private ListSheet(SXSSFSheet sheet, XSSFSheet head, Map<String, Prototype> prototypes) {
            this.sheet = sheet;
            this.head = head;
            this.prototypes = prototypes;
            this.next = head.getLastRowNum() + 1;
            int columns = 0;
            for (Prototype p : prototypes.values()) {
                columns = Math.max(columns, p.styles.length);
            }
            for (Row r : head) {
                columns = Math.max(columns, r.getLastCellNum());
            }
            columnPoints = new double[Math.max(columns, 1)];
            List<Double> widths = new ArrayList<>();
            for (int c = 0; c < columnPoints.length; c++) {
                columnPoints[c] = Paper.columnPoints(head.getColumnWidth(c));
                widths.add(columnPoints[c]);
            }
            double left = head.getMargin(Sheet.LeftMargin);
            double right = head.getMargin(Sheet.RightMargin);
            double smallest = 11;
            for (Prototype p : prototypes.values()) {
                for (XSSFCellStyle s : p.styles) {
                    if (s != null) {
                        smallest = Math.min(smallest, s.getFont().getFontHeightInPoints());
                    }
                }
            }
            boolean landscape = PaperFit.landscape(widths, smallest, left, right);
            PaperFit.print(head, columnPoints.length - 1);
            // a long list runs over as many pages as it needs (a cloned sheet may have lost the template's 0)
            head.getPrintSetup().setFitHeight((short) 0);
            head.getPrintSetup().setLandscape(landscape);
            double tableWidth = widths.stream().mapToDouble(Double::doubleValue).sum();
            double scale = Math.min(1, Paper.printableWidth(landscape, left, right) / tableWidth);
            double repeated = 0;
            CellRangeAddress rr = head.getRepeatingRows();
            if (rr != null) {
                for (int r = rr.getFirstRow(); r <= rr.getLastRow(); r++) {
                    Row row = head.getRow(r);
                    repeated += row == null ? head.getDefaultRowHeightInPoints() : row.getHeightInPoints();
                }
            }
            double headHeight = 0;
            for (int r = 0; r <= head.getLastRowNum(); r++) {
                Row row = head.getRow(r);
                headHeight += row == null ? head.getDefaultRowHeightInPoints() : row.getHeightInPoints();
            }
            // the footer and a little slack for rounding in the printing program
            double printable = Paper.printableHeight(landscape, head.getMargin(Sheet.TopMargin), head.getMargin(Sheet.BottomMargin))
                    - 30;
            this.pageBody = printable / scale - Math.max(repeated, 0);
            this.used = headHeight - repeated;
        }

        /** How many rows of prototype {@code name} a page holds, with nothing wrapping. */
        int rowsPerPage(String name) {
            Prototype p = prototypes.get(name);
            return Math.max(1, (int) (pageBody / p.height));
        }

        /** Rows of {@code name} still fitting on the current page. */
        int rowsLeftOnPage(String name) {
            return Math.max(0, (int) ((pageBody - used) / prototypes.get(name).height));
        }

        /** How many items a line of prototype {@code name} shows side by side. */
        int groups(String name) {
            return prototypes.get(name).groups;
        }

        boolean has(String name) {
            return prototypes.containsKey(name);
        }

        /** Writes a row of prototype {@code name} with {@code values} for its placeholders. */
        void row(String name, Function<String, Object> values) {
            Prototype p = prototypes.get(name);
            if (p == null) {
                return;
            }
            Row row = sheet.createRow(next);
            float height = p.height;
            for (int c = 0; c < p.styles.length; c++) {
                if (p.styles[c] == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                cell.setCellStyle(p.styles[c]);
                String text = p.texts[c];
                if (text == null || text.isEmpty()) {
                    continue;
                }
                Object value = p.keys[c] != null ? values.apply(p.keys[c]) : text.contains("${") ? resolve(text, values) : text;
                set(cell, value);
                if (cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                int lastColumn = p.lastColumns[c];
                String shown = value instanceof String str ? cell.getStringCellValue() : shown(cell);
                double width = -Paper.CELL_PADDING;
                for (int k = c; k <= lastColumn && k < columnPoints.length; k++) {
                    width += columnPoints[k];
                }
                double size = p.sizes[c];
                height = Math.max(height, (float) Paper.rowHeight(1, size));
                if (p.wraps[c] || Paper.textPoints(shown, size) > width || shown.indexOf('\n') >= 0) {
                    height = Math.max(height, need(head, cell, shown, lastColumn));
                }
            }
            row.setHeightInPoints(height);
            for (CellRangeAddress m : p.merges) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(next, next, m.getFirstColumn(), m.getLastColumn()));
            }
            if (used + height > pageBody && used > 0) {
                sheet.setRowBreak(next - 1);
                pages++;
                used = 0;
            }
            used += height;
            next++;
        }

        /** Ends the page here (the next row starts a new one). */
        void pageBreak() {
            if (used > 0 && next > 0) {
                sheet.setRowBreak(next - 1);
                pages++;
                used = 0;
            }
        }

        /**
         * A drop-down of {@code values} on the rows written so far below the header cell reading {@code header}; text
         * typed by hand is still accepted (no error box). Nothing happens when the head has no such cell or no row
         * was written.
         */
        void dropDown(String header, List<String> values, String prompt) {
            int column = -1;
            int headerRow = -1;
            for (Row r : head) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && header.equals(c.getStringCellValue().strip())) {
                        column = c.getColumnIndex();
                        headerRow = r.getRowNum();
                    }
                }
            }
            if (column < 0 || next <= headerRow + 1) {
                return;
            }
            org.apache.poi.ss.usermodel.DataValidationHelper helper = sheet.getDataValidationHelper();
            org.apache.poi.ss.usermodel.DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(values.toArray(new String[0])),
                    new org.apache.poi.ss.util.CellRangeAddressList(headerRow + 1, next - 1, column, column));
            v.setShowErrorBox(false);
            v.setSuppressDropDownArrow(true);
            v.createPromptBox(header, prompt);
            v.setShowPromptBox(true);
            sheet.addValidationData(v);
        }

        /** Ends the sheet: the footer counts its own pages. */
        void finish() {
            head.getFooter().setCenter(Paper.FOOTER.replace("&N", Integer.toString(pages)));
        }
    }
}

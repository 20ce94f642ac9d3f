package zhengjiao.render;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTMergeCells;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
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
 * <p>How it is written: the heads are an ordinary POI workbook (the template's, its sheets cloned); each sheet's
 * rows are encoded straight into the output file's zip entry for that sheet ({@link SheetRowsWriter}) between the
 * sheet's XML as POI writes it before its rows and after them (print setup, merges, page breaks, the drop-down);
 * the workbook's other parts (styles, the workbook, relations) are copied from POI's writing of it at the end. So a
 * row costs a few dozen bytes of XML, not cell objects, and the sheets are opened and finished one after another.
 *
 * <p>A template sheet is read as: the rows above the first row holding a <code>${r.…}</code> placeholder are the
 * sheet's head (title, subtitle, header), filled once; every row from there on is a prototype, named by the root of
 * its first placeholder (<code>${r.name}</code> → {@code r}, <code>${total.paid}</code> → {@code total},
 * <code>${note}</code> → {@code note}); the program writes prototypes by name, as many times as it needs, each
 * with the template row's styles, height and merged cells. A prototype may show several items side by side
 * (<code>${c1.name}</code>, <code>${c2.name}</code> …): {@link ListSheet#row(String, Function)} gets the values
 * of one line. Texts wider than their cell wrap and the row grows ({@link Paper}); pages are broken by the program,
 * so that the footer can count a sheet's own pages (or, for the workbooks once filled by the template engine, by the
 * printing program as before: {@link #asPaperFit}).
 */
final class ListBook implements Closeable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    /** The item of a line showing several side by side: <code>${c2.name}</code>. */
    private static final Pattern GROUP = Pattern.compile("\\$\\{c(\\d+)\\.");

    private final XSSFWorkbook template;
    /** The template file, as messages name it. */
    private final String templateLabel;
    private final SheetNames names;
    private final List<Planned> planned = new ArrayList<>();
    private final Map<String, Integer> prototypeIndex = new HashMap<>();
    /** Wrapping copies of styles, by the index of the style copied (a POI style's hash code writes out its XML). */
    private final Map<Integer, XSSFCellStyle> wrapped = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    /** The output zip, written in a temporary file until {@link #write}; null before {@link #start}. */
    private Path partFile;
    private ZipOutputStream zip;
    private ListSheet open;
    private final Set<String> streamed = new HashSet<>();

    /** An output sheet to make: its template sheet, name, head values, and column widths its own numbers need. */
    private record Planned(String prototype, String name, Function<String, Object> values, Map<Integer, Integer> widths) {
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
        templateLabel = templates.describe(templateName);
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
        return plan(prototype, wantedName, (Function<String, Object>) values::get);
    }

    /**
     * Plans an output sheet made from template sheet {@code prototype}; {@code values} gives each head placeholder's
     * value by its expression ({@code title}, {@code t.subtitle}).
     */
    String plan(String prototype, String wantedName, Function<String, Object> values) {
        if (!prototypeIndex.containsKey(prototype)) {
            throw new IllegalStateException("模板中没有工作表「" + prototype + "」");
        }
        String name = names.add(wantedName);
        planned.add(new Planned(prototype, name, values, new HashMap<>()));
        return name;
    }

    /**
     * Template sheet {@code prototype} itself, to adapt before {@link #start} (columns added for data the template
     * shows one of, placeholders renamed); every output sheet made from it is a copy of it as it then is.
     *
     * @throws IllegalStateException when the template has no such sheet, or the book has started
     */
    XSSFSheet templateSheet(String prototype) {
        // the caller may change it: its rows are read again when next needed
        XSSFSheet sheet = sheetOf(prototype);
        readRows.remove(sheet);
        return sheet;
    }

    /** The rows of each template sheet as read ({@link #readPrototypes}), until the sheet is handed out to be changed. */
    private final Map<XSSFSheet, Map<String, Prototype>> readRows = new java.util.IdentityHashMap<>();

    /** Template sheet {@code prototype}, to read or widen here (its rows as read stay valid). */
    private XSSFSheet sheetOf(String prototype) {
        Integer index = prototypeIndex.get(prototype);
        if (index == null) {
            throw new IllegalStateException("模板中没有工作表「" + prototype + "」");
        }
        if (prototypesBySheet != null) {
            throw new IllegalStateException("工作簿已经开始写出，不能再改模板工作表「" + prototype + "」");
        }
        return template.getSheetAt(index);
    }

    /** The names of template sheet {@code prototype}'s prototype rows, in its order (before {@link #start}). */
    List<String> prototypeNames(String prototype) {
        return List.copyOf(readPrototypes(sheetOf(prototype)).keySet());
    }

    /** Whether the template has a sheet named {@code prototype}. */
    boolean hasTemplateSheet(String prototype) {
        return prototypeIndex.containsKey(prototype);
    }

    /**
     * Widens, before {@link #start}, the columns of template sheet {@code prototype} that would be too narrow for a
     * number shown in rows of {@code name} with {@code rows}' values (as {@link PaperFit} widens a column to its widest
     * number; rows are streamed, so the widths must be known before the first is written). Under the {@link Paper}
     * measure digits are equally wide, so per column only the largest and the smallest number are measured.
     */
    void fitNumbers(String prototype, String name, Iterable<? extends Function<String, Object>> rows) {
        XSSFSheet sheet = sheetOf(prototype);
        numberWidths(sheet, name, rows, sheet::getColumnWidth).forEach(sheet::setColumnWidth);
    }

    /**
     * {@link #fitNumbers} for one planned output sheet {@code sheet} alone (as {@link PaperFit} widens each sheet to its
     * own numbers): the sheets a template sheet is repeated into may each need other widths. Before {@link #start}.
     *
     * @throws IllegalStateException when no such sheet was planned, or the book has started
     */
    void fitSheetNumbers(String sheet, String name, Iterable<? extends Function<String, Object>> rows) {
        Planned p = planned.stream().filter(x -> x.name().equals(sheet)).findFirst()
                .orElseThrow(() -> new IllegalStateException("没有计划写出工作表「" + sheet + "」"));
        XSSFSheet template = sheetOf(p.prototype());
        p.widths().putAll(numberWidths(template, name, rows,
                c -> p.widths().getOrDefault(c, template.getColumnWidth(c))));
    }

    /**
     * The columns of template sheet {@code sheet} too narrow, at {@code width}, for a number shown in rows of
     * {@code name} with {@code rows}' values, and the width (units of 1/256 character) each then takes.
     */
    private Map<Integer, Integer> numberWidths(XSSFSheet sheet, String name, Iterable<? extends Function<String, Object>> rows,
                                               java.util.function.IntUnaryOperator width) {
        Map<Integer, Integer> widths = new HashMap<>();
        Prototype p = readPrototypes(sheet).get(name);
        if (p == null) {
            return widths;
        }
        int n = p.styles.length;
        BigDecimal[] max = new BigDecimal[n];
        BigDecimal[] min = new BigDecimal[n];
        for (Function<String, Object> values : rows) {
            for (int c = 0; c < n; c++) {
                if (p.keys[c] == null || p.styles[c] == null || p.lastColumns[c] != c) {
                    continue;
                }
                if (values.apply(p.keys[c]) instanceof Number number) {
                    BigDecimal v = number instanceof BigDecimal b ? b : number instanceof Integer || number instanceof Long
                            ? BigDecimal.valueOf(number.longValue()) : BigDecimal.valueOf(number.doubleValue());
                    max[c] = max[c] == null || v.compareTo(max[c]) > 0 ? v : max[c];
                    min[c] = min[c] == null || v.compareTo(min[c]) < 0 ? v : min[c];
                }
            }
        }
        for (int c = 0; c < n; c++) {
            for (BigDecimal v : new BigDecimal[] {max[c], min[c]}) {
                if (v == null) {
                    continue;
                }
                double need = Paper.textPoints(shownNumber(v, p.styles[c]), p.sizes[c]) + Paper.CELL_PADDING;
                if (Paper.columnPoints(widths.getOrDefault(c, width.applyAsInt(c))) < need) {
                    widths.put(c, Paper.columnWidth(need) + 64);
                }
            }
        }
        return widths;
    }

    /**
     * Reads the template sheets' row prototypes and starts streaming; then {@link #sheet} opens each planned sheet to
     * write its rows, in the order planned.
     */
    void start() {
        Map<String, Map<String, Prototype>> prototypes = new LinkedHashMap<>();
        // the template's repeated title rows, read once per template sheet (POI looks a sheet's up among every name)
        Map<String, java.util.Optional<CellRangeAddress>> repeatedBy = new HashMap<>();
        for (int k = 0; k < planned.size(); k++) {
            Planned p = planned.get(k);
            int index = prototypeIndex.get(p.prototype());
            XSSFSheet source = template.getSheetAt(index);
            repeating.put(p.name(), repeatedBy.computeIfAbsent(p.prototype(),
                    x -> java.util.Optional.ofNullable(source.getRepeatingRows())).orElse(null));
            prototypes.computeIfAbsent(p.prototype(), x -> readPrototypes(source));
            plannedAt.put(p.name(), k);
        }
        this.prototypesBySheet = prototypes;
        firstPart = template.getNumberOfSheets() + 1;
        for (int i = prototypeIndex.size(); i < template.getNumberOfSheets(); i++) {
            // a sheet built with POI: its name must not be one an output sheet takes
            String unique = names.add(template.getSheetName(i));
            if (!unique.equals(template.getSheetName(i))) {
                template.setSheetName(i, unique);
            }
            template.getSheetAt(i).setSelected(false);
        }
        try {
            partFile = Files.createTempFile("zhengjiao-list", ".xlsx");
            zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partFile), 1 << 16));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the fastest deflate: list XML repeats itself, so it still shrinks about tenfold, at several times the speed
        zip.setLevel(Deflater.BEST_SPEED);
    }

    private Map<String, Map<String, Prototype>> prototypesBySheet;
    /**
     * The number of the first output sheet's part: after the template's sheets and any sheet built with POI
     * ({@link #workbook}), whose parts POI numbered from the template's count on.
     */
    private int firstPart;
    /** Each planned sheet's place among the output sheets, by name. */
    private final Map<String, Integer> plannedAt = new HashMap<>();
    /** Per output sheet, the rows repeated at the top of each printed page (the template sheet's), or null. */
    private final Map<String, CellRangeAddress> repeating = new LinkedHashMap<>();
    /** Per template sheet, the sheet readied for making heads from it, and its head as the template has it. */
    private final Map<String, HeadStage> stages = new HashMap<>();

    /**
     * The head of planned sheet {@code k}: its template sheet itself, the body rows gone (once), the head's
     * placeholders filled; {@link ListSheet#finish} puts the head back as the template has it for the next sheet.
     * The output's sheets are listed in the workbook part by {@link #write}, not made by POI one by one (POI walks
     * every sheet and relation for each new one, which grows with the square of a county's 1,260 sheets, and copies a
     * sheet by writing and reading its XML).
     */
    private XSSFSheet head(int k) {
        Planned p = planned.get(k);
        HeadStage stage = stages.computeIfAbsent(p.prototype(), name -> new HeadStage(template.getSheetAt(prototypeIndex.get(name)),
                repeating.get(p.name()) != null));
        // the first output sheet is the one shown when the workbook opens
        stage.sheet.setSelected(k == 0);
        stage.widen(p.widths());
        fillHead(stage.sheet, stage.first, p.values());
        return stage.sheet;
    }

    /**
     * A template sheet readied for heads: without its body rows and their merges (read as {@link Prototype}s before),
     * and what its head rows hold, so that each output sheet's head starts from the template's.
     */
    private final class HeadStage {
        final XSSFSheet sheet;
        final int first;
        private final List<XSSFRow> rows = new ArrayList<>();
        private final List<Boolean> heightSet = new ArrayList<>();
        private final List<Short> heights = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private final List<org.apache.poi.ss.usermodel.CellStyle> styles = new ArrayList<>();
        private final String footer;
        private final int merges;

        HeadStage(XSSFSheet sheet, boolean repeated) {
            this.sheet = sheet;
            this.first = firstBodyRow(sheet);
            for (int r = sheet.getLastRowNum(); r >= first; r--) {
                XSSFRow row = sheet.getRow(r);
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
            for (int m = sheet.getNumMergedRegions() - 1; m >= 0; m--) {
                if (sheet.getMergedRegion(m).getFirstRow() >= first) {
                    sheet.removeMergedRegion(m);
                }
            }
            CTWorksheet own = sheet.getCTWorksheet();
            if (own.isSetLegacyDrawing()) {
                // the template's cell comments are the template engine's instructions (jx:…), not for the output: the
                // sheets written from it do not show them (the comment parts go with the template sheet)
                own.unsetLegacyDrawing();
            }
            if (own.isSetDrawing()) {
                // the empty drawing POI makes to hold those comments; a drawing with pictures or shapes stays, and is
                // refused when the sheet is written (a list's sheets do not carry parts of their own)
                org.apache.poi.xssf.usermodel.XSSFDrawing drawing = sheet.getDrawingPatriarch();
                if (drawing == null || drawing.getShapes().isEmpty()) {
                    own.unsetDrawing();
                }
            }
            if (repeated) {
                // as POI's setRepeatingRows leaves the page setup (usePrinterDefaults="false")
                sheet.getPrintSetup().setValidSettings(false);
            }
            for (int r = 0; r < first; r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                rows.add(row);
                heightSet.add(row.getCTRow().isSetHt());
                heights.add(row.getHeight());
                for (Cell c : row) {
                    cells.add(c);
                    texts.add(c.getCellType() == CellType.STRING && c.getStringCellValue().contains("${") ? c.getStringCellValue() : null);
                    styles.add(c.getCellStyle());
                }
            }
            footer = sheet.getFooter().getCenter();
            CTWorksheet ws = sheet.getCTWorksheet();
            merges = ws.isSetMergeCells() ? ws.getMergeCells().sizeOfMergeCellArray() : 0;
            breaks = ws.isSetRowBreaks() ? ws.getRowBreaks().sizeOfBrkArray() : -1;
            validations = ws.isSetDataValidations() ? ws.getDataValidations().sizeOfDataValidationArray() : -1;
        }

        /** How many page breaks and drop-downs the template sheet has (-1: none set). */
        private final int breaks;
        private final int validations;

        /** Columns widened for one output sheet's own numbers, and their widths in the template. */
        private final Map<Integer, Integer> templateWidths = new HashMap<>();

        /** Widens columns for the next output sheet's numbers ({@link #fitSheetNumbers}); {@link #reset} undoes it. */
        void widen(Map<Integer, Integer> widths) {
            widths.forEach((c, w) -> {
                templateWidths.putIfAbsent(c, sheet.getColumnWidth(c));
                sheet.setColumnWidth(c, w);
            });
        }

        /** The head as the template has it, without the last sheet's merges, page breaks and drop-downs. */
        void reset() {
            templateWidths.forEach(sheet::setColumnWidth);
            templateWidths.clear();
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (texts.get(i) != null) {
                    c.setCellValue(texts.get(i));
                }
                if (c.getCellStyle() != styles.get(i)) {
                    c.setCellStyle(styles.get(i));
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).setHeight(heightSet.get(i) ? heights.get(i) : (short) -1);
            }
            sheet.getFooter().setCenter(footer == null ? "" : footer);
            CTWorksheet ws = sheet.getCTWorksheet();
            if (ws.isSetMergeCells()) {
                CTMergeCells cellsOf = ws.getMergeCells();
                for (int m = cellsOf.sizeOfMergeCellArray() - 1; m >= merges; m--) {
                    cellsOf.removeMergeCell(m);
                }
                if (merges == 0) {
                    ws.unsetMergeCells();
                } else {
                    cellsOf.setCount(merges);
                }
            }
            if (ws.isSetRowBreaks()) {
                if (breaks < 0) {
                    ws.unsetRowBreaks();
                } else {
                    CTPageBreak pb = ws.getRowBreaks();
                    for (int b = pb.sizeOfBrkArray() - 1; b >= breaks; b--) {
                        pb.removeBrk(b);
                    }
                    pb.setCount(breaks);
                    pb.setManualBreakCount(breaks);
                }
            }
            if (ws.isSetDataValidations()) {
                if (validations < 0) {
                    ws.unsetDataValidations();
                } else {
                    org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations dv = ws.getDataValidations();
                    for (int v = dv.sizeOfDataValidationArray() - 1; v >= validations; v--) {
                        dv.removeDataValidation(v);
                    }
                    dv.setCount(validations);
                }
            }
        }
    }

    /** The zip entry of output sheet {@code k}: numbered after the template's sheets, as POI would number it. */
    private String sheetPart(int k) {
        return "xl/worksheets/sheet" + (firstPart + k) + ".xml";
    }

    /** The rows of a template sheet from the first body row on, by name. */
    private Map<String, Prototype> readPrototypes(XSSFSheet sheet) {
        return readRows.computeIfAbsent(sheet, this::readRowsOf);
    }

    private Map<String, Prototype> readRowsOf(XSSFSheet sheet) {
        Map<String, Prototype> out = new LinkedHashMap<>();
        int first = firstBodyRow(sheet);
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Prototype p = new Prototype(sheet, row);
            // a second row of the same root (a second list of the same items, jx:each rows one under another) is
            // named with its place: r, r#2, r#3
            String key = p.name;
            for (int k = 2; out.containsKey(key); k++) {
                key = p.name + "#" + k;
            }
            out.put(key, p);
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
    private void fillHead(XSSFSheet sheet, int first, Function<String, Object> values) {
        for (int r = 0; r < first; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("${")) {
                    set(c, resolve(c.getStringCellValue(), values));
                }
            }
            grow(sheet, row);
        }
    }

    /**
     * An output sheet, open for rows; the sheet opened before it must be finished ({@link ListSheet#finish}).
     *
     * @throws IllegalStateException when another sheet is still open, or the sheet was opened before
     */
    ListSheet sheet(String name) {
        if (open != null) {
            throw new IllegalStateException("工作表「" + open.name + "」还没有写完（finish），不能同时打开「" + name + "」");
        }
        Integer k = plannedAt.get(name);
        if (k == null) {
            throw new IllegalStateException("没有计划工作表「" + name + "」");
        }
        String part = sheetPart(k);
        if (!streamed.add(part)) {
            throw new IllegalStateException("工作表「" + name + "」已经写过");
        }
        try {
            XSSFSheet head = head(k);
            open = new ListSheet(name, head, stages.get(planned.get(k).prototype()), prototypesBySheet.get(planned.get(k).prototype()),
                    part, repeating.get(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return open;
    }

    /**
     * The workbook the sheets' heads are made in, for sheets built with POI (a 趋势 table) before {@link #start}: they are
     * written as POI writes them, after the sheets written row by row (a name one of those has is made unique).
     *
     * @throws IllegalStateException once the book has started
     */
    XSSFWorkbook workbook() {
        if (prototypesBySheet != null) {
            throw new IllegalStateException("工作簿已经开始写出，不能再加 POI 工作表");
        }
        return template;
    }

    /**
     * Writes the workbook to {@code out}: the sheets written row by row as they are (a planned sheet never opened gets
     * its head alone), the workbook part listing them before any sheet built with POI, every other part as POI writes
     * the template workbook.
     *
     * @throws IllegalStateException when a sheet is still open
     */
    void write(Path out) throws IOException {
        if (open != null) {
            throw new IllegalStateException("工作表「" + open.name + "」还没有写完（finish）");
        }
        for (Planned p : planned) {
            if (!streamed.contains(sheetPart(plannedAt.get(p.name())))) {
                sheet(p.name()).finish();
            }
        }
        // the template's own sheets go: the workbook POI writes has no sheet, the output's are added to its parts
        for (int i = prototypeIndex.size() - 1; i >= 0; i--) {
            template.removeSheetAt(template.getSheetIndex("模板" + i + "~"));
        }
        ByteArrayOutputStream rest = new ByteArrayOutputStream(1 << 16);
        template.write(rest);
        String relations = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rest.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                String text = switch (e.getName()) {
                    case "[Content_Types].xml" -> withSheetTypes(new String(bytes, StandardCharsets.UTF_8));
                    case "xl/_rels/workbook.xml.rels" -> relations = withSheetRelations(new String(bytes, StandardCharsets.UTF_8));
                    default -> null;
                };
                if (e.getName().equals("xl/workbook.xml")) {
                    // after the relations (POI writes them first): the sheets point to their relation ids
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(text != null ? text.getBytes(StandardCharsets.UTF_8) : bytes);
                zip.closeEntry();
            }
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rest.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("xl/workbook.xml")) {
                    if (relations == null) {
                        throw new IllegalStateException("工作簿中没有 xl/_rels/workbook.xml.rels");
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(withPrintTitles(withSheets(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        zip.close();
        zip = null;
        // copied, not moved: the output gets the permissions of a file the user creates, not the temporary file's
        try (OutputStream os = Files.newOutputStream(out)) {
            Files.copy(partFile, os);
        }
        Files.delete(partFile);
        partFile = null;
    }

    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String WORKSHEET_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    /** The relation id of each output sheet, in the order planned (made by {@link #withSheetRelations}). */
    private final List<String> sheetRelations = new ArrayList<>();

    /** The package's content types with an override for each output sheet (ECMA-376 part 2 §10.1.2.3). */
    private String withSheetTypes(String xml) {
        StringBuilder types = new StringBuilder();
        for (int k = 0; k < planned.size(); k++) {
            types.append("<Override ContentType=\"").append(WORKSHEET_TYPE).append("\" PartName=\"/").append(sheetPart(k))
                    .append("\"/>");
        }
        return insertBefore(xml, "</Types>", types);
    }

    /** The workbook's relations with one to each output sheet, numbered after the ids it has. */
    private String withSheetRelations(String xml) {
        int highest = 0;
        Matcher ids = Pattern.compile("Id=\"rId(\\d+)\"").matcher(xml);
        while (ids.find()) {
            highest = Math.max(highest, Integer.parseInt(ids.group(1)));
        }
        StringBuilder relations = new StringBuilder();
        sheetRelations.clear();
        for (int k = 0; k < planned.size(); k++) {
            String id = "rId" + (highest + 1 + k);
            sheetRelations.add(id);
            relations.append("<Relationship Id=\"").append(id).append("\" Target=\"")
                    .append(sheetPart(k).substring("xl/".length())).append("\" Type=\"").append(WORKSHEET_RELATION).append("\"/>");
        }
        return insertBefore(xml, "</Relationships>", relations);
    }

    /** The workbook part listing the output sheets, in the order planned (ECMA-376 part 1 §18.2.19). */
    private String withSheets(String xml) {
        // sheet ids after those of the sheets POI wrote (built with POI: a 趋势 table), if any
        int highest = prototypeIndex.size();
        Matcher ids = Pattern.compile("sheetId=\"(\\d+)\"").matcher(xml);
        while (ids.find()) {
            highest = Math.max(highest, Integer.parseInt(ids.group(1)));
        }
        StringBuilder sheets = new StringBuilder();
        for (int k = 0; k < planned.size(); k++) {
            sheets.append("<sheet name=\"").append(escapeXml(planned.get(k).name()).replace("\"", "&quot;"))
                    .append("\" r:id=\"").append(sheetRelations.get(k)).append("\" sheetId=\"")
                    .append(highest + 1 + k).append("\"/>");
        }
        Matcher empty = Pattern.compile("<sheets\\s*/>|<sheets>\\s*</sheets>").matcher(xml);
        if (empty.find()) {
            return xml.substring(0, empty.start()) + "<sheets>" + sheets + "</sheets>" + xml.substring(empty.end());
        }
        int open = xml.indexOf("<sheets>");
        if (open < 0) {
            throw new IllegalStateException("工作簿 XML 中没有 sheets（只认无前缀的 SpreadsheetML）");
        }
        // the output sheets first; the names POI scoped to its own sheets move along by as many
        String shifted = shiftLocalSheetIds(xml, planned.size());
        open = shifted.indexOf("<sheets>") + "<sheets>".length();
        return shifted.substring(0, open) + sheets + shifted.substring(open);
    }

    /** The workbook part with every name's {@code localSheetId} (a sheet's place) raised by {@code by}. */
    private static String shiftLocalSheetIds(String xml, int by) {
        Matcher m = Pattern.compile("localSheetId=\"(\\d+)\"").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "localSheetId=\"" + (Integer.parseInt(m.group(1)) + by) + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String insertBefore(String xml, String end, CharSequence what) {
        int at = xml.lastIndexOf(end);
        if (at < 0) {
            throw new IllegalStateException("找不到 " + end);
        }
        return xml.substring(0, at) + what + xml.substring(at);
    }

    /**
     * The workbook part with each output sheet's print titles (<code>_xlnm.Print_Titles</code>, ECMA-376 part 1
     * §18.2.5) added after the names it has, as POI writes them: {@code '村 名'!$1:$3}, scoped to the sheet's index.
     */
    private String withPrintTitles(String xml) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < planned.size(); i++) {
            String name = planned.get(i).name();
            CellRangeAddress rows = repeating.get(name);
            if (rows == null) {
                continue;
            }
            String formula = org.apache.poi.ss.formula.SheetNameFormatter.format(name) + "!$" + (rows.getFirstRow() + 1) + ":$"
                    + (rows.getLastRow() + 1);
            names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                    .append(escapeXml(formula)).append("</definedName>");
        }
        if (names.length() == 0) {
            return xml;
        }
        int end = xml.indexOf("</definedNames>");
        if (end >= 0) {
            return xml.substring(0, end) + names + xml.substring(end);
        }
        int sheets = xml.indexOf("</sheets>");
        if (sheets < 0) {
            throw new IllegalStateException("工作簿 XML 中没有 sheets（只认无前缀的 SpreadsheetML）");
        }
        int after = sheets + "</sheets>".length();
        // the names follow the sheets, or the function groups and external references when a workbook has them
        for (String before : List.of("</functionGroups>", "</externalReferences>")) {
            int at = xml.indexOf(before);
            if (at > after) {
                after = at + before.length();
            }
        }
        return xml.substring(0, after) + "<definedNames>" + names + "</definedNames>" + xml.substring(after);
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
        try {
            if (zip != null) {
                zip.close();
            }
        } finally {
            if (partFile != null) {
                Files.deleteIfExists(partFile);
            }
            template.close();
        }
    }

    /** The XML of a worksheet part as POI writes it (its own, protected writer: the rows' cells put in order first). */
    private static String xml(XSSFSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        try {
            java.lang.reflect.Method write = XSSFSheet.class.getDeclaredMethod("write", OutputStream.class);
            write.setAccessible(true);
            write.invoke(sheet, out);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("POI 的工作表写出方法不可用（POI 版本不符？）", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final Pattern SHEET_DATA_END = Pattern.compile("<sheetData\\s*/>|</sheetData>");

    /** Where the rows end in a worksheet's XML: the start of {@code </sheetData>} (or of an empty {@code <sheetData/>}). */
    private static Matcher rowsEnd(String xml) {
        Matcher m = SHEET_DATA_END.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("工作表 XML 中没有 sheetData（只认无前缀的 SpreadsheetML）");
        }
        return m;
    }

    /** A template row: per column the style and what goes in (a literal, or placeholders), the merges in it. */
    private final class Prototype {
        final String name;
        final float height;
        final XSSFCellStyle[] styles;
        /** Per cell, the shown texts of numbers met so far (a list's numbers repeat: amounts, years). */
        final List<Map<Number, String>> shownNumbers = new ArrayList<>();
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
        /** The keys of the placeholders, each once, in the order met; per cell the number of its key (or -1). */
        final String[] keyList;
        final int[] keyNumbers;
        final Map<String, Integer> keyIndex = new LinkedHashMap<>();
        /** Per cell: whether the style shows a whole number as its digits (general or "0"). */
        final boolean[] plainWhole;
        /** Per cell, the number written last, how it showed and its text in the file (a list's amounts repeat). */
        final Number[] lastNumber;
        final String[] lastShown;
        final String[] lastPlain;

        Prototype(XSSFSheet sheet, XSSFRow row) {
            int last = Math.max(0, row.getLastCellNum());
            styles = new XSSFCellStyle[last];
            texts = new String[last];
            keys = new String[last];
            sizes = new double[last];
            wraps = new boolean[last];
            lastColumns = new int[last];
            for (int c = 0; c < last; c++) {
                shownNumbers.add(new HashMap<>());
            }
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
                Matcher g = GROUP.matcher(texts[c]);
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
            keyNumbers = new int[last];
            plainWhole = new boolean[last];
            lastNumber = new Number[last];
            lastShown = new String[last];
            lastPlain = new String[last];
            for (int c = 0; c < last; c++) {
                keyNumbers[c] = -1;
                if (texts[c] != null) {
                    Matcher all = PLACEHOLDER.matcher(texts[c]);
                    while (all.find()) {
                        keyIndex.putIfAbsent(all.group(1), keyIndex.size());
                    }
                    if (keys[c] != null) {
                        keyNumbers[c] = keyIndex.get(keys[c]);
                    }
                }
                if (styles[c] != null) {
                    String format = styles[c].getDataFormatString();
                    plainWhole[c] = styles[c].getDataFormat() == 0 || "General".equals(format) || "0".equals(format);
                }
            }
            keyList = keyIndex.keySet().toArray(new String[0]);
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

    /** The characters of {@code v} written out (with its minus sign). */
    private static int digits(long v) {
        int n = v < 0 ? 2 : 1;
        for (long rest = Math.abs(v); rest >= 10; rest /= 10) {
            n++;
        }
        return n;
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

    /** How a number shows in a cell of {@code style} (its number format). */
    private String shownNumber(Number value, XSSFCellStyle style) {
        boolean whole = value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal b && b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(BigDecimal.TEN.pow(15)) < 0;
        String format = style.getDataFormatString();
        if (whole && Math.abs(value.longValue()) < 10_000_000_000L && (style.getDataFormat() == 0 || "General".equals(format) || "0".equals(format))) {
            // what the general and "0" formats show for a whole number of up to 10 digits: its digits
            return Long.toString(value.longValue());
        }
        return formatter.formatRawCellContents(value.doubleValue(), style.getDataFormat(), style.getDataFormatString());
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
        double width = -Paper.CELL_PADDING;
        for (int c = cell.getColumnIndex(); c <= lastColumn; c++) {
            width += Paper.columnPoints(sheet.getColumnWidth(c));
        }
        width = room(width);
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        double size = style.getFont().getFontHeightInPoints();
        int lines;
        if (style.getWrapText()) {
            lines = Paper.lines(text, width, size);
        } else if (!text.contains("\n") && Paper.textPoints(text, size) <= width) {
            lines = 1;
        } else {
            cell.setCellStyle(wrapping(style));
            lines = Paper.lines(text, width, size);
        }
        return (float) Paper.rowHeight(lines, size);
    }

    /**
     * Lays the sheets out as {@link PaperFit} laid out a workbook the template engine filled, for workbooks that were
     * made so before they were written row by row, so that they print as they did: texts are measured against the
     * whole inner width of their cells instead of keeping a twentieth to spare (rows keep their heights: an
     * 18-character ID or a 20-digit ticket sized to its column stays on one line); pages are broken by the printing
     * program, not here, and the footer keeps {@code &N} unless the sheet surely prints on one page
     * ({@link PaperFit#pageTotal}).
     *
     * @return this
     */
    ListBook asPaperFit() {
        this.paperFit = true;
        return this;
    }

    /** Whether the sheets are laid out as {@link PaperFit} does ({@link #asPaperFit}). */
    private boolean paperFit;

    /** The width a text may take in a cell {@code width} points wide inside its padding. */
    private double room(double width) {
        // a twentieth to spare: a line that only just fits is taken as not fitting (viewers measure fonts a little
        // differently; a row one line too tall costs nothing, one line too short clips the text)
        return paperFit ? width : (width - 1) * 0.95;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer>[] newMaps(int n) {
        Map<String, Integer>[] maps = new Map[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new HashMap<>();
        }
        return maps;
    }

    /** The style of {@code style} with wrapping on (made once per style). */
    private XSSFCellStyle wrapping(XSSFCellStyle style) {
        return wrapped.computeIfAbsent((int) style.getIndex(), i -> {
            XSSFCellStyle w = template.createCellStyle();
            w.cloneStyleFrom(style);
            w.setWrapText(true);
            return w;
        });
    }

    /** One output sheet being written: rows go below its head, pages break where the next row would not fit. */
    final class ListSheet {
        private final String name;
        private final XSSFSheet head;
        private final HeadStage stage;
        private final SheetRowsWriter rows;
        private final List<Integer> breaks = new ArrayList<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private final Map<String, Prototype> prototypes;
        private final double pageBody;
        private int next;
        private double used;
        private int pages = 1;
        /** The heights of the rows written so far, in points. */
        private double written;
        private final double[] columnPoints;

        private ListSheet(String name, XSSFSheet head, HeadStage stage, Map<String, Prototype> prototypes, String part,
                          CellRangeAddress rr) throws IOException {
            this.name = name;
            this.head = head;
            this.stage = stage;
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
            String xml = xml(head);
            if (xml.contains(" r:id=\"")) {
                // the sheet's own parts (pictures, links to files) are not carried into a list's sheets
                throw new IOException("模板 " + templateLabel + " 的工作表含图片、超链接等附件，名单不支持；请在模板中删去后再用"
                        + "（输出工作表「" + name + "」）");
            }
            Matcher end = rowsEnd(xml);
            zip.putNextEntry(new ZipEntry(part));
            String before = xml.substring(0, end.start()) + (end.group().startsWith("</") ? "" : "<sheetData>");
            zip.write(before.getBytes(StandardCharsets.UTF_8));
            this.rows = new SheetRowsWriter(zip);
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

        /** The names of the sheet's prototype rows, in the template's order. */
        List<String> prototypeNames() {
            return List.copyOf(prototypes.keySet());
        }

        /** Writes a row of prototype {@code name} with {@code values} for its placeholders. */
        void row(String name, Function<String, Object> values) {
            Prototype p = prototypes.get(name);
            if (p != null) {
                write(p, values, null);
            }
        }

        /**
         * The keys of prototype {@code name}'s placeholders, each once, in the order met (<code>${r.seq}</code> →
         * {@code r.seq}): {@link #rowOfKeys} asks the value of key {@code i} of this list by its number. Empty when the
         * sheet has no such prototype.
         */
        List<String> keys(String name) {
            Prototype p = prototypes.get(name);
            return p == null ? List.of() : List.of(p.keyList);
        }

        /**
         * As {@link #row(String, Function)}, the value of a placeholder asked by the number of its key in
         * {@link #keys} (for lists of a million rows: no look-up by text per cell).
         */
        void rowOfKeys(String name, java.util.function.IntFunction<Object> values) {
            Prototype p = prototypes.get(name);
            if (p != null) {
                write(p, null, values);
            }
        }

        private Object[] cellValues = new Object[0];
        private int[] styleIndexes = new int[0];
        /** Per prototype, per cell: the width of the cell (merged range) less padding, and the room for text in it. */
        private final Map<Prototype, double[][]> room = new HashMap<>();

        private void write(Prototype p, Function<String, Object> byName, java.util.function.IntFunction<Object> byNumber) {
            int n = p.styles.length;
            if (cellValues.length < n) {
                cellValues = new Object[n];
                styleIndexes = new int[n];
            }
            Object[] cellValues = this.cellValues;
            int[] styleIndexes = this.styleIndexes;
            double[][] widths = room.computeIfAbsent(p, this::widths);
            float height = p.height;
            for (int c = 0; c < n; c++) {
                cellValues[c] = null;
                if (p.styles[c] == null) {
                    continue;
                }
                XSSFCellStyle style = p.styles[c];
                String text = p.texts[c];
                Object value;
                if (text == null || text.isEmpty()) {
                    value = null;
                } else if (p.keys[c] != null) {
                    value = byNumber != null ? byNumber.apply(p.keyNumbers[c]) : byName.apply(p.keys[c]);
                } else if (text.contains("${")) {
                    value = resolve(text, byNumber != null ? k -> {
                        Integer at = p.keyIndex.get(k);
                        return at == null ? null : byNumber.apply(at);
                    } : byName);
                } else {
                    value = text;
                }
                String shown = null;
                double size = p.sizes[c];
                if (value instanceof Number number) {
                    cellValues[c] = number;
                    long whole = number instanceof Integer || number instanceof Long ? number.longValue() : 0;
                    if ((number instanceof Integer || number instanceof Long) && p.plainWhole[c]
                            && whole > -10_000_000_000L && whole < 10_000_000_000L) {
                        // a whole number in a general or "0" cell shows its digits: their count is its width, and a
                        // number whose digits fit takes one line (the text is made only when it may not fit)
                        height = Math.max(height, (float) Paper.rowHeight(1, size));
                        if (digits(whole) * size > widths[1][c]) {
                            shown = Long.toString(whole);
                        }
                    } else if (number.equals(p.lastNumber[c])) {
                        shown = p.lastShown[c];
                        cellValues[c] = p.lastNumber[c];
                    } else {
                        XSSFCellStyle numberStyle = style;
                        Map<Number, String> known = p.shownNumbers.get(c);
                        // remembered per cell: a list's numbers repeat (amounts, years, a rank's change in its own format)
                        shown = known.size() < 4096 ? known.computeIfAbsent(number, v -> shownNumber(v, numberStyle))
                                : shownNumber(number, style);
                        p.lastNumber[c] = number;
                        p.lastShown[c] = shown;
                        p.lastPlain[c] = null;
                    }
                } else if (value != null) {
                    String s = value instanceof Boolean b ? (b ? "是" : "否") : LongText.fit(value.toString());
                    if (!s.isEmpty()) {
                        cellValues[c] = s;
                        shown = s;
                    }
                }
                if (shown != null) {
                    double width = widths[0][c];
                    height = Math.max(height, (float) Paper.rowHeight(1, size));
                    boolean breaks = shown.indexOf('\n') >= 0;
                    // no character is wider than 1 em: a text whose length in ems fits the room takes one line
                    if (breaks || shown.length() * size > widths[1][c]) {
                        double points = breaks ? 0 : Paper.textPoints(shown, size);
                        if (p.wraps[c] || points > width || breaks) {
                            // a twentieth to spare, as for the head (see need); a single line that fits takes one line
                            double room = widths[1][c];
                            int lines;
                            if (p.wraps[c]) {
                                lines = !breaks && points <= Math.max(room, size) ? 1 : lines(p, c, shown, room, size);
                            } else if (!breaks && points <= room) {
                                lines = 1;
                            } else {
                                style = wrapping(style);
                                lines = lines(p, c, shown, room, size);
                            }
                            height = Math.max(height, (float) Paper.rowHeight(lines, size));
                        }
                    }
                }
                styleIndexes[c] = style.getIndex();
            }
            try {
                rows.startRow(next, height);
                for (int c = 0; c < n; c++) {
                    if (p.styles[c] == null) {
                        continue;
                    }
                    Object v = cellValues[c];
                    if (v == null) {
                        rows.blank(c, styleIndexes[c]);
                    } else if (v instanceof Number number) {
                        if (number instanceof Integer || number instanceof Long) {
                            rows.number(c, styleIndexes[c], number.longValue());
                        } else if (number == p.lastNumber[c]) {
                            if (p.lastPlain[c] == null) {
                                p.lastPlain[c] = SheetRowsWriter.plain(number);
                            }
                            rows.numberText(c, styleIndexes[c], p.lastPlain[c]);
                        } else {
                            rows.number(c, styleIndexes[c], number);
                        }
                    } else {
                        rows.text(c, styleIndexes[c], (String) v);
                    }
                }
                rows.endRow();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (CellRangeAddress m : p.merges) {
                merges.add(new CellRangeAddress(next, next, m.getFirstColumn(), m.getLastColumn()));
            }
            written += height;
            if (used + height > pageBody && used > 0 && !paperFit) {
                breaks.add(next - 1);
                pages++;
                used = 0;
            }
            used += height;
            next++;
        }

        /** Per cell of {@code p}: [0] its width (merged range) less padding, [1] the room for text (a twentieth spare). */
        private double[][] widths(Prototype p) {
            int n = p.styles.length;
            double[][] out = new double[2][n];
            for (int c = 0; c < n; c++) {
                double width = -Paper.CELL_PADDING;
                for (int k = c; k <= p.lastColumns[c] && k < columnPoints.length; k++) {
                    width += columnPoints[k];
                }
                out[0][c] = width;
                out[1][c] = room(width);
            }
            return out;
        }

        /** {@link Paper#lines}, remembered per cell of a prototype for texts that repeat (dates, places, file names). */
        private int lines(Prototype p, int c, String text, double room, double size) {
            Map<String, Integer>[] known = lineCounts.computeIfAbsent(p, k -> newMaps(k.styles.length));
            Map<String, Integer> cell = known[c];
            Integer lines = cell.get(text);
            if (lines == null) {
                lines = Paper.lines(text, room, size);
                if (cell.size() < 4096) {
                    cell.put(text, lines);
                }
            }
            return lines;
        }

        private final Map<Prototype, Map<String, Integer>[]> lineCounts = new HashMap<>();

        /** Ends the page here (the next row starts a new one). */
        void pageBreak() {
            if (used > 0 && next > 0) {
                breaks.add(next - 1);
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
            org.apache.poi.ss.usermodel.DataValidationHelper helper = head.getDataValidationHelper();
            org.apache.poi.ss.usermodel.DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(values.toArray(new String[0])),
                    new org.apache.poi.ss.util.CellRangeAddressList(headerRow + 1, next - 1, column, column));
            v.setShowErrorBox(false);
            v.setSuppressDropDownArrow(true);
            v.createPromptBox(header, prompt);
            v.setShowPromptBox(true);
            head.addValidationData(v);
        }

        /** Ends the sheet: the footer counts its own pages; the merges and page breaks of its rows are written. */
        void finish() {
            if (!paperFit) {
                head.getFooter().setCenter(Paper.FOOTER.replace("&N", Integer.toString(pages)));
            } else if (Paper.FOOTER.equals(head.getFooter().getCenter())
                    || PaperFit.ONE_PAGE_FOOTER.equals(head.getFooter().getCenter())) {
                // PaperFit.pageTotal's rule, over the head's rows and the heights of the rows written
                CellRangeAddress repeated = head.getRepeatingRows();
                double title = repeated == null ? 0 : PaperFit.rowsHeight(head, repeated.getFirstRow(), repeated.getLastRow() + 1);
                double all = PaperFit.rowsHeight(head, 0, head.getLastRowNum() + 1) + written;
                boolean one = head.getPrintSetup().getFitHeight() == 1
                        || all <= (PaperFit.pageBody(head, columnPoints.length - 1) + title) * 0.98;
                head.getFooter().setCenter(one ? PaperFit.ONE_PAGE_FOOTER : Paper.FOOTER);
            }
            CTWorksheet ws = head.getCTWorksheet();
            if (!merges.isEmpty()) {
                CTMergeCells cells = ws.isSetMergeCells() ? ws.getMergeCells() : ws.addNewMergeCells();
                for (CellRangeAddress m : merges) {
                    cells.addNewMergeCell().setRef(m.formatAsString());
                }
                cells.setCount(cells.sizeOfMergeCellArray());
            }
            if (!breaks.isEmpty()) {
                CTPageBreak pb = ws.isSetRowBreaks() ? ws.getRowBreaks() : ws.addNewRowBreaks();
                for (int row : breaks) {
                    CTBreak b = pb.addNewBrk();
                    b.setId(row + 1); // the break's id is the first row of the next page, as POI writes it
                    b.setMax(org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastColumnIndex());
                    b.setMan(true);
                }
                pb.setCount(pb.sizeOfBrkArray());
                pb.setManualBreakCount(pb.sizeOfBrkArray());
            }
            try {
                rows.flush();
                String xml = xml(head);
                Matcher end = rowsEnd(xml);
                zip.write(("</sheetData>" + xml.substring(end.end())).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // the next sheet's head starts from the template's
            stage.reset();
            open = null;
        }
    }
}

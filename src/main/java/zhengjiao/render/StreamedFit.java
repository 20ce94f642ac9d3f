package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * {@link PaperFit} for a workbook the template engine streamed to disk (more rows than
 * {@link PeopleReports#STREAMING_ROWS}), which cannot be re-opened in memory: the file's sheets are read twice as XML,
 * row by row, and rewritten with the same rules. Every number too wide for its column widens the column (the
 * {@code <cols>} of the sheet), every text wider than its cell or merged range is switched to a wrapping copy of its
 * style (added to xl/styles.xml), every row grows to the lines its texts take ({@link Paper#lines},
 * {@link Paper#rowHeight}), and a sheet whose table became too wide for portrait prints landscape. Every other part of
 * the file is copied unchanged. Memory: the styles, the shared strings (the template's own rows only; streamed rows
 * are written inline), the merged ranges, one row's cells and one float per row.
 */
final class StreamedFit {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet[0-9]+\\.xml");
    private static final String STYLES = "xl/styles.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final XMLInputFactory IN = XMLInputFactory.newFactory();
    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    static {
        IN.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        IN.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final StylesTable styles;
    private final List<String> strings;
    private final Map<Integer, Integer> wrapped = new HashMap<>();
    /** Per style index: font size (points), whether it wraps, its number format; looked up once. */
    private final Map<Integer, Double> sizes = new HashMap<>();
    private final Map<Integer, Boolean> wraps = new HashMap<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final Map<Integer, Short> formatIds = new HashMap<>();

    private StreamedFit(StylesTable styles, List<String> strings) {
        this.styles = styles;
        this.strings = strings;
    }

    /**
     * Fits the streamed workbook {@code file} in place.
     *
     * @throws IOException when the file cannot be read or written, or is not the workbook the engine writes
     */
    static void file(Path file) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".fit-", ".xlsx");
        try {
            try (ZipFile zip = new ZipFile(file.toFile());
                 ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                ZipEntry stylesEntry = zip.getEntry(STYLES);
                if (stylesEntry == null) {
                    throw new IOException(file.getFileName() + " 没有 " + STYLES);
                }
                StylesTable styles;
                try (InputStream in = zip.getInputStream(stylesEntry)) {
                    styles = new StylesTable(in);
                }
                ZipEntry sst = zip.getEntry(STRINGS);
                List<String> strings = List.of();
                if (sst != null) {
                    try (InputStream in = zip.getInputStream(sst)) {
                        strings = sharedStrings(in);
                    }
                }
                StreamedFit fit = new StreamedFit(styles, strings);
                for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                    ZipEntry e = it.next();
                    if (e.getName().equals(STYLES)) {
                        continue; // written last, with the wrapping styles the sheets asked for
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (SHEET.matcher(e.getName()).matches()) {
                        Sheet sheet = new Sheet();
                        try (InputStream in = zip.getInputStream(e)) {
                            merges(new java.io.BufferedInputStream(in, 1 << 16), sheet);
                        }
                        try (InputStream in = zip.getInputStream(e)) {
                            fit.measure(new java.io.BufferedInputStream(in, 1 << 16), sheet);
                        }
                        try (InputStream in = zip.getInputStream(e)) {
                            fit.rewrite(new java.io.BufferedInputStream(in, 1 << 16), out, sheet);
                        }
                    } else {
                        try (InputStream in = zip.getInputStream(e)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
                out.putNextEntry(new ZipEntry(STYLES));
                styles.writeTo(out);
                out.closeEntry();
            } catch (XMLStreamException | RuntimeException e) {
                throw new IOException("整理 " + file.getFileName() + " 的打印版式失败：" + e.getMessage(), e);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The texts of xl/sharedStrings.xml in order, phonetic runs left out. */
    private static List<String> sharedStrings(InputStream in) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLEventReader xml = IN.createXMLEventReader(in);
        StringBuilder text = null;
        int phonetic = 0;
        boolean inT = false;
        while (xml.hasNext()) {
            XMLEvent ev = xml.nextEvent();
            if (ev.isStartElement()) {
                String n = ev.asStartElement().getName().getLocalPart();
                if (n.equals("si")) {
                    text = new StringBuilder();
                } else if (n.equals("rPh")) {
                    phonetic++;
                } else if (n.equals("t")) {
                    inT = true;
                }
            } else if (ev.isEndElement()) {
                String n = ev.asEndElement().getName().getLocalPart();
                if (n.equals("si")) {
                    out.add(text.toString());
                    text = null;
                } else if (n.equals("rPh")) {
                    phonetic--;
                } else if (n.equals("t")) {
                    inT = false;
                }
            } else if (ev.isCharacters() && inT && phonetic == 0 && text != null) {
                text.append(ev.asCharacters().getData());
            }
        }
        return out;
    }

    /** What the first reading of a sheet learns. */
    private static final class Sheet {
        /** Column widths in 1/256 characters, by 0-based column; those of {@code <cols>} and the widened ones. */
        final TreeMap<Integer, Integer> widths = new TreeMap<>();
        /** The {@code <col>} elements as read. */
        final List<StartElement> cols = new ArrayList<>();
        int baseWidth = 8 * 256;
        double defaultHeight = 15;
        /** Merged ranges: {first row, last row, first column, last column}, 0-based. */
        final List<int[]> merges = new ArrayList<>();
        /** The top-left cell of each merged range ("row:column") and every other cell of one. */
        final Map<Long, int[]> mergedAt = new HashMap<>();
        float[] heights = new float[1024];
        int lastColumn;
        double smallest = 11;
        double left = 0.7;
        double right = 0.7;

        int width(int column) {
            return widths.getOrDefault(column, baseWidth);
        }

        double rowHeight(int row) {
            return row < heights.length && heights[row] > 0 ? heights[row] : defaultHeight;
        }

        void height(int row, float h) {
            if (row >= heights.length) {
                heights = Arrays.copyOf(heights, Math.max(row + 1, heights.length * 2));
            }
            heights[row] = h;
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** One cell as read: its column (0-based), style index and value. */
    private record Cell(int column, int style, String type, String value, boolean formula) {
    }

    /** First reading: only the merged ranges, which come after the rows (the cursor API, without building events). */
    private static void merges(InputStream in, Sheet sheet) throws XMLStreamException {
        javax.xml.stream.XMLStreamReader xml = IN.createXMLStreamReader(in);
        while (xml.hasNext()) {
            if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                String ref = xml.getAttributeValue(null, "ref");
                if (ref == null) {
                    continue;
                }
                int[] m = range(ref);
                sheet.merges.add(m);
                sheet.lastColumn = Math.max(sheet.lastColumn, m[3]);
                for (int r = m[0]; r <= m[1]; r++) {
                    for (int c = m[2]; c <= m[3] && c - m[2] < 1024; c++) {
                        sheet.mergedAt.put(key(r, c), m);
                    }
                }
            }
        }
        xml.close();
    }

    /** Second reading: widths, row heights, the numbers each column must hold, margins. */
    private void measure(InputStream in, Sheet sheet) throws XMLStreamException {
        XMLEventReader xml = IN.createXMLEventReader(in);
        Map<Integer, Double> numberNeed = new HashMap<>();
        int row = -1;
        while (xml.hasNext()) {
            XMLEvent ev = xml.nextEvent();
            if (!ev.isStartElement()) {
                continue;
            }
            StartElement s = ev.asStartElement();
            switch (s.getName().getLocalPart()) {
                case "sheetFormatPr" -> {
                    String h = attr(s, "defaultRowHeight");
                    if (h != null) {
                        sheet.defaultHeight = Double.parseDouble(h);
                    }
                    String b = attr(s, "baseColWidth");
                    if (b != null) {
                        sheet.baseWidth = (int) (Double.parseDouble(b) * 256);
                    }
                }
                case "col" -> {
                    sheet.cols.add(s);
                    String w = attr(s, "width");
                    if (w != null) {
                        int min = Integer.parseInt(attr(s, "min"));
                        int max = Math.min(Integer.parseInt(attr(s, "max")), 16384);
                        for (int c = min; c <= max && c - min < 1024; c++) {
                            sheet.widths.put(c - 1, (int) (Double.parseDouble(w) * 256));
                        }
                    }
                }
                case "row" -> {
                    row = Integer.parseInt(attr(s, "r")) - 1;
                    String ht = attr(s, "ht");
                    if (ht != null) {
                        sheet.height(row, Float.parseFloat(ht));
                    }
                }
                case "c" -> {
                    Cell cell = cell(xml, s);
                    sheet.lastColumn = Math.max(sheet.lastColumn, cell.column);
                    if (cell.value != null) {
                        sheet.smallest = Math.min(sheet.smallest, size(cell.style));
                        if (cell.type.equals("n") && !sheet.mergedAt.containsKey(key(row, cell.column))) {
                            numberNeed.merge(cell.column, Paper.textPoints(text(cell), size(cell.style))
                                    + Paper.CELL_PADDING, Math::max);
                        }
                    }
                }
                case "pageMargins" -> {
                    String l = attr(s, "left");
                    String r = attr(s, "right");
                    sheet.left = l == null ? sheet.left : Double.parseDouble(l);
                    sheet.right = r == null ? sheet.right : Double.parseDouble(r);
                }
                default -> {
                }
            }
        }
        numberNeed.forEach((c, need) -> {
            if (Paper.columnPoints(sheet.width(c)) < need) {
                sheet.widths.put(c, Paper.columnWidth(need) + 64);
            }
        });
    }

    /** Third reading: the sheet written out with its widths, row heights, wrapping styles and orientation. */
    private void rewrite(InputStream in, OutputStream out, Sheet sheet) throws XMLStreamException, IOException {
        XMLEventReader xml = IN.createXMLEventReader(in);
        // buffered: the writer hands over a few bytes at a time, and the zip would deflate each piece on its own
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(new NonClosing(out), 1 << 16);
        XMLEventWriter w = OUT.createXMLEventWriter(buffered, "UTF-8");
        List<XMLEvent> rowEvents = new ArrayList<>();
        boolean inRow = false;
        boolean inCols = false;
        while (xml.hasNext()) {
            XMLEvent ev = xml.nextEvent();
            if (inCols) {
                if (ev.isEndElement() && ev.asEndElement().getName().getLocalPart().equals("cols")) {
                    writeCols(w, sheet, ev.asEndElement().getName());
                    w.add(ev);
                    inCols = false;
                }
                continue;
            }
            if (inRow) {
                rowEvents.add(ev);
                if (ev.isEndElement() && ev.asEndElement().getName().getLocalPart().equals("row")) {
                    writeRow(w, rowEvents, sheet);
                    rowEvents.clear();
                    inRow = false;
                }
                continue;
            }
            if (ev.isStartElement()) {
                StartElement s = ev.asStartElement();
                String n = s.getName().getLocalPart();
                if (n.equals("row")) {
                    rowEvents.add(ev);
                    inRow = true;
                    continue;
                }
                if (n.equals("cols")) {
                    w.add(ev);
                    inCols = true;
                    continue;
                }
                if (n.equals("sheetData") && sheet.cols.isEmpty() && !sheet.widths.isEmpty()) {
                    // no <cols> in the sheet but a column widened: they go before the data
                    QName cols = new QName(s.getName().getNamespaceURI(), "cols", s.getName().getPrefix());
                    w.add(EVENTS.createStartElement(cols, null, null));
                    writeCols(w, sheet, cols);
                    w.add(EVENTS.createEndElement(cols, null));
                }
                if (n.equals("pageSetup")) {
                    ev = orientation(s, sheet);
                }
            }
            w.add(ev);
        }
        w.flush();
        w.close();
        buffered.flush();
    }

    /** Whether the table, at its final widths, prints landscape ({@link PaperFit#print}). */
    private StartElement orientation(StartElement s, Sheet sheet) {
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c <= sheet.lastColumn; c++) {
            widths.add(Paper.columnPoints(sheet.width(c)));
        }
        boolean landscape = PaperFit.landscape(widths, sheet.smallest, sheet.left, sheet.right);
        return with(s, Map.of("orientation", landscape ? "landscape" : "portrait"));
    }

    /** The {@code <col>} elements: those read, split where a column widened, and one for each widened column not in them. */
    private void writeCols(XMLEventWriter w, Sheet sheet, QName cols) throws XMLStreamException {
        QName col = new QName(cols.getNamespaceURI(), "col", cols.getPrefix());
        TreeMap<Integer, StartElement> out = new TreeMap<>();
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        for (StartElement c : sheet.cols) {
            int min = Integer.parseInt(attr(c, "min"));
            int max = Integer.parseInt(attr(c, "max"));
            int from = min;
            for (int x = min; x <= max && x - min < 1024; x++) {
                covered.add(x - 1);
                String read = attr(c, "width");
                int width = sheet.width(x - 1);
                if (read == null || (int) (Double.parseDouble(read) * 256) != width) {
                    if (x > from) {
                        out.put(from, with(c, Map.of("min", "" + from, "max", "" + (x - 1))));
                    }
                    out.put(x, with(c, Map.of("min", "" + x, "max", "" + x, "width", "" + width / 256.0, "customWidth", "1")));
                    from = x + 1;
                }
            }
            if (from <= max) {
                out.put(from, with(c, Map.of("min", "" + from, "max", "" + max)));
            }
        }
        for (Map.Entry<Integer, Integer> e : sheet.widths.entrySet()) {
            if (!covered.contains(e.getKey())) {
                int x = e.getKey() + 1;
                List<Attribute> a = List.of(EVENTS.createAttribute("min", "" + x), EVENTS.createAttribute("max", "" + x),
                        EVENTS.createAttribute("width", "" + e.getValue() / 256.0), EVENTS.createAttribute("customWidth", "1"));
                out.put(x, EVENTS.createStartElement(col, a.iterator(), null));
            }
        }
        for (StartElement c : out.values()) {
            w.add(c);
            w.add(EVENTS.createEndElement(col, null));
        }
    }

    /** One row: its cells measured, texts too wide given a wrapping style, the row as high as its tallest cell needs. */
    private void writeRow(XMLEventWriter w, List<XMLEvent> events, Sheet sheet) throws XMLStreamException {
        StartElement rowStart = events.get(0).asStartElement();
        int row = Integer.parseInt(attr(rowStart, "r")) - 1;
        double have = sheet.rowHeight(row);
        double height = 0;
        Map<Integer, Integer> restyle = new HashMap<>();
        for (int i = 1; i < events.size(); i++) {
            XMLEvent ev = events.get(i);
            if (!ev.isStartElement() || !ev.asStartElement().getName().getLocalPart().equals("c")) {
                continue;
            }
            int end = i + 1;
            while (!(events.get(end).isEndElement() && events.get(end).asEndElement().getName().getLocalPart().equals("c"))) {
                end++;
            }
            Cell cell = cell(events.subList(i, end + 1).iterator(), ev.asStartElement());
            i = end;
            String text = text(cell);
            if (text.isEmpty()) {
                continue;
            }
            int[] m = sheet.mergedAt.get(key(row, cell.column));
            if (m != null && (m[0] != row || m[2] != cell.column)) {
                continue;
            }
            int first = m == null ? cell.column : m[2];
            int last = m == null ? cell.column : m[3];
            double width = -Paper.CELL_PADDING;
            for (int c = first; c <= last; c++) {
                width += Paper.columnPoints(sheet.width(c));
            }
            double size = size(cell.style);
            int lines;
            if (wraps.computeIfAbsent(cell.style, x -> styles.getStyleAt(x).getWrapText())) {
                lines = Paper.lines(text, width, size);
            } else if (Paper.widestLine(text, size) <= width && !text.contains("\n")) {
                lines = 1;
            } else {
                restyle.put(cell.column, wrap(cell.style));
                lines = Paper.lines(text, width, size);
            }
            double need = Paper.rowHeight(lines, size);
            if (m != null && m[1] > m[0]) {
                double all = 0;
                for (int r = m[0]; r <= m[1]; r++) {
                    all += sheet.rowHeight(r);
                }
                need = have + Math.max(0, need - all);
            }
            height = Math.max(height, need);
        }
        if (height > 0 && have < height) {
            w.add(with(rowStart, Map.of("ht", Float.toString((float) height), "customHeight", "1")));
        } else {
            w.add(rowStart);
        }
        for (int i = 1; i < events.size(); i++) {
            XMLEvent ev = events.get(i);
            if (!restyle.isEmpty() && ev.isStartElement() && ev.asStartElement().getName().getLocalPart().equals("c")) {
                StartElement c = ev.asStartElement();
                Integer style = restyle.get(column(attr(c, "r")));
                if (style != null) {
                    ev = with(c, Map.of("s", style.toString()));
                }
            }
            w.add(ev);
        }
    }

    /** The index of a wrapping copy of style {@code index}, made once. */
    private int wrap(int index) {
        return wrapped.computeIfAbsent(index, i -> {
            XSSFCellStyle w = styles.createCellStyle();
            w.cloneStyleFrom(styles.getStyleAt(i));
            w.setWrapText(true);
            return (int) w.getIndex();
        });
    }

    /** Reads a {@code <c>} element to its end. */
    private static Cell cell(Iterator<?> events, StartElement start) {
        String r = attr(start, "r");
        String s = attr(start, "s");
        String t = attr(start, "t");
        StringBuilder value = null;
        boolean formula = false;
        int depth = 0;
        String inside = null;
        boolean skippedStart = false;
        while (events.hasNext()) {
            XMLEvent ev = (XMLEvent) events.next();
            if (!skippedStart && ev.isStartElement() && ev.asStartElement() == start) {
                skippedStart = true;
                continue;
            }
            if (ev.isStartElement()) {
                String n = ev.asStartElement().getName().getLocalPart();
                depth++;
                if (n.equals("f")) {
                    formula = true;
                } else if (n.equals("v") || n.equals("t")) {
                    inside = n;
                    if (value == null) {
                        value = new StringBuilder();
                    }
                } else if (n.equals("rPh")) {
                    inside = "rPh";
                }
            } else if (ev.isEndElement()) {
                String n = ev.asEndElement().getName().getLocalPart();
                if (n.equals("c") && depth == 0) {
                    break;
                }
                depth--;
                if (n.equals("v") || n.equals("t") || n.equals("rPh")) {
                    inside = null;
                }
            } else if (ev.isCharacters() && inside != null && !inside.equals("rPh")) {
                value.append(ev.asCharacters().getData());
            }
        }
        return new Cell(column(r), s == null ? 0 : Integer.parseInt(s), t == null ? "n" : t,
                value == null ? null : value.toString(), formula);
    }

    private static Cell cell(XMLEventReader xml, StartElement start) {
        return cell((Iterator<?>) xml, start);
    }

    /** The text a cell shows, as {@link PaperFit} measures it. */
    private String text(Cell cell) {
        if (cell.value == null) {
            return "";
        }
        switch (cell.type) {
            case "s" -> {
                int i = Integer.parseInt(cell.value.trim());
                return i < strings.size() ? strings.get(i) : "";
            }
            case "n" -> {
                double v;
                try {
                    v = Double.parseDouble(cell.value);
                } catch (NumberFormatException e) {
                    return cell.value;
                }
                String pattern = formats.computeIfAbsent(cell.style, i -> {
                    XSSFCellStyle style = styles.getStyleAt(i);
                    String p = style.getDataFormatString();
                    p = p == null ? BuiltinFormats.getBuiltinFormat(style.getDataFormat()) : p;
                    return p == null ? "General" : p;
                });
                return formatter.formatRawCellContents(v,
                        formatIds.computeIfAbsent(cell.style, i -> styles.getStyleAt(i).getDataFormat()), pattern);
            }
            case "b" -> {
                return cell.value.trim().equals("1") ? "TRUE" : "FALSE";
            }
            default -> {
                return cell.value;
            }
        }
    }

    private double size(int style) {
        return sizes.computeIfAbsent(style, i -> (double) styles.getStyleAt(i).getFont().getFontHeightInPoints());
    }

    private static String attr(StartElement s, String name) {
        Attribute a = s.getAttributeByName(new QName(name));
        return a == null ? null : a.getValue();
    }

    /** {@code s} with the attributes {@code set} replacing or added to its own. */
    private static StartElement with(StartElement s, Map<String, String> set) {
        List<Attribute> attrs = new ArrayList<>();
        for (Iterator<Attribute> it = s.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            if (!set.containsKey(a.getName().getLocalPart()) || !a.getName().getNamespaceURI().isEmpty()) {
                attrs.add(a);
            }
        }
        set.forEach((k, v) -> attrs.add(EVENTS.createAttribute(k, v)));
        return EVENTS.createStartElement(s.getName(), attrs.iterator(), s.getNamespaces());
    }

    /** 0-based column of a cell reference such as "AB12". */
    private static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }

    /** Merged range "A1:L2" as {first row, last row, first column, last column}, 0-based. */
    private static int[] range(String ref) {
        String[] ends = ref.split(":");
        String b = ends.length > 1 ? ends[1] : ends[0];
        return new int[] {row(ends[0]), row(b), column(ends[0]), column(b)};
    }

    private static int row(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return Integer.parseInt(ref.substring(i)) - 1;
    }

    /** The zip entry stays open when the XML writer closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

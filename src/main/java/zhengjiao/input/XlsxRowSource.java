package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Redact;

/**
 * Streams the first visible sheet of an .xlsx file with a SAX parse of the sheet XML, keeping each cell's type:
 * number cells are flagged (an ID stored as a number has lost its last digits), date-formatted number
 * cells become yyyy-MM-dd[ HH:mm:ss] text. Memory holds the shared strings, never the rows.
 */
final class XlsxRowSource implements RowSource {

    /** Excel's limits: 1,048,576 rows and 16,384 columns (XFD). */
    private static final int MAX_ROWS = 1_048_576;
    private static final int MAX_COLUMNS = 16_384;
    /** Excel's limit of characters in a cell. */
    private static final int MAX_CELL = 32_767;
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final Path file;

    XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = stylesOf(reader);
            String sheetId = firstVisibleSheet(reader);
            if (sheetId == null) {
                return;
            }
            parseSheet(reader, sheetId, strings, styles, handler);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw refusal(e);
        }
    }

    /**
     * Reads every visible sheet in tab order (hidden and very hidden ones skipped), each sheet's rows handed over
     * with the sheet's name; for workbooks that carry one list per sheet (a returned reminder list).
     */
    void readSheets(SheetRowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = stylesOf(reader);
            for (String[] sheet : sheets(reader)) {
                if (sheet[0] != null && (sheet[1] == null || sheet[1].equals("visible"))) {
                    String name = sheet[2] == null ? "" : sheet[2];
                    parseSheet(reader, sheet[0], strings, styles, row -> handler.row(name, row));
                }
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw refusal(e);
        }
    }

    private void parseSheet(XSSFReader reader, String sheetId, ReadOnlySharedStringsTable strings, StylesTable styles,
                            RowHandler handler)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        try (InputStream sheet = reader.getSheet(sheetId)) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SheetHandler(file, strings, styles, handler));
            parser.parse(new InputSource(sheet));
        }
    }

    /** The Chinese refusal for a workbook that cannot be read, by what went wrong (a library's text is never shown). */
    private InputException refusal(Exception e) {
        String resave = "；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后放回";
        if (e instanceof InputException in) {
            return in;
        }
        if (e instanceof IOException) {
            return InputException.at(file, 0, null, isZipBomb(e) ? ZIP_BOMB : "Excel 工作簿（.xlsx）无法读取，文件可能已损坏" + resave);
        }
        if (e instanceof org.apache.poi.ooxml.POIXMLException) {
            return InputException.at(file, 0, null, isZipBomb(e) ? ZIP_BOMB : String.valueOf(e.getMessage()).contains("Strict")
                    ? "是“Strict Open XML 电子表格”格式，程序不能读取；请在 Excel 中打开，另存为“Excel 工作簿（*.xlsx）”后放回"
                    : "Excel 工作簿（.xlsx）已损坏或不完整，无法读取" + resave);
        }
        if (e instanceof InvalidFormatException || e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
            return InputException.at(file, 0, null, "Excel 工作簿（.xlsx）已损坏或不完整，无法读取" + resave);
        }
        return InputException.at(file, 0, null, "Excel 工作簿（.xlsx）的内容无法解析，文件可能已损坏" + resave);
    }

    private static final String ZIP_BOMB = "解压后的大小与文件大小极不相称（疑似“压缩炸弹”或已损坏的文件），为安全起见不予读取；"
            + "请向系统重新导出，或在 Excel 中打开后另存为 .xlsx";

    /** Whether POI refused the package as a zip bomb (its message says so; the message itself is never shown). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The styles, or none when the package has no styles part (some generators leave it out). */
    private static StylesTable stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The relationship id of the first sheet that is neither hidden nor very hidden, in workbook order (the order
     * the tabs show); null when the workbook has no sheet.
     */
    private static String firstVisibleSheet(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        List<String[]> sheets = sheets(reader);
        for (String[] sheet : sheets) {
            if (sheet[0] != null && (sheet[1] == null || sheet[1].equals("visible"))) {
                return sheet[0];
            }
        }
        return sheets.isEmpty() ? null : sheets.get(0)[0];
    }

    /** The workbook's sheets in tab order: relationship id, state (null = visible) and name. */
    private static List<String[]> sheets(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        List<String[]> sheets = new ArrayList<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("sheet".equals(localName)) {
                        String id = null;
                        for (int i = 0; i < atts.getLength(); i++) {
                            if ("id".equals(atts.getLocalName(i)) && atts.getURI(i).contains("relationships")) {
                                id = atts.getValue(i);
                            }
                        }
                        sheets.add(new String[] {id, atts.getValue("state"), atts.getValue("name")});
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return sheets;
    }

    /** The SAX handler of one worksheet: rows of typed cells. */
    private static final class SheetHandler extends DefaultHandler {

        private final Path file;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<String> cells = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int nextRowNumber = 1;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        SheetHandler(Path file, ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
            this.file = file;
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? nextRowNumber : rowNumberOf(r);
                    cells.clear();
                    numeric.clear();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : styleOf(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                // Excel holds at most 32,767 characters in a cell: more is cut, so a huge cell costs constant memory
                value.append(ch, start, Math.max(0, Math.min(length, MAX_CELL - value.length())));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> put(column, cellText(), isNumber());
                case "row" -> {
                    String[] texts = cells.toArray(new String[0]);
                    boolean[] flags = new boolean[texts.length];
                    for (int i = 0; i < flags.length; i++) {
                        flags[i] = numeric.get(i);
                    }
                    handler.row(new SourceRow(rowNumber, texts, flags));
                    nextRowNumber = rowNumber + 1;
                }
                default -> {
                }
            }
        }

        /** A row's number, within the format's limit of 1,048,576 rows. */
        private int rowNumberOf(String r) {
            try {
                int n = Integer.parseInt(r.strip());
                if (n >= 1 && n <= MAX_ROWS) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw InputException.at(file, nextRowNumber, null, "行号「" + Redact.quote(r)
                    + "」不是 Excel 允许的行号（1 至 1048576），文件已损坏；请在 Excel 或 WPS 中打开后另存为 .xlsx");
        }

        /** "AB12" -> 27: the letters of a cell reference as a 0-based column, within Excel's 16,384 columns. */
        private int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
                if (col > MAX_COLUMNS) {
                    throw InputException.at(file, rowNumber, null, "单元格引用「" + Redact.quote(ref)
                            + "」超出 Excel 的最大列 XFD，文件已损坏；请在 Excel 或 WPS 中打开后另存为 .xlsx");
                }
            }
            return col == 0 ? cells.size() : col - 1;
        }

        private int styleOf(String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private boolean isNumber() {
            return (type == null || type.equals("n")) && number(value.toString()) != null && !isDateStyle(style);
        }

        /** The value of a number cell; null when the text is not a number (then the text itself is the cell). */
        private static Double number(String raw) {
            String t = raw.strip();
            if (t.isEmpty() || !NUMBER.matcher(t).matches()) {
                return null;
            }
            return Double.valueOf(t);
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                Double number = number(raw);
                if (number == null) {
                    return raw; // a generator wrote text into a number cell: keep the text
                }
                double d = number;
                if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(d);
                    return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString()
                            : t.toLocalDate() + " " + t.toLocalTime().withNano(0);
                }
                return CellText.plain(d);
            }
            return switch (type) {
                case "s" -> sharedString(raw);
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                case "e" -> "";
                default -> raw; // inlineStr, str (formula text result)
            };
        }

        /** A shared string by its index; an index outside the table is a damaged file (the table is never quoted). */
        private String sharedString(String raw) {
            int index;
            try {
                index = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= strings.getCount()) {
                throw InputException.at(file, rowNumber, null, "第 " + (column + 1) + " 列的共享字符串编号超出范围（文件已损坏）；"
                        + "请在 Excel 或 WPS 中打开后另存为 .xlsx");
            }
            return strings.getItemAt(index).getString();
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i < 0 || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle s = styles.getStyleAt(i);
                return DateFormats.isDate(s.getDataFormat(), s.getDataFormatString());
            });
        }

        private void put(int col, String text, boolean isNumber) {
            while (cells.size() <= col) {
                cells.add("");
                numeric.add(false);
            }
            cells.set(col, text);
            numeric.set(col, isNumber);
        }
    }
}

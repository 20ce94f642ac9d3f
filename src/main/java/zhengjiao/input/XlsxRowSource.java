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

/**
 * Streams the first sheet of an .xlsx file with a SAX parse of the sheet XML, keeping each cell's type:
 * number cells are flagged (an ID stored as a number has lost its last digits), date-formatted number
 * cells become yyyy-MM-dd[ HH:mm:ss] text. Memory holds the shared strings, never the rows.
 */
final class XlsxRowSource implements RowSource {

    private final Path file;

    XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, handler));
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException("不是有效的 .xlsx 文件", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("无法解析 .xlsx 文件：" + e.getMessage(), e);
        }
    }

    /** The SAX handler of one worksheet: rows of typed cells. */
    private static final class SheetHandler extends DefaultHandler {

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

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? nextRowNumber : Integer.parseInt(r);
                    cells.clear();
                    numeric.clear();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
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
                value.append(ch, start, length);
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

        /** "AB12" -> 27: the letters of a cell reference as a 0-based column. */
        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }

        private boolean isNumber() {
            return (type == null || type.equals("n")) && !value.isEmpty() && !isDateStyle(style);
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                double d = Double.parseDouble(raw);
                if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(d);
                    return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString()
                            : t.toLocalDate() + " " + t.toLocalTime().withNano(0);
                }
                return CellText.plain(d);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                case "e" -> "";
                default -> raw; // inlineStr, str (formula text result)
            };
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle s = styles.getStyleAt(i);
                String format = s.getDataFormatString();
                return format != null && DateUtil.isADateFormat(s.getDataFormat(), format);
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

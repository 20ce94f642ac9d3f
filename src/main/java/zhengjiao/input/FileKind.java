package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, judged by its bytes and not by its name: officials' exports are often HTML or text saved under
 * an .xls name, or an .xlsx renamed .xls. Each kind either has a reader ({@link #readable()}) or a Chinese reason why
 * the file is not read and how to re-save it ({@link #advice()}).
 */
public enum FileKind {
    /** Excel 97-2003 (BIFF8 in an OLE2 container); WPS .et files of the same structure too. */
    XLS("Excel 97-2003 工作簿", null),
    /** Office Open XML workbook, whatever its name. */
    XLSX("Excel 工作簿（.xlsx）", null),
    /** An HTML {@code <table>} page, the usual "Excel" export of web systems. */
    HTML("网页表格（HTML）", null),
    /** Delimited text: CSV, tab-separated, Excel's "Unicode 文本". */
    TEXT("文本表格", null),
    /** Excel 2003 XML spreadsheet. */
    SPREADSHEET_XML("XML 电子表格 2003", "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后放回"),
    /** A workbook protected with a password to open. */
    ENCRYPTED("设有打开密码的加密工作簿", "请在 Excel 或 WPS 中输入密码打开，取消密码（文件→信息→保护工作簿）后另存为 .xlsx"),
    /** WPS's own spreadsheet format that is not BIFF8. */
    WPS("WPS 表格专用格式（.et）", "请在 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后放回"),
    /** A Word document. */
    WORD("Word 文档", "缴费清册应为表格文件（.xlsx、.xls 或 .csv），请放入 Excel 表格"),
    /** A zip, rar or 7z archive. */
    ARCHIVE("压缩包", "请先解压，把其中的表格放入文件夹"),
    /** A PDF document. */
    PDF("PDF 文件", "程序不能读取 PDF，请向系统重新导出 Excel 或 CSV 格式"),
    /** A picture (a photographed or scanned list). */
    IMAGE("图片", "程序不能读取图片，请放入 Excel 或 CSV 格式的表格"),
    /** An Excel/WPS lock file or a hidden system file. */
    TEMPORARY("临时文件或隐藏文件", "这是 Excel/WPS 打开文件时生成的临时文件或系统隐藏文件，可以删除"),
    /** A file with no bytes. */
    EMPTY("空文件（0 字节）", "请重新导出或复制该文件"),
    /** Anything else. */
    UNKNOWN("无法识别的文件", "请放入 Excel（.xlsx/.xls）或 CSV 格式的表格");

    private static final int HEAD = 4096;
    private static final Set<String> WORKBOOK_STREAMS = Set.of("Workbook", "WORKBOOK", "Book", "BOOK");

    private final String label;
    private final String advice;

    FileKind(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    /** What the file is, in Chinese. */
    public String label() {
        return label;
    }

    /** Whether a reader exists for this kind. */
    public boolean readable() {
        return advice == null;
    }

    /** For a kind that is not read: why and what to do, in Chinese ("" for readable kinds). */
    public String advice() {
        return advice == null ? "" : advice;
    }

    /**
     * Whether a file of this kind under this name must stop the run rather than be passed over with a warning: a
     * workbook that is password-protected or of a format with no reader here, or a file named as a table whose bytes
     * are no table (a damaged download). Pictures, PDFs, archives, Word files, WPS's own .et and lock files are passed
     * over, each named with its reason.
     */
    public boolean stopsTheRun(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean tableName = name.endsWith(".xls") || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".csv");
        return this == ENCRYPTED || this == SPREADSHEET_XML || this == UNKNOWN && tableName || this == EMPTY && tableName;
    }

    /** "不是可读取的表格：PDF 文件，程序不能读取 PDF，请…" */
    public String reason() {
        return "未读取（" + label + "）：" + advice();
    }

    /** Judges a file by its first bytes (and for containers, by their parts). */
    public static FileKind detect(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.startsWith("~$") || name.startsWith(".")) {
            return TEMPORARY;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(file);
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return zip(file);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, 'G', 'I', 'F', '8')
                || startsWith(head, 'B', 'M') && name.toLowerCase(Locale.ROOT).endsWith(".bmp")
                || startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
            return IMAGE;
        }
        if (startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, '7', 'z', 0xBC, 0xAF) || startsWith(head, 0x1F, 0x8B)) {
            return ARCHIVE;
        }
        return markup(head);
    }

    private static FileKind markup(byte[] head) {
        TextEncoding.Detected enc = TextEncoding.detect(head, true);
        String text = new String(head, enc.bomLength(), head.length - enc.bomLength(), enc.charset());
        if (!enc.charset().name().startsWith("UTF-16") && hasControlBytes(head)) {
            return UNKNOWN;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet") && start.contains("<workbook")) {
                return SPREADSHEET_XML;
            }
            return HTML;
        }
        return TEXT;
    }

    /** NUL and other C0 controls besides tab, CR, LF, FF and ESC mark a binary file. */
    private static boolean hasControlBytes(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > 0;
    }

    private static FileKind ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return ENCRYPTED;
            }
            for (String stream : WORKBOOK_STREAMS) {
                if (root.hasEntry(stream)) {
                    return XLS;
                }
            }
            if (root.hasEntry("WordDocument")) {
                return WORD;
            }
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".et") ? WPS : UNKNOWN;
        } catch (RuntimeException e) {
            return UNKNOWN;
        }
    }

    private static FileKind zip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            boolean contentTypes = false;
            boolean spreadsheet = false;
            boolean word = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                contentTypes |= entry.equals("[content_types].xml");
                spreadsheet |= entry.startsWith("xl/") || entry.endsWith("workbook.xml") || entry.contains("/worksheets/");
                word |= entry.startsWith("word/");
            }
            if (contentTypes && spreadsheet) {
                return XLSX;
            }
            return contentTypes && word ? WORD : ARCHIVE;
        } catch (IOException | RuntimeException e) {
            return ARCHIVE;
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}

package zhengjiao.input;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Streams the first visible sheet of an .xlsx file without loading the workbook into memory. */
final class XlsxRowSource implements RowSource {

    private final InputStream in;
    private final Workbook workbook;
    private final Iterator<Row> rows;

    XlsxRowSource(Path file) throws IOException {
        this.in = Files.newInputStream(file);
        try {
            this.workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(1 << 16).open(in);
        } catch (RuntimeException e) {
            in.close();
            throw new IOException("不是有效的 .xlsx 文件（" + e.getClass().getSimpleName() + "）", e);
        }
        Sheet sheet = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i)) {
                sheet = workbook.getSheetAt(i);
                break;
            }
        }
        this.rows = sheet == null ? java.util.Collections.emptyIterator() : sheet.iterator();
    }

    @Override
    public SourceRow next() {
        return rows.hasNext() ? CellText.toSourceRow(rows.next()) : null;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            in.close();
        }
    }
}

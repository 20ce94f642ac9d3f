package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the first visible sheet of a legacy .xls file (at most 65,536 rows, so it is read whole). */
final class XlsRowSource implements RowSource {

    private final HSSFWorkbook workbook;
    private final Iterator<Row> rows;

    XlsRowSource(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            this.workbook = new HSSFWorkbook(in);
        } catch (RuntimeException e) {
            throw new IOException("不是有效的 .xls 文件（" + e.getClass().getSimpleName() + "）", e);
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
        workbook.close();
    }
}

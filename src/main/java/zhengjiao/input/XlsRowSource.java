package zhengjiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;

/** Reads the first visible sheet of a legacy .xls file (at most 65,536 rows, so it is read whole). */
final class XlsRowSource implements RowSource {

    private final Path file;

    XlsRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook workbook = new HSSFWorkbook(in)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i)) {
                    for (Row row : workbook.getSheetAt(i)) {
                        handler.row(CellText.toSourceRow(row));
                    }
                    return;
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("不是有效的 .xls 文件（" + e.getClass().getSimpleName() + "）", e);
        }
    }
}

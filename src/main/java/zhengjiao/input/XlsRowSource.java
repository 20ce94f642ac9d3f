package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import zhengjiao.domain.InputException;

/**
 * Reads the first visible sheet of a legacy .xls file (at most 65,536 rows, so it is read whole), or every visible
 * sheet ({@link #readSheets}).
 */
final class XlsRowSource implements RowSource {

    private final Path file;

    XlsRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        read((sheet, row) -> handler.row(row), true);
    }

    /** Reads every visible sheet in tab order, each row handed over with its sheet's name. */
    void readSheets(SheetRowHandler handler) throws IOException {
        read(handler, false);
    }

    private void read(SheetRowHandler handler, boolean firstOnly) throws IOException {
        HSSFWorkbook workbook;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            try {
                workbook = new HSSFWorkbook(fs.getRoot(), true);
            } catch (OldExcelFormatException e) {
                throw InputException.at(file, 0, null, "是 Excel 5.0/95 或更早的格式，程序不能读取；"
                        + "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后放回");
            } catch (InputException e) {
                throw e;
            } catch (org.apache.poi.EncryptedDocumentException e) {
                throw InputException.at(file, 0, null, "是设有打开密码的加密工作簿；请在 Excel 或 WPS 中输入密码打开，取消密码后另存为 .xlsx");
            } catch (RuntimeException e) {
                throw InputException.at(file, 0, null, "Excel 97-2003 工作簿已损坏，无法读取"
                        + "；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后放回");
            }
            try (workbook) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                        String name = workbook.getSheetName(i);
                        for (Row row : workbook.getSheetAt(i)) {
                            handler.row(name, CellText.toSourceRow(row));
                        }
                        if (firstOnly) {
                            return;
                        }
                    }
                }
            }
        }
    }
}

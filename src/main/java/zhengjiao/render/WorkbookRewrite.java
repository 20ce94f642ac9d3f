package zhengjiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Re-opening a written workbook to add to it (the adjusted rate column, the 两险 sheets, the ledger's sheets, a 趋势
 * sheet): the file is read whole, changed, written beside itself and moved over the old one, so that a failure part
 * way leaves the file as it was.
 */
final class WorkbookRewrite {

    /** A change to a workbook read back. */
    @FunctionalInterface
    interface Edit {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    private WorkbookRewrite() {
    }

    /**
     * Reads {@code file}, applies {@code edit} and replaces the file with the result.
     *
     * @throws IOException when the file cannot be read or written (the file is then unchanged)
     */
    static void rewrite(Path file, Edit edit) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".rewrite");
        try {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                edit.apply(wb);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    wb.write(out);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

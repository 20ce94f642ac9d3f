package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list workbook lists its sheets itself (not POI one by one): every planned sheet is there, in order, under its
 * name, with its rows, print titles and own footer; the first is the one shown; a template sheet with attachments
 * (a link to a file) is refused with the template named.
 */
class ListBookSheetsTest {

    @TempDir
    Path dir;

    @Test
    void everyPlannedSheetIsListedInOrderWithItsRowsAndPrintTitles() throws IOException {
        Path out = dir.resolve("公示.xlsx");
        List<String> names = new ArrayList<>();
        try (ListBook book = new ListBook(Templates.shipped(), PeopleReports.PUBLIC_TEMPLATE)) {
            for (int k = 0; k < 30; k++) {
                names.add(book.plan("公示", k == 7 ? "刘寨村" : "村'" + k + "&<>", Map.of("title", "第" + k + "村公示", "subtitle", "共 " + k + " 人")));
            }
            book.start();
            for (int k = 0; k < names.size(); k++) {
                ListBook.ListSheet sheet = book.sheet(names.get(k));
                int n = k;
                for (int i = 0; i < k * 20; i++) {
                    int seq = i + 1;
                    sheet.row("r", key -> !key.startsWith("c1.") ? null : key.endsWith(".seq") ? seq : key.endsWith(".name") ? "张*" + n : null);
                }
                sheet.finish();
            }
            book.write(out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(names.size(), wb.getNumberOfSheets());
            for (int k = 0; k < names.size(); k++) {
                XSSFSheet sheet = wb.getSheetAt(k);
                assertEquals(names.get(k), sheet.getSheetName());
                assertEquals("第" + k + "村公示", sheet.getRow(0).getCell(0).getStringCellValue());
                assertNotNull(sheet.getRepeatingRows(), "print titles of " + names.get(k));
                int seqs = 0;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("张*" + k)) {
                            seqs++;
                        }
                    }
                }
                assertEquals(k * 20, seqs, names.get(k));
                assertEquals(k == 0, sheet.isSelected(), "only the first sheet is selected");
            }
            assertEquals(0, wb.getActiveSheetIndex());
        }
    }

    @Test
    void aTemplateSheetWithALinkIsRefusedNamingTheTemplate() throws IOException {
        Path own = dir.resolve("templates");
        Files.createDirectories(own);
        try (InputStream in = Templates.shipped().open(PeopleReports.PUBLIC_TEMPLATE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress("https://example.org/");
            wb.getSheetAt(0).getRow(0).getCell(0).setHyperlink(link);
            try (OutputStream os = Files.newOutputStream(own.resolve(PeopleReports.PUBLIC_TEMPLATE))) {
                wb.write(os);
            }
        }
        try (ListBook book = new ListBook(new Templates(Optional.of(own)), PeopleReports.PUBLIC_TEMPLATE)) {
            String name = book.plan("公示", "刘寨村", Map.of("title", "公示", "subtitle", ""));
            book.start();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> book.sheet(name));
            assertTrue(e.getCause().getMessage().contains(PeopleReports.PUBLIC_TEMPLATE), e.getCause().getMessage());
            assertTrue(e.getCause().getMessage().contains("超链接"), e.getCause().getMessage());
        }
    }
}

package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.ResidentId;

class PaymentDumpReaderTest {

    private static final String ID = ResidentId.of("341323", LocalDate.of(1990, 5, 17), 123);

    @TempDir
    Path dir;

    private final List<PaymentRow> payments = new ArrayList<>();
    private final List<Exclusion> excluded = new ArrayList<>();
    private final PaymentDumpReader.Sink sink = new PaymentDumpReader.Sink() {
        @Override
        public void payment(PaymentRow row) {
            payments.add(row);
        }

        @Override
        public void excluded(Exclusion exclusion) {
            excluded.add(exclusion);
        }
    };

    private Path csv(String name, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = dir.resolve(name);
        String text = (bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n";
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void gbkCsvWithOtherHeaderSpellingsIsDetectedAndRead() throws IOException {
        Path file = csv("gbk.csv", Charset.forName("GBK"), false,
                "身份证号码,缴费人姓名,村居,所属乡镇,险种名称,缴费年度,缴费金额（元）,入库日期,税票号码,缴费方式",
                ID.toLowerCase() + ",张三,刘寨村委会,朱集镇,城乡居民基本医疗保险,2023,350.00,2022/11/5,3100,微信");
        assertEquals(1, PaymentDumpReader.read(file, 0, sink));
        PaymentRow row = payments.get(0);
        assertEquals(ID, row.id());
        assertEquals("张三", row.name());
        assertEquals("刘寨村委会", row.village());
        assertEquals(LocalDate.of(2022, 11, 5), row.date());
        assertEquals(35000, row.amountFen());
        assertEquals(2023, row.policyYear());
        assertEquals(Insurance.RESIDENT_MEDICAL, row.insurance());
        assertEquals(2, row.source().row());
    }

    @Test
    void utf8WithBomAndATitleRowAboveTheHeader() throws IOException {
        Path file = csv("bom.csv", StandardCharsets.UTF_8, true,
                "朱集镇征收清册,,,,,,,,",
                "证件号码,姓名,村(居)委会,险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道",
                ID + ",李四,姜山村,城乡居民基本养老保险,202301-202312,200,2022-10-15 09:31:05,3101,支付宝");
        PaymentDumpReader.read(file, 0, sink);
        assertEquals(Insurance.RESIDENT_PENSION, payments.get(0).insurance());
        assertEquals(3, payments.get(0).source().row());
    }

    @Test
    void badCellsBecomeExclusionsNamingTheColumn() throws IOException {
        Path file = csv("bad.csv", StandardCharsets.UTF_8, false,
                "证件号码,姓名,村名,险种,所属期,金额,缴费日期,流水号",
                "3.41323E+17,甲,刘寨村,城乡居民基本医疗保险,2023,350,2022-10-15,1",
                ID + ",乙,刘寨村,城乡居民基本医疗保险,2023,350,2022-10-32,2",
                ID + ",丙,刘寨村,城乡居民基本医疗保险,2023,三百五,2022-10-15,3",
                ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0') + ",丁,刘寨村,城乡居民基本医疗保险,2023,350,2022-10-15,4");
        PaymentDumpReader.read(file, 0, sink);
        assertEquals(0, payments.size());
        assertEquals(4, excluded.size());
        assertTrue(excluded.get(0).reason().contains("科学计数法"));
        assertTrue(excluded.get(1).reason().contains("「缴费日期」"));
        assertTrue(excluded.get(2).reason().contains("「缴费金额」"));
        assertEquals(Exclusion.Kind.INVALID_ID, excluded.get(3).kind());
        assertEquals(List.of(2, 3, 4, 5), excluded.stream().map(e -> e.source().row()).toList());
    }

    @Test
    void aMissingColumnNamesTheFileAndTheColumnsItHas() throws IOException {
        Path file = csv("missing.csv", StandardCharsets.UTF_8, false,
                "姓名,村名,险种,所属期,金额,缴费日期,流水号",
                "甲,刘寨村,城乡居民基本医疗保险,2023,350,2022-10-15,1");
        InputException e = assertThrows(InputException.class, () -> PaymentDumpReader.read(file, 0, sink));
        assertTrue(e.getMessage().contains("missing.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("缺少列 证件号码"), e.getMessage());
        assertTrue(e.getMessage().contains("姓名、村名、险种"), e.getMessage());
    }

    @Test
    void aMisspelledHeaderIsNamedWithTheSpellingItShouldHave() throws IOException {
        Path file = csv("typo.csv", StandardCharsets.UTF_8, false,
                "证件号码,姓名,村名,险种,所属期,缴费金颔,缴费日期,流水号",
                "341323197001010011,甲,刘寨村,城乡居民基本医疗保险,2023,350,2022-10-15,1");
        InputException e = assertThrows(InputException.class, () -> PaymentDumpReader.read(file, 0, sink));
        assertTrue(e.getMessage().contains("缺少列 缴费金额") && e.getMessage().contains("表中的「缴费金颔」是否应为「缴费金额」"),
                e.getMessage());
    }

    @Test
    void xlsxDumpWithDateCellsAndAnIdStoredAsANumber() throws IOException {
        Path file = dir.resolve("dump.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("征收清册");
            sheet.createRow(0).createCell(0).setCellValue("朱集镇城乡居民医保征收清册");
            String[] headers = {"公民身份号码", "参保人姓名", "所属村居", "镇街", "险种", "所属期", "实缴金额", "缴款日期", "票证号码"};
            Row h = sheet.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row text = sheet.createRow(2);
            text.createCell(0).setCellValue(ID);
            text.createCell(1).setCellValue("王五");
            text.createCell(2).setCellValue("刘寨");
            text.createCell(3).setCellValue("朱集镇");
            text.createCell(4).setCellValue("城乡居民医疗保险");
            text.createCell(5).setCellValue("202301");
            text.createCell(6).setCellValue(350.0);
            text.createCell(7).setCellValue(LocalDateTime.of(2022, 12, 3, 0, 0));
            text.getCell(7).setCellStyle(dateStyle);
            text.createCell(8).setCellValue("3102");
            Row numeric = sheet.createRow(3);
            numeric.createCell(0).setCellValue(Double.parseDouble(ID.substring(0, 17) + "1"));
            for (int i = 1; i < 9; i++) {
                numeric.createCell(i).setCellValue(text.getCell(i).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? "350" : text.getCell(i).getStringCellValue());
            }
            numeric.getCell(7).setCellValue("2022-12-03");
            wb.write(out);
        }
        assertEquals(2, PaymentDumpReader.read(file, 0, sink));
        assertEquals(1, payments.size());
        assertEquals(LocalDate.of(2022, 12, 3), payments.get(0).date());
        assertEquals(35000, payments.get(0).amountFen());
        assertEquals(3, payments.get(0).source().row());
        assertEquals(1, excluded.size());
        assertTrue(excluded.get(0).reason().contains("Excel 中被存成数字"));
        assertEquals(4, excluded.get(0).source().row());
    }

    @Test
    void legacyXlsDumpIsReadWithTypedCells() throws IOException {
        Path file = dir.resolve("dump.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("清册");
            String[] headers = {"证件号码", "姓名", "村名", "险种", "费款所属期", "缴费金额", "缴费日期", "流水号"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(ID);
            row.createCell(1).setCellValue("赵六");
            row.createCell(2).setCellValue("姜山村");
            row.createCell(3).setCellValue("城乡居民基本医疗保险");
            row.createCell(4).setCellValue(2023);
            row.createCell(5).setCellValue(350);
            row.createCell(6).setCellValue(LocalDateTime.of(2022, 10, 9, 14, 5));
            row.getCell(6).setCellStyle(dateStyle);
            row.createCell(7).setCellValue("S-1");
            wb.write(out);
        }
        PaymentDumpReader.read(file, 0, sink);
        assertEquals(1, payments.size(), excluded.toString());
        assertEquals(LocalDate.of(2022, 10, 9), payments.get(0).date());
        assertEquals(2023, payments.get(0).policyYear());
    }

    @Test
    void serialsStoredAsNumbersAreKeptApartByDateAndAmount() throws IOException {
        Path file = dir.resolve("numeric-serials.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("清册");
            String[] headers = {"证件号码", "村名", "险种", "费款所属期", "缴费金额", "缴费日期", "税票号码"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(ID);
                row.createCell(1).setCellValue("刘寨村");
                row.createCell(2).setCellValue("城乡居民基本医疗保险");
                row.createCell(3).setCellValue("2023");
                row.createCell(4).setCellValue(r == 1 ? 350 : -350);
                row.createCell(5).setCellValue("2022-10-0" + r);
                row.createCell(6).setCellValue(3.41000000000000001E19 + r); // both round to the same double
            }
            wb.write(out);
        }
        PaymentDumpReader.read(file, 0, sink);
        assertEquals(2, payments.size());
        assertTrue(!payments.get(0).serial().equals(payments.get(1).serial()), payments.toString());
    }
}

package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Listing;

class SpecialListReaderTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWithATitleRowDateCellsAndANumericIdIsRead() throws IOException {
        Path file = dir.resolve("县卫健局.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("2024年度农村独女户及双女户父母名单");
            Row header = sheet.createRow(1);
            String[] names = {"序号", "姓名", "身份证号码", "类别", "领证日期"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Row a = sheet.createRow(2);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("张 三");
            a.createCell(2).setCellValue("37082719710501023x");
            a.createCell(3).setCellValue("独女户");
            a.createCell(4).setCellValue(LocalDate.of(2015, 6, 1));
            a.getCell(4).setCellStyle(date);
            Row b = sheet.createRow(3);
            b.createCell(0).setCellValue(2);
            b.createCell(1).setCellValue("李四");
            b.createCell(2).setCellValue(3.70827196805E17);
            b.createCell(3).setCellValue("双女户");
            wb.write(out);
        }
        List<Listing> rows = SpecialListReader.read(file);
        assertEquals(2, rows.size());
        Listing first = rows.get(0);
        assertEquals("37082719710501023X", first.id());
        assertEquals(Optional.empty(), first.idProblem());
        assertEquals("张三", first.name());
        assertEquals("独女户", first.category());
        assertEquals("县卫健局", first.department());
        assertEquals(Optional.of(LocalDate.of(2015, 6, 1)), first.certified());
        assertEquals(3, first.row());
        assertTrue(rows.get(1).idProblem().orElseThrow().contains("数字"), rows.get(1).idProblem().toString());
    }

    @Test
    void anEmptyCategoryAndAnUnreadableDateNameTheRowAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("民政局.csv"), "姓名,证件号码,人员类别,认定日期\n甲,370827198305010116,,\n",
                StandardCharsets.UTF_8);
        InputException empty = assertThrows(InputException.class, () -> SpecialListReader.read(file));
        assertTrue(empty.getMessage().contains("第 2 行") && empty.getMessage().contains("人员类别为空"), empty.getMessage());
        Files.writeString(file, "姓名,证件号码,人员类别,认定日期\n甲,370827198305010116,低保,去年\n", StandardCharsets.UTF_8);
        InputException date = assertThrows(InputException.class, () -> SpecialListReader.read(file));
        assertTrue(date.getMessage().contains("认定日期") && date.getMessage().contains("「去年」不是日期"), date.getMessage());
    }

    @Test
    void aListWithoutACategoryColumnIsRefusedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("残联.csv"), "姓名,证件号码\n甲,370827198305010116\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> SpecialListReader.read(file));
        assertTrue(e.getMessage().contains("残联.csv") && e.getMessage().contains("人员类别"), e.getMessage());
    }

    @Test
    void aCivilAffairsExportTakesItsCategoryFromTheFileNameAndNeverTheHouseholdHeadsId() throws IOException {
        zhengjiao.subsidy.Certifier zhuji = new zhengjiao.subsidy.Certifier(PolicyReader.shipped("朱集镇2023").orElseThrow(),
                new java.math.BigDecimal("350"));
        String header = "姓名,身份证号,户主身份证号,与户主关系,救助类型,所属街,所属社,最初享受月份\n";
        String row = "王五,341323198305010112,341323195001010016,子,分类施保A类,朱集镇,刘寨村,201706\n";
        Path low = Files.writeString(dir.resolve("农村低保人员查询_20221101.csv"), header + row, StandardCharsets.UTF_8);
        List<Listing> rows = SpecialListReader.read(low, zhuji::categoryInFileName);
        assertEquals(1, rows.size());
        assertEquals("341323198305010112", rows.get(0).id());
        assertEquals("低保对象", zhuji.groupOf(rows.get(0).category()).orElseThrow().name());

        Path edge = Files.writeString(dir.resolve("低保边缘人员查询_20221101.csv"), header + row, StandardCharsets.UTF_8);
        assertEquals("低保边缘家庭成员", SpecialListReader.read(edge, zhuji::categoryInFileName).get(0).category());
        Path poor = Files.writeString(dir.resolve("特困人员人员查询_1.csv"), header + row, StandardCharsets.UTF_8);
        assertEquals("特困人员", SpecialListReader.read(poor, zhuji::categoryInFileName).get(0).category());

        Path both = Files.writeString(dir.resolve("低保和特困人员.csv"), header + row, StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> SpecialListReader.read(both, zhuji::categoryInFileName));
        assertTrue(e.getMessage().contains("低保和特困人员.csv") && e.getMessage().contains("人员类别"), e.getMessage());
    }
}

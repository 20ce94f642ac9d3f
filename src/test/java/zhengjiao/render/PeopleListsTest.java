package zhengjiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.job.CampaignRun;
import zhengjiao.testing.TestWorkbook;

/** The reminder list and the public payer list of the basic golden campaign (roster worked out in its README). */
class PeopleListsTest {

    private static final Pattern FULL_ID = Pattern.compile("[1-9]\\d{5}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]");

    @TempDir
    static Path out;
    static CampaignRun.Result result;

    @BeforeAll
    static void run() throws IOException {
        result = new CampaignRun(new PrintWriter(Writer.nullWriter())).run(Path.of("src/test/resources/golden/basic"),
                Optional.empty(), out);
    }

    private static Path file(String prefix) {
        return out.resolve(prefix + "_" + result.asOf() + ".xlsx");
    }

    @Test
    void unpaidRosterPeopleAreListedPerVillageAndPeopleWhoPaidElsewhereAreNot() throws IOException {
        try (TestWorkbook wb = new TestWorkbook(file("未缴费提醒名单"))) {
            List<String> sheets = new ArrayList<>();
            wb.workbook().forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("汇总", "甲村", "乙村", "丁村"), sheets);
            assertEquals(List.of("王小明"), wb.table("甲村", "序号").stream().map(r -> wb.text(r.get("姓名"))).toList());
            assertEquals(List.of("欧阳娜娜"), wb.table("乙村", "序号").stream().map(r -> wb.text(r.get("姓名"))).toList());
            assertEquals(List.of("人7"), wb.table("丁村", "序号").stream().map(r -> wb.text(r.get("姓名"))).toList());
            Map<String, Cell> jia = wb.table("甲村", "序号").get(0);
            for (String empty : List.of("提醒日期", "提醒人", "未缴原因")) {
                assertEquals("", wb.text(jia.get(empty)));
            }
            assertEquals("13900000000", wb.text(jia.get("联系电话")));
            Map<String, Cell> summary = wb.table("汇总", "村名").get(0);
            assertEquals(List.of("5", "3", "1", "1"), List.of(wb.text(summary.get("台账人数")), wb.text(summary.get("已缴费")),
                    wb.text(summary.get("未缴费")), wb.text(summary.get("在其他村缴费"))));
        }
    }

    @Test
    void thePublicListShowsMaskedNamesAndIdsPerVillage() throws IOException {
        try (TestWorkbook wb = new TestWorkbook(file("缴费名单公示"))) {
            // three columns of payers across the page: 序号, 姓名, 证件号码 each, down the first column first
            Sheet ding = wb.sheet("丁村");
            assertEquals(List.of("序号", "姓名", "证件号码", "序号", "姓名", "证件号码", "序号", "姓名", "证件号码"),
                    wb.headers(ding, 2));
            assertEquals("1", wb.text(ding.getRow(3).getCell(0)));
            assertEquals("人*1", wb.text(ding.getRow(3).getCell(1)));
            assertEquals("341323********1113", wb.text(ding.getRow(3).getCell(2)));
            assertEquals("2", wb.text(ding.getRow(3).getCell(3)));
            assertEquals("人*2", wb.text(ding.getRow(3).getCell(4)));
            assertTrue(wb.text(ding.getRow(ding.getLastRowNum()).getCell(0)).contains("（盖章）")
                    || wb.text(ding.getRow(ding.getLastRowNum() - 1).getCell(0)).contains("（盖章）"), "落款");
            for (Sheet sheet : wb.workbook()) {
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertTrue(wb.text(sheet.getRow(1).getCell(0)).startsWith("公示期：2022年12月22日至2022年12月28日"));
            }
        }
    }

    @Test
    void noPartOfThePublicFileHoldsAFullIdAFullNameOrAPhone() throws IOException {
        List<String> fullNames = List.of("王小明", "欧阳娜娜", "人11", "人12", "人5", "人6", "人0", "人1", "人2", "人3", "人4");
        List<String> phones = List.of("13800000000", "13900000000", "15000000000");
        try (InputStream in = Files.newInputStream(file("缴费名单公示")); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(FULL_ID.matcher(xml).find(), e.getName() + " holds a full ID");
                for (String name : fullNames) {
                    assertFalse(xml.contains(">" + name + "<") || xml.contains(name + "</t>"), e.getName() + " holds " + name);
                }
                for (String phone : phones) {
                    assertFalse(xml.contains(phone), e.getName() + " holds a phone number");
                }
                assertFalse(xml.contains("低保"), e.getName() + " holds a special-group label");
            }
        }
    }

    @Test
    void theChecklistListsPeopleToLookAt() throws IOException {
        try (TestWorkbook wb = new TestWorkbook(file("核对清单"))) {
            List<String> kinds = wb.table("人员核对", "类别").stream().map(r -> wb.text(r.get("类别")) + ":" + wb.text(r.get("姓名")))
                    .toList();
            assertEquals(List.of("台账外缴费:人8", "在其他村缴费:人4", "台账村名不符:人15", "台账行无效:"), kinds);
        }
    }

    /** The bundled town's list holds 31,001 unpaid people, written row by row: every village sheet still has the drop-down. */
    @Test
    void aLongStreamedReminderListOffersTheReasonsOnEveryVillageSheet() throws IOException {
        Path list = Path.of("output-example/zhuji-2023/未缴费提醒名单_2022-11-22.xlsx");
        try (TestWorkbook wb = new TestWorkbook(list)) {
            int villages = 0;
            for (Sheet sheet : wb.workbook()) {
                int header = -1;
                int column = -1;
                for (org.apache.poi.ss.usermodel.Row r : sheet) {
                    for (Cell c : r) {
                        if (wb.text(c).equals("未缴原因")) {
                            header = r.getRowNum();
                            column = c.getColumnIndex();
                        }
                    }
                    if (header >= 0) {
                        break;
                    }
                }
                if (column < 0) {
                    continue;
                }
                villages++;
                int col = column;
                int lastListed = header;
                for (org.apache.poi.ss.usermodel.Row r : sheet) {
                    Cell id = r.getCell(col - 5);
                    if (r.getRowNum() > header && id != null && wb.text(id).matches("\\d{17}[\\dX]")) {
                        lastListed = r.getRowNum();
                    }
                }
                int listed = lastListed;
                int from = header + 1;
                assertTrue(sheet.getDataValidations().stream().anyMatch(v -> java.util.Arrays.stream(
                        v.getRegions().getCellRangeAddresses()).anyMatch(a -> a.getFirstColumn() == col
                        && a.getFirstRow() <= from && a.getLastRow() >= listed)
                        && java.util.Arrays.asList(v.getValidationConstraint().getExplicitListValues()).contains("外出务工")),
                        sheet.getSheetName() + " has no drop-down of reasons over its " + (listed - header) + " rows");
            }
            assertTrue(villages >= 13, "village sheets: " + villages);
        }
    }

    /**
     * The bundled town's 31,001 unpaid people print at 30 or more a page (portrait A4, a line each, room to write the
     * four notes by hand), not the 14 of a landscape page of two-line rows: every page but a sheet's last is full.
     */
    @Test
    void theReminderListPrintsThirtyPeopleOrMoreAPage() throws IOException {
        Path list = Path.of("output-example/zhuji-2023/未缴费提醒名单_2022-11-22.xlsx");
        try (TestWorkbook wb = new TestWorkbook(list)) {
            int pages = 0;
            for (Sheet sheet : wb.workbook()) {
                if (sheet.getRepeatingRows() == null || !wb.text(sheet.getRow(2).getCell(9)).equals("备注")) {
                    continue;
                }
                int start = sheet.getRepeatingRows().getLastRow() + 1;
                for (int end : sheet.getRowBreaks()) {
                    assertTrue(end - start + 1 >= 30, sheet.getSheetName() + " rows " + (start + 1) + "–" + (end + 1));
                    start = end + 1;
                    pages++;
                }
                org.apache.poi.ss.usermodel.PrintSetup ps = sheet.getPrintSetup();
                assertTrue(!ps.getLandscape() && wb.text(sheet.getRow(2).getCell(6)).equals("提醒日期"), sheet.getSheetName());
                // 10 pt printed at no less than 9 pt
                double width = 0;
                for (int c = 0; c <= 9; c++) {
                    width += Paper.columnPoints(sheet.getColumnWidth(c));
                }
                double scale = Math.min(1, Paper.printableWidth(false, sheet.getMargin(Sheet.LeftMargin),
                        sheet.getMargin(Sheet.RightMargin)) / width);
                assertTrue(10 * scale >= Paper.MIN_TYPE, sheet.getSheetName() + " scale " + scale);
            }
            assertTrue(pages > 500, "full pages: " + pages);
        }
    }
}

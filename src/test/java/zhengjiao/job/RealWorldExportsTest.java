package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.cli.Main;
import zhengjiao.domain.ResidentId;
import zhengjiao.reconcile.FileStats;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;

/**
 * The kinds of file officials really drop into a campaign folder (web systems' HTML saved as .xls, Excel's
 * "Unicode 文本", hidden first sheets, East Asian date formats, the tax export's own headers, committee names,
 * pictures and archives beside the dumps). Each test builds a folder of invented people in that shape and asserts
 * the count a user relies on: 8 payers, 2 in each of the 4 villages, none unmatched.
 */
class RealWorldExportsTest {

    static final String[] HEADER = {"证件号码", "姓名", "村(居)委会", "乡镇(街道)", "险种", "费款所属期", "缴费金额", "缴费日期",
        "电子税票号码", "缴费渠道"};
    static final String[] VILLAGES = {"甲村", "乙村", "丙社区", "丁村"};
    static final LocalDate DAY = LocalDate.of(2022, 12, 31);

    @TempDir
    Path folder;

    @BeforeEach
    void campaign() throws IOException {
        Files.writeString(folder.resolve("campaign.yaml"), """
                辖区: 测试镇
                上级: 测试县
                年度: 2023
                征缴开始: 2022-10-01
                征缴截止: 2022-12-31
                """);
        Files.writeString(folder.resolve("任务分解表.csv"), "序号,村名,村人口数,任务数\n1,甲村,5,4\n2,乙村,5,4\n3,丙社区,3,2\n4,丁村,6,5\n");
        Files.createDirectories(folder.resolve("payments"));
    }

    /** Eight payers of 2023, two per village, paid in October and November 2022. */
    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = ResidentId.of("341323", LocalDate.of(1960 + i, 3, 1 + i), 11 + 2 * i);
            rows.add(new String[] {id, "人" + i, VILLAGES[i / 2], "测试镇", "城乡居民基本医疗保险", "202301-202312", "350.00",
                "2022-1" + (i % 2) + "-0" + (1 + i), "T" + (1000 + i), "微信"});
        }
        return rows;
    }

    private Snapshot count() {
        Ledger ledger = new CampaignRun(new PrintWriter(Writer.nullWriter())).reconcile(CampaignFolder.open(folder));
        return ledger.on(DAY);
    }

    private void assertTwoPerVillage(Snapshot s) {
        int[] paid = new int[VILLAGES.length];
        for (int i = 0; i < paid.length; i++) {
            paid[i] = s.paid(i);
        }
        assertEquals("[2, 2, 2, 2]", Arrays.toString(paid), "payers per village");
        assertEquals(0, s.unmatchedTotal(), "unmatched: " + s.unmatched());
    }

    private static String delimited(List<String[]> rows, String[] header, String separator) {
        StringBuilder sb = new StringBuilder(String.join(separator, header)).append("\r\n");
        for (String[] r : rows) {
            sb.append(String.join(separator, r)).append("\r\n");
        }
        return sb.toString();
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve("payments").resolve(name), bytes);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void anHtmlTableSavedAsXlsWithATitleRowIsRead() throws IOException {
        StringBuilder html = new StringBuilder("""
                <html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
                <style>.txt{mso-number-format:"\\@";}</style></head><body>
                <table border="1"><tr><td colspan="10">城乡居民基本医疗保险缴费明细</td></tr><tr>""");
        for (String h : HEADER) {
            html.append("<th>").append(h).append("</th>");
        }
        html.append("</tr>\n");
        for (String[] r : rows()) {
            html.append("<tr>");
            for (String c : r) {
                html.append("<td class=\"txt\">").append(c).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></body></html>");
        write("征收清册.xls", html.toString().getBytes(StandardCharsets.UTF_8));
        assertTwoPerVillage(count());
    }

    @Test
    void excelUnicodeTextIsReadUnderAnyName() throws IOException {
        List<String[]> rows = rows();
        String first = delimited(rows.subList(0, 4), HEADER, "\t");
        String second = delimited(rows.subList(4, 8), HEADER, "\t");
        write("征收清册_10月.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, first, StandardCharsets.UTF_16LE));
        write("征收清册_11月.xls", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, second, StandardCharsets.UTF_16BE));
        assertTwoPerVillage(count());
    }

    @Test
    void gbkAndUtf8WithBomTextAreRead() throws IOException {
        List<String[]> rows = rows();
        write("a.csv", delimited(rows.subList(0, 4), HEADER, ",").getBytes(Charset.forName("GBK")));
        write("b.csv", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, delimited(rows.subList(4, 8), HEADER, ","),
                StandardCharsets.UTF_8));
        assertTwoPerVillage(count());
    }

    @Test
    void theFirstVisibleSheetIsReadInXlsxAndXls() throws IOException {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            try (wb) {
                fill(wb.createSheet("上次导出"), rows().subList(0, 3), null);
                fill(wb.createSheet("明细"), rows(), null);
                wb.setSheetHidden(0, true);
                wb.setActiveSheet(1);
                String name = wb instanceof XSSFWorkbook ? "征收清册.xlsx" : "征收清册.xls";
                try (OutputStream out = Files.newOutputStream(folder.resolve("payments").resolve(name))) {
                    wb.write(out);
                }
            }
            assertTwoPerVillage(count());
            try (var files = Files.list(folder.resolve("payments"))) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void eastAsianBuiltInDateFormatsAreDatesInXlsxAndXls() throws IOException {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            try (wb) {
                CellStyle longDate = wb.createCellStyle();
                longDate.setDataFormat((short) 31);
                CellStyle other = wb.createCellStyle();
                other.setDataFormat((short) 57);
                Sheet sheet = wb.createSheet("明细");
                fill(sheet, rows(), null);
                for (int i = 1; i <= 8; i++) {
                    Row row = sheet.getRow(i);
                    LocalDate day = LocalDate.parse(row.getCell(7).getStringCellValue());
                    row.getCell(7).setCellValue(day);
                    row.getCell(7).setCellStyle(i % 2 == 0 ? longDate : other);
                }
                String name = wb instanceof XSSFWorkbook ? "征收清册.xlsx" : "征收清册.xls";
                try (OutputStream out = Files.newOutputStream(folder.resolve("payments").resolve(name))) {
                    wb.write(out);
                }
            }
            Ledger ledger = new CampaignRun(new PrintWriter(Writer.nullWriter())).reconcile(CampaignFolder.open(folder));
            assertTwoPerVillage(ledger.on(DAY));
            assertEquals(Optional.of(LocalDate.of(2022, 11, 8)), ledger.latestPaymentDate());
            try (var files = Files.list(folder.resolve("payments"))) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void anXlsxNamedXlsIsRead() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("明细"), rows(), null);
            try (OutputStream out = Files.newOutputStream(folder.resolve("payments").resolve("征收清册.xls"))) {
                wb.write(out);
            }
        }
        assertTwoPerVillage(count());
    }

    @Test
    void theTaxExportLayoutIsReadFromAnXlsWithATitleRow() throws IOException {
        String[] header = {"序号", "缴费人识别号", "缴费人名称", "征收项目", "征收品目", "征收子目", "费款所属期起止", "票证号码",
            "电子税票号", "入库日期", "实缴金额", "村(居)委会"};
        String[] separators = {"至", "-", "--", "~"};
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("城乡居民医保征收明细");
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            List<String[]> rows = rows();
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                String[] cells = {String.valueOf(i + 1), r[0], r[1], "基本医疗保险费", i % 2 == 0 ? "城乡居民基本医疗保险"
                    : "10211-城乡居民基本医疗保险", "1021203001-个人缴费", "2023-01-01" + separators[i % 4] + "2023-12-31", "",
                    r[8], r[7], r[6], r[2]};
                Row row = sheet.createRow(i + 2);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("payments").resolve("征收清册.xls"))) {
                wb.write(out);
            }
        }
        assertTwoPerVillage(count());
    }

    @Test
    void aMissingColumnInAnXlsIsNamedLikeInAnXlsx() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb.createSheet("明细"), rows(), "缴费日期");
            try (OutputStream out = Files.newOutputStream(folder.resolve("payments").resolve("征收清册.xls"))) {
                wb.write(out);
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", folder.toString(), "--as-of", "2022-12-31", "--out",
            folder.resolve("out").toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, message);
        assertTrue(message.contains("征收清册.xls") && message.contains("缺少列 缴费日期") && message.contains("该文件第 1 行的列为"),
                message);
        assertFalse(message.contains("不是有效的"), message);
    }

    @Test
    void registeredCommitteeNamesMatchTheTaskTable() throws IOException {
        String[][] spellings = {{"甲村村民委员会", "测试镇甲村村委会"}, {"乙村村委会", "测试县测试镇乙村村民委员会"},
            {"丙社区居民委员会", "丙社区社区居委会"}, {"丁村居民委员会", "测试镇 丁村"}};
        List<String[]> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[2] = spellings[i / 2][i % 2];
        }
        write("征收清册.csv", delimited(rows, HEADER, ",").getBytes(StandardCharsets.UTF_8));
        assertTwoPerVillage(count());
    }

    @Test
    void filesThatAreNotTablesAreNamedWithTheirReasonAndTheRunGoesOn() throws IOException {
        write("征收清册.csv", delimited(rows(), HEADER, ",").getBytes(StandardCharsets.UTF_8));
        write("照片.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        write("清册.pdf", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        write("往年清册.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        write("征收清册_12月.et", new byte[] {1, 2, 3, 0, 0, 7, 8, 9, 0, 0});
        write("~$征收清册.xlsx", new byte[] {4, 'u', 's', 'e', 'r'});
        Ledger ledger = new CampaignRun(new PrintWriter(Writer.nullWriter())).reconcile(CampaignFolder.open(folder));
        assertTwoPerVillage(ledger.on(DAY));
        List<String> notRead = ledger.files().stream().filter(f -> !f.notRead().isEmpty()).map(FileStats::label).toList();
        assertEquals(5, notRead.size(), notRead.toString());
        assertTrue(notRead.stream().anyMatch(l -> l.startsWith("照片.jpg") && l.contains("图片")), notRead.toString());
        assertTrue(notRead.stream().anyMatch(l -> l.startsWith("清册.pdf") && l.contains("PDF")), notRead.toString());
        assertTrue(notRead.stream().anyMatch(l -> l.startsWith("往年清册.zip") && l.contains("压缩包")), notRead.toString());
        assertTrue(notRead.stream().anyMatch(l -> l.startsWith("征收清册_12月.et")), notRead.toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.execute(new String[] {"check", folder.toString(), "--out", folder.resolve("chk").toString()},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        String check = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("照片.jpg", "清册.pdf", "往年清册.zip", "征收清册_12月.et")) {
            assertTrue(check.contains("[警告] payments/" + name), check);
        }
        StringWriter log = new StringWriter();
        new CampaignRun(new PrintWriter(log)).run(folder, Optional.of(DAY), folder.resolve("out"));
        assertTrue(log.toString().contains("照片.jpg") && log.toString().contains("未读取"), log.toString());
    }

    @Test
    void aTextTemplateSavedByNotepadInGbkGivesReadableChinese() throws IOException {
        write("征收清册.csv", delimited(rows(), HEADER, ",").getBytes(StandardCharsets.UTF_8));
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.write(templates.resolve("周通报.ftl"), "【${jurisdiction!}征缴进度情况通报】截至统计日已缴费。\n"
                .getBytes(Charset.forName("GBK")));
        CampaignRun.Result result = new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(folder, Optional.of(DAY), folder.resolve("out"));
        String text = Files.readString(folder.resolve("out").resolve("周通报_" + result.asOf() + ".txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("征缴进度情况通报】截至统计日已缴费"), text);

        Files.write(templates.resolve("周通报.ftl"), withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "带BOM的模板\n", StandardCharsets.UTF_8));
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.of(DAY), folder.resolve("out"));
        text = Files.readString(folder.resolve("out").resolve("周通报_" + result.asOf() + ".txt"), StandardCharsets.UTF_8);
        assertEquals("带BOM的模板\n", text);
    }

    @Test
    void lastYearsDumpsDrawLastYearsCurveInTheBriefing() throws IOException {
        write("征收清册.csv", delimited(rows(), HEADER, ",").getBytes(StandardCharsets.UTF_8));
        Path lastYear = Files.createDirectories(folder.resolve(CampaignRun.LAST_YEAR_DUMPS));
        List<String[]> last = new ArrayList<>();
        String[] days = {"2021-10-02", "2021-10-05", "2021-11-01"};
        for (int i = 0; i < days.length; i++) {
            String[] r = rows().get(i).clone();
            r[5] = "2022";
            r[7] = days[i];
            r[8] = "L" + i;
            last.add(r);
        }
        Files.write(lastYear.resolve("2022年度清册.csv"), delimited(last, HEADER, ",").getBytes(StandardCharsets.UTF_8));
        CampaignRun.Result result = new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(folder, Optional.of(LocalDate.of(2022, 11, 20)), folder.resolve("out"));
        try (zhengjiao.testing.TestWorkbook briefing = new zhengjiao.testing.TestWorkbook(
                folder.resolve("out").resolve("领导简报_" + result.asOf() + ".xlsx"))) {
            Sheet data = briefing.sheet("图表数据");
            int col = -1;
            for (org.apache.poi.ss.usermodel.Cell c : data.getRow(0)) {
                if (briefing.text(c).contains("上年")) {
                    col = c.getColumnIndex();
                }
            }
            assertTrue(col >= 0, "a column of last year's counts");
            List<Integer> counts = new ArrayList<>();
            for (int r = 1; r <= 51; r++) {
                Row row = data.getRow(r);
                counts.add(row == null || row.getCell(col) == null ? -1 : (int) row.getCell(col).getNumericCellValue());
            }
            // day 0 is 10-01: nobody yet; 10-02 one; 10-05 two; 11-01 three; the curve stops at 11-20 of last year
            assertEquals(List.of(0, 1, 1, 1, 2), counts.subList(0, 5));
            assertEquals(3, counts.get(31));
            assertEquals(3, counts.get(50));
        }
    }

    /** Writes a header and rows of text cells, leaving out the column named {@code without}. */
    static void fill(Sheet sheet, List<String[]> rows, String without) {
        int skip = without == null ? -1 : Arrays.asList(HEADER).indexOf(without);
        Row h = sheet.createRow(0);
        for (int i = 0, c = 0; i < HEADER.length; i++) {
            if (i != skip) {
                h.createCell(c++).setCellValue(HEADER[i]);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0, c = 0; i < HEADER.length; i++) {
                if (i != skip) {
                    row.createCell(c++).setCellValue(rows.get(r)[i]);
                }
            }
        }
    }
}

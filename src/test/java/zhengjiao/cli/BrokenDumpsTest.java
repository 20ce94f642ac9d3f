package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zhengjiao.domain.ResidentId;

/**
 * A corpus of broken payment dumps, each dropped beside a good one: {@code check} and {@code run} both stop with exit
 * code 1 and a Chinese message naming the file (and row where there is one), with no English library text, no stack
 * trace and no resident ID; the run writes nothing.
 */
class BrokenDumpsTest {

    static final String HEADER = "证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道";
    static final Pattern ENGLISH = Pattern.compile("Exception|Error|\\tat |java\\.|org\\.apache|For input string|Invalid|expected"
            + "|found|Zip bomb|while parsing|Unknown|Missing|Caused by");

    @TempDir
    Path folder;

    interface Fixture {
        void write(Path payments) throws IOException;
    }

    static String id(int n) {
        return ResidentId.of("341323", LocalDate.of(1970, 1, 1).plusDays(n), 101);
    }

    static String row(int n, String village) {
        return id(n) + ",人" + n + "," + village + ",测试镇,城乡居民基本医疗保险,2023,350,2022-10-0" + (1 + n % 9) + ",S" + n + ",微信";
    }

    /** A valid .xlsx of three payers whose first sheet's XML is then changed by {@code edit}. */
    static void xlsx(Path file, UnaryOperator<String> edit) throws IOException {
        byte[] plain;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("明细");
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 3; r++) {
                String[] cells = row(r, "甲村").split(",");
                Row row = sheet.createRow(r);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            wb.write(out);
            plain = out.toByteArray();
        }
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("单元格引用超出最大列", (Fixture) p -> xlsx(p.resolve("bigref.xlsx"),
                        x -> x.replaceFirst("r=\"A2\"", "r=\"ZZZZZZ2\"")), "bigref.xlsx", "第 2 行"),
                Arguments.of("共享字符串编号越界", (Fixture) p -> xlsx(p.resolve("badsst.xlsx"),
                        x -> x.replaceFirst("(<c r=\"A3\" t=\"s\"[^>]*>)<v>\\d+</v>", "$1<v>99999</v>")), "badsst.xlsx",
                        "第 3 行"),
                Arguments.of("压缩炸弹", (Fixture) p -> xlsx(p.resolve("bomb.xlsx"),
                        x -> x.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))), "bomb.xlsx", ""),
                Arguments.of("行号不是数字", (Fixture) p -> xlsx(p.resolve("badrow.xlsx"),
                        x -> x.replaceFirst("<row r=\"2\"", "<row r=\"二\"")), "badrow.xlsx", ""),
                Arguments.of("外部实体", (Fixture) p -> xlsx(p.resolve("xxe.xlsx"), x -> x.replaceFirst("<worksheet",
                        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                        .replaceFirst("<v>", "<v>&xxe;")), "xxe.xlsx", ""),
                Arguments.of("加密工作簿", (Fixture) p -> {
                    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(p.resolve("加密.xlsx"))) {
                        fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
                        fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
                        fs.writeFilesystem(out);
                    }
                }, "加密.xlsx", ""),
                Arguments.of("引号不配对", (Fixture) p -> Files.writeString(p.resolve("quote.csv"), HEADER + "\n" + row(7, "甲村")
                        + "\n" + row(8, "\"乙村") + "\n" + row(9, "丙村") + "\n", StandardCharsets.UTF_8), "quote.csv", "第 3 行"),
                Arguments.of("引号不配对的大文件", (Fixture) p -> Files.writeString(p.resolve("quote-big.csv"), HEADER + "\n"
                        + row(7, "甲村") + "\n" + row(8, "\"乙村") + "\n" + (row(9, "丙村") + "\n").repeat(120_000),
                        StandardCharsets.UTF_8), "quote-big.csv", "第 3 行"),
                Arguments.of("中途换了编码", (Fixture) p -> {
                    StringBuilder utf8 = new StringBuilder(HEADER).append('\n');
                    int n = 0;
                    while (utf8.length() < 3_000_000) {
                        utf8.append(row(n++ % 5000, "甲村")).append('\n');
                    }
                    try (OutputStream out = Files.newOutputStream(p.resolve("拼接.csv"))) {
                        out.write(utf8.toString().getBytes(StandardCharsets.UTF_8));
                        out.write((row(1, "乙村") + "\n").getBytes(Charset.forName("GBK")));
                    }
                }, "拼接.csv", "行"),
                Arguments.of("两列同名", (Fixture) p -> Files.writeString(p.resolve("dup.csv"), HEADER + ",证件号码\n" + row(3, "甲村")
                        + "," + id(4) + "\n", StandardCharsets.UTF_8), "dup.csv", "第 1 行"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBrokenDumpStopsCheckAndRunInPlainChinese(String kind, Fixture fixture, String file, String where) throws IOException {
        Files.writeString(folder.resolve("campaign.yaml"), "辖区: 测试镇\n年度: 2023\n征缴开始: 2022-10-01\n征缴截止: 2022-12-31\n");
        Files.writeString(folder.resolve("任务分解表.csv"), "村名,任务数\n甲村,4\n乙村,4\n丙村,4\n");
        Path payments = Files.createDirectories(folder.resolve("payments"));
        Files.writeString(payments.resolve("good.csv"), HEADER + "\n" + row(100, "甲村") + "\n", StandardCharsets.UTF_8);
        fixture.write(payments);
        for (List<String> args : List.of(List.of("check", folder.toString(), "--out", folder.resolve("chk").toString()),
                List.of("run", folder.toString(), "--out", folder.resolve("out").toString()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long started = System.nanoTime();
            int code = Main.execute(args.toArray(new String[0]), new PrintStream(out), new PrintStream(err));
            String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, kind + " " + args.get(0) + ": " + said);
            String line = said.lines().filter(l -> l.contains(file)).findFirst().orElse("");
            assertTrue(line.contains(where) && line.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    kind + " " + args.get(0) + ": " + said);
            assertFalse(ENGLISH.matcher(said).find(), kind + " " + args.get(0) + " speaks a library's English: " + said);
            for (int n : new int[] {1, 2, 3, 4, 7, 8, 9, 100}) {
                assertFalse(said.contains(id(n)), kind + " prints a full ID: " + said);
            }
            assertTrue(System.nanoTime() - started < 60_000_000_000L, kind + " takes over a minute");
        }
        assertFalse(Files.exists(folder.resolve("out").resolve("核对清单_2022-10-02.xlsx")));
    }
}

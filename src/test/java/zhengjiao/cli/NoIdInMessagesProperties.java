package zhengjiao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.Redact;
import zhengjiao.domain.ResidentId;

/**
 * A resident ID typed into a column where it does not belong (a date, a village, an amount, a period, the task
 * table, a department list's certificate date, a setting) never reaches a message in full: not the terminal, not
 * {@code check}'s lines, not 检查结果.xlsx. Random IDs are sent down each path (jqwik prints the seed of a failure).
 */
class NoIdInMessagesProperties {

    static final String HEADER = "证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道";

    @Property(tries = 21)
    void anIdInAWrongColumnIsMaskedInEveryMessage(@ForAll @IntRange(min = 0, max = 36000) int days,
                                                  @ForAll @IntRange(min = 0, max = 999) int seq,
                                                  @ForAll @IntRange(min = 0, max = 6) int path) throws IOException {
        String id = ResidentId.of("3" + (10000 + seq * 7 % 89999), LocalDate.of(1925, 1, 1).plusDays(days), seq);
        Path folder = Files.createTempDirectory("zj-id");
        try {
            build(folder, id, path);
            StringBuilder said = new StringBuilder();
            for (String command : new String[] {"check", "run"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Main.execute(new String[] {command, folder.toString(), "--out", folder.resolve(command).toString()},
                        new PrintStream(out), new PrintStream(out));
                said.append(out.toString(StandardCharsets.UTF_8));
            }
            Path results = folder.resolve("check/检查结果.xlsx");
            if (Files.exists(results)) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(results))) {
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                said.append(cell.toString()).append('\n');
                            }
                        }
                    }
                }
            }
            String compact = said.toString().replace(" ", "");
            if (compact.contains(id) || compact.contains(id.substring(0, 17))) {
                throw new AssertionError("path " + path + " prints " + id + ":\n" + said);
            }
            if (!said.toString().contains(Redact.text(id))) {
                throw new AssertionError("path " + path + " never mentions the masked " + Redact.text(id) + ":\n" + said);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A small campaign folder with {@code id} typed where it does not belong, along path {@code path}. */
    private static void build(Path folder, String id, int path) throws IOException {
        String good = ResidentId.of("341323", LocalDate.of(1980, 5, 5), 11);
        String[] row = {good, "张三", "甲村", "测试镇", "城乡居民基本医疗保险", "2023", "350", "2022-10-09", "S1", "微信"};
        String task = "村名,任务数\n甲村,4\n乙村,4\n";
        String yaml = "辖区: 测试镇\n年度: 2023\n征缴开始: 2022-10-01\n征缴截止: 2022-12-31\n";
        switch (path) {
            case 0 -> row[7] = id;
            case 1 -> row[2] = id;
            case 2 -> row[6] = id;
            case 3 -> row[5] = id;
            case 4 -> task = "村名,任务数\n甲村,4\n乙村," + id + "\n";
            case 5 -> {
                yaml += "个人缴费标准: 350\n资助政策: 朱集镇2023\n";
                Files.createDirectories(folder.resolve("special"));
                Files.writeString(folder.resolve("special/县民政局.csv"), "姓名,证件号码,人员类别,认定日期\n李四,"
                        + ResidentId.of("341323", LocalDate.of(1950, 1, 1), 21) + ",低保," + id + "\n");
            }
            default -> yaml += "考核日期: " + id + "\n";
        }
        Files.writeString(folder.resolve("campaign.yaml"), yaml);
        Files.writeString(folder.resolve("任务分解表.csv"), task);
        Files.createDirectories(folder.resolve("payments"));
        Files.writeString(folder.resolve("payments/清册.csv"), HEADER + "\n" + String.join(",", row) + "\n");
    }
}

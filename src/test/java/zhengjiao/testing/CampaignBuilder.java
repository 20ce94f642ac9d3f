package zhengjiao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import zhengjiao.domain.ResidentId;

/**
 * Writes a small invented campaign folder for a test: 测试镇 2023 (window 2022-10-01 to 2022-12-31), a task table,
 * one payment dump and optionally a roster, all CSV. IDs are valid numbers of area 341323 made from a sequence.
 */
public final class CampaignBuilder {

    private final List<String> settings = new ArrayList<>(List.of("辖区: 测试镇", "年度: 2023", "征缴开始: 2022-10-01",
            "征缴截止: 2022-12-31", "补助标准: 1", "靠后名次: 1"));
    private final List<String> tasks = new ArrayList<>();
    private final List<String> payments = new ArrayList<>();
    private final List<String> roster = new ArrayList<>();

    /** A valid resident ID, the same for the same {@code n}. */
    public static String id(int n) {
        return ResidentId.of("341323", LocalDate.of(1970, 1, 1).plusDays(n * 37L), n % 1000);
    }

    /** Adds a line to campaign.yaml. */
    public CampaignBuilder setting(String line) {
        settings.add(line);
        return this;
    }

    /** A line of the task table. */
    public CampaignBuilder village(String name, int task) {
        tasks.add((tasks.size() + 1) + "," + csv(name) + "," + (task + 10) + "," + task + ",");
        return this;
    }

    /** A 2023 resident medical insurance payment of 350 yuan. */
    public CampaignBuilder payment(int person, String name, String village, String date, String serial) {
        return payment(person, name, village, date, serial, "202301-202312");
    }

    /** A resident medical insurance payment of 350 yuan for the given period. */
    public CampaignBuilder payment(int person, String name, String village, String date, String serial, String period) {
        payments.add(id(person) + "," + csv(name) + "," + csv(village) + ",测试镇,城乡居民基本医疗保险," + period + ",350.00," + date
                + "," + serial + ",微信");
        return this;
    }

    /** A roster line. */
    public CampaignBuilder listed(int person, String name, String village) {
        roster.add("H" + person + "," + id(person) + "," + csv(name) + ",测试镇," + csv(village) + ",,");
        return this;
    }

    /** Writes the folder into {@code root}; returns it. */
    public Path write(Path root) throws IOException {
        Files.createDirectories(root.resolve("payments"));
        Files.write(root.resolve("campaign.yaml"), settings, StandardCharsets.UTF_8);
        List<String> table = new ArrayList<>(List.of("序号,村名,村人口数,任务数,备注"));
        table.addAll(tasks);
        Files.write(root.resolve("任务分解表.csv"), table, StandardCharsets.UTF_8);
        List<String> dump = new ArrayList<>(List.of("证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道"));
        dump.addAll(payments);
        Files.write(root.resolve("payments/清册.csv"), dump, StandardCharsets.UTF_8);
        if (!roster.isEmpty()) {
            List<String> lines = new ArrayList<>(List.of("户号,证件号码,姓名,镇街,村名,联系电话,人员类别"));
            lines.addAll(roster);
            Files.write(root.resolve("参保台账.csv"), lines, StandardCharsets.UTF_8);
        }
        return root;
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

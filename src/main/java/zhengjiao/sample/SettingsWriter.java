package zhengjiao.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the campaign settings (campaign.yaml) and the task table (任务分解表.csv, UTF-8 with BOM) of the town
 * sample (villages) and of the county sample (towns).
 */
final class SettingsWriter {

    private SettingsWriter() {
    }

    /** Plain CSV, CRLF: every value is a number or a name without commas or quotes, so nothing is quoted. */
    static void writeTaskTable(Path file, List<SampleVillage> villages) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            writer.write("序号,村名,村人口数,任务数,备注\r\n");
            long population = 0;
            long tasks = 0;
            for (SampleVillage v : villages) {
                writer.write(v.number() + "," + v.name() + "," + v.population() + "," + v.task() + ",\r\n");
                population += v.population();
                tasks += v.task();
            }
            writer.write(",合计," + population + "," + tasks + ",\r\n");
        }
    }

    static void writeCampaign(Path file, List<SampleVillage> villages, long seed, int scale, String taskTable)
            throws IOException {
        long total = scale == 1 ? VillagePlanner.STATED_TASK_TOTAL
                : villages.stream().mapToLong(SampleVillage::task).sum();
        String totalComment = scale == 1 ? "# 文件下达的总任务数" : "# 任务分解表各村任务数之和（示例规模 " + scale + "）";
        String yaml = String.join("\n",
                "# 朱集镇 2023 年度城乡居民基本医疗保险集中征缴设置（示例）",
                "# 由 zhengjiao sample 生成：种子 " + seed + "，规模 " + scale + "；人名、证件号码、缴费记录均为虚构",
                "辖区: 朱集镇            # 征缴单位名称（镇）",
                "上级: 灵璧县",
                "年度: 2023              # 费款所属期，即待遇享受年度",
                "险种: 城乡居民基本医疗保险",
                "个人缴费标准: 350        # 元/人·年",
                "征缴开始: 2022-10-01",
                "征缴截止: 2022-12-31",
                "考核日期: 2022-12-31     # 考核时间节点：之后开展的工作不计入考核和补助",
                "补助标准: 1              # 工作经费补助，元/参保缴费人",
                "靠后名次: 3              # 周排名末尾几名标记为靠后",
                String.format("任务总数: %-15s%s", total, totalComment),
                "认可金额: [50, 80, 175]  # 资助对象的个人缴费额（低保 50、返贫致贫 80、监测人口 175），不算异常",
                "公示开始: 2023-01-01     # 缴费名单公示期",
                "公示结束: 2023-01-07",
                "资助政策: 朱集镇2023        # 内置政策文件 policies/朱集镇2023.yaml；部门名单在 special/",
                "任务分解表: " + taskTable,
                "");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }

    /** The county's table: 序号,镇街,人口数,任务数,备注, the 21 towns, then the 合计 row. */
    static void writeCountyTaskTable(Path file, List<SampleTown> towns) throws IOException {
        writeCountyTaskTable(file, towns, false);
    }

    /**
     * The pension task of a 两险 sample's town: its population × {@value #PENSION_TASK_RATE}, rounded (invented: about a
     * fifth of the payers also pay the pension, the notice gives no pension task).
     */
    static final double PENSION_TASK_RATE = 0.21;

    /**
     * The county's table; with {@code twoInsurances} (峄城's 两险) the columns are 序号,镇街,人口数,医保任务数,养老任务数,备注.
     */
    static void writeCountyTaskTable(Path file, List<SampleTown> towns, boolean twoInsurances) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            writer.write(twoInsurances ? "序号,镇街,人口数,医保任务数,养老任务数,备注\r\n" : "序号,镇街,人口数,任务数,备注\r\n");
            long population = 0;
            long tasks = 0;
            long pensionTasks = 0;
            for (SampleTown t : towns) {
                long pension = Math.round(t.population() * PENSION_TASK_RATE);
                writer.write(t.number() + "," + t.name() + "," + t.population() + "," + t.task() + ","
                        + (twoInsurances ? pension + "," : "") + "\r\n");
                population += t.population();
                tasks += t.task();
                pensionTasks += pension;
            }
            writer.write(",合计," + population + "," + tasks + "," + (twoInsurances ? pensionTasks + "," : "") + "\r\n");
        }
    }

    /** The county preset's campaign.yaml; 滕州市 2025's text is the one the {@code --county} sample always wrote. */
    static void writeCountyCampaign(Path file, CountyPreset preset, List<SampleTown> towns, long seed, int scale,
                                    String taskTable) throws IOException {
        long total = towns.stream().mapToLong(SampleTown::task).sum();
        CountyPreset.Place place = preset.place();
        CountyPreset.Calendar calendar = preset.calendar();
        CountyPreset.Settings settings = preset.settings();
        String command = preset == CountyPreset.TENGZHOU_2025 ? "--county" : "--preset " + preset.key();
        boolean both = preset.money().twoInsurances();
        List<String> lines = new ArrayList<>(List.of(
                "# " + place.county() + " " + calendar.year() + (both ? " 年度城乡居民基本养老、基本医疗保险（两险）集中征缴设置（县级示例）"
                        : " 年度城乡居民基本医疗保险集中征缴设置（县级示例）"),
                "# 由 zhengjiao sample " + command + " 生成：种子 " + seed + "，规模 " + scale
                        + "；各镇街人口数和任务数、人名、证件号码、缴费记录均为虚构",
                String.format("辖区: %-15s# 征缴单位名称（%s），任务分解到 %d 个镇街", place.county(), place.kind(), towns.size()),
                "上级: " + place.parent(),
                "年度: " + calendar.year() + "              # 费款所属期，即待遇享受年度",
                both ? "险种: [城乡居民基本医疗保险, 城乡居民基本养老保险]   # 两险同征：任务分解表有医保任务数和养老任务数"
                        : "险种: 城乡居民基本医疗保险",
                "个人缴费标准: " + preset.money().standard() + "        # " + settings.standardComment(),
                "征缴开始: " + calendar.start(),
                "征缴截止: " + calendar.end(),
                "考核日期: " + calendar.end(),
                "补助标准: 0              # 县级示例不计工作经费补助",
                "靠后名次: " + settings.bottomPlaces() + "              # 周排名末尾几名标记为靠后",
                String.format("任务总数: %-15s# 任务分解表各镇街%s任务数之和", total, both ? "医保" : "")));
        lines.addAll(settings.extraLines());
        lines.addAll(List.of(
                "公示开始: " + settings.publicityStart() + "     # " + settings.publicityComment(),
                "公示结束: " + settings.publicityEnd(),
                "资助政策: " + settings.policy() + "        # 内置政策文件 policies/" + settings.policy()
                        + ".yaml；部门名单在 special/",
                "任务分解表: " + taskTable,
                ""));
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    }
}

package zhengjiao.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code sample --preset}: each county preset writes the folder its notice describes, and the committed
 * {@code input-example/<preset>} is exactly what {@code sample --preset <preset> --seed 2024} writes (CSV bytes and
 * settings; the workbook's cell values are covered by the county sample's own tests).
 */
class CountyPresetTest {

    private static final long SEED = 2024;

    @ParameterizedTest
    @ValueSource(strings = {"tengzhou-2024", "yutai-2024", "yicheng-2024"})
    void inputExampleIsWhatTheGeneratorWrites(String preset, @TempDir Path tmp) throws IOException {
        Path committed = Path.of("input-example", preset);
        // an example with the agents' cash record is generated with --cash-record (its dumps carry 代收人)
        CountySampleGenerator.generate(tmp, preset, SEED, 1, Files.exists(committed.resolve(CashRecordSample.FILE)));
        List<String> generated = textFiles(tmp);
        assertTrue(generated.size() >= 10, "settings, task table, roster, three csv dumps, five lists: " + generated);
        for (String file : generated) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(file)), Files.readAllBytes(committed.resolve(file)),
                    "input-example/" + preset + "/" + file + " is stale: regenerate it (README 示例与生成器)");
        }
    }

    @Test
    void yutaiFollowsItsNotice(@TempDir Path tmp) throws IOException {
        CountySampleResult r = CountySampleGenerator.generate(tmp, "yutai-2024", SEED, 1);
        assertEquals(List.of("谷亭街道", "滨湖街道", "王庙镇", "李阁镇", "唐马镇", "老砦镇", "王鲁镇", "张黄镇", "清河镇", "罗屯镇", "鱼城镇"),
                r.towns().stream().map(SampleTown::name).toList());
        String yaml = Files.readString(tmp.resolve("campaign.yaml"));
        for (String line : List.of("辖区: 鱼台县", "年度: 2024", "个人缴费标准: 380", "征缴开始: 2023-09-15", "征缴截止: 2023-12-25",
                "资助政策: 鱼台县2024", "年龄资助: [70]")) {
            assertTrue(yaml.contains(line), line);
        }
        assertTrue(r.rows(CountyFeature.SHARE_PAID) > 0, "低保边缘、监测、返贫致贫 pay 100 themselves");
        assertEquals(0, r.rows(CountyFeature.HALF_PAID), "鱼台 has no half rate for 60-69");
        assertTrue(Files.readString(tmp.resolve("参保台账.csv")).contains("\r\nH0000001,370827"), "area code 370827");
        assertTrue(Files.readString(tmp.resolve("special/县卫健局.csv")).startsWith("\uFEFF姓名,证件号码,人员类别,镇街,村名,认定日期"));
    }

    @Test
    void yichengHasPensionRowsAtTheNoticesTiers(@TempDir Path tmp) throws IOException {
        CountySampleResult r = CountySampleGenerator.generate(tmp, "yicheng-2024", SEED, 1);
        assertEquals(7, r.towns().size());
        assertTrue(r.rows(CountyFeature.PENSION) > r.payers() / 10, "两险: a fifth of the payers pay pension too");
        java.util.Set<String> amounts = new java.util.TreeSet<>();
        for (String file : List.of("征收清册_2023年10月1日至11月19日.csv", "征收清册_2023年12月4日至20日.csv", "征收清册_补缴.csv")) {
            byte[] bytes = Files.readAllBytes(tmp.resolve("payments").resolve(file));
            String text = new String(bytes, file.contains("10月1日") ? java.nio.charset.Charset.forName("GBK") : StandardCharsets.UTF_8);
            for (String line : text.split("\r?\n")) {
                if (line.contains("城乡居民基本养老保险")) {
                    amounts.add(line.split(",")[6].replace(".00", "").replace(".0", ""));
                }
            }
        }
        assertTrue(amounts.containsAll(List.of("100", "350", "500", "800", "1000", "300")), "tiers and the wrong 300: " + amounts);
        assertTrue(Files.readString(tmp.resolve("special/区卫健局.csv")).startsWith("\uFEFF姓名,证件号码,人员类别,镇街,村名,配偶证件号码"));
        assertTrue(Files.readString(tmp.resolve("campaign.yaml")).contains("资助政策: 峄城区2024"));
    }

    @Test
    void tengzhou2024UsesTheTwentyFourSettings(@TempDir Path tmp) throws IOException {
        CountySampleGenerator.generate(tmp, "tengzhou-2024", SEED, 1);
        String yaml = Files.readString(tmp.resolve("campaign.yaml"));
        for (String line : List.of("辖区: 滕州市", "年度: 2024", "个人缴费标准: 380", "征缴开始: 2023-10-01", "征缴截止: 2023-12-31",
                "等待期天数: 30", "资助政策: 滕州市2024", "认可金额: [190]")) {
            assertTrue(yaml.contains(line), line);
        }
        assertTrue(Files.exists(tmp.resolve("special/市乡村振兴局.csv")), "2024: 乡村振兴局, not yet 农业农村局");
    }

    @Test
    void unknownPresetIsAChineseUsageError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SampleCommand());
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--preset", "yutai-2023", "--out", tmp.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--preset 没有「yutai-2023」，可选：tengzhou-2024、tengzhou-2025、yutai-2024、yicheng-2024"),
                err.toString());
        assertThrows(IllegalArgumentException.class, () -> CountySampleGenerator.generate(tmp, "x", SEED, 1));
    }

    private static List<String> textFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith(".xlsx")).sorted().toList();
        }
    }
}

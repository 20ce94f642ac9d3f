package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zhengjiao.testing.TestWorkbook;

/**
 * Golden folders: each {@code src/test/resources/golden/<case>/} is a campaign folder beside its
 * {@code expected.csv} (村名, 任务数, 缴费人数, 排名, 本周新增, 上周排名, 补助人数, 备注), worked out by hand.
 * The run's workbooks are re-opened and compared with it.
 */
class GoldenCampaignTest {

    static Stream<Path> cases() throws IOException {
        Path root = Path.of("src/test/resources/golden");
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rankingAndAllowanceMatchTheHandWorkedFigures(Path folder, @TempDir Path out) throws IOException {
        CampaignRun.Result result = new CampaignRun(new PrintWriter(Writer.nullWriter()))
                .run(folder, Optional.empty(), out);
        List<CSVRecord> expected;
        try (Reader r = Files.newBufferedReader(folder.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            expected = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        try (TestWorkbook ranking = new TestWorkbook(out.resolve("周排名通报_" + result.asOf() + ".xlsx"));
             TestWorkbook allowance = new TestWorkbook(out.resolve("工作经费补助_" + result.asOf() + ".xlsx"))) {
            List<Map<String, Cell>> rows = ranking.table("周排名通报", "排名");
            String unit = rows.get(0).containsKey("镇街") ? "镇街" : "村名";
            List<String> actual = new ArrayList<>();
            for (Map<String, Cell> row : rows) {
                String name = ranking.text(row.get(unit));
                if (name.equals("合计")) {
                    break;
                }
                String allowed = allowance.table("工作经费补助", "序号").stream()
                        .filter(a -> allowance.text(a.get(unit)).equals(name))
                        .map(a -> allowance.text(a.get("缴费人数"))).findFirst().orElse("");
                actual.add(String.join(",", name, ranking.text(row.get("任务数")), ranking.text(row.get("缴费人数")),
                        ranking.text(row.get("排名")), ranking.text(row.get("本周新增")),
                        ranking.text(row.get("上周排名")), allowed, ranking.text(row.get("备注"))));
            }
            List<String> want = expected.stream().map(r -> String.join(",", r.values())).toList();
            assertEquals(String.join("\n", want), String.join("\n", actual), "case " + folder.getFileName());
        }
    }
}

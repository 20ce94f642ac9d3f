package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zhengjiao.testing.TestWorkbook;

/**
 * Campaign folders with department lists for three notices (鱼台 2024, 朱集 2023, 峄城 2024). Each holds the
 * expected certification per person and per fund, worked out by hand from the notice's rules, and the problems
 * the checklist must name.
 */
class SubsidyFoldersTest {

    static Stream<Arguments> folders() {
        Path root = Path.of("src/test/resources/subsidy");
        return Stream.of(
                Arguments.of("yutai", root.resolve("yutai"), LocalDate.of(2023, 12, 20)),
                Arguments.of("zhuji", root.resolve("zhuji"), LocalDate.of(2023, 3, 31)),
                Arguments.of("yicheng", root.resolve("yicheng"), LocalDate.of(2023, 12, 15)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void everyPersonIsCertifiedOnceWithTheAmountPerFund(String name, Path folder, LocalDate asOf, @TempDir Path out)
            throws IOException {
        run(folder, asOf, out);
        List<CSVRecord> expected = csv(folder.resolve("expected.csv"));
        List<String> columns = expected.get(0).getParser().getHeaderNames().subList(2, expected.get(0).size());
        Map<String, List<String>> want = new TreeMap<>();
        for (CSVRecord r : expected) {
            want.put(r.get("证件号码"), columns.stream().map(c -> normal(c, r.get(c))).toList());
        }
        Map<String, List<String>> got = new TreeMap<>();
        try (TestWorkbook wb = new TestWorkbook(out.resolve("资助代缴认定结果_" + asOf + ".xlsx"))) {
            // the amount per fund is on 资金明细, the same people in the same order
            List<Map<String, Cell>> people = wb.table("认定结果", "序号");
            List<Map<String, Cell>> funds = wb.table("资金明细", "序号");
            assertEquals(people.size(), funds.size());
            for (int i = 0; i < people.size(); i++) {
                Map<String, Cell> row = new java.util.HashMap<>(funds.get(i));
                row.putAll(people.get(i));
                assertEquals(wb.text(people.get(i).get("证件号码")), wb.text(funds.get(i).get("证件号码")));
                assertEquals(wb.text(people.get(i).get("政府承担（元）")), wb.text(funds.get(i).get("政府承担（元）")));
                if (wb.text(row.get("序号")).isBlank()) {
                    continue; // the total row
                }
                got.put(wb.text(row.get("证件号码")), columns.stream().map(c -> normal(c, wb.text(cell(row, c)))).toList());
            }
        }
        assertEquals(want, got, "columns " + columns);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void theChecklistNamesTheListProblems(String name, Path folder, LocalDate asOf, @TempDir Path out) throws IOException {
        run(folder, asOf, out);
        TreeSet<String> want = new TreeSet<>();
        for (CSVRecord r : csv(folder.resolve("expected-notes.csv"))) {
            want.add(r.get("类别") + " " + r.get("姓名"));
        }
        TreeSet<String> got = new TreeSet<>();
        try (TestWorkbook wb = new TestWorkbook(out.resolve("核对清单_" + asOf + ".xlsx"))) {
            for (Map<String, Cell> row : wb.table("资助核对", "类别")) {
                got.add(wb.text(row.get("类别")) + " " + wb.text(row.get("姓名")));
            }
        }
        assertEquals(want, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void theFundRequestAddsUpTheCertifiedAmounts(String name, Path folder, LocalDate asOf, @TempDir Path out)
            throws IOException {
        run(folder, asOf, out);
        List<CSVRecord> expected = csv(folder.resolve("expected.csv"));
        List<String> funds = expected.get(0).getParser().getHeaderNames().stream()
                .filter(h -> h.endsWith("资金") || h.endsWith("财政")).toList();
        Map<String, BigDecimal> want = new TreeMap<>();
        for (String f : funds) {
            BigDecimal sum = expected.stream().map(r -> new BigDecimal(r.get(f))).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() > 0) {
                want.put(f, sum);
            }
        }
        Map<String, BigDecimal> got = new TreeMap<>();
        try (TestWorkbook wb = new TestWorkbook(out.resolve("资金申请汇总_" + asOf + ".xlsx"))) {
            for (Map<String, Cell> row : wb.table("按资金和部门", "资金")) {
                if (wb.text(row.get("认定部门或项目")).equals("小计")) {
                    got.put(wb.text(row.get("资金")), BigDecimal.valueOf(row.get("金额（元）").getNumericCellValue()).stripTrailingZeros());
                }
            }
        }
        want.replaceAll((k, v) -> v.stripTrailingZeros());
        assertEquals(want, got);
    }

    @org.junit.jupiter.api.Test
    void yichengPensionEntitlementsAndTierAdditions(@TempDir Path out) throws IOException {
        Path folder = Path.of("src/test/resources/subsidy/yicheng");
        LocalDate asOf = LocalDate.of(2023, 12, 15);
        run(folder, asOf, out);
        Map<String, String> want = new TreeMap<>();
        for (CSVRecord r : csv(folder.resolve("expected-pension.csv"))) {
            want.put(r.get("姓名"), r.get("政府代缴") + "/" + r.get("计生补贴"));
        }
        Map<String, String> got = new TreeMap<>();
        try (TestWorkbook wb = new TestWorkbook(out.resolve("资助代缴认定结果_" + asOf + ".xlsx"))) {
            for (Map<String, Cell> row : wb.table("养老保险", "序号")) {
                if (!wb.text(row.get("序号")).isBlank()) {
                    got.put(wb.text(row.get("姓名")), (int) row.get("政府代缴（元）").getNumericCellValue() + "/"
                            + (int) row.get("计生补贴（元）").getNumericCellValue());
                }
            }
        }
        assertEquals(want, got);
        // tiers: 低保甲 100 (代缴) and 扶贫丁 100 add 30 each, 普通丑 500 adds 60; the three flagged payments count nowhere
        List<String> tiers = new ArrayList<>();
        try (TestWorkbook wb = new TestWorkbook(out.resolve("资金申请汇总_" + asOf + ".xlsx"))) {
            for (Map<String, Cell> row : wb.table("养老缴费补贴", "缴费档次（元）")) {
                tiers.add(wb.text(row.get("缴费档次（元）")) + ":" + wb.text(row.get("缴费人数")) + ":" + wb.text(row.get("政府补贴（元）")));
            }
        }
        assertEquals(List.of("100.00:2:60.00", "500.00:1:60.00", "合计:3:120.00"), tiers);
    }

    /**
     * 资金申请汇总's pension lines count as 已缴费 the listed persons with a pension payment of 2024 in the dumps: of the
     * three the government pays 100 for, 低保甲 (its 代缴 100, T0002) and 扶贫丁 (100 paid himself, T0006) have one,
     * 残疾丙 none; 独生戊's family-planning allowance (300) has no pension payment behind it.
     */
    @org.junit.jupiter.api.Test
    void yichengPensionFundLinesCountThePensionPayers(@TempDir Path out) throws IOException {
        Path folder = Path.of("src/test/resources/subsidy/yicheng");
        LocalDate asOf = LocalDate.of(2023, 12, 15);
        run(folder, asOf, out);
        Map<String, String> got = new TreeMap<>();
        try (TestWorkbook wb = new TestWorkbook(out.resolve("资金申请汇总_" + asOf + ".xlsx"))) {
            for (Map<String, Cell> row : wb.table("按资金和部门", "资金")) {
                String unit = wb.text(row.get("认定部门或项目"));
                if (unit.startsWith("养老保险")) {
                    got.put(unit, wb.text(row.get("人数")) + "/" + wb.text(row.get("金额（元）")) + "/"
                            + wb.text(row.get("其中已缴费人数")) + "/" + wb.text(row.get("已缴费金额\n（元）")));
                }
            }
        }
        assertEquals(Map.of("养老保险代缴", "3/300.00/2/200.00", "养老保险计生补贴", "1/300.00/0/0.00"), got);
    }

    @org.junit.jupiter.api.Test
    void aPolicyForAnotherStandardIsRefusedBeforeTheDumpsAreRead(@TempDir Path dir) throws IOException {
        Path folder = copy(Path.of("src/test/resources/subsidy/yutai"), dir.resolve("f"));
        Files.writeString(folder.resolve("campaign.yaml"), Files.readString(folder.resolve("campaign.yaml"))
                .replace("个人缴费标准: 380", "个人缴费标准: 400"));
        zhengjiao.domain.InputException e = org.junit.jupiter.api.Assertions.assertThrows(zhengjiao.domain.InputException.class,
                () -> run(folder, LocalDate.of(2023, 12, 20), dir.resolve("out")));
        assertEquals("资助政策「鱼台县2024年度居民医保特殊人群缴费政策」按个人缴费标准 380 元制定，而 campaign.yaml 的个人缴费标准为 400 元："
                + "请选用本年度的政策文件", e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("out")));
    }

    @org.junit.jupiter.api.Test
    void departmentListsNeedAPolicyAndAnUnknownPolicyIsNamed(@TempDir Path dir) throws IOException {
        Path folder = copy(Path.of("src/test/resources/subsidy/yutai"), dir.resolve("f"));
        String yaml = Files.readString(folder.resolve("campaign.yaml"));
        Files.writeString(folder.resolve("campaign.yaml"), yaml.replace("资助政策: 鱼台县2024\n", ""));
        String noPolicy = org.junit.jupiter.api.Assertions.assertThrows(zhengjiao.domain.InputException.class,
                () -> run(folder, LocalDate.of(2023, 12, 20), dir.resolve("out"))).getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(noPolicy.contains("special") && noPolicy.contains("资助政策"), noPolicy);
        Files.writeString(folder.resolve("campaign.yaml"), yaml.replace("鱼台县2024", "鱼台县2099"));
        String unknown = org.junit.jupiter.api.Assertions.assertThrows(zhengjiao.domain.InputException.class,
                () -> run(folder, LocalDate.of(2023, 12, 20), dir.resolve("out"))).getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(unknown.startsWith("找不到资助政策「鱼台县2099」") && unknown.contains("鱼台县2024"), unknown);
    }

    @org.junit.jupiter.api.Test
    void aDepartmentListThatCannotBeUsedStopsTheCertificationNotTheRun(@TempDir Path dir) throws IOException {
        Path folder = copy(Path.of("src/test/resources/subsidy/zhuji"), dir.resolve("f"));
        Files.writeString(folder.resolve("special/县残联.csv"), "序号,残疾等级,备注\n1,一级,\n", StandardCharsets.UTF_8);
        LocalDate asOf = LocalDate.of(2022, 12, 31);
        run(folder, asOf, dir.resolve("out"));
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(dir.resolve("out/周排名通报_" + asOf + ".xlsx")));
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(dir.resolve("out/未缴费提醒名单_" + asOf + ".xlsx")));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("out/资助代缴认定结果_" + asOf + ".xlsx")));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("out/资金申请汇总_" + asOf + ".xlsx")));
        try (zhengjiao.testing.TestWorkbook checklist = new zhengjiao.testing.TestWorkbook(dir.resolve("out/核对清单_" + asOf + ".xlsx"))) {
            StringBuilder all = new StringBuilder();
            for (org.apache.poi.ss.usermodel.Row row : checklist.sheet("资助核对")) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    all.append(checklist.text(cell)).append(' ');
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(all.toString().contains("部门名单无法使用")
                    && all.toString().contains("县残联.csv"), all.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aCampaignMayBringItsOwnPolicyFile(@TempDir Path dir) throws IOException {
        Path folder = copy(Path.of("src/test/resources/subsidy/yutai"), dir.resolve("f"));
        // a sixth county: the same rules under another name, read from the campaign folder
        String policy = new String(getClass().getResourceAsStream("/policies/鱼台县2024.yaml").readAllBytes(), StandardCharsets.UTF_8)
                .replace("名称: 鱼台县2024年度居民医保特殊人群缴费政策", "名称: 某县2024年度");
        Files.writeString(folder.resolve("某县2024.yaml"), policy);
        Files.writeString(folder.resolve("campaign.yaml"), Files.readString(folder.resolve("campaign.yaml")).replace("鱼台县2024", "某县2024"));
        LocalDate asOf = LocalDate.of(2023, 12, 20);
        run(folder, asOf, dir.resolve("out"));
        try (TestWorkbook wb = new TestWorkbook(dir.resolve("out").resolve("资助代缴认定结果_" + asOf + ".xlsx"))) {
            org.junit.jupiter.api.Assertions.assertTrue(wb.text(wb.sheet("认定结果").getRow(1).getCell(0)).contains("某县2024年度"));
        }
    }

    @org.junit.jupiter.api.Test
    void idsAreTextAndAmountsAreNumbersWithOneColumnPerFund(@TempDir Path out) throws IOException {
        LocalDate asOf = LocalDate.of(2023, 12, 20);
        run(Path.of("src/test/resources/subsidy/yutai"), asOf, out);
        try (TestWorkbook wb = new TestWorkbook(out.resolve("资助代缴认定结果_" + asOf + ".xlsx"))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.sheet("认定结果");
            assertEquals(List.of("序号", "证件号码", "姓名", "镇街", "村名", "认定类别", "认定部门", "个人缴费（元）", "政府承担（元）",
                    "其他符合类别", "缴费情况", "说明"), wb.headers(sheet, 2));
            Map<String, Cell> first = wb.table("认定结果", "序号").get(0);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, first.get("证件号码").getCellType());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, first.get("政府承担（元）").getCellType());
            org.junit.jupiter.api.Assertions.assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            org.apache.poi.ss.usermodel.Sheet funds = wb.sheet("资金明细");
            assertEquals(List.of("序号", "证件号码", "姓名", "镇街", "村名", "认定类别", "政府承担（元）", "医疗救助资金\n（元）", "县财政\n（元）"),
                    wb.headers(funds, 2));
            List<Map<String, Cell>> rows = wb.table("资金明细", "序号");
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, rows.get(0).get("证件号码").getCellType());
            // every fund a number, and a person's funds add up to what the government pays, the total row too
            for (Map<String, Cell> r : rows) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String f : List.of("医疗救助资金\n（元）", "县财政\n（元）")) {
                    assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, r.get(f).getCellType(), f);
                    sum = sum.add(BigDecimal.valueOf(r.get(f).getNumericCellValue()));
                }
                assertEquals(0, sum.compareTo(BigDecimal.valueOf(r.get("政府承担（元）").getNumericCellValue())), wb.text(r.get("姓名")));
            }
            assertEquals("合计", wb.text(rows.get(rows.size() - 1).get("证件号码")));
            // the funds share one width
            assertEquals(funds.getColumnWidth(7), funds.getColumnWidth(8));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        zhengjiao.testing.TestFiles.copyTree(from, to);
        return to;
    }

    private static Cell cell(Map<String, Cell> row, String column) {
        Cell c = row.get(column);
        // an amount column's header is its name and the unit, on one line or (the funds') two
        return c != null ? c : row.containsKey(column + "（元）") ? row.get(column + "（元）") : row.get(column + "\n（元）");
    }

    /** Amounts compared as numbers, texts as they are; the output's （不享受） is no group. */
    private static String normal(String column, String value) {
        if (value.equals("（不享受）")) {
            return "";
        }
        if (column.equals("认定类别") || column.equals("其他符合类别")) {
            return value;
        }
        return new BigDecimal(value.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    private static void run(Path folder, LocalDate asOf, Path out) throws IOException {
        new CampaignRun(new PrintWriter(Writer.nullWriter())).run(folder, Optional.of(asOf), out);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}

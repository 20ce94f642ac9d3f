package zhengjiao.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import zhengjiao.domain.ResidentId;

/**
 * Writes a sample's department lists (special/, one file per department) from the roster just written: each
 * roster person with a 人员类别 is listed by the department that certifies it, in that department's wording, and
 * a few people with no category are listed as family-planning households. A few rows carry the problems a real
 * list has: a person listed by two departments, a repeated row, an ID Excel turned into a number, someone not in
 * the roster, a category the policy does not know (and, for 朱集, a certification after the 2023-02-28 cut-off).
 */
final class SpecialLists {

    /** A department and how it writes each roster category (several spellings, one drawn per person). */
    record Department(String name, Map<String, List<String>> spellings) {
    }

    /**
     * A sample's departments and how their lists are written.
     *
     * @param departments      the departments of the roster categories; the first two get the planned problems,
     *                         the third is the veterans' department (a person listed twice)
     * @param family           the family-planning department
     * @param familyCategories its categories, one drawn for each of 40 people with no roster category
     * @param departmentDates  certification dates of the departments' rows (from year, to year), or null: no dates
     * @param familyDates      certification dates of the family rows, or null
     * @param lateCertified    whether a 监测人口 row certified on 2023-03-15 is added (朱集's cut-off is 2023-02-28)
     * @param spouse           whether the family list has 配偶证件号码 (峄城's pension allowance by the wife's age)
     */
    record Style(List<Department> departments, String family, List<String> familyCategories, int[] departmentDates,
                 int[] familyDates, boolean lateCertified, boolean spouse) {

        boolean dated() {
            return departmentDates != null || familyDates != null;
        }
    }

    private static final Style TOWN = new Style(List.of(
            new Department("县民政局", Map.of("特困", List.of("特困供养人员", "特困人员", "特困"), "低保", List.of("农村低保", "低保对象"))),
            new Department("县乡村振兴局", Map.of("返贫致贫", List.of("返贫致贫人口"), "监测对象", List.of("脱贫不稳定户", "监测人口"))),
            new Department("县退役军人事务局", Map.of("优抚对象", List.of("重点优抚对象"))),
            new Department("县残联", Map.of("重度残疾", List.of("重度残疾（一级）", "重度残疾（二级）")))),
            "镇卫健办", List.of("独生子女领证户", "农村双女绝育户", "计生特殊困难家庭"), new int[] {2016, 2022},
            new int[] {2005, 2019}, true, false);

    static final Style TENGZHOU_2025 = new Style(List.of(
            new Department("市民政局", Map.of("特困", List.of("特困人员", "分散供养特困人员"), "低保", List.of("低保对象", "农村低保"))),
            new Department("市农业农村局", Map.of("返贫致贫", List.of("返贫致贫人口"), "监测对象", List.of("防止返贫监测帮扶对象", "边缘易致贫户"))),
            new Department("市退役军人事务局", Map.of("优抚对象", List.of("抚恤定补优抚对象"))),
            new Department("市残联", Map.of("重度残疾", List.of("重度残疾人")))),
            "市卫健局", List.of("农村一女户", "双女户", "独生子女死亡伤残家庭"), null, null, false, false);

    /** 滕州 2024: rural revitalisation was still 市乡村振兴局 (the 2024 notice, 二（七）2). */
    static final Style TENGZHOU_2024 = new Style(List.of(
            new Department("市民政局", Map.of("特困", List.of("特困人员", "分散供养特困人员"), "低保", List.of("低保对象", "农村低保"))),
            new Department("市乡村振兴局", Map.of("返贫致贫", List.of("返贫致贫人口"), "监测对象", List.of("防止返贫监测帮扶对象", "脱贫不稳定户"))),
            new Department("市退役军人事务局", Map.of("优抚对象", List.of("抚恤定补优抚对象"))),
            new Department("市残联", Map.of("重度残疾", List.of("重度残疾人")))),
            "市卫健局", List.of("农村一女户", "双女户", "独生子女伤亡病残家庭"), null, null, false, false);

    /** 鱼台 2024 (notice 八（五）): 卫健's 独女户 and 双女户 carry the date they were certified (before 2016-01-22 or not). */
    static final Style YUTAI_2024 = new Style(List.of(
            new Department("县民政局", Map.of("特困", List.of("特困人员", "特困供养人员"), "低保", List.of("低保对象", "农村低保"))),
            new Department("县乡村振兴局", Map.of("低保边缘", List.of("低保边缘家庭成员"),
                    "监测对象", List.of("脱贫不稳定户", "边缘易致贫户", "突发严重困难户"), "返贫致贫", List.of("返贫致贫人员"))),
            new Department("县退役军人事务局", Map.of("优抚对象", List.of("抚恤定补优抚对象"))),
            new Department("县残联", Map.of("重度残疾", List.of("丧失劳动力的重度残疾人", "重度残疾人")))),
            "县卫健局", List.of("农村独女户", "农村双女户"), null, new int[] {2006, 2019}, false, false);

    /** 峄城 2024: 脱贫户 for the pension's government payment, the family list with the spouse's number. */
    static final Style YICHENG_2024 = new Style(List.of(
            new Department("区民政局", Map.of("特困", List.of("特困人员"), "低保", List.of("低保对象", "城乡低保"))),
            new Department("区乡村振兴局", Map.of("脱贫户", List.of("享受政策贫困人口", "脱贫户"))),
            new Department("区退役军人事务局", Map.of("优抚对象", List.of("重点优抚对象"))),
            new Department("区残联", Map.of("重度残疾", List.of("重度残疾人（一级）", "重度残疾人（二级）")))),
            "区卫健局", List.of("独生子女领证户", "双女绝育户"), null, null, false, true);

    private SpecialLists() {
    }

    static void writeTown(Path folder, Path roster, long seed) throws IOException {
        write(folder, roster, seed, TOWN);
    }

    static void writeCounty(Path folder, Path roster, long seed, Style style) throws IOException {
        write(folder, roster, seed, style);
    }

    private static void write(Path folder, Path rosterFile, long seed, Style style) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5BEC1A1L);
        List<CSVRecord> roster;
        try (Reader r = Files.newBufferedReader(rosterFile, StandardCharsets.UTF_8)) {
            roster = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        for (Department d : style.departments()) {
            lists.put(d.name(), new ArrayList<>());
        }
        lists.put(style.family(), new ArrayList<>());
        List<CSVRecord> plain = new ArrayList<>();
        for (CSVRecord r : roster) {
            String category = r.get("人员类别").strip();
            String id = ResidentId.upgrade(r.get("证件号码"));
            if (!ResidentId.isValid(id)) {
                continue;
            }
            if (category.isEmpty()) {
                int year = ResidentId.birthDate(id).map(LocalDate::getYear).orElse(0);
                if (year >= 1950 && year <= 1985) {
                    plain.add(r);
                }
                continue;
            }
            for (Department d : style.departments()) {
                List<String> spellings = d.spellings().get(category);
                if (spellings != null) {
                    lists.get(d.name()).add(row(r, spellings.get(rng.nextInt(spellings.size())), dates(rng, style.departmentDates())));
                }
            }
        }
        for (int i = 0; i < 40 && !plain.isEmpty(); i++) {
            CSVRecord r = plain.remove(rng.nextInt(plain.size()));
            String category = style.familyCategories().get(rng.nextInt(style.familyCategories().size()));
            lists.get(style.family()).add(row(r, category, dates(rng, style.familyDates())));
        }
        if (style.spouse()) {
            addSpouses(lists.get(style.family()), rng);
        }
        addProblems(lists, style, plain, roster, rng);
        Path dir = folder.resolve("special");
        Files.createDirectories(dir);
        for (Map.Entry<String, List<List<String>>> e : lists.entrySet()) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
                boolean spouse = style.spouse() && e.getKey().equals(style.family());
                List<String> header = new ArrayList<>(List.of("姓名", "证件号码", "人员类别", "镇街", "村名"));
                if (style.dated()) {
                    header.add("认定日期");
                }
                if (spouse) {
                    header.add("配偶证件号码");
                }
                printer.printRecord(header);
                for (List<String> row : e.getValue()) {
                    List<String> cells = new ArrayList<>(row.subList(0, 5));
                    if (style.dated()) {
                        cells.add(row.get(5));
                    }
                    if (spouse) {
                        cells.add(row.size() > 6 ? row.get(6) : "");
                    }
                    printer.printRecord(cells);
                }
                printer.flush();
            }
        }
    }

    private static void addProblems(Map<String, List<List<String>>> lists, Style style, List<CSVRecord> plain,
                                    List<CSVRecord> roster, SplittableRandom rng) {
        List<List<String>> first = lists.get(style.departments().get(0).name());
        List<List<String>> second = lists.get(style.departments().get(1).name());
        Department veterans = style.departments().get(2);
        if (first.size() < 6 || second.isEmpty() || plain.isEmpty()) {
            return;
        }
        List<String> twice = new ArrayList<>(first.get(3));
        twice.set(2, veterans.spellings().values().iterator().next().get(0));
        lists.get(veterans.name()).add(twice);
        first.add(new ArrayList<>(first.get(5)));
        String area = roster.get(0).get("证件号码").strip().substring(0, 6);
        List<String> mangled = new ArrayList<>(first.get(0));
        mangled.set(0, "王某某");
        mangled.set(1, area.substring(0, 1) + "." + area.substring(1) + "E+17");
        first.add(mangled);
        String stranger = ResidentId.of(area, LocalDate.of(1958, 8, 17), 773);
        second.add(List.of("刘新", stranger, second.get(0).get(2), "", "", dates(rng, style.departmentDates() == null ? null : new int[] {2019, 2021})));
        CSVRecord other = plain.remove(rng.nextInt(plain.size()));
        first.add(row(other, "临时救助对象", ""));
        if (style.lateCertified() && !plain.isEmpty()) {
            second.add(row(plain.remove(rng.nextInt(plain.size())), "监测人口", "2023-03-15"));
        }
    }

    private static List<String> row(CSVRecord r, String category, String date) {
        return new ArrayList<>(List.of(r.get("姓名"), ResidentId.upgrade(r.get("证件号码")), category, r.get("镇街"), r.get("村名"), date));
    }

    /**
     * 峄城: each man of the family list gets his wife's number (a woman of the county born 0-5 years after him),
     * except the first, whose cell is left empty (the allowance cannot be checked without it); women need none.
     */
    private static void addSpouses(List<List<String>> family, SplittableRandom rng) {
        boolean leftEmpty = false;
        for (List<String> row : family) {
            String id = row.get(1);
            if (!ResidentId.isMale(id)) {
                continue;
            }
            if (!leftEmpty) {
                leftEmpty = true;
                row.add("");
                continue;
            }
            LocalDate birth = ResidentId.birthDate(id).orElseThrow().plusDays(rng.nextInt(5 * 365));
            row.add(ResidentId.of(id.substring(0, 6), birth, 2 * (1 + rng.nextInt(499))));
        }
    }

    private static String dates(SplittableRandom rng, int[] years) {
        return years == null ? "" : date(rng, years[0], years[1]);
    }

    private static String date(SplittableRandom rng, int fromYear, int toYear) {
        return LocalDate.of(fromYear + rng.nextInt(toYear - fromYear + 1), 1 + rng.nextInt(12), 1 + rng.nextInt(28)).toString();
    }
}

package zhengjiao.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link CountySampleGenerator} wrote, and the ground truth for checking a county-level reconciliation.
 *
 * @param folder         the campaign folder
 * @param county         the county, e.g. 滕州市
 * @param seed           the seed used
 * @param scale          the scale used
 * @param towns          the 21 towns in table order, each with the number of people who must count for it at
 *                       2024-12-31 (valid ID, town matched tolerantly, net amount above zero, medical insurance
 *                       for 2025)
 * @param unknownTowns   per town text that matches no town (滕州市经济开发区, 龙泉街到), how many people would count
 *                       but for their town
 * @param rowsByFile     data rows (without title and header) per dump file name, in write order
 * @param featureRows    how many written rows show each planned feature (rows in both December dumps twice)
 * @param people         how many people of each role were drawn
 * @param governmentPaid counted payers whose payment is 政府代缴
 * @param halfPaid       counted payers who paid half (200) themselves: aged 60-69, and the few planned to pay
 *                       200 before their 70th birthday
 * @param roster         the roster's ground truth ({@value SampleGenerator#ROSTER_FILE}) and the payers planned
 *                       with an off-standard amount, paying after the window or before an age birthday
 */
public record CountySampleResult(Path folder, String county, long seed, int scale, List<SampleTown> towns,
                                 Map<String, Integer> unknownTowns, Map<String, Long> rowsByFile,
                                 Map<CountyFeature, Long> featureRows, Map<PersonRole, Integer> people,
                                 int governmentPaid, int halfPaid, RosterTruth roster) {

    public CountySampleResult {
        Objects.requireNonNull(folder, "folder must not be null");
        Objects.requireNonNull(county, "county must not be null");
        towns = List.copyOf(towns);
        unknownTowns = Collections.unmodifiableMap(new LinkedHashMap<>(unknownTowns));
        rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
        EnumMap<CountyFeature, Long> features = new EnumMap<>(CountyFeature.class);
        features.putAll(featureRows);
        featureRows = Collections.unmodifiableMap(features);
        EnumMap<PersonRole, Integer> roles = new EnumMap<>(PersonRole.class);
        roles.putAll(people);
        people = Collections.unmodifiableMap(roles);
        Objects.requireNonNull(roster, "roster must not be null");
    }

    /** People who must count for some town at the assessment date. */
    public int payers() {
        return towns.stream().mapToInt(SampleTown::payers).sum();
    }

    /** The sum of the towns' tasks (任务总数). */
    public int tasks() {
        return towns.stream().mapToInt(SampleTown::task).sum();
    }

    /** People whose town text matches no town: they must be reported, never counted. */
    public int unknownTownPayers() {
        return unknownTowns.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** All data rows written, rows present in both December dumps counted twice. */
    public long rows() {
        return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The dump files written (the roster and the settings not included). */
    public int files() {
        return rowsByFile.size();
    }

    /** Rows of one feature, 0 when none. */
    public long rows(CountyFeature feature) {
        return featureRows.getOrDefault(feature, 0L);
    }

    /** People of one role, 0 when none. */
    public int people(PersonRole role) {
        return people.getOrDefault(role, 0);
    }

    /** The one-line Chinese summary the command prints. */
    public String summary() {
        return String.format("已生成县级示例：%s %d 个镇街，%d 名缴费人，%d 行缴费记录，%d 个文件，参保台账 %d 人 -> %s",
                county, towns.size(), payers(), rows(), files(), roster.rows(), folder);
    }
}

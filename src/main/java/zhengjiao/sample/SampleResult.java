package zhengjiao.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SampleGenerator} wrote, and the ground truth for checking a reconciliation of it.
 *
 * @param folder         the campaign folder
 * @param seed           the seed used
 * @param scale          the scale used
 * @param villages       the villages in table order, each with the number of people who must count for it
 * @param rowsByFile     data rows (without title and header) per dump file name, in write order
 * @param featureRows    how many written rows show each planned feature (rows in both December dumps twice)
 * @param people         how many people of each role were drawn
 * @param governmentPaid counted payers whose payment is 政府代缴
 * @param subsidised     counted payers who paid a subsidised share (50, 80 or 175)
 * @param roster         the roster's ground truth ({@value SampleGenerator#ROSTER_FILE}) and the payers planned
 *                       with an off-standard amount or paying after the window
 */
public record SampleResult(Path folder, long seed, int scale, List<SampleVillage> villages,
                           Map<String, Long> rowsByFile, Map<PlannedFeature, Long> featureRows,
                           Map<PersonRole, Integer> people, int governmentPaid, int subsidised,
                           RosterTruth roster) {

    public SampleResult {
        Objects.requireNonNull(folder, "folder must not be null");
        villages = List.copyOf(villages);
        rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
        featureRows = Collections.unmodifiableMap(copy(PlannedFeature.class, featureRows));
        people = Collections.unmodifiableMap(copy(PersonRole.class, people));
        Objects.requireNonNull(roster, "roster must not be null");
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> copy(Class<K> type, Map<K, V> map) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        copy.putAll(map);
        return copy;
    }

    /** People who must count for some village at the end of the campaign. */
    public int payers() {
        return villages.stream().mapToInt(SampleVillage::payers).sum();
    }

    /** All data rows written to the dumps, rows present in both December dumps counted twice. */
    public long rows() {
        return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The dump files written (the roster and the settings not included). */
    public int files() {
        return rowsByFile.size();
    }

    /** Rows of one feature, 0 when none. */
    public long rows(PlannedFeature feature) {
        return featureRows.getOrDefault(feature, 0L);
    }

    /** People of one role, 0 when none. */
    public int people(PersonRole role) {
        return people.getOrDefault(role, 0);
    }

    /** The one-line Chinese summary the command prints. */
    public String summary() {
        return String.format("已生成示例：%d 个村，%d 名缴费人，%d 行缴费记录，%d 个文件，参保台账 %d 人 -> %s",
                villages.size(), payers(), rows(), files(), roster.rows(), folder);
    }
}

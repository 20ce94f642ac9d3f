package zhengjiao.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's settings, read from {@code campaign.yaml}.
 *
 * @param jurisdiction      the collecting unit, e.g. 朱集镇
 * @param parent            the level above, e.g. 灵璧县 (may be empty)
 * @param policyYear        the policy year (费款所属期) that counts
 * @param insurance         the campaign's insurance
 * @param personalStandard  the personal contribution, yuan per person and year
 * @param windowStart       first day of the collection window
 * @param windowEnd         last day of the collection window
 * @param assessmentDate    work done after this date is not assessed (考核时间节点)
 * @param allowancePerPerson work allowance per paying person, yuan
 * @param bottomPlaces      how many bottom places a ranking flags
 * @param statedTotal       the total task stated in the notice, if any
 * @param taskTable         the task table's file name inside the campaign folder, if given
 */
public record Settings(
        String jurisdiction,
        String parent,
        int policyYear,
        Insurance insurance,
        BigDecimal personalStandard,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate assessmentDate,
        BigDecimal allowancePerPerson,
        int bottomPlaces,
        Optional<Integer> statedTotal,
        Optional<String> taskTable) {

    public Settings {
        Objects.requireNonNull(jurisdiction, "jurisdiction must not be null");
        Objects.requireNonNull(insurance, "insurance must not be null");
        Objects.requireNonNull(windowStart, "windowStart must not be null");
        Objects.requireNonNull(windowEnd, "windowEnd must not be null");
        Objects.requireNonNull(assessmentDate, "assessmentDate must not be null");
        Objects.requireNonNull(allowancePerPerson, "allowancePerPerson must not be null");
        parent = parent == null ? "" : parent;
    }
}

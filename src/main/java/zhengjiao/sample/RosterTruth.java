package zhengjiao.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The ground truth of a sample's roster (参保台账) and of the problems planned for checking payments against it.
 * Every ID is the normalised 18-character number (upper-case X); lists and maps are sorted by ID.
 *
 * @param fileName        the roster's file name in the campaign folder ({@value SampleGenerator#ROSTER_FILE})
 * @param rows            the roster's data rows (one a person)
 * @param unpaidByUnit    per village (town sample) or town (county sample) of the roster, in table order: roster
 *                        people not counted anywhere at the end of the window (people who paid in another unit
 *                        are counted there and are not in this number; people who pay after the window are)
 * @param moved           counted payers whose roster unit is another than the unit on their payment rows
 * @param notInRoster     counted payers left out of the roster
 * @param offStandard     counted payers who paid an amount that is neither the standard nor an explained share,
 *                        with the amount in yuan (town 360 or 300; county 420 or 380)
 * @param latePayments    people who paid only after the window, with the date (they do not count at its end and
 *                        count from that date on); their rows are in {@value SampleGenerator#LATE_FILE}
 * @param earlyBirthday   county sample: counted payers whose 60th or 70th birthday falls after their payment and
 *                        no later than 2024-12-31, and who paid the younger age's amount (400 before turning 60;
 *                        200 themselves before turning 70); empty in the town sample
 * @param shouldWait      county sample: roster people unpaid at the end of the window whose 60th or 70th birthday
 *                        is in 2024-12-01..2024-12-31; empty in the town sample
 * @param newborns        newborns (人员类别 新生儿), paid or not
 */
public record RosterTruth(String fileName, long rows, Map<String, Integer> unpaidByUnit, List<String> moved,
                          List<String> notInRoster, Map<String, Integer> offStandard,
                          Map<String, LocalDate> latePayments, List<String> earlyBirthday, List<String> shouldWait,
                          List<String> newborns) {

    public RosterTruth {
        Objects.requireNonNull(fileName, "fileName must not be null");
        unpaidByUnit = Collections.unmodifiableMap(new LinkedHashMap<>(unpaidByUnit));
        moved = sorted(moved);
        notInRoster = sorted(notInRoster);
        offStandard = Collections.unmodifiableMap(new TreeMap<>(offStandard));
        latePayments = Collections.unmodifiableMap(new TreeMap<>(latePayments));
        earlyBirthday = sorted(earlyBirthday);
        shouldWait = sorted(shouldWait);
        newborns = sorted(newborns);
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    /** Roster people unpaid at the end of the window, all units. */
    public int unpaid() {
        return unpaidByUnit.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Roster people of one unit unpaid at the end of the window, 0 for an unknown name. */
    public int unpaid(String unit) {
        return unpaidByUnit.getOrDefault(unit, 0);
    }
}

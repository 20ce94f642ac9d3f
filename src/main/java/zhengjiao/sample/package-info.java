/**
 * The sample campaign: a deterministic, fictitious collection-campaign folder for demonstrations, tests and
 * benchmarks ({@code zhengjiao sample}).
 *
 * <p>Start reading at {@link zhengjiao.sample.SampleGenerator#generate(java.nio.file.Path, long, int)}. It runs in
 * four steps:
 * <ol>
 *   <li>{@link zhengjiao.sample.VillagePlanner} fixes the villages: Zhuji's 13 published rows (with their real
 *       errors), invented villages at larger scales, completion rates and the three lagging villages;</li>
 *   <li>{@link zhengjiao.sample.TownPaymentPlanner} draws the people and their payments into compact primitive
 *       tables ({@link zhengjiao.sample.PersonTable}, {@link zhengjiao.sample.PaymentTable}), including the
 *       planned problems (refunds, duplicates, mangled ID numbers, unknown villages, pension and last-year
 *       rows);</li>
 *   <li>{@link zhengjiao.sample.Roster} draws the roster (参保台账): households, categories (人员类别), telephone
 *       numbers and a few messily written numbers, over the people the planner drew for it (counted payers,
 *       unpaid people, newborns, people who paid in another village or after the window);</li>
 *   <li>the payments are sorted by time and streamed into the dumps of the tax system's payment list
 *       ({@link zhengjiao.sample.CsvDump}, {@link zhengjiao.sample.XlsxDump}), four of the window and one of the
 *       payments after it, each with its own header spelling, encoding and formats; then the roster is written.</li>
 * </ol>
 *
 * <p>The county sample ({@code zhengjiao sample --county}) starts at
 * {@link zhengjiao.sample.CountySampleGenerator#generate(java.nio.file.Path, long, int)} and runs the same four
 * steps: {@link zhengjiao.sample.CountyPlanner} fixes 滕州市's 21 towns (invented populations, tasks, the three
 * lagging towns), {@link zhengjiao.sample.CountyPaymentPlanner} draws people and payments with the same planned
 * problems (both planners extend {@link zhengjiao.sample.PaymentPlanner}) plus the age-birthday ones, the roster
 * is drawn with the town's table name as 镇街 and the invented village of the person's payment rows as 村名, and
 * four dumps are written whose town column carries table names, their variants and unknown towns.
 *
 * <p>{@code zhengjiao sample --preset <名称>} runs the same county steps for another notice: a
 * {@link zhengjiao.sample.CountyPreset} (滕州市 2024 and 2025, 鱼台县 2024, 峄城区 2024) fixes the towns, area code,
 * year, window, contributions, age rules, shipped policy and department names; the planners and writers read it
 * instead of 滕州's constants. 滕州市 2025 is the preset of {@code --county} and still draws the same numbers.
 *
 * <p>All randomness comes from one {@link java.util.SplittableRandom} seeded by the user and consumed in a fixed
 * order, so a seed and a scale always give the same CSV bytes and the same workbook cell values. The
 * {@link zhengjiao.sample.SampleResult} returned carries the ground truth (who must count in which village, how
 * many rows of each planned problem were written, and the roster's {@link zhengjiao.sample.RosterTruth}) for
 * end-to-end tests.
 */
package zhengjiao.sample;

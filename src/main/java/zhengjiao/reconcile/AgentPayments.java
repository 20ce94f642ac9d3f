package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.LongText;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;

/**
 * The register's payments through the agent channel (委托代收): the payments village agents collected and entered, to
 * be reconciled against their cash record ({@link CashReconciliation}). Fed the same dump rows as the {@link Ledger},
 * it keeps only the payments of the campaign's insurance(s) and policy year whose 缴费渠道 says an agent collected
 * them, one per 税票号码 however many cumulative dumps repeat it.
 *
 * <p>The channel rule ({@link #isAgentChannel}): the 缴费渠道 text contains one of {@link #AGENT_WORDS} (村居代收, 集中代收,
 * 委托代征, 代办, 现金 …) and none of the words that make a payment the government's (代缴, 资助, 政府, 财政), which the
 * ranking counts as 代缴. Notice 003 四（三）1: 集中征缴期内委托代收 — villages' agents collect both insurances; notice
 * 002 七（一）: towns and villages collect, cash the fallback.
 */
public final class AgentPayments {

    /** Words of a 缴费渠道 that mean a village agent collected the payment. */
    public static final List<String> AGENT_WORDS = List.of("代收", "代征", "代办", "委托", "现金", "协办");
    private static final List<String> GOVERNMENT_WORDS = List.of("代缴", "资助", "政府", "财政");

    /**
     * One payment through the agent channel.
     *
     * @param source    where it was first read
     * @param town      乡镇(街道) as written ("" without the column)
     * @param village   村居 as written
     * @param agent     代收人 as written without spaces ("" when the dump names none)
     * @param name      缴费人姓名
     * @param date      缴费日期
     * @param amountFen the amount in fen (negative for a refund)
     * @param serial    税票号码
     * @param insurance 险种
     */
    public record Payment(RowRef source, String town, String village, String agent, String name, LocalDate date,
                          long amountFen, String serial, Insurance insurance) {
        public Payment {
            Objects.requireNonNull(source, "source must not be null");
        }
    }

    private final Set<Insurance> insurances;
    private final int policyYear;
    private final LocalDate today;
    private final boolean county;
    private final String townKey;
    private final String parentKey;
    private final Set<String> seen = new HashSet<>();
    private final List<Payment> payments = new ArrayList<>();

    /**
     * @param settings   the campaign: its policy year, and for a town's campaign the town (rows of other towns are left out)
     * @param level      the task table's level
     * @param insurances the insurances the campaign collects
     * @param today      the day of the run: rows dated after it are left out, as the ledger leaves them out
     */
    public AgentPayments(Settings settings, TaskTable.Level level, Set<Insurance> insurances, LocalDate today) {
        this.insurances = Set.copyOf(insurances);
        this.policyYear = settings.policyYear();
        this.today = today;
        this.county = level.isCounty();
        this.townKey = PlaceNames.townKey(settings.jurisdiction());
        this.parentKey = PlaceNames.townKey(settings.parent());
    }

    /** Whether a 缴费渠道 text says a village agent collected the payment. */
    public static boolean isAgentChannel(String channel) {
        if (channel == null || channel.isEmpty()) {
            return false;
        }
        return AGENT_WORDS.stream().anyMatch(channel::contains) && GOVERNMENT_WORDS.stream().noneMatch(channel::contains);
    }

    /** Takes one parsed dump row; keeps it when it is a new agent-channel payment of the campaign. */
    public void offer(PaymentRow row) {
        if (!isAgentChannel(row.channel()) || !insurances.contains(row.insurance()) || row.policyYear() != policyYear
                || row.date().isAfter(today)) {
            return;
        }
        if (!county) {
            String town = PlaceNames.townKey(row.town());
            if (!town.isEmpty() && !town.equals(townKey) && !town.equals(parentKey)) {
                return;
            }
        }
        String key = row.serial().isEmpty() ? row.id() + ":" + row.date() + ":" + row.amountFen() : row.serial();
        if (!seen.add(key)) {
            return;
        }
        payments.add(new Payment(row.source(), LongText.fit(row.town()), LongText.fit(row.village()),
                LongText.fit(row.agent()), LongText.fit(row.name()), row.date(), row.amountFen(), LongText.fit(row.serial()),
                row.insurance()));
    }

    /** The distinct agent-channel payments in reading order. */
    public List<Payment> payments() {
        return List.copyOf(payments);
    }
}

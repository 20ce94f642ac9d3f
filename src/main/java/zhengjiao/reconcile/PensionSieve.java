package zhengjiao.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.PensionTiers;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RowRef;
import zhengjiao.domain.Settings;
import zhengjiao.input.PaymentDumpReader;

/**
 * The pension side of a 两险 campaign: fed the same dump rows as the medical {@link Ledger}, it passes the resident
 * pension payments of the policy year that the pension rules allow to a second ledger (which reconciles them like
 * the medical ones: one serial one payment, refunds, one person counted once, by the village on the record), and keeps
 * the ones the rules do not allow as {@link Problem}s: a payer younger than {@link PensionTiers#minAge} on the day of
 * payment (notice 003 三: 年满 16 周岁), or an amount that is no tier (notice 003 四（一）: 100 … 8000 元 8 个档次).
 * Such payments are listed, never counted. Every other row is left to the medical ledger.
 */
public final class PensionSieve implements PaymentDumpReader.Sink {

    /**
     * Why a pension payment is not counted.
     */
    public enum Kind {
        /** Younger than the pension's minimum age on the day of payment. */
        UNDER_AGE("未满 16 周岁"),
        /** An amount that is none of the tiers. */
        OFF_TIER("不是规定档次");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese label shown in the list. */
        public String label() {
            return label;
        }
    }

    /**
     * A pension payment the rules do not allow: listed, not counted.
     *
     * @param source    where it was read
     * @param id        the resident ID (mask it in anything public)
     * @param name      姓名
     * @param town      乡镇 as written
     * @param village   村居 as written
     * @param date      缴费日期
     * @param amountFen the amount, fen (negative for a refund)
     * @param serial    税票号码 ("" when none)
     * @param age       whole years on the day of payment, from the ID
     * @param kind      why it is not counted
     */
    public record Problem(RowRef source, String id, String name, String town, String village, LocalDate date,
                         long amountFen, String serial, int age, Kind kind) {
    }

    private final Ledger pension;
    private final PensionTiers rules;
    private final int year;
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /**
     * @param pension the ledger that counts the pension: made with {@code settings.countingFor(RESIDENT_PENSION)} and
     *                the pension task table, its files started in the same order as the medical ledger's
     * @param rules   the pension's tiers and minimum age
     */
    public PensionSieve(Ledger pension, PensionTiers rules) {
        Settings s = pension.settings();
        if (s.insurance() != Insurance.RESIDENT_PENSION) {
            throw new IllegalArgumentException("the sieve feeds a ledger that counts the resident pension");
        }
        this.pension = pension;
        this.rules = rules;
        this.year = s.policyYear();
    }

    /** The ledger that counts the pension. */
    public Ledger ledger() {
        return pension;
    }

    /** The rules it sieves by. */
    public PensionTiers rules() {
        return rules;
    }

    @Override
    public void payment(PaymentRow row) {
        if (row.insurance() != Insurance.RESIDENT_PENSION || row.policyYear() != year) {
            return;
        }
        int age = ResidentId.ageOn(row.id(), row.date()).orElse(-1);
        Kind kind = age >= 0 && age < rules.minAge() ? Kind.UNDER_AGE
                : rules.isTier(Math.abs(row.amountFen())) ? null : Kind.OFF_TIER;
        if (kind == null) {
            pension.payment(row);
            return;
        }
        String key = row.serial().isEmpty() ? row.id() + ":" + row.date() + ":" + row.amountFen() : row.serial();
        problems.putIfAbsent(key, new Problem(row.source(), row.id(), row.name(), PlaceNames.clean(row.town()),
                PlaceNames.clean(row.village()), row.date(), row.amountFen(), row.serial(), age, kind));
    }

    @Override
    public void excluded(Exclusion exclusion) {
        // rows that cannot be read are the medical ledger's to list
    }

    /**
     * The pension payments not counted, dated on or before {@code day} (and not after the day of the run), in reading
     * order, each once however many dumps repeat it. Rows of another town than a town's own campaign are left out.
     */
    public List<Problem> problems(LocalDate day) {
        String own = PlaceNames.townKey(pension.settings().jurisdiction());
        String parent = PlaceNames.townKey(pension.settings().parent());
        boolean county = pension.table().level().isCounty();
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems.values()) {
            String town = PlaceNames.townKey(p.town());
            boolean otherTown = !county && !town.isEmpty() && !town.equals(own) && !town.equals(parent);
            if (!p.date().isAfter(day) && !p.date().isAfter(pension.today()) && !otherTown) {
                out.add(p);
            }
        }
        return out;
    }
}

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
 * @param people            the rules about people: explained amounts, age subsidies, waiting period, publicity
 * @param policy            the subsidy policy (资助政策) the campaign follows, by name or file, if any
 * @param issuer            who issues the circular document (发文机关, 通报文号, 主送机关)
 * @param excludedReasons   the unpaid reasons that take a person out of who should be insured (不计入应参保的原因)
 * @param insurances        every insurance the campaign collects, {@code insurance} first: one, or for a 两险 campaign
 *                          (峄城 2024, notice 003: 城乡居民基本养老、基本医疗保险集中征缴) the resident pension too
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
        Optional<String> taskTable,
        People people,
        Optional<String> policy,
        Issuer issuer,
        java.util.Set<UnpaidReason> excludedReasons,
        java.util.List<Insurance> insurances) {

    public Settings {
        Objects.requireNonNull(jurisdiction, "jurisdiction must not be null");
        Objects.requireNonNull(insurance, "insurance must not be null");
        Objects.requireNonNull(windowStart, "windowStart must not be null");
        Objects.requireNonNull(windowEnd, "windowEnd must not be null");
        Objects.requireNonNull(assessmentDate, "assessmentDate must not be null");
        Objects.requireNonNull(allowancePerPerson, "allowancePerPerson must not be null");
        parent = parent == null ? "" : parent;
        people = people == null ? People.DEFAULT : people;
        policy = policy == null ? Optional.empty() : policy;
        issuer = issuer == null ? Issuer.NONE : issuer;
        excludedReasons = excludedReasons == null ? UnpaidReason.EXCLUDED_BY_DEFAULT : java.util.Set.copyOf(excludedReasons);
        insurances = insurances == null || insurances.isEmpty() ? java.util.List.of(insurance) : java.util.List.copyOf(insurances);
        if (insurances.get(0) != insurance) {
            throw new IllegalArgumentException("insurances must start with the campaign's insurance " + insurance);
        }
    }

    /** Settings of a campaign that collects one insurance. */
    public Settings(String jurisdiction, String parent, int policyYear, Insurance insurance, BigDecimal personalStandard,
                    LocalDate windowStart, LocalDate windowEnd, LocalDate assessmentDate, BigDecimal allowancePerPerson,
                    int bottomPlaces, Optional<Integer> statedTotal, Optional<String> taskTable, People people,
                    Optional<String> policy, Issuer issuer, java.util.Set<UnpaidReason> excludedReasons) {
        this(jurisdiction, parent, policyYear, insurance, personalStandard, windowStart, windowEnd, assessmentDate,
                allowancePerPerson, bottomPlaces, statedTotal, taskTable, people, policy, issuer, excludedReasons, null);
    }

    /** Whether the campaign collects the resident pension beside the medical insurance (两险, notice 003). */
    /**
     * A window that looks mistyped: longer than half a year (183 days), or ending after March of the policy year
     * (the notices' windows run from September or October to December of the year before, at the latest into
     * January or February, e.g. notice 002's tally week to 12-31 and 003's publicity to 01-20). A warning only: a
     * campaign may well be extended.
     *
     * @return the warning, in Chinese, naming both dates
     */
    public java.util.Optional<String> windowWarning() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(windowStart, windowEnd) + 1;
        if (days > 183 || windowEnd.isAfter(LocalDate.of(policyYear, 3, 31))) {
            return java.util.Optional.of("征缴期 " + windowStart + " 至 " + windowEnd + " 共 " + days + " 天，" + policyYear
                    + " 年度的集中征缴期通常在 " + (policyYear - 1) + " 年 9 至 12 月：请核对 campaign.yaml 中「征缴开始」「征缴截止」的年份");
        }
        return java.util.Optional.empty();
    }

    public boolean collectsPension() {
        return insurance != Insurance.RESIDENT_PENSION && insurances.contains(Insurance.RESIDENT_PENSION);
    }

    /**
     * The same campaign counted for another of its insurances: a ledger given these settings counts that insurance's
     * payments (the pension's, for a 两险 campaign's pension progress).
     *
     * @throws IllegalArgumentException when the campaign does not collect {@code other}
     */
    public Settings countingFor(Insurance other) {
        if (!insurances.contains(other)) {
            throw new IllegalArgumentException("the campaign does not collect " + other);
        }
        java.util.List<Insurance> order = new java.util.ArrayList<>(insurances);
        order.remove(other);
        order.add(0, other);
        return new Settings(jurisdiction, parent, policyYear, other, personalStandard, windowStart, windowEnd, assessmentDate,
                allowancePerPerson, bottomPlaces, statedTotal, taskTable, people, policy, issuer, excludedReasons, order);
    }

    /** Settings with the default reasons that take a person out ({@link UnpaidReason#EXCLUDED_BY_DEFAULT}). */
    public Settings(String jurisdiction, String parent, int policyYear, Insurance insurance, BigDecimal personalStandard,
                    LocalDate windowStart, LocalDate windowEnd, LocalDate assessmentDate, BigDecimal allowancePerPerson,
                    int bottomPlaces, Optional<Integer> statedTotal, Optional<String> taskTable, People people,
                    Optional<String> policy, Issuer issuer) {
        this(jurisdiction, parent, policyYear, insurance, personalStandard, windowStart, windowEnd, assessmentDate,
                allowancePerPerson, bottomPlaces, statedTotal, taskTable, people, policy, issuer, null);
    }

    /** Settings without the circular document's issuer (the defaults). */
    public Settings(String jurisdiction, String parent, int policyYear, Insurance insurance, BigDecimal personalStandard,
                    LocalDate windowStart, LocalDate windowEnd, LocalDate assessmentDate, BigDecimal allowancePerPerson,
                    int bottomPlaces, Optional<Integer> statedTotal, Optional<String> taskTable, People people,
                    Optional<String> policy) {
        this(jurisdiction, parent, policyYear, insurance, personalStandard, windowStart, windowEnd, assessmentDate,
                allowancePerPerson, bottomPlaces, statedTotal, taskTable, people, policy, Issuer.NONE);
    }

    /**
     * The same campaign one year earlier: policy year, window and assessment date a year back (for last year's
     * dumps, read only to draw last year's curve beside this year's).
     */
    public Settings yearBefore() {
        return new Settings(jurisdiction, parent, policyYear - 1, insurance, personalStandard, windowStart.minusYears(1),
                windowEnd.minusYears(1), assessmentDate.minusYears(1), allowancePerPerson, bottomPlaces, statedTotal, taskTable,
                people, policy, issuer, excludedReasons, insurances);
    }

    /** The same settings with other rules about people. */
    public Settings withPeople(People other) {
        return new Settings(jurisdiction, parent, policyYear, insurance, personalStandard, windowStart, windowEnd,
                assessmentDate, allowancePerPerson, bottomPlaces, statedTotal, taskTable, other, policy, issuer, excludedReasons,
                insurances);
    }

    /**
     * Who issues the circular as an official document (GB/T 9704-2012): all optional.
     *
     * @param organ      发文机关, e.g. 朱集镇人民政府: the 发文机关标志 (organ + 文件) and the signature (落款);
     *                   empty means the jurisdiction's government ({@link #organOf})
     * @param number     通报文号 (发文字号), e.g. 朱医保〔2022〕5号; empty: no number line
     * @param recipients 主送机关, e.g. 各村（社区）：; empty means the units the ranking ranks
     */
    public record Issuer(Optional<String> organ, Optional<String> number, Optional<String> recipients) {

        /** Nothing set. */
        public static final Issuer NONE = new Issuer(Optional.empty(), Optional.empty(), Optional.empty());

        public Issuer {
            Objects.requireNonNull(organ, "organ must not be null");
            Objects.requireNonNull(number, "number must not be null");
            Objects.requireNonNull(recipients, "recipients must not be null");
        }

        /** The issuing organ: the setting, or 辖区 + 人民政府 (a 街道 + 办事处). */
        public String organOf(String jurisdiction) {
            return organ.orElseGet(() -> jurisdiction.endsWith("街道") ? jurisdiction + "办事处" : jurisdiction + "人民政府");
        }
    }

    /** Settings without a subsidy policy. */
    public Settings(String jurisdiction, String parent, int policyYear, Insurance insurance, BigDecimal personalStandard,
                    LocalDate windowStart, LocalDate windowEnd, LocalDate assessmentDate, BigDecimal allowancePerPerson,
                    int bottomPlaces, Optional<Integer> statedTotal, Optional<String> taskTable, People people) {
        this(jurisdiction, parent, policyYear, insurance, personalStandard, windowStart, windowEnd, assessmentDate,
                allowancePerPerson, bottomPlaces, statedTotal, taskTable, people, Optional.empty());
    }

    /** Settings without rules about people (the defaults). */
    public Settings(String jurisdiction, String parent, int policyYear, Insurance insurance, BigDecimal personalStandard,
                    LocalDate windowStart, LocalDate windowEnd, LocalDate assessmentDate, BigDecimal allowancePerPerson,
                    int bottomPlaces, Optional<Integer> statedTotal, Optional<String> taskTable) {
        this(jurisdiction, parent, policyYear, insurance, personalStandard, windowStart, windowEnd, assessmentDate,
                allowancePerPerson, bottomPlaces, statedTotal, taskTable, People.DEFAULT);
    }

    /**
     * What the settings say about people.
     *
     * @param explainedAmounts personal amounts (yuan) that a subsidy rule explains (低保 pays 50 ...): not anomalies
     * @param subsidyAges      ages from which a subsidy applies (60, 70): pay after that birthday
     * @param waitingDays      the waiting period, in days, for payments after the window (30), if any
     * @param publicityStart   first day of the public posting (缴费名单公示), if set
     * @param publicityEnd     last day of the public posting, if set
     * @param idKeepHead       ID characters kept at the start in public lists (6)
     * @param idKeepTail       ID characters kept at the end in public lists (4)
     * @param supervisionPhone 监督电话 printed on the public list ("" when not set)
     */
    public record People(java.util.List<BigDecimal> explainedAmounts, java.util.List<Integer> subsidyAges,
                         Optional<Integer> waitingDays, Optional<LocalDate> publicityStart, Optional<LocalDate> publicityEnd,
                         int idKeepHead, int idKeepTail, String supervisionPhone) {

        /** Without a 监督电话. */
        public People(java.util.List<BigDecimal> explainedAmounts, java.util.List<Integer> subsidyAges,
                      Optional<Integer> waitingDays, Optional<LocalDate> publicityStart, Optional<LocalDate> publicityEnd,
                      int idKeepHead, int idKeepTail) {
            this(explainedAmounts, subsidyAges, waitingDays, publicityStart, publicityEnd, idKeepHead, idKeepTail, "");
        }

        /** No explained amounts, no age subsidies, no waiting period, publicity from the day after the report, 6 + 4. */
        public static final People DEFAULT = new People(java.util.List.of(), java.util.List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), 6, 4);

        public People {
            explainedAmounts = java.util.List.copyOf(explainedAmounts);
            subsidyAges = java.util.List.copyOf(subsidyAges);
            supervisionPhone = supervisionPhone == null ? "" : supervisionPhone;
        }

        /** These rules with more explained amounts and subsidy ages (each kept once, in order). */
        public People adding(java.util.Collection<BigDecimal> amounts, java.util.Collection<Integer> ages) {
            java.util.TreeSet<BigDecimal> allAmounts = new java.util.TreeSet<>();
            explainedAmounts.forEach(a -> allAmounts.add(a.stripTrailingZeros()));
            amounts.forEach(a -> allAmounts.add(a.stripTrailingZeros()));
            java.util.TreeSet<Integer> allAges = new java.util.TreeSet<>(subsidyAges);
            allAges.addAll(ages);
            return new People(java.util.List.copyOf(allAmounts), java.util.List.copyOf(allAges), waitingDays, publicityStart,
                    publicityEnd, idKeepHead, idKeepTail, supervisionPhone);
        }
    }
}

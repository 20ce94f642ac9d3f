package zhengjiao.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The roster (参保台账) of a sample campaign: one row per person who should be insured, in households.
 *
 * <p>Who is in it is decided by {@link PersonRole#inRoster()}: every counted payer except those planned as
 * {@link PersonRole#NOT_IN_ROSTER}, the unpaid people, the newborns, the people who pay after the window, and the
 * residents whose payments do not count (refunded, pension only, last year only). People whose place or number
 * matches nothing are not in it. A person's roster unit is the unit of their payments except for the people who
 * paid in another unit ({@link PaymentPlanner#rosterUnit(int)}).
 *
 * <p>Households are drawn among the people of one roster unit and one slot (the village of the county sample; the
 * town sample has one slot a village): 1-6 people, at least one adult where the group allows, the oldest first
 * and as head, 75% of the others taking the head's surname (the dumps show the same names). Rows are ordered by
 * unit (table order), slot, household. Numbers 户号 run H0000001, H0000002, ... in row order.
 */
final class Roster {

    static final List<String> HEADER = List.of("户号", "证件号码", "姓名", "镇街", "村名", "联系电话", "人员类别");

    /** Households of 1 to 6 people, weighted. */
    private static final int[] HOUSEHOLD_WEIGHTS = {14, 26, 24, 20, 10, 6};
    private static final int SLOTS = 1024;

    private final PaymentPlanner planner;
    private final int[] rows;
    private final int[] households;
    private final byte[] categories;
    private final Map<Integer, IdStyle> idStyles;

    private Roster(PaymentPlanner planner, int[] rows, int[] households, byte[] categories,
                   Map<Integer, IdStyle> idStyles) {
        this.planner = planner;
        this.rows = rows;
        this.households = households;
        this.categories = categories;
        this.idStyles = idStyles;
    }

    /**
     * Draws the roster after the planner has run: categories, households (changing surnames), a few messy numbers.
     *
     * @param rng     the sample's random numbers, after the planner's
     * @param planner the planner that drew people and payments
     * @param slotOf  (person, roster unit) to a slot below 1024 inside the unit: households never cross slots
     */
    static Roster plan(SplittableRandom rng, PaymentPlanner planner, IntBinaryOperator slotOf) {
        PersonTable people = planner.people();
        byte[] categories = new byte[people.size()];
        int count = 0;
        for (int p = 0; p < people.size(); p++) {
            if (people.role(p).inRoster()) {
                categories[p] = (byte) planner.category(p).ordinal();
                count++;
            }
        }
        long[] keys = new long[count];
        int k = 0;
        for (int p = 0; p < people.size(); p++) {
            if (people.role(p).inRoster()) {
                int unit = planner.rosterUnit(p);
                int slot = slotOf.applyAsInt(p, unit);
                if (slot < 0 || slot >= SLOTS) {
                    throw new IllegalStateException("slot out of range: " + slot);
                }
                keys[k++] = (long) (unit * SLOTS + slot) << 32 | p;
            }
        }
        Arrays.sort(keys);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = (int) keys[i];
        }
        int[] households = new int[count];
        int household = 0;
        LocalDate adultBorn = people.latestBirth().minusYears(18);
        for (int start = 0; start < count; ) {
            int end = start;
            while (end < count && keys[end] >>> 32 == keys[start] >>> 32) {
                end++;
            }
            shuffle(rng, rows, start, end);
            int previous = -1;
            for (int h = start; h < end; ) {
                int stop = Math.min(end, h + householdSize(rng));
                while (stop < end && stop - h < HOUSEHOLD_WEIGHTS.length && !hasAdult(people, rows, h, stop, adultBorn)) {
                    stop++;
                }
                int from = h;
                if (previous >= 0 && stop - previous <= HOUSEHOLD_WEIGHTS.length
                        && !hasAdult(people, rows, h, stop, adultBorn)) {
                    from = previous; // children left over join the household before them
                } else {
                    household++;
                    previous = h;
                }
                oldestFirst(people, rows, from, stop);
                int head = people.packedName(rows[from]);
                households[from] = household;
                for (int m = Math.max(h, from + 1); m < stop; m++) {
                    households[m] = household;
                    if (rng.nextInt(100) < 75) {
                        people.setPackedName(rows[m], NameBook.withSurnameOf(people.packedName(rows[m]), head));
                    }
                }
                h = stop;
            }
            start = end;
        }
        Map<Integer, IdStyle> idStyles = new HashMap<>();
        int messy = Math.max(3, (int) Math.round(1.0 * planner.payerCount() / 10_000));
        for (IdStyle style : List.of(IdStyle.LOWER_X, IdStyle.SPACES)) {
            for (int j = 0; j < messy; j++) {
                while (true) {
                    int person = rows[rng.nextInt(count)];
                    if (!idStyles.containsKey(person) && (style != IdStyle.LOWER_X || people.checkIsX(person))) {
                        idStyles.put(person, style);
                        break;
                    }
                }
            }
        }
        return new Roster(planner, rows, households, categories, idStyles);
    }

    private static int householdSize(SplittableRandom rng) {
        int pick = rng.nextInt(100);
        int size = 0;
        while (pick >= HOUSEHOLD_WEIGHTS[size]) {
            pick -= HOUSEHOLD_WEIGHTS[size];
            size++;
        }
        return size + 1;
    }

    private static void shuffle(SplittableRandom rng, int[] a, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            int j = from + rng.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean hasAdult(PersonTable people, int[] rows, int from, int to, LocalDate adultBorn) {
        for (int i = from; i < to; i++) {
            if (!people.birth(rows[i]).isAfter(adultBorn)) {
                return true;
            }
        }
        return false;
    }

    /** Insertion sort of a household (at most a few people) by birth, ties by person. */
    private static void oldestFirst(PersonTable people, int[] rows, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int p = rows[i];
            long key = birthKey(people, p);
            int j = i - 1;
            while (j >= from && birthKey(people, rows[j]) > key) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = p;
        }
    }

    /** yyyymmdd and the person: sorts by birth, then by index. */
    private static long birthKey(PersonTable people, int person) {
        return people.first17(person) / 1000 % 100_000_000L * (1L << 32) + person;
    }

    int size() {
        return rows.length;
    }

    /**
     * Writes the roster: UTF-8 with BOM, CRLF, the header {@link #HEADER}.
     *
     * @param file      the file
     * @param seed      the sample's seed (telephone numbers are drawn from it and the person's number)
     * @param townOf    the 镇街 text of a roster unit
     * @param villageOf the 村名 text of (person, roster unit)
     * @return the data rows written
     */
    long write(Path file, long seed, IntFunction<String> townOf, VillageText villageOf) throws IOException {
        PersonTable people = planner.people();
        long phoneKey = mix(seed ^ 0x5DEECE66DL);
        LocalDate childBorn = people.latestBirth().minusYears(16);
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(HEADER);
            String headPhone = "";
            for (int i = 0; i < rows.length; i++) {
                int p = rows[i];
                boolean head = i == 0 || households[i] != households[i - 1];
                String phone = phone(people.first17(p), phoneKey);
                if (head) {
                    headPhone = phone;
                } else if (people.birth(p).isAfter(childBorn)) {
                    phone = headPhone; // children give a parent's number
                }
                int unit = planner.rosterUnit(p);
                printer.printRecord(householdNumber(households[i]),
                        idStyles.getOrDefault(p, IdStyle.NORMAL).render(people.first17(p)), people.name(p),
                        townOf.apply(unit), villageOf.text(p, unit), phone, RosterCategory.of(categories[p]).text());
            }
            printer.flush();
        }
        return rows.length;
    }

    /** The village text of a person's roster row. */
    @FunctionalInterface
    interface VillageText {
        String text(int person, int unit);
    }

    static String householdNumber(int household) {
        String digits = Integer.toString(household);
        return "H" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    /** 13x, 15x or 18x and eight more digits; empty for about 7% of people. */
    static String phone(long first17, long key) {
        long h = mix(first17 ^ key);
        if (Long.remainderUnsigned(h >>> 48, 100) < 7) {
            return "";
        }
        char second = "358".charAt((int) Long.remainderUnsigned(h, 3));
        String digits = Long.toString(Long.remainderUnsigned(h >>> 4, 1_000_000_000L));
        return "1" + second + "0".repeat(9 - digits.length()) + digits;
    }

    /**
     * The roster's ground truth.
     *
     * @param fileName  the roster's file name
     * @param unitNames the units' names in table order
     */
    RosterTruth truth(String fileName, List<String> unitNames) {
        PersonTable people = planner.people();
        PaymentTable payments = planner.payments();
        int[] unpaid = new int[unitNames.size()];
        List<String> shouldWait = new ArrayList<>();
        for (int p : rows) {
            if (!people.role(p).counts()) {
                unpaid[planner.rosterUnit(p)]++;
                if (planner.shouldWait(people.birth(p))) {
                    shouldWait.add(people.id(p));
                }
            }
        }
        Map<String, Integer> unpaidByUnit = new LinkedHashMap<>();
        for (int u = 0; u < unitNames.size(); u++) {
            unpaidByUnit.put(unitNames.get(u), unpaid[u]);
        }
        List<String> moved = new ArrayList<>();
        List<String> notInRoster = new ArrayList<>();
        List<String> early = new ArrayList<>();
        List<String> newborns = new ArrayList<>();
        Map<String, Integer> offStandard = new TreeMap<>();
        for (int p = 0; p < people.size(); p++) {
            switch (people.role(p)) {
                case MOVED -> moved.add(people.id(p));
                case NOT_IN_ROSTER -> notInRoster.add(people.id(p));
                case EARLY_BIRTHDAY -> early.add(people.id(p));
                case NEWBORN_PAID, NEWBORN_UNPAID -> newborns.add(people.id(p));
                case OFF_STANDARD -> offStandard.put(people.id(p), payments.amount(PaymentPlanner.firstPayment(p)));
                default -> {
                }
            }
        }
        Map<String, LocalDate> late = new TreeMap<>();
        for (int payment : planner.latePayments()) {
            late.put(people.id(payments.person(payment)), payments.dateTime(payment).toLocalDate());
        }
        return new RosterTruth(fileName, rows.length, unpaidByUnit, moved, notInRoster, offStandard, late, early,
                shouldWait, newborns);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package zhengjiao.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * The people of a sample campaign in compact parallel arrays (about 16 bytes a person), so that a county-sized
 * sample fits in a small heap. A person is an index; the number is stored as its first 17 digits.
 *
 * <p>A person belongs to a unit: a village of a town sample or a town of a county sample. Unit indexes are
 * 0-based positions in the unit list; a negative unit {@code -1 - k} is the k-th name of the sample's unknown
 * places ({@link #UNKNOWN_VILLAGES} in the town sample).
 */
final class PersonTable {

    /** 灵璧县, the town sample's area code. */
    static final String AREA = "341323";
    static final String[] UNKNOWN_VILLAGES = {"朱集镇敬老院", "红棋村", "居民服务中心"};

    static final LocalDate FIRST_BIRTH = LocalDate.of(1935, 1, 1);
    static final LocalDate LAST_BIRTH = LocalDate.of(2022, 9, 30);
    /** The youngest person who may pay pension insurance for 2023 (16 in 2023). */
    static final LocalDate LAST_PENSION_BIRTH = LocalDate.of(2007, 12, 31);

    private static final int[] DECADE_START = {1935, 1945, 1955, 1965, 1975, 1985, 1995, 2005, 2015};
    private static final int[] DECADE_WEIGHT = {3, 7, 13, 16, 12, 12, 13, 14, 10};
    private static final int WEIGHT_TOTAL = Arrays.stream(DECADE_WEIGHT).sum();

    private static final IdStyle[] ID_STYLES = IdStyle.values();
    private static final PersonRole[] ROLES = PersonRole.values();

    private final long areaPart;
    private final LocalDate latestBirth;
    private long[] first17 = new long[1024];
    private int[] names = new int[1024];
    private short[] villages = new short[1024];
    private byte[] idStyles = new byte[1024];
    private byte[] roles = new byte[1024];
    private int size;
    private final BitSet taken = new BitSet();

    /** The town sample's people: area {@value #AREA}, born up to {@link #LAST_BIRTH}. */
    PersonTable() {
        this(AREA, LAST_BIRTH);
    }

    /**
     * @param area        the six-digit area code of every number
     * @param latestBirth the latest birth date anyone may have (the day before the campaign starts)
     */
    PersonTable(String area, LocalDate latestBirth) {
        this.areaPart = Long.parseLong(area) * 100_000_000_000L;
        this.latestBirth = latestBirth;
    }

    int size() {
        return size;
    }

    /** The latest birth date anyone may have. */
    LocalDate latestBirth() {
        return latestBirth;
    }

    /** Draws a new person with a unique valid number born no later than {@code lastBirth}. */
    int draw(SplittableRandom rng, int village, LocalDate lastBirth) {
        return draw(rng, village, lastBirth, false);
    }

    /**
     * Draws a new person; with {@code digitCheck} only numbers whose check character is a digit (Excel can turn
     * only those into numbers).
     */
    int draw(SplittableRandom rng, int village, LocalDate lastBirth, boolean digitCheck) {
        return draw(rng, village, FIRST_BIRTH, lastBirth, digitCheck);
    }

    /** Draws a new person born between {@code firstBirth} and {@code lastBirth}. */
    int draw(SplittableRandom rng, int village, LocalDate firstBirth, LocalDate lastBirth, boolean digitCheck) {
        boolean male = rng.nextBoolean();
        long head = drawNumber(rng, male, firstBirth, lastBirth, digitCheck);
        int name = NameBook.draw(rng, male);
        return add(head, name, village);
    }

    /**
     * Gives a person a new unique valid number born between {@code firstBirth} and {@code lastBirth}, of the same
     * sex (the name stays); the old number is not handed out again.
     */
    void redraw(int person, SplittableRandom rng, LocalDate firstBirth, LocalDate lastBirth) {
        boolean male = first17[person] % 2 == 1;
        first17[person] = drawNumber(rng, male, firstBirth, lastBirth, false);
    }

    private long drawNumber(SplittableRandom rng, boolean male, LocalDate firstBirth, LocalDate lastBirth,
                            boolean digitCheck) {
        while (true) {
            LocalDate birth = drawBirth(rng, firstBirth, lastBirth);
            long dayKey = (birth.toEpochDay() - FIRST_BIRTH.toEpochDay()) * 1000L;
            for (int attempt = 0; attempt < 20; attempt++) {
                int sequence = male ? 2 * rng.nextInt(500) + 1 : 2 * (1 + rng.nextInt(499));
                int key = Math.toIntExact(dayKey + sequence);
                long ymd = birth.getYear() * 10_000L + birth.getMonthValue() * 100L + birth.getDayOfMonth();
                long head = areaPart + ymd * 1000L + sequence;
                if (!taken.get(key) && !(digitCheck && IdStyle.NORMAL.render(head).endsWith("X"))) {
                    taken.set(key);
                    return head;
                }
            }
        }
    }

    /** Decades by weight, then a year and a day; draws again until the date is in range. */
    private LocalDate drawBirth(SplittableRandom rng, LocalDate firstBirth, LocalDate lastBirth) {
        while (true) {
            int pick = rng.nextInt(WEIGHT_TOTAL);
            int decade = 0;
            while (pick >= DECADE_WEIGHT[decade]) {
                pick -= DECADE_WEIGHT[decade];
                decade++;
            }
            int year = DECADE_START[decade] + rng.nextInt(10);
            if (year > latestBirth.getYear()) {
                continue;
            }
            LocalDate birth = LocalDate.ofYearDay(year, 1 + rng.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            if (!birth.isAfter(lastBirth) && !birth.isBefore(firstBirth)) {
                return birth;
            }
        }
    }

    private int add(long head, int name, int village) {
        if (size == first17.length) {
            int capacity = size + (size >> 1);
            first17 = Arrays.copyOf(first17, capacity);
            names = Arrays.copyOf(names, capacity);
            villages = Arrays.copyOf(villages, capacity);
            idStyles = Arrays.copyOf(idStyles, capacity);
            roles = Arrays.copyOf(roles, capacity);
        }
        first17[size] = head;
        names[size] = name;
        villages[size] = (short) village;
        return size++;
    }

    long first17(int person) {
        return first17[person];
    }

    String name(int person) {
        return NameBook.text(names[person]);
    }

    /** The packed name ({@link NameBook}). */
    int packedName(int person) {
        return names[person];
    }

    void setPackedName(int person, int packed) {
        names[person] = packed;
    }

    int village(int person) {
        return villages[person];
    }

    IdStyle idStyle(int person) {
        return ID_STYLES[idStyles[person]];
    }

    void setIdStyle(int person, IdStyle style) {
        idStyles[person] = (byte) style.ordinal();
    }

    PersonRole role(int person) {
        return ROLES[roles[person]];
    }

    void setRole(int person, PersonRole role) {
        roles[person] = (byte) role.ordinal();
    }

    /** The valid 18-character number. */
    String id(int person) {
        return IdStyle.NORMAL.render(first17[person]);
    }

    boolean checkIsX(int person) {
        return id(person).charAt(17) == 'X';
    }

    LocalDate birth(int person) {
        long ymd = first17[person] / 1000 % 100_000_000L;
        return LocalDate.of((int) (ymd / 10_000), (int) (ymd / 100 % 100), (int) (ymd % 100));
    }
}

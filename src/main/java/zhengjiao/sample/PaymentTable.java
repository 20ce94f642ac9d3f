package zhengjiao.sample;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The payments of a sample campaign in compact parallel arrays (about 16 bytes a payment). A payment is an
 * index; its index is also the counter its serial number is made from. Times are seconds after the campaign's
 * first day ({@link #START} in the town sample).
 */
final class PaymentTable {

    static final LocalDateTime START = LocalDateTime.of(2022, 10, 1, 0, 0);
    static final int DAY = 86_400;

    /** Which insurance and policy year a payment is for (last year: the year before the campaign's). */
    enum Kind { MEDICAL, PENSION, MEDICAL_LAST_YEAR }

    /** Why a payment row exists beyond a person's first payment. */
    enum Tag { FIRST, DUPLICATE, REFUND, REPAYMENT }

    /**
     * The payment channels: all but {@link #GOVERNMENT} are what people use themselves; 皖事通 is Anhui's app
     * (town sample), 爱山东 and 云闪付 are Shandong's (county sample).
     */
    enum Channel {
        WECHAT("微信"), ALIPAY("支付宝"), BANK("银行柜台"), WANSHITONG("皖事通"), GOVERNMENT("政府代缴"),
        AISHANDONG("爱山东"), YUNSHANFU("云闪付"),
        /** A village agent collected it (委托代收, notice 003 四（三）1); only with {@code sample --cash-record}. */
        AGENT("村居代收");

        private final String text;

        Channel(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /**
     * How the name a payment counts for (a village in the town sample, a town in the county sample) is written:
     * as in the table, or one of the tolerated variants. {@link #VILLAGE_COMMITTEE} is for villages only.
     */
    enum NameSpelling { AS_TABLE, WITHOUT_SUFFIX, VILLAGE_COMMITTEE, SPACED, FULL_WIDTH_SPACE }

    /** Decoration bits. */
    static final int TOWN_SHORT = 1;
    static final int INSURANCE_SHORT = 2;

    private static final Kind[] KINDS = Kind.values();
    private static final Tag[] TAGS = Tag.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final NameSpelling[] SPELLINGS = NameSpelling.values();
    private static final AmountFormat[] AMOUNT_FORMATS = AmountFormat.values();

    private final LocalDateTime start;
    private int[] persons = new int[1024];
    private int[] times = new int[1024];
    private short[] amounts = new short[1024];
    private byte[] kinds = new byte[1024];
    private byte[] tags = new byte[1024];
    private byte[] channels = new byte[1024];
    private byte[] spellings = new byte[1024];
    private byte[] amountFormats = new byte[1024];
    private byte[] decorations = new byte[1024];
    private int size;

    /** The town sample's payments, from {@link #START}. */
    PaymentTable() {
        this(START);
    }

    /** @param start the campaign's first moment: time 0 */
    PaymentTable(LocalDateTime start) {
        this.start = start;
    }

    int size() {
        return size;
    }

    /** The campaign's first moment: time 0. */
    LocalDateTime start() {
        return start;
    }

    int add(int person, int time, int amountYuan, Kind kind, Tag tag, Channel channel) {
        if (size == persons.length) {
            grow();
        }
        persons[size] = person;
        times[size] = time;
        amounts[size] = (short) amountYuan;
        kinds[size] = (byte) kind.ordinal();
        tags[size] = (byte) tag.ordinal();
        channels[size] = (byte) channel.ordinal();
        return size++;
    }

    private void grow() {
        int capacity = size + (size >> 1);
        persons = Arrays.copyOf(persons, capacity);
        times = Arrays.copyOf(times, capacity);
        amounts = Arrays.copyOf(amounts, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        tags = Arrays.copyOf(tags, capacity);
        channels = Arrays.copyOf(channels, capacity);
        spellings = Arrays.copyOf(spellings, capacity);
        amountFormats = Arrays.copyOf(amountFormats, capacity);
        decorations = Arrays.copyOf(decorations, capacity);
    }

    void decorate(int payment, NameSpelling spelling, AmountFormat amountFormat, int decorationBits) {
        spellings[payment] = (byte) spelling.ordinal();
        amountFormats[payment] = (byte) (amountFormat == null ? -1 : amountFormat.ordinal());
        decorations[payment] = (byte) decorationBits;
    }

    int person(int payment) {
        return persons[payment];
    }

    int time(int payment) {
        return times[payment];
    }

    void setTime(int payment, int time) {
        times[payment] = time;
    }

    int day(int payment) {
        return times[payment] / DAY;
    }

    int amount(int payment) {
        return amounts[payment];
    }

    void setAmount(int payment, int amountYuan, Channel channel) {
        amounts[payment] = (short) amountYuan;
        channels[payment] = (byte) channel.ordinal();
    }

    Kind kind(int payment) {
        return KINDS[kinds[payment]];
    }

    Tag tag(int payment) {
        return TAGS[tags[payment]];
    }

    Channel channel(int payment) {
        return CHANNELS[channels[payment]];
    }

    NameSpelling spelling(int payment) {
        return SPELLINGS[spellings[payment]];
    }

    /** The amount format chosen for this payment, or null for the file's usual one. */
    AmountFormat amountFormat(int payment) {
        int f = amountFormats[payment];
        return f < 0 ? null : AMOUNT_FORMATS[f];
    }

    boolean has(int payment, int decorationBit) {
        return (decorations[payment] & decorationBit) != 0;
    }

    LocalDateTime dateTime(int payment) {
        return start.plusSeconds(times[payment]);
    }

    /** The payments ordered by time, ties by index. */
    int[] byTime() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) times[i] << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}

package zhengjiao.reconcile;

import java.time.LocalDate;

/**
 * One distinct payment (or refund) of a person: a serial number seen once, however many dumps repeat it. Kept small
 * (a county holds a million of them): the date as an epoch day, where it was first seen as two ints, and a serial of
 * up to 36 digits (the tax system's 20-digit 电子税票号码) as two longs and its length instead of a string.
 *
 * @param serialHigh the digits of a numeric serial before its last 18, as a number
 * @param serialLow  the last 18 digits of a numeric serial, as a number
 * @param serialText the serial when it is not all digits (or longer than 36, or empty), else null
 * @param serialLength the number of digits of a numeric serial (keeps its leading zeros)
 * @param day        缴费日期 as {@link LocalDate#toEpochDay()}
 * @param amountFen  amount in fen, negative for a refund
 * @param village    index into the task table, or {@code -1 - k} for the k-th unmatched village text
 * @param government whether the channel says the government paid (代缴)
 * @param fileIndex  the ledger's index of the dump the payment was first seen in
 * @param row        the row of that dump
 * @param seen       how many rows showed this payment
 * @param place      村居 as the dump wrote it (one shared string per distinct text)
 */
record Entry(long serialHigh, long serialLow, String serialText, byte serialLength, int day, long amountFen, int village,
             boolean government, int fileIndex, int row, int seen, String place) {

    /** An entry for a payment first seen at {@code fileIndex}, {@code row}. */
    static Entry of(String serial, int day, long amountFen, int village, boolean government, int fileIndex, int row,
                    String place) {
        int n = serial.length();
        boolean digits = n > 0 && n <= 36;
        for (int i = 0; digits && i < n; i++) {
            char c = serial.charAt(i);
            digits = c >= '0' && c <= '9';
        }
        if (!digits) {
            return new Entry(0, 0, serial, (byte) 0, day, amountFen, village, government, fileIndex, row, 1, place);
        }
        int split = Math.max(0, n - 18);
        long high = split == 0 ? 0 : Long.parseLong(serial, 0, split, 10);
        long low = Long.parseLong(serial, split, n, 10);
        return new Entry(high, low, null, (byte) n, day, amountFen, village, government, fileIndex, row, 1, place);
    }

    Entry seenAgain() {
        return new Entry(serialHigh, serialLow, serialText, serialLength, day, amountFen, village, government, fileIndex,
                row, seen + 1, place);
    }

    /** 电子税票号码 as it was written (or the key standing in for a missing one). */
    String serial() {
        if (serialText != null) {
            return serialText;
        }
        String low = Long.toString(serialLow);
        StringBuilder sb = new StringBuilder(serialLength);
        int lowWidth = Math.min(serialLength, 18);
        if (serialLength > 18) {
            String high = Long.toString(serialHigh);
            sb.append("0".repeat(serialLength - 18 - high.length())).append(high);
        }
        return sb.append("0".repeat(lowWidth - low.length())).append(low).toString();
    }

    /** Whether both are the same payment's serial. */
    boolean sameSerial(Entry other) {
        return serialLength == other.serialLength && serialHigh == other.serialHigh && serialLow == other.serialLow
                && java.util.Objects.equals(serialText, other.serialText);
    }

    /** 缴费日期. */
    LocalDate date() {
        return LocalDate.ofEpochDay(day);
    }

    /** Whether the payment is dated on or before the epoch day {@code last}. */
    boolean onOrBefore(long last) {
        return day <= last;
    }
}

package zhengjiao.reconcile;

/**
 * Finds a person by resident ID without a map entry and a string per person: the 18 characters of a valid ID are
 * packed into one long ({@link #code}), and an open-addressing table of longs maps it to the person's position in
 * reading order. A county's million payers cost about 24 bytes each here instead of about 100.
 */
final class PersonIndex {

    private long[] keys = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private int size;

    /** No person: codes are never negative, so -1 marks an empty slot. */
    private static final long EMPTY = -1;

    PersonIndex() {
        java.util.Arrays.fill(keys, EMPTY);
    }

    /**
     * The code of a valid 18-character ID: the first 17 digits times 11 plus the check character (X = 10); -1 for a
     * text that is not shaped like one (such text is never a person here: the reader excludes invalid IDs).
     */
    static long code(String id) {
        if (id == null || id.length() != 18) {
            return -1;
        }
        long first17 = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            first17 = first17 * 10 + (c - '0');
        }
        char last = id.charAt(17);
        int check = last == 'X' ? 10 : last >= '0' && last <= '9' ? last - '0' : -1;
        return check < 0 ? -1 : first17 * 11 + check;
    }

    /** The ID a code was made from. */
    static String id(long code) {
        long first17 = code / 11;
        int check = (int) (code % 11);
        String digits = Long.toString(first17);
        StringBuilder sb = new StringBuilder(18);
        for (int i = digits.length(); i < 17; i++) {
            sb.append('0');
        }
        return sb.append(digits).append(check == 10 ? 'X' : (char) ('0' + check)).toString();
    }

    /** The position stored for {@code code}, or -1. */
    int get(long code) {
        if (code < 0) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int i = slot(code, mask); ; i = (i + 1) & mask) {
            if (keys[i] == code) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /** Stores {@code position} for a code not yet stored. */
    void put(long code, int position) {
        if (putIfAbsent(code, position) >= 0) {
            throw new IllegalArgumentException("the code is stored already");
        }
    }

    /**
     * The position stored for {@code code}; when there is none, stores {@code position} and returns -1: one probe for
     * the look-up and the insertion the ledger makes for every payment row (a new person costs one read of the table
     * that is not in the cache, the rest are writes).
     *
     * @throws IllegalArgumentException for a negative code (no valid resident ID)
     */
    int putIfAbsent(long code, int position) {
        if (code < 0) {
            throw new IllegalArgumentException("a person needs a valid resident ID");
        }
        if ((size + 1) * 3 > keys.length * 2) {
            grow();
        }
        long[] k = keys;
        int mask = k.length - 1;
        int i = slot(code, mask);
        for (long key; (key = k[i]) != EMPTY; i = (i + 1) & mask) {
            if (key == code) {
                return values[i];
            }
        }
        k[i] = code;
        values[i] = position;
        size++;
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long code, int mask) {
        long h = code * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}

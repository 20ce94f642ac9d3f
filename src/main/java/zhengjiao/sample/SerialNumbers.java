package zhengjiao.sample;

/**
 * Serial numbers (电子税票号码) of sample payments: a two-digit province prefix ("34" Anhui in the town sample,
 * "37" Shandong in the county sample) followed by 18 digits, 20 digits in all. The 18 digits are
 * a seed-keyed permutation of the payment's counter (a four-round Feistel network on two 9-digit halves), so
 * distinct counters always give distinct serials and the numbers do not look sequential.
 */
final class SerialNumbers {

    private static final long HALF = 1_000_000_000L;
    private static final int ROUNDS = 4;

    private final long[] keys = new long[ROUNDS];
    private final String prefix;

    /** The town sample's serials, starting with 34. */
    SerialNumbers(long seed) {
        this(seed, "34");
    }

    SerialNumbers(long seed, String prefix) {
        if (!prefix.matches("\\d{2}")) {
            throw new IllegalArgumentException("serial prefix must be two digits: " + prefix);
        }
        this.prefix = prefix;
        long k = seed;
        for (int i = 0; i < ROUNDS; i++) {
            k = mix(k + 0x9E3779B97F4A7C15L);
            keys[i] = k;
        }
    }

    String of(long counter) {
        if (counter < 0 || counter >= HALF * HALF) {
            throw new IllegalArgumentException("counter out of range: " + counter);
        }
        long left = counter / HALF;
        long right = counter % HALF;
        for (int i = 0; i < ROUNDS; i++) {
            long next = (left + Math.floorMod(mix(right ^ keys[i]), HALF)) % HALF;
            left = right;
            right = next;
        }
        StringBuilder sb = new StringBuilder(20).append(prefix);
        appendPadded(sb, left);
        appendPadded(sb, right);
        return sb.toString();
    }

    private static void appendPadded(StringBuilder sb, long value) {
        String digits = Long.toString(value);
        sb.append("0".repeat(9 - digits.length())).append(digits);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

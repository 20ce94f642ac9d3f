package zhengjiao.reconcile;

/**
 * The names of a ledger's persons, kept one after another in shared blocks of 65,536 chars instead of an array each: a
 * county's million names then cost their chars and no object per person (about 24 bytes less each, and a million
 * objects fewer for the collector to copy while the dumps are read). Used by the thread that takes the rows in; read
 * afterwards by any.
 */
final class NamePool {

    /** Chars per block; a name never spans two blocks (a cell holds at most 32,767 characters). */
    static final int BLOCK = 1 << 16;

    private char[] block = new char[BLOCK];
    private int used;

    /** The block {@link #add} put the last name in. */
    char[] lastBlock() {
        return block;
    }

    /**
     * Copies {@code text} into the current block (a new one when it does not fit) and returns where it starts there.
     *
     * @throws IllegalArgumentException for a text longer than a block
     */
    int add(String text) {
        int n = text.length();
        if (n > BLOCK) {
            throw new IllegalArgumentException("a name of " + n + " characters");
        }
        if (used + n > BLOCK) {
            block = new char[BLOCK];
            used = 0;
        }
        text.getChars(0, n, block, used);
        int at = used;
        used += n;
        return at;
    }
}

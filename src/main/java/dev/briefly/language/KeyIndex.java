package dev.briefly.language;

/**
 * Maps nonzero 64-bit n-gram keys to their row numbers with an open-addressing table, shared by the language
 * models so that a single look-up scores every language of a group.
 *
 * <p>Immutable after construction, hence thread-safe.
 */
final class KeyIndex {

    private final long[] slots;
    private final int[] rows;
    private final int mask;

    /**
     * Indexes {@code keys}: key {@code keys[r]} gets row {@code r}.
     *
     * @throws IllegalArgumentException when a key is 0 or appears twice
     */
    KeyIndex(long[] keys) {
        int capacity = Integer.highestOneBit(Math.max(8, keys.length * 2) - 1) << 1;
        this.slots = new long[capacity];
        this.rows = new int[capacity];
        this.mask = capacity - 1;
        for (int r = 0; r < keys.length; r++) {
            if (keys[r] == 0) {
                throw new IllegalArgumentException("0 is not an n-gram key");
            }
            int i = slot(keys[r]);
            if (slots[i] == keys[r]) {
                throw new IllegalArgumentException("duplicate n-gram key " + keys[r]);
            }
            slots[i] = keys[r];
            rows[i] = r;
        }
    }

    /** Returns the row of {@code key}, or -1 when it was not indexed. */
    int row(long key) {
        int i = slot(key);
        return slots[i] == key ? rows[i] : -1;
    }

    private int slot(long key) {
        // Fibonacci hashing spreads the packed UTF-16 units, whose low bits vary little within a script.
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (slots[i] != 0 && slots[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }
}

package org.kuzet.portal.internal;

import java.util.BitSet;

/**
 * Incident ids as remembered between requests: a common word finds tens of thousands of incidents, and a long per
 * id would let a few hundred remembered searches fill the heap; a bit per possible id is then much smaller (100,000
 * incidents: 12.5 KB whatever the number found). A few ids stay a plain array.
 */
public final class IdList {

    private final long[] ids;
    private final BitSet bits;

    private IdList(long[] ids, BitSet bits) {
        this.ids = ids;
        this.bits = bits;
    }

    /** @param ascending distinct ids, smallest first */
    public static IdList of(long[] ascending) {
        int n = ascending.length;
        long max = n == 0 ? 0 : ascending[n - 1];
        if (max >= Integer.MAX_VALUE || max / 64 + 1 >= n) {
            return new IdList(ascending.clone(), null);
        }
        BitSet bits = new BitSet((int) max + 1);
        for (long id : ascending) {
            bits.set((int) id);
        }
        return new IdList(null, bits);
    }

    /** The ids, ascending. */
    public long[] toArray() {
        return bits == null ? ids.clone() : bits.stream().asLongStream().toArray();
    }
}

package org.kuzet.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdListTest {

    @Test
    void fewAndManyIdsComeBackAsGiven() {
        long[] few = {3, 70_000, 99_999};
        long[] many = LongStream.rangeClosed(1, 100_000).filter(id -> id % 7 != 0).toArray();
        long[] none = {};
        long[] huge = {5, 3_000_000_000L};
        for (long[] ids : new long[][] {few, many, none, huge}) {
            assertThat(IdList.of(ids).toArray()).containsExactly(ids);
        }
    }
}

package io.ignis.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Estimates within a factor of two of what the heap holds, for the shapes values usually have. */
class SizeEstimatorTest {
    record Row(long id, String name, double[] values) {}

    private static void assertAbout(long expected, long estimate) {
        assertTrue(estimate >= expected / 2 && estimate <= expected * 2, "estimate " + estimate + ", expected about " + expected);
    }

    @Test
    void arraysAndStringsExactly() {
        assertEquals(16 + 1000, SizeEstimator.estimate(new byte[1000]));
        assertEquals(16 + 8000, SizeEstimator.estimate(new long[1000]));
        assertEquals(24 + 16 + 8, SizeEstimator.estimate("12345678"));
        assertEquals(0, SizeEstimator.estimate(null));
    }

    @Test
    void graphsAndCollections() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(new Row(i, "row-" + i, new double[] {i, i + 1}));
        }
        // per row: the record (12 + 8 + 4 + 4 = 32), its name (24 + 16 + ~10 -> 48), the array (16 + 16 = 32), a slot 4
        assertAbout(100_000L * 116, SizeEstimator.estimate(rows));
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            map.put(i, "v" + i);
        }
        // per entry: node 32, key 16, value 40+, table slot ~6
        assertAbout(50_000L * 95, SizeEstimator.estimate(map));
        Object[] shared = new Object[1000];
        byte[] one = new byte[1 << 20];
        java.util.Arrays.fill(shared, one);
        assertAbout((1 << 20) + 4016, SizeEstimator.estimate(shared)); // the shared array counted once
    }
}

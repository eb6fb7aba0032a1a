package io.ignis.rdd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spark's byte strings, as the object-store size key reads them. */
class MastersTest {
    @Test
    void byteStringsReadAsSparkReadsThem() {
        assertEquals(100, Masters.bytes("k", "100"));
        assertEquals(100, Masters.bytes("k", "100b"));
        assertEquals(64L << 10, Masters.bytes("k", "64k"));
        assertEquals(512L << 20, Masters.bytes("k", "512m"));
        assertEquals(512L << 20, Masters.bytes("k", "512MB"));
        assertEquals(2L << 30, Masters.bytes("k", " 2g "));
        NumberFormatException bad = assertThrows(NumberFormatException.class, () -> Masters.bytes("spark.x", "2 gigs"));
        assertTrue(bad.getMessage().contains("spark.x"), bad.getMessage());
        assertThrows(NumberFormatException.class, () -> Masters.bytes("spark.x", "lots"));
    }

    @Test
    void theEmbeddedBudgetIsSparksUnifiedMemory() {
        long mb = 1L << 20;
        assertEquals((long) ((6144 - 300) * mb * 0.6), Masters.defaultStoreBytes(6144 * mb), "a 6 GB heap");
        assertEquals(128 * mb, Masters.defaultStoreBytes(512 * mb), "a small heap keeps a quarter");
    }
}

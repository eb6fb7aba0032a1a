package org.apache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HashPartitionerTest {
    @Test
    void placesKeysByNonNegativeHashModulo() {
        HashPartitioner partitioner = new HashPartitioner(10);
        assertEquals(10, partitioner.numPartitions());
        assertEquals(7, partitioner.getPartition("a")); // "a".hashCode() == 97
        assertEquals(3, partitioner.getPartition(13));
        assertEquals(0, partitioner.getPartition(20));
    }

    @Test
    void negativeHashCodesWrapIntoRange() {
        HashPartitioner partitioner = new HashPartitioner(5);
        assertEquals(3, partitioner.getPartition(-7)); // -7 % 5 == -2, plus 5
        assertEquals(0, partitioner.getPartition(-10));
        // Integer.MIN_VALUE % 5 == -3
        assertEquals(2, partitioner.getPartition(Integer.MIN_VALUE));
        assertEquals(Math.floorMod("negative hash?".hashCode(), 5), partitioner.getPartition("negative hash?"));
        // Long's hash folds its halves: -1L hashes to 0.
        assertEquals(0, partitioner.getPartition(-1L));
    }

    @Test
    void nullKeyGoesToPartitionZero() {
        assertEquals(0, new HashPartitioner(7).getPartition(null));
    }

    @Test
    void everyKeyLandsInRange() {
        HashPartitioner partitioner = new HashPartitioner(3);
        for (int key = -1000; key <= 1000; key++) {
            int partition = partitioner.getPartition("key" + key);
            assertEquals(Math.floorMod(("key" + key).hashCode(), 3), partition);
        }
    }

    @Test
    void equalByPartitionCount() {
        assertEquals(new HashPartitioner(4), new HashPartitioner(4));
        assertEquals(4, new HashPartitioner(4).hashCode());
        assertNotEquals(new HashPartitioner(4), new HashPartitioner(5));
        Partitioner other = new Partitioner() {
            @Override
            public int numPartitions() {
                return 4;
            }

            @Override
            public int getPartition(Object key) {
                return 0;
            }
        };
        assertNotEquals(new HashPartitioner(4), other);
    }

    @Test
    void negativeCountIsRejectedWithSparksMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new HashPartitioner(-1));
        assertEquals("requirement failed: Number of partitions (-1) cannot be negative.", error.getMessage());
        assertEquals(0, new HashPartitioner(0).numPartitions());
    }
}

package org.apache.spark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.apache.spark.api.java.StorageLevels;
import org.apache.spark.memory.MemoryMode;
import org.junit.jupiter.api.Test;

class StorageLevelTest {
    private static final List<String> NAMES = List.of("NONE", "DISK_ONLY", "DISK_ONLY_2", "DISK_ONLY_3",
            "MEMORY_ONLY", "MEMORY_ONLY_2", "MEMORY_ONLY_SER", "MEMORY_ONLY_SER_2", "MEMORY_AND_DISK",
            "MEMORY_AND_DISK_2", "MEMORY_AND_DISK_SER", "MEMORY_AND_DISK_SER_2", "OFF_HEAP");

    @Test
    void constantsHaveSparksFlags() {
        assertFlags(StorageLevel.NONE(), false, false, false, false, 1);
        assertFlags(StorageLevel.DISK_ONLY(), true, false, false, false, 1);
        assertFlags(StorageLevel.DISK_ONLY_2(), true, false, false, false, 2);
        assertFlags(StorageLevel.DISK_ONLY_3(), true, false, false, false, 3);
        assertFlags(StorageLevel.MEMORY_ONLY(), false, true, false, true, 1);
        assertFlags(StorageLevel.MEMORY_ONLY_2(), false, true, false, true, 2);
        assertFlags(StorageLevel.MEMORY_ONLY_SER(), false, true, false, false, 1);
        assertFlags(StorageLevel.MEMORY_ONLY_SER_2(), false, true, false, false, 2);
        assertFlags(StorageLevel.MEMORY_AND_DISK(), true, true, false, true, 1);
        assertFlags(StorageLevel.MEMORY_AND_DISK_2(), true, true, false, true, 2);
        assertFlags(StorageLevel.MEMORY_AND_DISK_SER(), true, true, false, false, 1);
        assertFlags(StorageLevel.MEMORY_AND_DISK_SER_2(), true, true, false, false, 2);
        assertFlags(StorageLevel.OFF_HEAP(), true, true, true, false, 1);
    }

    @Test
    void fromStringKnowsEveryConstantByExactName() {
        for (String name : NAMES) {
            assertSame(staticMethod(name), StorageLevel.fromString(name), name);
        }
        assertSame(StorageLevel.MEMORY_AND_DISK_SER_2(), StorageLevel.fromString("MEMORY_AND_DISK_SER_2"));
        IllegalArgumentException lowerCase = assertThrows(IllegalArgumentException.class,
                () -> StorageLevel.fromString("memory_only"));
        assertEquals("Invalid StorageLevel: memory_only", lowerCase.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StorageLevel.fromString("MEMORY"));
    }

    @Test
    void javaConstantsEqualTheScalaStyleOnes() {
        for (String name : NAMES) {
            assertEquals(StorageLevel.fromString(name), staticField(name), name);
        }
        assertEquals(StorageLevel.MEMORY_ONLY(), StorageLevels.create(false, true, false, true, 1));
    }

    @Test
    void toStringAndDescriptionAreSparks() {
        assertEquals("StorageLevel(memory, deserialized, 1 replicas)", StorageLevel.MEMORY_ONLY().toString());
        assertEquals("StorageLevel(disk, memory, 2 replicas)", StorageLevel.MEMORY_AND_DISK_SER_2().toString());
        assertEquals("StorageLevel(disk, memory, offheap, 1 replicas)", StorageLevel.OFF_HEAP().toString());
        assertEquals("StorageLevel(1 replicas)", StorageLevel.NONE().toString());
        assertEquals("Memory Deserialized 1x Replicated", StorageLevel.MEMORY_ONLY().description());
        assertEquals("Disk Memory Serialized 2x Replicated", StorageLevel.MEMORY_AND_DISK_SER_2().description());
        assertEquals("Disk Memory (off heap) Serialized 1x Replicated", StorageLevel.OFF_HEAP().description());
        assertEquals("Disk Serialized 3x Replicated", StorageLevel.DISK_ONLY_3().description());
        assertEquals("Serialized 1x Replicated", StorageLevel.NONE().description());
    }

    @Test
    void equalityIsByFlagsAndReplication() {
        StorageLevel made = StorageLevel.apply(true, true, false, true, 1);
        assertEquals(StorageLevel.MEMORY_AND_DISK(), made);
        assertEquals(StorageLevel.MEMORY_AND_DISK().hashCode(), made.hashCode());
        assertNotEquals(StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK_2());
        assertNotEquals(StorageLevel.MEMORY_ONLY(), StorageLevel.MEMORY_ONLY_SER());
        // Spark's hash: the flag bits times 41 plus the replication.
        assertEquals(5 * 41 + 1, StorageLevel.MEMORY_ONLY().hashCode());
        StorageLevel copy = StorageLevel.MEMORY_ONLY_2().clone();
        assertEquals(StorageLevel.MEMORY_ONLY_2(), copy);
        assertNotSame(StorageLevel.MEMORY_ONLY_2(), copy);
    }

    @Test
    void factoriesAndFlagBits() {
        assertEquals(StorageLevel.MEMORY_ONLY_SER(), StorageLevel.apply(false, true, false, 1));
        assertEquals(13, StorageLevel.MEMORY_AND_DISK().toInt());
        assertEquals(StorageLevel.MEMORY_AND_DISK_2(), StorageLevel.apply(13, 2));
        assertEquals(StorageLevel.OFF_HEAP(), new StorageLevel(StorageLevel.OFF_HEAP().toInt(), 1));
        StorageLevel custom = StorageLevel.apply(true, false, false, false, 5);
        assertEquals(5, custom.replication());
        assertEquals(MemoryMode.OFF_HEAP, StorageLevel.OFF_HEAP().memoryMode());
        assertEquals(MemoryMode.ON_HEAP, StorageLevel.MEMORY_ONLY().memoryMode());
        assertTrue(StorageLevel.DISK_ONLY().isValid());
        assertFalse(StorageLevel.NONE().isValid());
        assertFalse(StorageLevel.apply(false, true, false, true, 0).isValid());
    }

    @Test
    void replicationIsCappedAsInSpark() {
        AssertionError error =
                assertThrows(AssertionError.class, () -> StorageLevel.apply(true, true, false, false, 40));
        assertEquals("assertion failed: Replication restricted to be less than 40 for calculating hash codes",
                error.getMessage());
        assertEquals(39, StorageLevel.apply(true, false, false, false, 39).replication());
        // Spark 4.2 accepts deserialized off-heap levels too.
        assertEquals("StorageLevel(disk, memory, offheap, deserialized, 1 replicas)",
                StorageLevel.apply(true, true, true, true, 1).toString());
    }

    @Test
    void fromStringOfNullIsANullPointer() {
        assertEquals("Name is null", assertThrows(NullPointerException.class, () -> StorageLevel.fromString(null))
                .getMessage());
    }

    @Test
    void javaSerializationWritesTwoBytesAndGivesBackTheConstant() throws Exception {
        assertSame(StorageLevel.MEMORY_AND_DISK_SER(), roundTrip(StorageLevel.MEMORY_AND_DISK_SER()));
        StorageLevel custom = StorageLevel.apply(true, false, false, false, 7);
        assertEquals(custom, roundTrip(custom));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            custom.writeExternal(out);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(custom, StorageLevel.apply(in));
        }
    }

    @Test
    void aReadErrorLeavesApplyAsTheIOException() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ObjectOutputStream(bytes).close();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Throwable error = assertThrows(Throwable.class, () -> StorageLevel.apply(in));
            assertTrue(error instanceof IOException, error.toString());
        }
    }

    private static void assertFlags(StorageLevel level, boolean disk, boolean memory, boolean offHeap,
            boolean deserialized, int replication) {
        assertEquals(disk, level.useDisk(), level + " useDisk");
        assertEquals(memory, level.useMemory(), level + " useMemory");
        assertEquals(offHeap, level.useOffHeap(), level + " useOffHeap");
        assertEquals(deserialized, level.deserialized(), level + " deserialized");
        assertEquals(replication, level.replication(), level + " replication");
    }

    private static StorageLevel staticMethod(String name) {
        try {
            return (StorageLevel) StorageLevel.class.getMethod(name).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static StorageLevel staticField(String name) {
        try {
            return (StorageLevel) StorageLevels.class.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}

package org.apache.spark.storage;

import static java.util.Objects.requireNonNull;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.memory.MemoryMode;

/**
 * How an RDD is kept by {@code persist}: whether in memory, on disk or off the heap, whether as
 * objects or serialized, and on how many nodes. The constants ({@code MEMORY_ONLY()},
 * {@code MEMORY_AND_DISK_SER_2()}...) and {@link #fromString} name the usual ones; Java code may
 * also use {@code org.apache.spark.api.java.StorageLevels}. Flags, {@code toString},
 * {@code description} and equality are Spark's.
 *
 * <p>As in Spark, it is {@link Externalizable} (a flags byte and a replication byte) and its
 * fields are assigned only by its constructors and {@link #readExternal}, which needs them
 * non-final; nothing else changes a level once made.
 */
public class StorageLevel implements Externalizable {
    private static final long serialVersionUID = 1L;

    private static final StorageLevel NONE = new StorageLevel(false, false, false, false, 1);
    private static final StorageLevel DISK_ONLY = new StorageLevel(true, false, false, false, 1);
    private static final StorageLevel DISK_ONLY_2 = new StorageLevel(true, false, false, false, 2);
    private static final StorageLevel DISK_ONLY_3 = new StorageLevel(true, false, false, false, 3);
    private static final StorageLevel MEMORY_ONLY = new StorageLevel(false, true, false, true, 1);
    private static final StorageLevel MEMORY_ONLY_2 = new StorageLevel(false, true, false, true, 2);
    private static final StorageLevel MEMORY_ONLY_SER = new StorageLevel(false, true, false, false, 1);
    private static final StorageLevel MEMORY_ONLY_SER_2 = new StorageLevel(false, true, false, false, 2);
    private static final StorageLevel MEMORY_AND_DISK = new StorageLevel(true, true, false, true, 1);
    private static final StorageLevel MEMORY_AND_DISK_2 = new StorageLevel(true, true, false, true, 2);
    private static final StorageLevel MEMORY_AND_DISK_SER = new StorageLevel(true, true, false, false, 1);
    private static final StorageLevel MEMORY_AND_DISK_SER_2 = new StorageLevel(true, true, false, false, 2);
    private static final StorageLevel OFF_HEAP = new StorageLevel(true, true, true, false, 1);

    private static final int DISK_FLAG = 8;
    private static final int MEMORY_FLAG = 4;
    private static final int OFF_HEAP_FLAG = 2;
    private static final int DESERIALIZED_FLAG = 1;

    private boolean useDisk;
    private boolean useMemory;
    private boolean useOffHeap;
    private boolean deserialized;
    private int replication;

    /**
     * A level from its flags. Spark's constructor is Scala-private but public in its bytecode, so
     * this one is public too; prefer the constants or {@code apply}.
     */
    public StorageLevel(
            boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized, int replication) {
        this.useDisk = useDisk;
        this.useMemory = useMemory;
        this.useOffHeap = useOffHeap;
        this.deserialized = deserialized;
        this.replication = replication;
        check();
    }

    /** A level from {@link #toInt()}'s flag bits and a replication count. */
    public StorageLevel(int flags, int replication) {
        this((flags & DISK_FLAG) != 0, (flags & MEMORY_FLAG) != 0, (flags & OFF_HEAP_FLAG) != 0,
                (flags & DESERIALIZED_FLAG) != 0, replication);
    }

    /** For deserialization ({@link Externalizable} needs it): memory only, serialized, one copy. */
    public StorageLevel() {
        this(false, true, false, false, 1);
    }

    private void check() {
        // Spark's check, with the error Spark throws (Scala's assert).
        if (replication >= 40) {
            throw new AssertionError(
                    "assertion failed: Replication restricted to be less than 40 for calculating hash codes");
        }
    }

    public static StorageLevel NONE() {
        return NONE;
    }

    public static StorageLevel DISK_ONLY() {
        return DISK_ONLY;
    }

    public static StorageLevel DISK_ONLY_2() {
        return DISK_ONLY_2;
    }

    public static StorageLevel DISK_ONLY_3() {
        return DISK_ONLY_3;
    }

    public static StorageLevel MEMORY_ONLY() {
        return MEMORY_ONLY;
    }

    public static StorageLevel MEMORY_ONLY_2() {
        return MEMORY_ONLY_2;
    }

    public static StorageLevel MEMORY_ONLY_SER() {
        return MEMORY_ONLY_SER;
    }

    public static StorageLevel MEMORY_ONLY_SER_2() {
        return MEMORY_ONLY_SER_2;
    }

    public static StorageLevel MEMORY_AND_DISK() {
        return MEMORY_AND_DISK;
    }

    public static StorageLevel MEMORY_AND_DISK_2() {
        return MEMORY_AND_DISK_2;
    }

    public static StorageLevel MEMORY_AND_DISK_SER() {
        return MEMORY_AND_DISK_SER;
    }

    public static StorageLevel MEMORY_AND_DISK_SER_2() {
        return MEMORY_AND_DISK_SER_2;
    }

    public static StorageLevel OFF_HEAP() {
        return OFF_HEAP;
    }

    private static final List<StorageLevel> NAMED = List.of(NONE, DISK_ONLY, DISK_ONLY_2, DISK_ONLY_3,
            MEMORY_ONLY, MEMORY_ONLY_2, MEMORY_ONLY_SER, MEMORY_ONLY_SER_2, MEMORY_AND_DISK, MEMORY_AND_DISK_2,
            MEMORY_AND_DISK_SER, MEMORY_AND_DISK_SER_2, OFF_HEAP);
    private static final List<String> NAMES = List.of("NONE", "DISK_ONLY", "DISK_ONLY_2", "DISK_ONLY_3",
            "MEMORY_ONLY", "MEMORY_ONLY_2", "MEMORY_ONLY_SER", "MEMORY_ONLY_SER_2", "MEMORY_AND_DISK",
            "MEMORY_AND_DISK_2", "MEMORY_AND_DISK_SER", "MEMORY_AND_DISK_SER_2", "OFF_HEAP");

    /**
     * The level of a constant's name, exactly as written ({@code "MEMORY_AND_DISK_SER_2"});
     * anything else throws {@link IllegalArgumentException} ("Invalid StorageLevel: ...").
     */
    public static StorageLevel fromString(String name) {
        requireNonNull(name, "Name is null"); // Spark's message (it reads the name with Enum.valueOf)
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("Invalid StorageLevel: " + name);
        }
        return NAMED.get(index);
    }

    /** The level with these flags (the constant's instance when it is one of them). */
    public static StorageLevel apply(
            boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized, int replication) {
        return canonical(new StorageLevel(useDisk, useMemory, useOffHeap, deserialized, replication));
    }

    /** The on-heap level with these flags. */
    public static StorageLevel apply(boolean useDisk, boolean useMemory, boolean deserialized, int replication) {
        return apply(useDisk, useMemory, false, deserialized, replication);
    }

    /** The level of {@link #toInt()}'s flag bits and a replication count. */
    public static StorageLevel apply(int flags, int replication) {
        return canonical(new StorageLevel(flags, replication));
    }

    /** The level {@link #writeExternal} wrote to {@code in}; a read error is thrown as it is. */
    public static StorageLevel apply(ObjectInput in) {
        StorageLevel level = new StorageLevel();
        level.readExternal(in);
        return canonical(level);
    }

    // Spark interns levels in a process-wide cache; the named levels are the ones programs use,
    // so answering with those instances gives the same sharing with no process-wide state.
    private static StorageLevel canonical(StorageLevel level) {
        int index = NAMED.indexOf(level);
        return index < 0 ? level : NAMED.get(index);
    }

    public boolean useDisk() {
        return useDisk;
    }

    public boolean useMemory() {
        return useMemory;
    }

    public boolean useOffHeap() {
        return useOffHeap;
    }

    public boolean deserialized() {
        return deserialized;
    }

    public int replication() {
        return replication;
    }

    public MemoryMode memoryMode() {
        return useOffHeap ? MemoryMode.OFF_HEAP : MemoryMode.ON_HEAP;
    }

    /** True when data is kept somewhere (memory or disk) on at least one node. */
    public boolean isValid() {
        return (useMemory || useDisk) && replication > 0;
    }

    /** The flags as bits: disk 8, memory 4, off-heap 2, deserialized 1. */
    public int toInt() {
        int flags = 0;
        if (useDisk) {
            flags |= DISK_FLAG;
        }
        if (useMemory) {
            flags |= MEMORY_FLAG;
        }
        if (useOffHeap) {
            flags |= OFF_HEAP_FLAG;
        }
        if (deserialized) {
            flags |= DESERIALIZED_FLAG;
        }
        return flags;
    }

    @Override
    public StorageLevel clone() {
        return new StorageLevel(useDisk, useMemory, useOffHeap, deserialized, replication);
    }

    // Spark's Scala methods declare no checked exceptions, so Java code calls them without a
    // catch; an IOException still leaves them as itself (unchecked), as it does from Spark's.
    @Override
    public void writeExternal(ObjectOutput out) {
        try {
            out.writeByte(toInt());
            out.writeByte(replication);
        } catch (IOException e) {
            throw StorageLevel.<RuntimeException>sneaky(e);
        }
    }

    @Override
    public void readExternal(ObjectInput in) {
        try {
            int flags = in.readByte();
            useDisk = (flags & DISK_FLAG) != 0;
            useMemory = (flags & MEMORY_FLAG) != 0;
            useOffHeap = (flags & OFF_HEAP_FLAG) != 0;
            deserialized = (flags & DESERIALIZED_FLAG) != 0;
            replication = in.readByte();
        } catch (IOException e) {
            throw StorageLevel.<RuntimeException>sneaky(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }

    // A deserialized named level is that level's instance again, as in Spark.
    private Object readResolve() {
        return canonical(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StorageLevel that
                && useDisk == that.useDisk
                && useMemory == that.useMemory
                && useOffHeap == that.useOffHeap
                && deserialized == that.deserialized
                && replication == that.replication;
    }

    @Override
    public int hashCode() {
        return toInt() * 41 + replication;
    }

    /** Spark's form: {@code StorageLevel(disk, memory, deserialized, 1 replicas)}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (useDisk) {
            parts.add("disk");
        }
        if (useMemory) {
            parts.add("memory");
        }
        if (useOffHeap) {
            parts.add("offheap");
        }
        if (deserialized) {
            parts.add("deserialized");
        }
        parts.add(replication + " replicas");
        return "StorageLevel(" + String.join(", ", parts) + ")";
    }

    /** The form Spark's UI shows: {@code Disk Memory Deserialized 1x Replicated}. */
    public String description() {
        StringBuilder result = new StringBuilder();
        if (useDisk) {
            result.append("Disk ");
        }
        if (useMemory) {
            result.append(useOffHeap ? "Memory (off heap) " : "Memory ");
        }
        result.append(deserialized ? "Deserialized " : "Serialized ");
        result.append(replication).append("x Replicated");
        return result.toString();
    }
}

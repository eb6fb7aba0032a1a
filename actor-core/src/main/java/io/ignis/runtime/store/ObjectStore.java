package io.ignis.runtime.store;

import io.ignis.runtime.serial.Encoded;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import net.jpountz.xxhash.XXHash32;
import net.jpountz.xxhash.XXHashFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's memory budget for the values it holds, and the disk they go to past it.
 *
 * <p>Every value held here in memory is counted ({@link SizeEstimator}'s estimate, plus its wire
 * form when one is kept beside it). Before a value is let in, the least recently used others are
 * written to a spill file and dropped from memory until it fits, so the count stays at or under
 * the budget. A value larger than the whole budget goes to disk at once. A spilled value comes back
 * when something reads it, making room the same way; its file is kept (values are immutable), so a
 * second eviction costs nothing, and is deleted when the object is freed. An entry's
 * {@link io.ignis.api.ObjectStorage} changes this: a memory-only value is dropped rather than
 * spilled (whoever reads it next has it made again), a disk-only one is written out at once. Tasks' working memory
 * ({@link #reserve}, see {@code io.ignis.api.WorkMemory}) is counted against the same budget, so
 * stored values and sort or aggregation buffers together stay within it.
 *
 * <p>A spill file is a header (magic, wire format, length) and then a standard LZ4 frame
 * (lz4-java; {@code lz4 -d} reads it) of independent blocks (4 MiB, or less for a smaller value), each with an xxHash32 of its
 * contents. A file whose header, length or any block's checksum is wrong throws
 * {@link SpillCorruptException}: its object is treated as lost, never returned as data. (The frame
 * format and not lz4-java's own block stream: that one reads only through the "fast" decompressor,
 * which in lz4-java 1.8.1 is a bounds-checked Java port running at about 200 MB/s on compressible
 * data; the frame reader uses the native safe decompressor, 1 GB/s and more.)
 */
public final class ObjectStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectStore.class);
    private static final int MAGIC = 0x49475350; // "IGSP"
    /** Eviction frees a little more than needed, so that a run of small admissions does not evict one by one. */
    private static final double LOW_WATER = 0.9;

    private final long budget;
    private final Path directory;
    private final java.util.function.BiFunction<ObjectEntry, Object, Encoded> encoder;
    private final LZ4Factory lz4 = LZ4Factory.fastestInstance();
    private final XXHash32 xxhash = XXHashFactory.fastestInstance().hash32();
    /**
     * Values this small are counted but never spilled (nor tracked one by one): a file per small
     * value would cost more than it frees, and the hot path of small results stays a counter
     * update. Ray likewise keeps small objects in the owner's memory, out of the spillable store.
     */
    static final long SPILLABLE_BYTES = 64 * 1024;
    /** Spillable values in memory. */
    private final Map<ObjectEntry, Boolean> resident = new ConcurrentHashMap<>();
    private final AtomicLong used = new AtomicLong();
    /** The part of {@link #used} that is tasks' working memory ({@link #reserve}), not stored values. */
    private final AtomicLong reserved = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong diskBytes = new AtomicLong();
    private final AtomicLong spillFiles = new AtomicLong();
    private final AtomicLong spilledBytes = new AtomicLong();
    private final AtomicLong spillNanos = new AtomicLong();
    private final AtomicLong restoredBytes = new AtomicLong();
    private final AtomicLong restoreNanos = new AtomicLong();
    private final AtomicLong fileNumbers = new AtomicLong();
    /** Memory-only values dropped to make room. */
    private final AtomicLong dropped = new AtomicLong();
    private final Object evicting = new Object();
    private volatile boolean closed;

    /**
     * A store of {@code budget} bytes spilling into {@code directory} (created when first needed,
     * deleted with its files on {@link #close}); {@code encoder} makes an entry's value's wire form
     * (and records the refs inside it on the entry, see {@link ObjectEntry#setContainedRefs}).
     */
    public ObjectStore(long budget, Path directory, java.util.function.BiFunction<ObjectEntry, Object, Encoded> encoder) {
        if (budget <= 0) {
            throw new IllegalArgumentException("the object store budget must be positive, got " + budget);
        }
        this.budget = budget;
        this.directory = directory;
        this.encoder = encoder;
    }

    public long budget() {
        return budget;
    }

    /**
     * Counts the value {@code entry} now holds in memory, first spilling others until it fits (or,
     * if it alone is larger than the budget, spilling it). Blocks for the disk writes: call it where
     * waiting is fine (the thread that made or asked for the value).
     */
    public void admit(ObjectEntry entry) {
        long bytes = entry.heldBytes();
        if (bytes < 0) {
            return; // nothing in memory (dropped or spilled meanwhile)
        }
        if (bytes > budget || (entry.storage == io.ignis.api.ObjectStorage.DISK_ONLY && bytes >= SPILLABLE_BYTES)) {
            count(entry, bytes);
            spill(entry);
            return;
        }
        // The check that the value fits and its count are one step (as for working memory): two
        // values admitted at once must not both see the same free room.
        while (!countIfFits(entry, bytes)) {
            if (!makeRoom(bytes, entry)) {
                count(entry, bytes); // nothing left to spill: values too small to spill, or working memory
                return;
            }
        }
    }

    /** Counts the entry's bytes if they fit under the budget with what is counted now. */
    private boolean countIfFits(ObjectEntry entry, long bytes) {
        while (true) {
            long now = used.get();
            long change = bytes - entry.countedBytes();
            if (now + change > budget) {
                return false;
            }
            if (used.compareAndSet(now, now + change)) {
                // The entry's own record catches up; a concurrent recount of this entry is not expected
                // (admission happens once, on the thread that made or fetched the value).
                entry.counted(bytes);
                if (bytes >= SPILLABLE_BYTES) {
                    resident.put(entry, Boolean.TRUE);
                }
                peak.accumulateAndGet(now + change, Math::max);
                return true;
            }
        }
    }

    /**
     * Counts a change of what {@code entry} holds (a wire form kept beside the value) without
     * blocking; if that passes the budget, the caller should {@link #trim} soon from a thread that
     * may block. Returns whether the budget is passed.
     */
    public boolean recount(ObjectEntry entry) {
        long bytes = entry.heldBytes();
        if (bytes < 0) {
            uncount(entry);
            return false;
        }
        count(entry, bytes);
        return used.get() > budget;
    }

    /** Spills until the store is within its budget. */
    public void trim() {
        makeRoom(0, null);
    }

    /**
     * Counts {@code bytes} of a task's working memory beside the stored values, first spilling
     * values to make room; false, counting nothing, if they do not fit even then (the rest of the
     * budget is other tasks' working memory, or values too small to spill).
     */
    public boolean reserve(long bytes) {
        makeRoom(bytes, null);
        while (true) {
            long now = used.get();
            if (now + bytes > budget) {
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                reserved.addAndGet(bytes);
                peak.accumulateAndGet(now + bytes, Math::max);
                return true;
            }
        }
    }

    /** Gives back working memory counted by {@link #reserve}. */
    public void unreserve(long bytes) {
        reserved.addAndGet(-bytes);
        used.addAndGet(-bytes);
    }

    private void count(ObjectEntry entry, long bytes) {
        long now = used.addAndGet(entry.counted(bytes));
        if (bytes >= SPILLABLE_BYTES) {
            resident.put(entry, Boolean.TRUE);
        }
        peak.accumulateAndGet(now, Math::max);
    }

    private void uncount(ObjectEntry entry) {
        long change = entry.counted(0);
        if (change != 0) {
            used.addAndGet(change);
            resident.remove(entry);
        }
    }

    /** The entry's object is gone from this node: stop counting it and delete its spill file. */
    public void remove(ObjectEntry entry) {
        uncount(entry);
        SpillFile file = entry.takeSpill();
        if (file != null) {
            delete(file);
        }
    }

    /**
     * Spills least recently used values until {@code incoming} more bytes fit under the budget.
     * True if they fit now or something was freed (worth trying again); false if nothing could be.
     */
    private boolean makeRoom(long incoming, ObjectEntry incomingEntry) {
        if (used.get() + incoming <= budget) {
            return true;
        }
        synchronized (evicting) {
            long target = (long) (budget * LOW_WATER) - incoming;
            if (used.get() + incoming <= budget) {
                return true;
            }
            if (resident.isEmpty() || (resident.size() == 1 && resident.containsKey(incomingEntry))) {
                return false;
            }
            List<ObjectEntry> candidates = new ArrayList<>(resident.keySet());
            candidates.sort(Comparator.comparingLong(ObjectEntry::lastUse));
            boolean freed = false;
            for (ObjectEntry candidate : candidates) {
                if (used.get() <= target) {
                    break;
                }
                if (candidate == incomingEntry) {
                    continue;
                }
                if (candidate.storage == io.ignis.api.ObjectStorage.MEMORY_ONLY) {
                    drop(candidate);
                } else {
                    spill(candidate);
                }
                freed |= candidate.countedBytes() == 0;
            }
            return freed;
        }
    }

    /** Drops a memory-only value: no file is written; a later read makes it again (see {@code ObjectManager}). */
    private void drop(ObjectEntry entry) {
        Object value = entry.rawValue();
        if (value == null || entry.drop(value)) {
            dropped.addAndGet(value == null ? 0 : 1);
            uncount(entry);
        }
    }

    /** Writes the entry's value to disk (unless a file of it exists already) and drops it from memory. */
    private void spill(ObjectEntry entry) {
        Object value = entry.rawValue();
        if (value == null) {
            uncount(entry);
            return;
        }
        SpillFile file = entry.spill();
        if (file == null) {
            Encoded encoded = entry.encoded();
            try {
                if (encoded == null || (encoded.format() == Encoded.KRYO && !entry.refsKnown())) {
                    // Kept beside the file: refs inside the value must outlive its Java object.
                    encoded = encoder.apply(entry, value == ObjectEntry.NULL_VALUE ? null : value);
                }
                file = write(entry.id(), encoded);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot spill object {}; it stays in memory", entry.id(), e);
                return;
            }
            if (!entry.spilled(file, value)) {
                delete(file); // freed or replaced meanwhile
                return;
            }
        } else if (!entry.evict(value)) {
            return;
        }
        uncount(entry);
    }

    private SpillFile write(ObjectId id, Encoded encoded) throws IOException {
        if (closed) {
            throw new IOException("the store is closed");
        }
        Files.createDirectories(directory);
        Path path = directory.resolve(id.owner().toString().substring(0, 8) + "-" + id.sequence() + "-"
                + fileNumbers.incrementAndGet() + ".lz4");
        long start = System.nanoTime();
        try (OutputStream file = Files.newOutputStream(path);
             OutputStream out = frameAfterHeader(file, encoded)) {
            out.write(encoded.bytes());
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        spillNanos.addAndGet(System.nanoTime() - start);
        spilledBytes.addAndGet(encoded.size());
        long onDisk = Files.size(path);
        diskBytes.addAndGet(onDisk);
        spillFiles.incrementAndGet();
        return new SpillFile(path, encoded.format(), encoded.size(), onDisk);
    }

    private OutputStream frameAfterHeader(OutputStream file, Encoded encoded) throws IOException {
        file.write(java.nio.ByteBuffer.allocate(9).putInt(MAGIC).put(encoded.format()).putInt(encoded.size()).array());
        return new LZ4FrameOutputStream(file, blockSize(encoded.size()), encoded.size(), lz4.fastCompressor(),
                xxhash, LZ4FrameOutputStream.FLG.Bits.BLOCK_INDEPENDENCE, LZ4FrameOutputStream.FLG.Bits.BLOCK_CHECKSUM);
    }

    /**
     * The smallest frame block that holds the value whole, at most 4 MiB: writer and reader each
     * allocate two buffers of the block size, which for a 100 KiB value need not be 4 MiB ones.
     */
    private static LZ4FrameOutputStream.BLOCKSIZE blockSize(int bytes) {
        if (bytes <= 64 << 10) {
            return LZ4FrameOutputStream.BLOCKSIZE.SIZE_64KB;
        }
        if (bytes <= 256 << 10) {
            return LZ4FrameOutputStream.BLOCKSIZE.SIZE_256KB;
        }
        return bytes <= 1 << 20 ? LZ4FrameOutputStream.BLOCKSIZE.SIZE_1MB : LZ4FrameOutputStream.BLOCKSIZE.SIZE_4MB;
    }

    /**
     * The wire form of a spilled value, read back and checked. Throws {@link SpillCorruptException}
     * if the file is not what was written.
     */
    public Encoded read(SpillFile file) throws SpillCorruptException {
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file.path())) {
            DataInputStream header = new DataInputStream(in);
            if (header.readInt() != MAGIC) {
                throw new SpillCorruptException(file.path() + ": not a spill file (bad header)");
            }
            byte format = header.readByte();
            int length = header.readInt();
            if (format != file.format() || length != file.length()) {
                throw new SpillCorruptException(file.path() + ": header says format " + format + ", " + length
                        + " bytes; " + file.format() + ", " + file.length() + " were written");
            }
            byte[] bytes = new byte[length];
            try (LZ4FrameInputStream blocks = new LZ4FrameInputStream(in, lz4.safeDecompressor(), xxhash)) {
                new DataInputStream(blocks).readFully(bytes);
                if (blocks.read() != -1) {
                    throw new SpillCorruptException(file.path() + ": more data than the " + length + " bytes written");
                }
            }
            restoreNanos.addAndGet(System.nanoTime() - start);
            restoredBytes.addAndGet(length);
            return new Encoded(format, bytes);
        } catch (SpillCorruptException e) {
            throw e;
        } catch (EOFException e) {
            throw new SpillCorruptException(file.path() + ": shorter than written", e);
        } catch (IOException e) {
            // lz4-java reports a block whose checksum does not match, or a bad frame, as an IOException
            throw new SpillCorruptException(file.path() + ": " + e.getMessage(), e);
        }
    }

    private void delete(SpillFile file) {
        try {
            if (Files.deleteIfExists(file.path())) {
                diskBytes.addAndGet(-file.onDisk());
                spillFiles.decrementAndGet();
            }
        } catch (IOException e) {
            LOG.warn("cannot delete spill file {}", file.path(), e);
        }
    }

    /** Bytes counted in memory, the most ever counted, bytes and files on disk, and spill/restore totals. */
    public Map<String, Long> stats() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("storeBudget", budget);
        out.put("storeBytes", used.get());
        out.put("storePeakBytes", peak.get());
        out.put("workMemoryBytes", reserved.get());
        out.put("spillFiles", spillFiles.get());
        out.put("spillDiskBytes", diskBytes.get());
        out.put("spilledBytes", spilledBytes.get());
        out.put("spillNanos", spillNanos.get());
        out.put("restoredBytes", restoredBytes.get());
        out.put("restoreNanos", restoreNanos.get());
        out.put("droppedValues", dropped.get());
        return out;
    }

    /** Resets the peak to the current count (for measuring one phase). */
    public void resetPeak() {
        peak.set(used.get());
    }

    @Override
    public void close() {
        closed = true;
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete the spill directory {}", directory, e);
        }
    }
}

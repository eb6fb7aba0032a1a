package io.ignis.shuffle.spill;

import io.ignis.api.WorkMemory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The sorted runs one spilling structure wrote, oldest first, in its lease's spill folder: naming
 * and deleting them, and merging them down to as many as can be read at once. Each run file is
 * deleted as soon as it is merged into another, the rest when the structure closes.
 */
final class Runs implements AutoCloseable {
    private final WorkMemory lease;
    private final RecordCodec codec;
    private final String prefix;
    private final List<RunFile> runs = new ArrayList<>();
    private List<RunFile.Reader> readers;
    private int fileNumber;
    /** Records per frame of the last spill, reused by merges (its records are the same kind). */
    private int recordsPerFrame = 1024;
    private int spills;
    private long spilledBytes;
    private long spilledRecords;

    Runs(WorkMemory lease, RecordCodec codec, String name) {
        this.lease = lease;
        this.codec = codec;
        this.prefix = name + "-" + UUID.randomUUID();
    }

    /** A writer of a new run; {@link #add} its result. */
    RunFile.Writer newWriter(int recordsPerFrame) {
        this.recordsPerFrame = recordsPerFrame;
        Path path = lease.spillDirectory().resolve(prefix + "-" + fileNumber++ + ".run");
        return new RunFile.Writer(path, codec, recordsPerFrame);
    }

    /** Counts a spill of the buffer as run {@code run}. */
    void addSpill(RunFile run) {
        runs.add(run);
        spills++;
        spilledBytes += run.bytes();
        spilledRecords += run.records();
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    int count() {
        return runs.size();
    }

    /**
     * Merges the oldest runs into one while there are more than {@code fanIn}, so that readers of
     * at most {@code fanIn} runs are open at once; {@code merge} gives one partition's records of
     * the readers, in the structure's order. Merging the oldest keeps the runs in the order
     * written, which keeps ties in the order they came.
     */
    void reduceTo(int fanIn, int partitions, BiFunction<List<RunFile.Reader>, Integer, Iterator<Object>> merge) {
        while (runs.size() > fanIn) {
            List<RunFile> oldest = new ArrayList<>(runs.subList(0, fanIn));
            List<RunFile.Reader> open = new ArrayList<>();
            RunFile merged;
            try (RunFile.Writer writer = newWriter(recordsPerFrame)) {
                for (RunFile run : oldest) {
                    open.add(new RunFile.Reader(run, codec));
                }
                for (int p = 0; p < partitions; p++) {
                    for (Iterator<Object> records = merge.apply(open, p); records.hasNext(); ) {
                        writer.add(p, records.next());
                    }
                }
                merged = writer.finish();
            } finally {
                open.forEach(RunFile.Reader::close);
            }
            oldest.forEach(RunFile::delete);
            runs.subList(0, fanIn).clear();
            runs.add(0, merged);
            spilledBytes += merged.bytes();
        }
    }

    /** Readers of every run, oldest first, opened on the first call. */
    List<RunFile.Reader> readers() {
        if (readers == null) {
            readers = new ArrayList<>();
            for (RunFile run : runs) {
                readers.add(new RunFile.Reader(run, codec));
            }
        }
        return readers;
    }

    int recordsPerFrame() {
        return recordsPerFrame;
    }

    int spills() {
        return spills;
    }

    /** Bytes written to spill files (compressed, as on disk), merges included. */
    long spilledBytes() {
        return spilledBytes;
    }

    long spilledRecords() {
        return spilledRecords;
    }

    @Override
    public void close() {
        if (readers != null) {
            readers.forEach(RunFile.Reader::close);
            readers = null;
        }
        runs.forEach(RunFile::delete);
        runs.clear();
    }
}

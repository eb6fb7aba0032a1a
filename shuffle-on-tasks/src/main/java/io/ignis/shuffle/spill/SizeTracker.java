package io.ignis.shuffle.spill;

import io.ignis.api.WorkMemory;

/**
 * An estimate of a growing in-memory structure's size that does not walk it on every update, as
 * Spark's SizeTracker does: the structure is measured ({@link WorkMemory#estimateSize}, which itself
 * samples large collections) after update 1, 2, ... and then each time the update count grows by a
 * tenth; between measurements the size is extrapolated from the bytes per update between the last
 * two. So a buffer of n records is measured about log(n)/log(1.1) times in all.
 */
final class SizeTracker {
    private static final double GROWTH = 1.1;

    private final WorkMemory memory;
    private long updates;
    private long nextSample;
    private long lastSize;
    private long lastSampleAt;
    private double bytesPerUpdate;

    SizeTracker(WorkMemory memory) {
        this.memory = memory;
        reset();
    }

    /** The structure was emptied: start measuring again. */
    void reset() {
        updates = 0;
        nextSample = 1;
        lastSize = 0;
        lastSampleAt = 0;
        bytesPerUpdate = 0;
    }

    /** Called after each insert or update of {@code structure}; measures it when one is due. */
    void updated(Object structure) {
        updates++;
        if (updates == nextSample) {
            long size = memory.estimateSize(structure);
            if (updates > lastSampleAt && lastSampleAt > 0) {
                bytesPerUpdate = Math.max(0, (double) (size - lastSize) / (updates - lastSampleAt));
            } else {
                bytesPerUpdate = (double) size / updates;
            }
            lastSize = size;
            lastSampleAt = updates;
            nextSample = (long) Math.ceil(updates * GROWTH);
        }
    }

    /** Bytes the structure is estimated to take now. */
    long estimate() {
        return lastSize + (long) (bytesPerUpdate * (updates - lastSampleAt));
    }
}

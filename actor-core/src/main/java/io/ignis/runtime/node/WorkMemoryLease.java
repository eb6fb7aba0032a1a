package io.ignis.runtime.node;

import io.ignis.api.WorkMemory;
import io.ignis.runtime.store.ObjectStore;
import io.ignis.runtime.store.SizeEstimator;

/** One task's lease on working memory, counted in its node's object store (see {@link WorkMemory}). */
final class WorkMemoryLease implements WorkMemory {
    private final ObjectStore store;
    private final long limit;
    private final java.nio.file.Path spillDirectory;
    private final String purpose;
    private long held;

    WorkMemoryLease(ObjectStore store, long limit, java.nio.file.Path spillDirectory, String purpose) {
        this.store = store;
        this.limit = limit;
        this.spillDirectory = spillDirectory;
        this.purpose = purpose;
    }

    @Override
    public boolean tryAcquire(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("cannot acquire " + bytes + " bytes (" + purpose + ")");
        }
        if (held + bytes > limit || !store.reserve(bytes)) {
            return false;
        }
        held += bytes;
        return true;
    }

    @Override
    public void release(long bytes) {
        long given = Math.min(Math.max(bytes, 0), held);
        held -= given;
        store.unreserve(given);
    }

    @Override
    public long held() {
        return held;
    }

    @Override
    public long limit() {
        return limit;
    }

    @Override
    public long estimateSize(Object value) {
        return SizeEstimator.estimate(value);
    }

    @Override
    public java.nio.file.Path spillDirectory() {
        try {
            return java.nio.file.Files.createDirectories(spillDirectory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the spill folder " + spillDirectory, e);
        }
    }

    @Override
    public void close() {
        release(held);
    }

    @Override
    public String toString() {
        return "WorkMemory(" + purpose + ", " + held + " of " + limit + " bytes)";
    }
}

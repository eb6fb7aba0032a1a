package io.ignis.shuffle.spill;

import io.ignis.api.WorkMemory;

/**
 * The memory one spillable buffer holds from a task's {@link WorkMemory} lease, capped at
 * {@code cap} bytes. A buffer asks for more as its estimate grows, in doubling steps so that the
 * lease (and the node's store behind it) is asked only log(size) times; a refusal means spill.
 */
final class BufferMemory {
    /** Smallest step asked for at a time. */
    private static final long MIN_STEP = 256 * 1024;

    private final WorkMemory lease;
    private final long cap;
    private long held;

    BufferMemory(WorkMemory lease, long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("a buffer's memory cap must be positive, got " + cap);
        }
        this.lease = lease;
        this.cap = cap;
    }

    /**
     * Whether a buffer of {@code estimate} bytes may stay in memory: true if it fits what is held,
     * or more could be taken from the lease without passing the cap; false means spill it.
     */
    boolean covers(long estimate) {
        if (estimate <= held) {
            return true;
        }
        if (estimate > cap) {
            return false;
        }
        long want = Math.min(cap, Math.max(estimate, Math.max(2 * held, MIN_STEP))) - held;
        if (lease.tryAcquire(want)) {
            held += want;
            return true;
        }
        long need = estimate - held;
        if (need < want && lease.tryAcquire(need)) {
            held += need;
            return true;
        }
        return false;
    }

    /** Takes {@code bytes} more if the lease grants them (for merge buffers); false if not. */
    boolean tryTake(long bytes) {
        if (held + bytes <= cap && lease.tryAcquire(bytes)) {
            held += bytes;
            return true;
        }
        return false;
    }

    long held() {
        return held;
    }

    long cap() {
        return cap;
    }

    /** Gives everything back to the lease (the buffer was spilled or is done). */
    void releaseAll() {
        lease.release(held);
        held = 0;
    }
}

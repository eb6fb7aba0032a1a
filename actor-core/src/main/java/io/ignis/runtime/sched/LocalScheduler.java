package io.ignis.runtime.sched;

import io.ignis.api.Resources;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs work on one node as resources allow. Work that fits starts at once; the rest waits in
 * arrival order (a later small task may pass a waiting large one). A worker that finishes takes
 * the next fitting work itself, so a busy node runs a queue without a thread hand-off per task.
 * A task blocked waiting for an object gives its CPU back until it resumes, so nested tasks
 * cannot starve each other of CPUs.
 */
public final class LocalScheduler {
    private final ResourcePool nodePool;
    private final ExecutorService threads;
    private final ArrayDeque<Work> queue = new ArrayDeque<>();
    private final AtomicLong version = new AtomicLong();
    private int resuming;

    public LocalScheduler(ResourcePool nodePool, ExecutorService threads) {
        this.nodePool = nodePool;
        this.threads = threads;
    }

    public ResourcePool nodePool() {
        return nodePool;
    }

    /** Changes whenever availability changes; the load reporter compares it. */
    public long version() {
        return version.get();
    }

    public void submit(Work work) {
        Allocation allocation;
        synchronized (this) {
            // Work queued ahead of this has priority only if it has the same shape (it would take the same resources).
            Work head = queue.peek();
            boolean mayStart = resuming == 0 && (head == null || head.pool() != work.pool()
                    || !(head.request() == work.request() || head.request().equals(work.request())));
            allocation = mayStart ? work.pool().tryAcquire(work.request()) : null;
            if (allocation == null) {
                queue.add(work);
                return;
            }
            version.incrementAndGet();
        }
        start(work, allocation);
    }

    private void start(Work work, Allocation allocation) {
        threads.execute(() -> runLoop(work, allocation));
    }

    private void runLoop(Work first, Allocation firstAllocation) {
        Work work = first;
        Allocation allocation = firstAllocation;
        boolean steady;
        while (work != null) {
            boolean release = true;
            try {
                release = work.run(allocation);
            } finally {
                synchronized (this) {
                    if (release) {
                        allocation.pool().release(allocation);
                    }
                    version.incrementAndGet();
                    notifyAll();
                    Work finished = work;
                    work = null;
                    Work next = resuming == 0 ? pollFitting() : null;
                    if (next != null) {
                        work = next;
                        allocation = taken;
                    }
                    // One out, one in of the same shape: nothing else can fit now, so skip the scan.
                    steady = next != null && release && next.pool() == finished.pool() && next.request() == finished.request();
                }
            }
            if (!steady) {
                startOthers();
            }
        }
    }

    /** Starts any further queued work that fits, each on its own thread (after a release freed several units). */
    private void startOthers() {
        while (true) {
            Work next = null;
            Allocation a = null;
            synchronized (this) {
                if (resuming > 0) {
                    return;
                }
                next = pollFitting();
                a = taken;
            }
            if (next == null) {
                return;
            }
            start(next, a);
        }
    }

    /** Set by {@link #pollFitting()} with the allocation of the work it returns; guarded by this. */
    private Allocation taken;

    /**
     * Removes and returns the first queued work that fits now, with its allocation in {@link #taken}.
     * Work of a shape (pool and request) that did not fit is not tried again in the same scan, and a
     * scan looks at most {@value #SCAN_LIMIT} entries, so a long queue of equal tasks costs O(1).
     */
    private Work pollFitting() {
        taken = null;
        List<Work> failed = new java.util.ArrayList<>(2);
        int scanned = 0;
        for (Iterator<Work> it = queue.iterator(); it.hasNext() && scanned < SCAN_LIMIT; scanned++) {
            Work candidate = it.next();
            boolean sameAsFailed = false;
            for (Work f : failed) {
                if (f.pool() == candidate.pool()
                        && (f.request() == candidate.request() || f.request().equals(candidate.request()))) {
                    sameAsFailed = true;
                    break;
                }
            }
            if (sameAsFailed) {
                continue;
            }
            Allocation a = candidate.pool().tryAcquire(candidate.request());
            if (a != null) {
                it.remove();
                taken = a;
                return candidate;
            }
            failed.add(candidate);
        }
        return null;
    }

    private static final int SCAN_LIMIT = 64;

    /** Removes queued work; false if it already started. */
    public synchronized boolean remove(Work work) {
        return queue.remove(work);
    }

    /** A running task is about to block: its CPUs go back to the pool meanwhile. */
    public void blocked(Allocation allocation) {
        long cpu = allocation.amounts().getOrDefault(Resources.CPU, 0L);
        if (cpu == 0) {
            return;
        }
        synchronized (this) {
            allocation.pool().give(Resources.CPU, cpu);
            version.incrementAndGet();
            notifyAll(); // a task waiting in unblocked() for CPUs may resume with these
        }
        startOthers();
    }

    /** The blocked task resumes: it waits for its CPUs, ahead of queued work. */
    public void unblocked(Allocation allocation) {
        long cpu = allocation.amounts().getOrDefault(Resources.CPU, 0L);
        if (cpu == 0) {
            return;
        }
        boolean interrupted = false;
        synchronized (this) {
            resuming++;
            try {
                while (!allocation.pool().tryTake(Resources.CPU, cpu)) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                version.incrementAndGet();
            } finally {
                resuming--;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reserves a placement-group bundle from the node pool; null if it does not fit now. */
    public synchronized ResourcePool reserveBundle(Map<String, Long> request) {
        ResourcePool bundle = nodePool.reserveBundle(request);
        if (bundle != null) {
            version.incrementAndGet();
        }
        return bundle;
    }

    public void removeBundle(ResourcePool bundle) {
        synchronized (this) {
            bundle.removeBundle();
            version.incrementAndGet();
            notifyAll();
        }
        startOthers();
    }

    /** Releases resources held outside a run loop (an actor's, at its death). */
    public void release(Allocation allocation) {
        synchronized (this) {
            allocation.pool().release(allocation);
            version.incrementAndGet();
            notifyAll();
        }
        startOthers();
    }

    /** True if {@code request} would start at once on the node pool (nothing queued ahead, resources free). */
    public synchronized boolean hasRoomNow(Map<String, Long> request) {
        return queue.isEmpty() && resuming == 0 && nodePool.fitsNow(request);
    }

    public synchronized Map<String, Double> available() {
        return nodePool.availableNow();
    }

    public synchronized int queued() {
        return queue.size();
    }

    public synchronized List<Work> drain() {
        List<Work> all = List.copyOf(queue);
        queue.clear();
        return all;
    }
}

package io.ignis.runtime.store;

import io.ignis.runtime.serial.Encoded;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * What one node knows of one object: whether it exists yet, its value if this node holds it (as
 * the Java object itself), its wire form once made, or the node that holds it, or the error that
 * took its place. The owner's entry is the authority; other nodes keep entries for copies they
 * fetched and for objects they wait on.
 */
public final class ObjectEntry {
    /** Stands for a null value, so that a null field means "no value here". */
    static final Object NULL_VALUE = new Object();
    /** What {@link #memoryValueOrAbsent} answers when the value is not in memory here. */
    public static final Object ABSENT = new Object();

    private final ObjectId id;
    /** Replaced by {@link #reopen} when the object is lost and made again; completes when it exists or failed. */
    private volatile CompletableFuture<ObjectEntry> ready = new CompletableFuture<>();
    private volatile Object value;
    private volatile Encoded encoded;
    private volatile UUID location;
    private volatile long size = -1;
    private volatile Throwable error;
    private volatile String errorMessage;
    private volatile CompletableFuture<Object> fetch;
    /** The task that makes this object (owner side), for cancel and retries. */
    public volatile Object producer;
    /** Live ObjectRef instances on this node; guarded by this. */
    private int localRefs;
    /** This node, not the owner, told the owner it holds refs (see {@link #retain}); guarded by this. */
    private boolean borrowing;
    /** Owner side: how many borrows each other node has registered; guarded by this. */
    private Map<UUID, Integer> borrowers;
    /**
     * Owner side: when a ref to this object last left this node, or a borrower last let go
     * (System.nanoTime; 0: never). A ref on its way to a node is not yet a registered borrow, so
     * the object is not freed until the cluster has had time to deliver it.
     */
    private volatile long lastHandOff;
    /** A copy kept here for the owner (a task's result, a replica): it stays until the owner frees it. */
    public volatile boolean held;
    /** Owner side: the nodes keeping replicas of this object (a replicated put). */
    public volatile java.util.List<UUID> copies = java.util.List.of();
    /**
     * Refs written inside this value's wire form, kept reachable while the entry lives (spilled or
     * not); {@link #refsKnown} says whether they were collected.
     */
    private volatile Object containedRefs;
    private volatile boolean refsKnown;
    /** A copy kept for another node's replicated put: it outlives its owner. */
    public volatile boolean replica;
    /** Where this node keeps the value: spilled past the budget (default), dropped, or on disk at once. */
    public volatile io.ignis.api.ObjectStorage storage = io.ignis.api.ObjectStorage.MEMORY_AND_DISK;
    /**
     * A memory-only value was dropped to make room: it is not here any more and must be made again
     * (see {@link ObjectStore}); guarded by this.
     */
    private boolean dropped;
    /** The value's file, if it was spilled (it may be in memory again too). */
    private volatile SpillFile spill;
    /** {@link SizeEstimator}'s estimate of the value in memory; -1 until made. */
    private volatile long valueBytes = -1;
    /** Bytes the store counts for this entry now; guarded by this. */
    private long counted;
    /** When the value was last used here (System.nanoTime), for choosing what to spill. */
    private volatile long lastUse;
    /** Removed from its node's table: a value arriving late (a fetch, a restore) is not kept, nor spilled. */
    private boolean retired;
    /**
     * A copy read through a node cache ({@code NodeCache.get}): it stays after this node's last ref
     * goes, until the owner frees the object or drops its copies.
     */
    public volatile boolean kept;
    /** This node (not the owner) told the owner it holds a copy others may fetch; guarded by this. */
    private boolean announced;
    /**
     * Owner side: the other nodes that said they hold a copy, each with how many fetchers were sent
     * to it (insertion order, so choices are repeatable); guarded by this.
     */
    private Map<UUID, Integer> holders;
    /** Owner side: how many fetchers were sent to the primary copy (this node's, or the holder's of a result). */
    private int primaryChosen;

    public ObjectEntry(ObjectId id) {
        this.id = id;
    }

    public ObjectId id() {
        return id;
    }

    /** Completes when the object exists or failed. */
    public CompletableFuture<ObjectEntry> ready() {
        return ready;
    }

    public boolean isDone() {
        return ready.isDone();
    }

    /** The object is {@code value}, held here. */
    public void completeWithValue(Object value) {
        CompletableFuture<ObjectEntry> current;
        synchronized (this) {
            setValue(value);
            current = ready;
        }
        current.complete(this); // outside the lock: waiters' callbacks run here
    }

    /**
     * The object is the value already set here with {@link #cacheValue} (and counted by the store,
     * which may have spilled or dropped it since): waiters go on.
     */
    public void completeAsIs() {
        CompletableFuture<ObjectEntry> current;
        synchronized (this) {
            current = ready;
        }
        current.complete(this);
    }

    /** The object exists on node {@code location}, {@code size} bytes in wire form. */
    public void completeAt(UUID location, long size) {
        CompletableFuture<ObjectEntry> current;
        synchronized (this) {
            this.location = location;
            this.size = size;
            current = ready;
        }
        current.complete(this);
    }

    /**
     * The object existed on a node that is gone: this entry is not done again until it is made
     * again (or fails). Returns false if it was not done (someone reopened it already).
     */
    public synchronized boolean reopen() {
        if (!ready.isDone() || hasValue()) {
            return false;
        }
        location = null;
        size = -1;
        error = null;
        errorMessage = null;
        encoded = null;
        ready = new CompletableFuture<>();
        return true;
    }

    /** The object will never exist: {@code message} says why, {@code error} is the cause. */
    public void fail(String message, Throwable error) {
        CompletableFuture<ObjectEntry> current;
        synchronized (this) {
            this.errorMessage = message;
            this.error = error;
            current = ready;
        }
        current.complete(this);
    }

    /** Whether this node holds the value, in memory or spilled to disk. */
    public boolean hasValue() {
        return value != null || spill != null;
    }

    /** Whether the value is in memory here. */
    public boolean inMemory() {
        return value != null;
    }

    /**
     * The value if it is in memory here ({@code null} values included), else {@link #ABSENT}:
     * one read, so a concurrent spill cannot turn a checked value into a missing one.
     */
    public Object memoryValueOrAbsent() {
        Object v = value;
        if (v == null) {
            return ABSENT;
        }
        touch();
        return v == NULL_VALUE ? null : v;
    }

    /** Keeps a fetched or restored copy here (unless the entry was retired meanwhile). */
    public synchronized void cacheValue(Object value) {
        if (!retired) {
            setValue(value);
        }
    }

    /** The entry left its node's table: no value is kept, nor spilled, from now on. */
    public synchronized void retire() {
        retired = true;
    }

    private void setValue(Object value) {
        this.dropped = false;
        this.value = value == null ? NULL_VALUE : value;
        this.valueBytes = -1;
        touch();
    }

    /** Forgets the value, its wire form and its spill file (the store deletes the file, see {@link ObjectStore#remove}). */
    public synchronized void dropValue() {
        this.dropped = false;
        this.value = null;
        this.encoded = null;
        this.spill = null;
        this.containedRefs = null;
        this.refsKnown = false;
    }

    /** The bytes the store counts for this entry now. */
    synchronized long countedBytes() {
        return counted;
    }

    /** Sets the bytes the store counts for this entry; returns the change (new minus old). */
    synchronized long counted(long bytes) {
        long change = bytes - counted;
        counted = bytes;
        return change;
    }

    /** The value field as it is: null if not in memory, {@link #NULL_VALUE} for a null value. */
    Object rawValue() {
        return value;
    }

    public void touch() {
        lastUse = System.nanoTime();
    }

    long lastUse() {
        return lastUse;
    }

    /** Bytes this entry keeps in memory (value and a separate wire form), or -1 if its value is not in memory. */
    synchronized long heldBytes() {
        Object v = value;
        if (v == null) {
            return -1;
        }
        if (valueBytes < 0) {
            valueBytes = v == NULL_VALUE ? 0 : SizeEstimator.estimate(v);
        }
        Encoded e = encoded;
        return valueBytes + (e == null || e.bytes() == v ? 0 : e.size());
    }

    public SpillFile spill() {
        return spill;
    }

    synchronized SpillFile takeSpill() {
        SpillFile file = spill;
        spill = null;
        return file;
    }

    /** The value, if it is still {@code expected}, now lives in {@code file} only. */
    synchronized boolean spilled(SpillFile file, Object expected) {
        if (value != expected || retired) {
            return false;
        }
        spill = file;
        value = null;
        encoded = null;
        return true;
    }

    /** A memory-only value, if it is still {@code expected}, leaves memory with no copy kept (see {@link #wasDropped}). */
    synchronized boolean drop(Object expected) {
        if (value != expected || retired) {
            return false;
        }
        value = null;
        encoded = null;
        dropped = true;
        return true;
    }

    /** Whether the value was dropped to make room (memory-only storage) and not made again since. */
    public synchronized boolean wasDropped() {
        return dropped;
    }

    /** Drops the value from memory, if it is still {@code expected}; its spill file has it. */
    synchronized boolean evict(Object expected) {
        if (value != expected || spill == null) {
            return false;
        }
        value = null;
        encoded = null;
        return true;
    }

    public Encoded encoded() {
        return encoded;
    }

    public synchronized void setEncoded(Encoded encoded) {
        this.encoded = encoded;
        this.size = encoded.size();
    }

    public UUID location() {
        return location;
    }

    public long size() {
        return size;
    }

    public Throwable error() {
        return error;
    }

    public String errorMessage() {
        return errorMessage;
    }

    /**
     * The value, fetched once however many threads ask at the same time: the first caller runs
     * {@code fetcher} and keeps its result here, the others wait for it.
     */
    public Object fetchOnce(java.util.concurrent.Callable<Object> fetcher) throws Exception {
        CompletableFuture<Object> mine = null;
        CompletableFuture<Object> running;
        synchronized (this) {
            Object v = value;
            if (v != null) {
                return v == NULL_VALUE ? null : v;
            }
            if (fetch == null) {
                fetch = mine = new CompletableFuture<>();
            }
            running = fetch;
        }
        if (mine == null) {
            try {
                return running.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        try {
            Object fetched = fetcher.call();
            cacheValue(fetched);
            mine.complete(fetched);
            return fetched;
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                fetch = null;
            }
        }
    }

    /**
     * Counts one more live ref on this node. Returns true if this node must now tell the owner it
     * borrows the object ({@code remoteOwner}, and it had not told it yet).
     */
    public synchronized boolean retain(boolean remoteOwner) {
        localRefs++;
        if (remoteOwner && !borrowing) {
            borrowing = true;
            return true;
        }
        return false;
    }

    /** Whether a live ref to this object is left on this node. */
    public synchronized boolean hasLocalRefs() {
        return localRefs > 0;
    }

    /** Forgets where the object was fetched from: a read without a value here asks the owner anew. */
    public synchronized void forgetLocation() {
        location = null;
    }

    /** This node holds a copy now: true if the owner must be told (it was not yet). */
    public synchronized boolean announceCopy() {
        if (announced) {
            return false;
        }
        announced = true;
        return true;
    }

    /** This node's copy goes: true if the owner was told of it (and must now be told it is gone). */
    public synchronized boolean withdrawCopy() {
        boolean was = announced;
        announced = false;
        return was;
    }

    /** Owner side: node {@code holder} holds a copy ({@code held}) or no longer does. */
    public synchronized void holder(UUID holder, boolean held) {
        if (held) {
            if (holders == null) {
                holders = new java.util.LinkedHashMap<>();
            }
            holders.putIfAbsent(holder, 0);
        } else if (holders != null) {
            holders.remove(holder);
        }
    }

    /** Owner side: the nodes that said they hold a copy. */
    public synchronized java.util.List<UUID> holders() {
        return holders == null ? java.util.List.of() : java.util.List.copyOf(holders.keySet());
    }

    /**
     * Owner side: where {@code fetcher} should fetch the object from: whichever of {@code primary}
     * and the live holders (not the fetcher itself) was chosen least often so far, a holder on a
     * tie, which spreads the fetches of a much-read object over the nodes that have it. The choice
     * is counted.
     */
    public synchronized UUID chooseSource(UUID primary, UUID fetcher, java.util.function.Predicate<UUID> live) {
        UUID best = primary;
        int bestCount = primary == null ? Integer.MAX_VALUE : primaryChosen;
        if (holders != null) {
            for (Map.Entry<UUID, Integer> holder : holders.entrySet()) {
                UUID candidate = holder.getKey();
                if (candidate.equals(fetcher) || candidate.equals(primary) || !live.test(candidate)) {
                    continue;
                }
                int count = holder.getValue();
                if (count < bestCount || (count == bestCount && best == primary)) {
                    best = candidate;
                    bestCount = count;
                }
            }
        }
        if (best == primary) {
            primaryChosen++;
        } else {
            holders.merge(best, 1, Integer::sum);
        }
        return best;
    }

    /** Counts one ref less; true if none is left on this node. */
    public synchronized boolean release() {
        return --localRefs <= 0;
    }

    /** No ref is left here: true if the owner was told this node borrows it (and must now be told it stopped). */
    public synchronized boolean stopBorrowing() {
        if (localRefs > 0 || !borrowing) {
            return false;
        }
        borrowing = false;
        return true;
    }

    /** Owner side: {@code node} registered ({@code delta} 1) or dropped (-1) a borrow. */
    public synchronized void borrowed(UUID node, int delta) {
        if (borrowers == null) {
            borrowers = new HashMap<>();
        }
        if (borrowers.merge(node, delta, Integer::sum) == 0) {
            borrowers.remove(node);
        }
        if (delta < 0) {
            handedOff();
        }
    }

    /** Owner side: a node that borrowed this object left the cluster; its borrows go with it. */
    public synchronized boolean dropBorrower(UUID node) {
        return borrowers != null && borrowers.remove(node) != null;
    }

    /** The refs written inside this value's wire form ({@code refs}), kept alive with the entry. */
    public void setContainedRefs(Object refs) {
        containedRefs = refs;
        refsKnown = true;
    }

    /** Whether the refs inside the value's wire form were collected (see {@link #setContainedRefs}). */
    public boolean refsKnown() {
        return refsKnown;
    }

    /** A ref to this object left this node, or a borrow ended: see {@link #lastHandOff}. */
    public void handedOff() {
        lastHandOff = System.nanoTime();
    }

    /**
     * Owner side: nanoseconds until nothing refers to this object if no ref appears meanwhile: 0
     * when no ref is left here, no node borrows it, and the last hand-off is at least
     * {@code graceNanos} old; -1 while refs or borrows remain.
     */
    public synchronized long unusedIn(long graceNanos) {
        if (localRefs > 0 || (borrowers != null && !borrowers.isEmpty())) {
            return -1;
        }
        if (lastHandOff == 0) {
            return 0;
        }
        return Math.max(0, lastHandOff + graceNanos - System.nanoTime());
    }
}

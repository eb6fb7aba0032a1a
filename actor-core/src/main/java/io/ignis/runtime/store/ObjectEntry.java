package io.ignis.runtime.store;

import io.ignis.runtime.serial.Encoded;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * What one node knows of one object: whether it exists yet, its value if this node holds it (as
 * the Java object itself), its wire form once made, or the node that holds it, or the error that
 * took its place. The owner's entry is the authority; other nodes keep entries for copies they
 * fetched and for objects they wait on.
 */
public final class ObjectEntry {
    private static final Object NULL = new Object();

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
    int localRefs;
    /** A ref to this object was sent to another node, so local refs alone do not decide its life. */
    volatile boolean escaped;
    /** A copy kept for another node's replicated put: it outlives its owner. */
    public volatile boolean replica;

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
            this.value = value == null ? NULL : value;
            current = ready;
        }
        current.complete(this); // outside the lock: waiters' callbacks run here
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
        if (!ready.isDone() || value != null) {
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

    public boolean hasValue() {
        return value != null;
    }

    /** The value held here; only when {@link #hasValue()}. */
    public Object value() {
        Object v = value;
        return v == NULL ? null : v;
    }

    /** Keeps a fetched copy here. */
    public void cacheValue(Object value) {
        this.value = value == null ? NULL : value;
    }

    public void dropValue() {
        this.value = null;
        this.encoded = null;
    }

    public Encoded encoded() {
        return encoded;
    }

    public void setEncoded(Encoded encoded) {
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
            if (value != null) {
                return value();
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

    /** Counts one more live ref on this node. */
    public synchronized void retain() {
        localRefs++;
    }

    /** Counts one ref less; true if none is left and no other node was given one. */
    public synchronized boolean releaseAndCheckUnused() {
        return --localRefs <= 0 && !escaped;
    }

    public void markEscaped() {
        escaped = true;
    }
}

package io.ignis.runtime.node;

import io.ignis.api.exception.GetTimeoutException;
import io.ignis.api.exception.IgnisException;
import io.ignis.api.exception.ObjectLostException;
import io.ignis.api.exception.SerializationException;
import io.ignis.api.exception.TaskFailedException;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectEntry;
import io.ignis.runtime.store.ObjectId;
import io.ignis.runtime.store.ObjectStore;
import io.ignis.runtime.store.SpillCorruptException;
import io.ignis.runtime.store.SpillFile;
import java.io.IOException;
import java.io.Serializable;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One node's objects: the entries it owns (the authority on whether and where each exists), the
 * values it holds (as Java objects, handed to local consumers without copy or serialization), and
 * copies it fetched. Gets values from other nodes over the transfer channel, answers other nodes'
 * questions about objects it owns, and drops what no live ref on this node points to. Values held
 * in memory are counted against the node's {@link ObjectStore} budget, which spills them to disk
 * past it; a value read back from a corrupt spill file is treated as lost.
 */
final class ObjectManager {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ObjectManager.class);
    /** Values up to this size (in wire form) travel inside messages instead of being fetched. */
    static final int INLINE_LIMIT = 100 * 1024;

    private final Node node;
    private final Map<ObjectId, ObjectEntry> table = new ConcurrentHashMap<>();
    private final Map<ObjectId, Boolean> subscribed = new ConcurrentHashMap<>();
    private final Cleaner cleaner;
    private final ObjectStore store;
    /** A trim of the store is queued (see {@link #counted}). */
    private final java.util.concurrent.atomic.AtomicBoolean trimQueued = new java.util.concurrent.atomic.AtomicBoolean();

    ObjectManager(Node node, Cleaner cleaner, long storeBytes, java.nio.file.Path spillDirectory) {
        this.node = node;
        this.cleaner = cleaner;
        this.store = new ObjectStore(storeBytes, spillDirectory, this::encodeKeepingRefs);
    }

    ObjectStore store() {
        return store;
    }

    /** A value now in memory in {@code entry} is counted, making room first; the calling thread may wait for disk. */
    void admitted(ObjectEntry entry) {
        store.admit(entry);
    }

    /**
     * Like {@link #admitted}, for threads that must not wait (message handling): counted now, and
     * if the budget is passed, a worker spills.
     */
    void counted(ObjectEntry entry) {
        if (store.recount(entry) && trimQueued.compareAndSet(false, true)) {
            try {
                node.workers().execute(() -> {
                    trimQueued.set(false);
                    store.trim();
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                trimQueued.set(false);
            }
        }
    }

    /**
     * This node's copy of the entry's object goes: uncounted, its spill file deleted, its value
     * dropped; the owner hears of it if it was told this node holds a copy.
     */
    private void forget(ObjectEntry entry) {
        store.remove(entry);
        entry.dropValue();
        ObjectId id = entry.id();
        if (entry.withdrawCopy() && node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.CopyHeld(id, false));
        }
    }

    /** The entry left the table: forgotten, and a value that arrives for it later is not kept. */
    private void retire(ObjectEntry entry) {
        entry.retire();
        forget(entry);
    }

    /** A new entry owned by this node, for a put or a task's return. */
    ObjectEntry createOwned(ObjectId id) {
        ObjectEntry entry = new ObjectEntry(id);
        table.put(id, entry);
        return entry;
    }

    /** A ref to {@code id} bound to this node; {@code location}, if known, says which node holds the object. */
    <T> ObjectRefImpl<T> bind(ObjectId id, UUID location) {
        ObjectEntry entry = table.get(id);
        if (entry == null) {
            ObjectEntry fresh = new ObjectEntry(id);
            if (id.owner().equals(node.id())) {
                fresh.fail(null, new ObjectLostException("object " + id + " was freed"));
            } else if (location != null) {
                fresh.completeAt(location, -1);
            }
            entry = table.putIfAbsent(id, fresh);
            if (entry == null) {
                entry = fresh;
            }
        }
        boolean remoteOwner = !id.owner().equals(node.id());
        if (entry.retain(remoteOwner) && node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.Borrow(id, 1));
        }
        ObjectRefImpl<T> ref = new ObjectRefImpl<>(id, this);
        cleaner.register(ref, new Release(this, id));
        return ref;
    }

    /** Called by the cleaner when a ref became unreachable; never touches the ref itself. */
    private record Release(ObjectManager objects, ObjectId id) implements Runnable {
        @Override
        public void run() {
            objects.release(id);
        }
    }

    /**
     * The last ref on this node is gone. A borrower tells the owner and drops its entry (unless it
     * holds the object for the owner); the owner frees the object once no node borrows it either.
     */
    private void release(ObjectId id) {
        ObjectEntry entry = table.get(id);
        if (entry == null || !entry.release()) {
            return;
        }
        if (id.owner().equals(node.id())) {
            freeIfUnused(entry);
            return;
        }
        if (entry.stopBorrowing() && node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.Borrow(id, -1));
        }
        if (!entry.held && !(entry.kept && entry.hasValue()) && table.remove(id, entry)) {
            retire(entry);
            subscribed.remove(id);
        }
    }

    /**
     * How long an owned object whose refs are all gone waits before it is freed, after a ref to it
     * last left this node or a borrower last let go: a ref travelling to another node is registered
     * there as a borrow only when it arrives. Messages between live nodes arrive well within the
     * failure-detection timeout, after which their receiver would be dropped anyway, so that
     * timeout is the wait.
     */
    private long graceNanos() {
        return node.failureDetectionTimeout().toNanos();
    }

    /**
     * Owner side: frees the object if no ref to it is left on this node and no other node borrows
     * it; if refs may still be on their way, looks again when they would have arrived.
     */
    void freeIfUnused(ObjectEntry entry) {
        long wait = entry.unusedIn(graceNanos());
        if (wait < 0) {
            return;
        }
        if (wait > 0) {
            try {
                node.timer().schedule(() -> freeIfUnused(entry), wait, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // this node is closing
            }
            return;
        }
        ObjectId id = entry.id();
        if (!table.remove(id, entry)) {
            return;
        }
        UUID location = entry.location();
        retire(entry);
        subscribed.remove(id);
        // Copies a borrower fetched went with its last ref, but for those kept in a node cache: what
        // is left is the holder's, the replicas and the copies nodes said they hold.
        java.util.Set<UUID> holding = new java.util.LinkedHashSet<>(entry.copies);
        holding.addAll(entry.holders());
        if (location != null) {
            holding.add(location);
        }
        holding.remove(node.id());
        for (UUID holder : holding) {
            if (node.cluster().member(holder) != null) {
                node.send(holder, new Message.FreeObjects(List.of(id)));
            }
        }
    }

    /** Owner side: another node registered ({@code delta} 1) or dropped (-1) a borrow of an object. */
    void onBorrow(UUID borrower, Message.Borrow message) {
        ObjectEntry entry = table.get(message.id());
        if (entry == null) {
            return; // freed already: the borrower's get learns it from its owner
        }
        entry.borrowed(borrower, message.delta());
        if (message.delta() < 0) {
            freeIfUnused(entry);
        }
    }

    // ---- copies on other nodes than the owner: kept for a node cache, fetched from each other

    /**
     * A borrower now holds a copy of {@code entry}'s object: the owner hears of it once, and may
     * send later fetchers here (see {@link ObjectEntry#chooseSource}) and tell this node when the
     * object is freed.
     */
    private void announceCopy(ObjectEntry entry) {
        ObjectId id = entry.id();
        if (!id.owner().equals(node.id()) && entry.hasValue() && entry.announceCopy()
                && node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.CopyHeld(id, true));
        }
    }

    /**
     * The value of {@code ref}, as {@link #get}, and this node's copy stays after its last ref
     * here goes (see {@code NodeCache}): it does not keep the object alive, its owner frees it
     * with the object. A copy this node holds for the owner (a result, a replica) stays anyway.
     */
    Object getKept(ObjectRefImpl<?> ref) {
        Object value = get(ref, null);
        ObjectEntry entry = table.get(ref.objectId);
        if (entry != null && !ref.objectId.owner().equals(node.id()) && !entry.held && !entry.replica && entry.hasValue()) {
            entry.kept = true;
            announceCopy(entry);
        }
        return value;
    }

    /** Owner side: {@code holder} holds a copy of an object of this node's, or no longer does. */
    void onCopyHeld(UUID holder, Message.CopyHeld message) {
        ObjectEntry entry = table.get(message.id());
        if (entry != null && entry.error() == null) {
            entry.holder(holder, message.held());
        } else if (message.held()) {
            node.send(holder, new Message.FreeObjects(List.of(message.id()))); // freed before the news came
        }
    }

    /**
     * Drops this node's copy of another node's object (its owner keeps the object): a copy nothing
     * here uses goes with its entry; one that live refs still use goes, and their next read asks
     * the owner where to fetch it. Copies held for the owner (a result, a replica) stay.
     */
    void dropCopy(ObjectId id) {
        ObjectEntry entry = table.get(id);
        if (entry == null || id.owner().equals(node.id()) || entry.held || entry.replica) {
            return;
        }
        entry.kept = false;
        if (!entry.hasLocalRefs()) {
            if (table.remove(id, entry)) {
                retire(entry);
                subscribed.remove(id);
            }
        } else if (entry.hasValue()) {
            forget(entry);
            entry.forgetLocation(); // a read finds no holder and asks the owner (see relocate)
        }
    }

    /** A ref is being written for another node (or a spill file): noted for the owner's wait, and kept if collecting. */
    void sent(ObjectRefImpl<?> ref) {
        ObjectEntry entry = table.get(ref.objectId);
        if (entry != null) {
            entry.handedOff();
        }
        List<ObjectRefImpl<?>> collector = collecting.get();
        if (collector != null) {
            collector.add(ref);
        }
    }

    /** Refs written by the current encode on this thread (see {@link #encodeKeepingRefs}); an instance's own, not process-wide. */
    private final ThreadLocal<List<ObjectRefImpl<?>>> collecting = new ThreadLocal<>();

    /**
     * The wire form of an entry's value; the refs written inside it are kept on the entry, so the
     * objects they point to live as long as this one does, in memory or spilled.
     */
    Encoded encodeKeepingRefs(ObjectEntry entry, Object value) {
        List<ObjectRefImpl<?>> refs = new ArrayList<>(0);
        collecting.set(refs);
        try {
            Encoded encoded = node.serializer().encode(value);
            entry.setContainedRefs(refs.isEmpty() ? null : refs);
            return encoded;
        } finally {
            collecting.remove();
        }
    }

    <T> ObjectRefImpl<T> put(Object value) {
        if (value != null && !(value instanceof Serializable)) {
            throw new SerializationException("put: " + value.getClass().getName()
                    + " is not serializable (it does not implement java.io.Serializable)", value.getClass().getName(), null);
        }
        ObjectId id = node.newIds(1);
        ObjectEntry entry = createOwned(id);
        entry.completeWithValue(value);
        ObjectRefImpl<T> ref = bind(id, null);
        admitted(entry);
        return ref;
    }

    /** How long a replicated put waits for its copies to be confirmed. */
    private static final long REPLICA_ACK_SECONDS = 30;

    /** Copies of replicated puts not yet confirmed, by object. */
    private final Map<ObjectId, ReplicaWait> replicaWaits = new ConcurrentHashMap<>();

    private record ReplicaWait(java.util.concurrent.atomic.AtomicInteger remaining, CompletableFuture<Void> done) {}

    /** Where the copies of a replicated put live: the cluster directory's record, written before the put returns. */
    record ReplicaRecord(List<UUID> nodes) implements Serializable {
        static String key(ObjectId id) {
            return "replicas:" + id.owner() + "-" + id.sequence();
        }
    }

    <T> ObjectRefImpl<T> put(Object value, int replicas) {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must be >= 0, got " + replicas);
        }
        ObjectRefImpl<T> ref = put(value);
        if (replicas == 0) {
            return ref;
        }
        ObjectId id = ref.objectId;
        List<UUID> others = new ArrayList<>();
        for (Member member : node.cluster().members()) {
            if (!member.driver() && !member.id().equals(node.id())) {
                others.add(member.id());
            }
        }
        if (others.size() < replicas) {
            dropLocal(List.of(id));
            throw new IllegalArgumentException("put with " + replicas + " replica(s) needs as many worker nodes besides this one;"
                    + " the cluster has " + others.size());
        }
        // Spread copies of successive puts over the nodes.
        java.util.Collections.rotate(others, (int) (id.sequence() % others.size()));
        List<UUID> targets = List.copyOf(others.subList(0, replicas));
        ObjectEntry entry = table.get(id);
        entry.handedOff();
        entry.copies = targets; // freed with it
        Encoded encoded = serve(id);
        ReplicaWait wait = new ReplicaWait(new java.util.concurrent.atomic.AtomicInteger(replicas), new CompletableFuture<>());
        replicaWaits.put(id, wait);
        try {
            node.cluster().directoryPut(ReplicaRecord.key(id), node.serializer().toBytes(new ReplicaRecord(targets)));
            for (UUID target : targets) {
                UUID job = node.jobs().currentJob();
                node.jobs().announce(target, job); // the classes of the value, found while encoding it
                node.send(target, new Message.StoreReplica(id, encoded, job));
            }
            wait.done().get(REPLICA_ACK_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IgnisException("put: the copies of object " + id + " on " + targets + " were not confirmed within "
                    + REPLICA_ACK_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IgnisException("interrupted while storing copies of object " + id, e);
        } catch (ExecutionException e) {
            throw new IgnisException("put: storing copies of object " + id + " failed", e.getCause());
        } finally {
            replicaWaits.remove(id);
        }
        return ref;
    }

    /** Another node's replicated put: keep the copy here and confirm. */
    void onStoreReplica(UUID owner, Message.StoreReplica message) {
        // Decoding and making room may take a while (a large value, spills): not on the message thread.
        // The value is read with its job's classes, shipped here just before (see Jobs).
        node.workers().execute(() -> {
            Job job = node.jobs().acquire(message.job());
            Jobs.Scope scope = node.jobs().enter(job);
            try {
                if (job != null) {
                    job.awaitCode(node.id());
                }
                hold(message.id(), node.serializer().decode(message.value()), message.value(),
                        io.ignis.api.ObjectStorage.MEMORY_AND_DISK);
                table.get(message.id()).replica = true;
                node.send(owner, new Message.ReplicaStored(message.id()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Not confirmed: the put fails saying its copy was not stored.
                LOG.warn("cannot keep a copy of object {}: {}", message.id(), node.jobs().decodeFailure(message.job(), e).toString());
            } finally {
                node.jobs().exit(scope);
                node.jobs().release(job);
            }
        });
    }

    void onReplicaStored(ObjectId id) {
        ReplicaWait wait = replicaWaits.get(id);
        if (wait != null && wait.remaining().decrementAndGet() == 0) {
            wait.done().complete(null);
        }
    }

    /** A live node holding a copy of {@code id} (a replicated put), or null. */
    private UUID liveReplica(ObjectId id) {
        byte[] bytes = node.cluster().directoryGet(ReplicaRecord.key(id));
        if (bytes == null) {
            return null;
        }
        for (UUID holder : ((ReplicaRecord) node.serializer().fromBytes(bytes)).nodes()) {
            if (holder.equals(node.id()) || node.cluster().member(holder) != null) {
                return holder;
            }
        }
        return null;
    }

    /**
     * Objects whose owner left: read from a copy if the owner replicated them, else (if they did
     * not exist yet) failed. Runs off the discovery thread, as it reads the directory.
     */
    private void adoptOrphans(List<ObjectEntry> orphans, UUID gone) {
        for (ObjectEntry entry : orphans) {
            UUID replica = liveReplica(entry.id());
            if (replica != null) {
                entry.reopen();
                entry.completeAt(replica, -1);
            } else if (!entry.isDone()) {
                entry.fail(null, new ObjectLostException("the owner of object " + entry.id() + ", node "
                        + shortId(gone) + ", left the cluster"));
            }
        }
    }

    /** Keeps a task's return value here for its remote owner, who frees it later. */
    void hold(ObjectId id, Object value, Encoded encoded, io.ignis.api.ObjectStorage storage) {
        ObjectEntry fresh = new ObjectEntry(id);
        ObjectEntry entry = table.putIfAbsent(id, fresh);
        if (entry == null) {
            entry = fresh;
        }
        // An entry may exist already: a task here waits for this very object (made again after a
        // loss, or a copy arriving). It must be that entry that completes, not a replacement.
        encoded.checksum(); // of the bytes as made: a fetcher finds out if they change before they reach it
        entry.setEncoded(encoded);
        entry.held = true;
        entry.storage = storage;
        if (entry.isDone()) {
            entry.cacheValue(value);
        } else {
            entry.completeWithValue(value);
        }
        admitted(entry);
    }

    ObjectEntry entry(ObjectId id) {
        return table.get(id);
    }

    /** The entry of {@code id}, asking its owner to report when it exists if this node does not know yet. */
    ObjectEntry watch(ObjectId id) {
        ObjectEntry entry = table.get(id);
        if (entry == null) {
            ObjectEntry fresh = new ObjectEntry(id);
            if (id.owner().equals(node.id())) {
                fresh.fail(null, new ObjectLostException("object " + id + " was freed"));
            }
            entry = table.putIfAbsent(id, fresh);
            if (entry == null) {
                entry = fresh;
            }
        }
        if (!entry.isDone() && !id.owner().equals(node.id()) && subscribed.putIfAbsent(id, Boolean.TRUE) == null) {
            if (node.cluster().member(id.owner()) == null) {
                adoptOrphans(List.of(entry), id.owner()); // nobody would answer: a copy, or a clear failure
            } else {
                node.send(id.owner(), new Message.Subscribe(id));
            }
        }
        return entry;
    }

    boolean isReady(ObjectRefImpl<?> ref) {
        return watch(ref.objectId).isDone();
    }

    /** The value of {@code ref}, waiting for it and fetching it as needed; {@code timeout} null waits forever. */
    Object get(ObjectRefImpl<?> ref, Duration timeout) {
        ObjectEntry entry = watch(ref.objectId);
        if (entry.isDone()) {
            Object value = entry.memoryValueOrAbsent();
            if (value != ObjectEntry.ABSENT) {
                return value;
            }
        }
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        awaitAll(List.of(entry), deadline);
        return valueOf(entry);
    }

    /** Waits until every entry is done; gives a blocked task's CPU back meanwhile. */
    void awaitAll(List<ObjectEntry> entries, long deadline) {
        boolean allDone = true;
        for (ObjectEntry e : entries) {
            allDone &= e.isDone();
        }
        if (allDone) {
            return;
        }
        node.executor().whileBlocked(() -> {
            for (ObjectEntry e : entries) {
                await(e, deadline);
            }
        });
    }

    private static void await(ObjectEntry entry, long deadline) {
        try {
            if (deadline == Long.MAX_VALUE) {
                entry.ready().get();
            } else {
                entry.ready().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            throw new GetTimeoutException("object " + entry.id() + " was not ready in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IgnisException("interrupted while waiting for object " + entry.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The values of {@code entries} (each done), in order: those in memory here at once, the others
     * fetched (or read back from disk) up to {@link Node#FETCHES_AT_ONCE} at a time, so a reducer
     * reading blocks from many nodes does not wait for one round trip after another. The first
     * failure in list order is thrown, as a get one by one would.
     */
    List<Object> valuesOf(List<ObjectEntry> entries) {
        Object[] values = new Object[entries.size()];
        List<Integer> elsewhere = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ObjectEntry entry = entries.get(i);
            Object value = entry.isDone() && entry.error() == null ? entry.memoryValueOrAbsent() : ObjectEntry.ABSENT;
            if (value != ObjectEntry.ABSENT) {
                values[i] = value;
            } else {
                elsewhere.add(i);
            }
        }
        if (elsewhere.size() < 2) {
            for (int i : elsewhere) {
                values[i] = valueOf(entries.get(i));
            }
            return java.util.Arrays.asList(values);
        }
        Job job = node.jobs().current(); // fetched values of shipped classes decode with the job's loader
        List<java.util.concurrent.Future<Object>> fetches = new ArrayList<>(elsewhere.size());
        for (int i : elsewhere) {
            ObjectEntry entry = entries.get(i);
            fetches.add(node.fetchers().submit(() -> {
                Jobs.Scope scope = node.jobs().enter(job);
                try {
                    return valueOf(entry);
                } finally {
                    node.jobs().exit(scope);
                }
            }));
        }
        RuntimeException failure = null;
        try {
            for (int k = 0; k < fetches.size(); k++) {
                try {
                    values[elsewhere.get(k)] = fetches.get(k).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IgnisException("fetching object " + entries.get(elsewhere.get(k)).id() + " failed", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            fetches.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IgnisException("interrupted while fetching objects", e);
        }
        if (failure != null) {
            throw failure;
        }
        return java.util.Arrays.asList(values);
    }

    /** The value of a done entry: held here, fetched from its holder, or its error thrown. */
    Object valueOf(ObjectEntry entry) {
        int missingAttempts = 0;
        while (true) {
            if (!entry.isDone()) {
                awaitAll(List.of(entry), Long.MAX_VALUE); // it was lost and is being made again
            }
            if (entry.error() != null) {
                throw errorOf(entry);
            }
            Object value = entry.memoryValueOrAbsent();
            if (value != ObjectEntry.ABSENT) {
                return value;
            }
            try {
                SpillFile spill = entry.spill();
                if (spill != null) {
                    value = entry.fetchOnce(() -> node.serializer().decode(store.read(spill)));
                } else if (entry.wasDropped()) {
                    madeAgain(entry);
                    continue;
                } else if (entry.hasValue()) {
                    continue; // it was just restored, or it is being dropped
                } else {
                    value = entry.fetchOnce(() -> fetch(entry));
                    announceCopy(entry);
                }
                admitted(entry);
                return value;
            } catch (SpillCorruptException e) {
                lostHere(entry, "its spill file on node " + shortId(node.id()) + " is corrupt (" + e.getMessage() + ")");
            } catch (HolderGone gone) {
                relocate(entry, gone.holder);
            } catch (HolderCorrupt corrupt) {
                corruptAt(entry, corrupt.holder, corrupt.getMessage());
            } catch (HolderMissing missing) {
                missingAt(entry, missing.holder, ++missingAttempts);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ObjectLostException("object " + entry.id() + " could not be fetched from node "
                        + shortId(entry.location()) + ": " + e);
            }
        }
    }

    /**
     * The holder of an object was found gone while fetching it: it is made again (owned here) or
     * awaited from its owner again; the caller waits for the entry anew. The node's departure may
     * have reopened the entry already, which makes this a no-op ({@code holder} is null when the
     * fetch read the location of an entry reopened under it).
     */
    private void relocate(ObjectEntry entry, UUID holder) {
        if (entry.id().owner().equals(node.id())) {
            if (holder != null) {
                node.tasks().rebuild(List.of(entry), holder);
            }
        } else if (node.cluster().member(entry.id().owner()) == null) {
            UUID replica = liveReplica(entry.id());
            entry.reopen();
            if (replica != null) {
                entry.completeAt(replica, -1);
            } else {
                entry.fail(null, new ObjectLostException("object " + entry.id() + " was held by node " + shortId(holder)
                        + ", which left the cluster, and its owner " + shortId(entry.id().owner()) + " left too"));
            }
        } else if (entry.reopen()) {
            node.send(entry.id().owner(), new Message.Subscribe(entry.id()));
        }
    }

    /**
     * This node's copy of an object cannot be read ({@code cause}, e.g. a corrupt spill file): it is
     * dropped, never returned as data, and the object is made again as if its holder had died. The
     * owner re-runs its task (lineage); another node's object is asked of its owner again, after
     * telling the owner if this node was the one holding it.
     */
    private void lostHere(ObjectEntry entry, String cause) {
        UUID remoteHolder = entry.location() != null && !entry.location().equals(node.id()) ? entry.location() : null;
        forget(entry);
        ObjectId id = entry.id();
        LOG.warn("object {} lost on this node: {}", id, cause);
        if (entry.kept) {
            entry.kept = false;
            if (!entry.hasLocalRefs() && table.remove(id, entry)) {
                retire(entry); // a kept copy nothing here uses: gone, not fetched again
                subscribed.remove(id);
                return;
            }
        }
        if (remoteHolder != null) {
            return; // a fetched copy: the next read fetches it again
        }
        if (id.owner().equals(node.id())) {
            if (entry.reopen()) {
                node.tasks().remake(List.of(entry), "was lost: " + cause);
            }
            return;
        }
        if (node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.ObjectLost(id, cause, false, null));
            if (entry.reopen()) {
                node.send(id.owner(), new Message.Subscribe(id));
            }
        } else if (entry.reopen()) {
            adoptOrphans(List.of(entry), id.owner());
        }
    }

    /**
     * A memory-only value was dropped here to make room: the owner re-runs its task (not counted as
     * a retry); a holder that is not the owner tells the owner, and waits for the new value like any
     * borrower. The caller waits for the entry anew.
     */
    private void madeAgain(ObjectEntry entry) {
        ObjectId id = entry.id();
        forget(entry);
        String cause = "was dropped from memory on node " + shortId(node.id()) + " (memory-only storage)";
        if (id.owner().equals(node.id())) {
            if (entry.reopen()) {
                node.tasks().remake(List.of(entry), cause, false);
            }
        } else if (node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.ObjectLost(id, cause, true, null));
            if (entry.reopen()) {
                node.send(id.owner(), new Message.Subscribe(id));
            }
        } else if (entry.reopen()) {
            adoptOrphans(List.of(entry), id.owner());
        }
    }

    /** A holder lost an object this node owns: made again if that holder was where it lived. */
    void onObjectLost(UUID sender, Message.ObjectLost message) {
        UUID holder = message.at() != null ? message.at() : sender;
        ObjectEntry entry = table.get(message.id());
        if (entry != null && holder.equals(entry.location()) && entry.reopen()) {
            node.tasks().remake(List.of(entry), "was lost on node " + shortId(holder) + ": " + message.cause(), !message.dropped());
        }
    }

    /** The holder answered that it does not have the object (it lost it, or it was freed). */
    private static final class HolderMissing extends Exception {
        final UUID holder;

        HolderMissing(UUID holder) {
            super(null, null, false, false);
            this.holder = holder;
        }
    }

    /** How many times a get asks again after a holder said it lacks the object, 50 ms apart. */
    private static final int MISSING_RETRIES = 100;

    /**
     * A holder does not have an object this node expected there: the owner makes it again (the
     * holder lost it; had the owner freed it, no ref here would reach this); a borrower waits for
     * its owner to say anew where it is, which takes a moment when the holder has only just
     * reported the loss to the owner.
     */
    private void missingAt(ObjectEntry entry, UUID holder, int attempt) {
        String where = "object " + entry.id() + " is not on node " + shortId(holder) + ", which held it";
        if (attempt > MISSING_RETRIES) {
            entry.reopen();
            entry.fail(null, new ObjectLostException(where + ", and its owner did not make it again"));
            return;
        }
        if (entry.id().owner().equals(node.id())) {
            if (holder.equals(entry.location()) && entry.reopen()) {
                node.tasks().remake(List.of(entry), "was not found on node " + shortId(holder) + ", which held it");
            }
            return;
        }
        sleepQuietly(50);
        relocate(entry, holder);
    }

    /** The bytes fetched from the holder failed their checksum. */
    private static final class HolderCorrupt extends Exception {
        final UUID holder;

        HolderCorrupt(UUID holder, String message) {
            super(message, null, false, false);
            this.holder = holder;
        }
    }

    /**
     * The copy fetched from {@code holder} arrived corrupt: it is never used. The owner has the task
     * that made it run again (its retries permitting), as for a copy lost on its holder; a borrower
     * tells the owner, then waits for the object anew.
     */
    private void corruptAt(ObjectEntry entry, UUID holder, String cause) {
        ObjectId id = entry.id();
        String what = "arrived corrupt from node " + shortId(holder) + " (" + cause + ")";
        LOG.warn("object {} {}", id, what);
        if (id.owner().equals(node.id())) {
            if (holder.equals(entry.location()) && entry.reopen()) {
                node.tasks().remake(List.of(entry), what);
            }
        } else if (node.cluster().member(id.owner()) != null) {
            node.send(id.owner(), new Message.ObjectLost(id, what, false, holder));
            if (entry.reopen()) {
                node.send(id.owner(), new Message.Subscribe(id));
            }
        } else {
            relocate(entry, holder);
        }
    }

    /** Fetching found the holder gone. */
    private static final class HolderGone extends Exception {
        final UUID holder;

        HolderGone(UUID holder) {
            super(null, null, false, false);
            this.holder = holder;
        }
    }

    /**
     * How long a fetch keeps trying a holder that refuses connections but is still a member: a
     * process killed with -9 stays a member until discovery's failure detection notices (10 s by
     * default), after which its objects are rebuilt.
     */
    private static final long UNREACHABLE_HOLDER_NANOS = TimeUnit.SECONDS.toNanos(30);

    private Object fetch(ObjectEntry entry) throws IOException, HolderGone, HolderMissing, HolderCorrupt {
        UUID location = entry.location();
        long deadline = System.nanoTime() + UNREACHABLE_HOLDER_NANOS;
        while (true) {
            Member holder = location == null ? null : node.cluster().member(location);
            if (holder == null) {
                throw new HolderGone(location);
            }
            Encoded encoded;
            try {
                encoded = node.transfer().fetch(holder.transferAddress(), entry.id());
            } catch (io.ignis.runtime.transfer.CorruptTransferException e) {
                throw new HolderCorrupt(location, e.getMessage());
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleepQuietly(50);
                continue;
            }
            if (encoded == null) {
                throw new HolderMissing(location);
            }
            return node.serializer().decode(encoded);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IgnisException("interrupted while fetching an object", e);
        }
    }

    /** The exception a get of a failed object throws, made fresh so its stack shows the get. */
    static RuntimeException errorOf(ObjectEntry entry) {
        Throwable error = entry.error();
        if (entry.errorMessage() == null) {
            return error instanceof RuntimeException runtime ? runtime : new IgnisException(error.toString(), error);
        }
        return new TaskFailedException(entry.errorMessage(), error);
    }

    /** The wire form of an object held here, for the transfer server; made once, then kept. */
    Encoded serve(ObjectId id) {
        ObjectEntry entry = table.get(id);
        if (entry == null) {
            return null;
        }
        Encoded encoded = entry.encoded();
        if (encoded != null) {
            return encoded;
        }
        Object value = entry.memoryValueOrAbsent();
        if (value == ObjectEntry.ABSENT) {
            SpillFile spill = entry.spill();
            if (spill == null) {
                if (entry.wasDropped()) {
                    madeAgain(entry); // the owner knows before the fetcher, told "not here", asks it again
                }
                return null;
            }
            try {
                return store.read(spill); // sent as read, not kept in memory
            } catch (SpillCorruptException e) {
                lostHere(entry, "its spill file on node " + shortId(node.id()) + " is corrupt (" + e.getMessage() + ")");
                return null;
            }
        }
        encoded = encodeKeepingRefs(entry, value);
        entry.setEncoded(encoded);
        counted(entry);
        return encoded;
    }

    /** Whether a value held here may be small enough to travel inline (a spilled one is not read to find out). */
    static boolean fitsInline(ObjectEntry entry) {
        SpillFile spill = entry.spill();
        return entry.inMemory() || spill == null || spill.length() <= INLINE_LIMIT;
    }

    /** An owner's answer to a borrower: once the object exists, say where (or send it, if small). */
    void onSubscribe(UUID borrower, ObjectId id) {
        ObjectEntry entry = table.get(id);
        if (entry == null) {
            node.send(borrower, new Message.ObjectReady(id, null, null, -1, null,
                    node.serializer().encodeError(new ObjectLostException("object " + id + " was freed"))));
            return;
        }
        entry.handedOff();
        if (entry.isDone() && !entry.hasValue() && entry.error() == null && entry.location() != null
                && node.cluster().member(entry.location()) == null) {
            node.tasks().rebuild(List.of(entry), entry.location()); // asked for before this node saw its holder go
        }
        entry.ready().thenAccept(done -> node.send(borrower, readyMessage(done, borrower)));
    }

    /** Where the object is, for {@code borrower}: inline if small, else a node to fetch it from (see {@link ObjectEntry#chooseSource}). */
    private Message.ObjectReady readyMessage(ObjectEntry entry, UUID borrower) {
        if (entry.error() != null) {
            return new Message.ObjectReady(entry.id(), null, null, -1, entry.errorMessage(),
                    node.serializer().encodeError(entry.error()));
        }
        if (entry.hasValue()) {
            Encoded encoded = fitsInline(entry) ? serve(entry.id()) : null;
            if (encoded != null && encoded.size() <= INLINE_LIMIT) {
                return new Message.ObjectReady(entry.id(), encoded, null, encoded.size(), null, null);
            }
        }
        UUID primary = entry.hasValue() ? node.id() : entry.location();
        UUID source = entry.chooseSource(primary, borrower, holder -> node.cluster().member(holder) != null);
        return new Message.ObjectReady(entry.id(), null, source, entry.size(), null, null);
    }

    void onReady(Message.ObjectReady ready) {
        ObjectEntry entry = table.get(ready.id());
        if (entry == null || entry.isDone()) {
            return;
        }
        if (ready.error() != null) {
            entry.fail(ready.errorMessage(), node.serializer().decodeError(ready.error()));
        } else if (ready.inline() != null) {
            entry.completeWithValue(node.serializer().decode(ready.inline()));
            counted(entry);
        } else {
            entry.completeAt(ready.location(), ready.size());
        }
    }

    /** Frees objects everywhere: this node's entries now, every other node by message. */
    void free(List<ObjectId> ids) {
        dropLocal(ids);
        for (Member member : node.cluster().members()) {
            if (!member.id().equals(node.id())) {
                node.send(member.id(), new Message.FreeObjects(ids));
            }
        }
    }

    void dropLocal(List<ObjectId> ids) {
        for (ObjectId id : ids) {
            ObjectEntry entry = table.remove(id);
            subscribed.remove(id);
            if (entry != null) {
                entry.withdrawCopy(); // freed by its owner, or everywhere: nobody needs to hear of this copy
                retire(entry);
                if (!entry.isDone()) {
                    entry.fail(null, new ObjectLostException("object " + id + " was freed"));
                }
                if (id.owner().equals(node.id())) {
                    // Later gets through live refs must fail clearly, not wait for an object that is gone.
                    ObjectEntry tombstone = new ObjectEntry(id);
                    tombstone.fail(null, new ObjectLostException("object " + id + " was freed"));
                    tombstone.held = true;
                    table.put(id, tombstone);
                }
            }
        }
    }

    /**
     * Copies of objects whose owner left are dropped (but for replicas of replicated puts), and
     * objects not made yet fail, or are read from a replica (see {@link #adoptOrphans}). Objects
     * that only {@code gone} held are made again: this node's own from their tasks (lineage, see
     * {@link TaskManager#rebuild}); others' are waited for anew, their owners rebuilding them.
     */
    void onMemberLeft(UUID gone) {
        List<ObjectEntry> lostOwned = new ArrayList<>();
        List<ObjectEntry> orphans = new ArrayList<>();
        List<ObjectId> ownerGone = new ArrayList<>();
        List<ObjectEntry> borrowerGone = new ArrayList<>();
        for (ObjectEntry entry : table.values()) {
            if (entry.id().owner().equals(node.id()) && entry.dropBorrower(gone)) {
                borrowerGone.add(entry); // its refs died with it
            }
            if (entry.id().owner().equals(node.id())) {
                entry.holder(gone, false); // fetchers go to the copies that are left
            }
            if (entry.id().owner().equals(gone) && entry.hasValue() && !entry.replica) {
                // Its owner is gone, and with it the only record of who may still use it: freed, as in Ray.
                ownerGone.add(entry.id());
            } else if (entry.id().owner().equals(gone) && !entry.hasValue()
                    && (!entry.isDone() || (entry.error() == null && gone.equals(entry.location())))) {
                orphans.add(entry);
            } else if (entry.isDone() && !entry.hasValue() && entry.error() == null && gone.equals(entry.location())) {
                if (entry.id().owner().equals(node.id())) {
                    lostOwned.add(entry);
                } else if (node.cluster().member(entry.id().owner()) != null && entry.reopen()) {
                    node.send(entry.id().owner(), new Message.Subscribe(entry.id()));
                }
            }
        }
        dropLocal(ownerGone);
        borrowerGone.forEach(this::freeIfUnused);
        if (!lostOwned.isEmpty()) {
            node.tasks().rebuild(lostOwned, gone);
        }
        if (!orphans.isEmpty()) {
            try {
                node.timer().execute(() -> adoptOrphans(orphans, gone));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // this node is closing
            }
        }
    }

    /**
     * Count and bytes of values held on this node (wire sizes where known), and the store's
     * figures (see {@link ObjectStore#stats}).
     */
    Map<String, Long> stats() {
        long count = 0;
        long bytes = 0;
        long kept = 0;
        for (ObjectEntry entry : table.values()) {
            if (entry.hasValue()) {
                count++;
                bytes += Math.max(0, entry.size());
                if (entry.kept) {
                    kept++;
                }
            }
        }
        Map<String, Long> out = new HashMap<>(store.stats());
        out.put("objects", count);
        out.put("bytes", bytes);
        out.put("keptCopies", kept);
        return out;
    }

    int size() {
        return table.size();
    }

    /** Entries among {@code refs}, watched, in order. */
    List<ObjectEntry> watchAll(List<? extends ObjectRefImpl<?>> refs) {
        List<ObjectEntry> entries = new ArrayList<>(refs.size());
        for (ObjectRefImpl<?> ref : refs) {
            entries.add(watch(ref.objectId));
        }
        return entries;
    }

    CompletableFuture<ObjectEntry> readyFuture(ObjectRefImpl<?> ref) {
        return watch(ref.objectId).ready();
    }

    static String shortId(UUID id) {
        return id == null ? "?" : id.toString().substring(0, 8);
    }
}

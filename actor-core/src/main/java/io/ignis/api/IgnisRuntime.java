package io.ignis.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A connection to an Ignis cluster, returned by {@link Ignis#init}: submit tasks
 * ({@code task(fn, args...)}), create actors ({@code actor(Ctor::new, args...)}), and put, get,
 * wait for and free objects. Closing it stops the nodes it started and kills its non-detached
 * actors. Several runtimes may be open in one JVM; nothing here is process-wide.
 */
public interface IgnisRuntime extends IgnisCalls, AutoCloseable {
    /** Stores {@code value} in this node's object store and returns its ref; no copy is made. */
    <T> ObjectRef<T> put(T value);

    /**
     * Like {@link #put(Object)}, and keeps a copy on {@code replicas} other nodes, so the object
     * survives the death of this node (its owner) without being made again: when the owner is
     * gone, whoever holds a ref reads one of the copies. Returns once every copy is stored. A
     * replicated object lives until {@link #free} (copies are not reference-counted).
     *
     * @throws IllegalArgumentException if the cluster has fewer than {@code replicas} other worker nodes
     */
    <T> ObjectRef<T> put(T value, int replicas);

    /**
     * The bytes of {@code value} in this runtime's wire form (what tasks and objects travel as), for a
     * library that sends one description to many tasks and wants each task to read its own copy
     * ({@link #deserialize}), as Spark's tasks each get their own closures. The classes written count
     * as code the job ships to other nodes. A value that cannot be serialized fails with a
     * {@link io.ignis.api.exception.SerializationException} naming the culprit class and {@code what}.
     */
    byte[] serialize(Object value, String what);

    /** The value of bytes made by {@link #serialize}, read with the classes of the job running on this thread. */
    Object deserialize(byte[] bytes);

    /** Blocks until the object exists and returns it (see {@link ObjectRef#get()}). */
    default <T> T get(ObjectRef<T> ref) {
        return ref.get();
    }

    /** Gets every object, in order; fails with the first failure met. */
    <T> List<T> get(List<? extends ObjectRef<T>> refs);

    /** Gets every object, in order, giving up after {@code timeout} in all. */
    <T> List<T> get(List<? extends ObjectRef<T>> refs, Duration timeout);

    /**
     * Waits until {@code numReady} of {@code refs} are ready (exist or failed) or {@code timeout}
     * passes, and returns the ready and unready ones. A ready list may hold more than numReady refs.
     */
    <T> WaitResult<T> wait(List<? extends ObjectRef<T>> refs, int numReady, Duration timeout);

    /** Deletes the objects now from every node that holds them; getting them afterwards fails. */
    void free(List<? extends ObjectRef<?>> refs);

    /** The copies of objects this runtime's node keeps for repeated use (see {@link NodeCache}). */
    NodeCache nodeCache();

    /**
     * A new lease on working memory from this runtime's node (inside a task, the node the task runs
     * on): see {@link WorkMemory} for the rule that bounds it. {@code purpose} names it in the node's
     * statistics and logs.
     */
    WorkMemory workMemory(String purpose);

    /** Cancels the task that makes {@code ref}: a queued task never runs, a running one is interrupted. */
    void cancel(ObjectRef<?> ref);

    /** The live actor named {@code name}, if there is one. */
    <A> Optional<ActorHandle<A>> getActor(String name);

    /** The cluster's live nodes. */
    List<NodeInfo> nodes();

    /** The id of the node this runtime submits from. */
    String nodeId();

    /** Reserves {@code bundles} of resources with {@code strategy}, all or nothing; fails if the cluster cannot fit them. */
    PlacementGroup createPlacementGroup(List<Map<String, Double>> bundles, PlacementStrategy strategy);

    /** Frees a placement group's reservations; tasks and actors still using a bundle keep running. */
    void removePlacementGroup(PlacementGroup group);

    /** Stops the nodes this runtime started (a driver leaves its cluster). */
    @Override
    void close();
}

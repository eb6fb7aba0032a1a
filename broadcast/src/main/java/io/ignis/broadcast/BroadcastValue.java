package io.ignis.broadcast;

import static java.util.Objects.requireNonNull;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.spi.CurrentTask;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A read-only value shared with every node, as one object of the cluster's object store: made with
 * one put on the creating node, it travels inside task closures and arguments as a small handle.
 * {@link #value()} on a node reads that node's copy, which the node fetches at most once however
 * many of its tasks ask at the same time, from any node that already has one (the owner spreads
 * fetchers over the copies, so a large value does not leave the creator once per node), and keeps
 * until {@link #unpersist} or {@link #destroy} or until nothing refers to the broadcast any more
 * (the copies do not keep it alive: when the last handle anywhere is garbage-collected, the object
 * and every copy go). On the creating node the value is the object that was put, not a copy.
 *
 * <p>Destroying is recorded in the handle, as in Spark: the handle it was called on, and every
 * copy of it serialized afterwards (into a task), throw {@link BroadcastDestroyedException} when
 * used. A copy serialized before (a task already under way, an actor's field) finds the object
 * freed and fails with the runtime's {@code ObjectLostException}.
 */
public final class BroadcastValue<T> implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final ObjectRef<T> ref;
    /** Where the handle was made; absent in copies, which use the runtime of the node they are read on. */
    private final transient IgnisRuntime creator;
    private volatile boolean valid = true;
    private volatile String destroySite;

    private BroadcastValue(long id, ObjectRef<T> ref, IgnisRuntime creator) {
        this.id = id;
        this.ref = ref;
        this.creator = creator;
    }

    /**
     * Broadcasts {@code value} from {@code runtime}'s node under {@code id} (the caller's number,
     * as Spark's context numbers its broadcasts): one put, nothing sent until a node reads it.
     *
     * @throws io.ignis.api.exception.SerializationException if the value is not {@link Serializable}
     */
    public static <T> BroadcastValue<T> create(IgnisRuntime runtime, long id, T value) {
        requireNonNull(runtime, "runtime is null");
        return new BroadcastValue<>(id, runtime.put(value), runtime);
    }

    /** The number the broadcast was created with. */
    public long id() {
        return id;
    }

    /**
     * This node's copy of the value (on the creating node, the value itself): fetched on first
     * use, from any node that has it, and kept for the node's later uses.
     *
     * @throws BroadcastDestroyedException if this handle was destroyed, or copied after it was
     */
    public T value() {
        assertValid();
        return here().nodeCache().get(ref);
    }

    /** Drops the copies on the other nodes, without waiting; see {@link #unpersist(boolean)}. */
    public void unpersist() {
        unpersist(false);
    }

    /**
     * Drops the copies of the value that nodes other than the creating one keep; the creating node
     * keeps the value, and a later use on another node fetches it again. With {@code blocking},
     * returns once every node has dropped its copy.
     *
     * @throws BroadcastDestroyedException if the broadcast was destroyed
     */
    public void unpersist(boolean blocking) {
        assertValid();
        here().nodeCache().dropCopies(ref, blocking);
    }

    /** Destroys the broadcast, waiting until the copies are gone; see {@link #destroy(boolean)}. */
    public void destroy() {
        destroy(true, CallSite.outside(BroadcastValue::isOwnFrame));
    }

    /**
     * Frees the value everywhere, the creating node included; this handle, and copies of it made
     * from now on, are unusable (see the class comment), and remember where this was called.
     * With {@code blocking}, the other nodes' copies are gone when this returns.
     *
     * @throws BroadcastDestroyedException if the broadcast was destroyed already
     */
    public void destroy(boolean blocking) {
        destroy(blocking, CallSite.outside(BroadcastValue::isOwnFrame));
    }

    /**
     * Like {@link #destroy(boolean)}, with the call site given by a caller that wraps this class
     * (see {@link CallSite#outside}), so that the site is its caller's, not its own.
     */
    public void destroy(boolean blocking, String callSite) {
        requireNonNull(callSite, "callSite is null");
        assertValid();
        destroySite = callSite;
        valid = false;
        IgnisRuntime runtime = here();
        if (blocking) {
            runtime.nodeCache().dropCopies(ref, true);
        }
        runtime.free(List.of(ref));
    }

    /** False once {@link #destroy} was called on this handle, or on the one it was copied from before the copy. */
    public boolean isValid() {
        return valid;
    }

    private void assertValid() {
        if (!valid) {
            throw new BroadcastDestroyedException(id, destroySite);
        }
    }

    private static boolean isOwnFrame(String className) {
        return className.equals(BroadcastValue.class.getName());
    }

    /**
     * The runtime of the node this runs on: a task's own; else the one the handle was made with;
     * else the current one (a copy read outside a task, e.g. a task's result on the driver).
     */
    private IgnisRuntime here() {
        TaskContext task = CurrentTask.get();
        if (task != null) {
            return task.runtime();
        }
        return creator != null ? creator : Ignis.current();
    }

    @Override
    public String toString() {
        return "Broadcast(" + id + ")";
    }
}

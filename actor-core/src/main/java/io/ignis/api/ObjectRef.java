package io.ignis.api;

import io.ignis.api.exception.GetTimeoutException;
import java.time.Duration;

/**
 * A reference to an object in the cluster's object store: the result of a task, or a value given
 * to {@link IgnisRuntime#put}. It may be passed as a task argument (the task then receives the
 * value), stored inside other objects (Kryo-serialized or Java-serialized), and sent to other nodes;
 * whoever holds it can {@link #get}.
 */
public interface ObjectRef<T> extends java.io.Serializable {
    /** The object's id, unique in the cluster. */
    String id();

    /** Blocks until the object exists and returns it; a failed task's error is thrown as {@link io.ignis.api.exception.TaskFailedException}. */
    T get();

    /** Like {@link #get()}, giving up after {@code timeout} with a {@link GetTimeoutException}. */
    T get(Duration timeout);

    /** True if the object exists (or its task failed) now, without waiting. */
    boolean isReady();
}

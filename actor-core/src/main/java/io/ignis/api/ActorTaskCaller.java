package io.ignis.api;

import static java.util.Objects.requireNonNull;

import io.ignis.api.function.IgnisFunction;
import io.ignis.api.spi.RuntimeBackend;
import java.util.List;
import java.util.Map;

/** An actor method call being built; {@link #remote()} sends it and returns the ref of its result. */
public final class ActorTaskCaller<R> {
    private final RuntimeBackend backend;
    private final ActorHandle<?> actor;
    private final IgnisFunction method;
    private final Object[] args;
    private String name;

    public ActorTaskCaller(RuntimeBackend backend, ActorHandle<?> actor, IgnisFunction method, Object[] args) {
        this.backend = requireNonNull(backend, "backend is null");
        this.actor = requireNonNull(actor, "actor is null");
        this.method = requireNonNull(method, "method is null");
        this.args = requireNonNull(args, "args is null");
    }

    /** A name for error messages. */
    public ActorTaskCaller<R> name(String name) {
        this.name = name;
        return this;
    }

    /** Sends the call; it runs after the calls sent before it through the same handle. */
    @SuppressWarnings("unchecked")
    public ObjectRef<R> remote() {
        return (ObjectRef<R>) backend.submitActorTask(actor, method, args, options(1)).get(0);
    }

    /** Sends a call whose method returns a {@link List} of {@code count} elements, one object each. */
    @SuppressWarnings("unchecked")
    public List<ObjectRef<Object>> remote(int count) {
        return (List<ObjectRef<Object>>) (List<?>) backend.submitActorTask(actor, method, args, options(count));
    }

    private TaskOptions options(int numReturns) {
        return new TaskOptions(name, Map.of(), 0, numReturns, null, 0, null, List.of(), List.of(), ObjectStorage.MEMORY_AND_DISK);
    }
}

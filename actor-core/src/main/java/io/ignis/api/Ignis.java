package io.ignis.api;

import io.ignis.api.spi.CurrentTask;
import io.ignis.api.spi.OpenRuntimes;
import io.ignis.api.spi.RuntimeFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The entry point, and a static facade in Ray's style: {@code Ignis.init()} starts an embedded
 * single-node cluster (this machine's cores as CPUs) and returns its runtime; {@code Ignis.init(config)}
 * starts several nodes in this JVM or joins a running cluster. The static calls
 * ({@code Ignis.task(...)}, {@code Ignis.put(...)}, ...) go to {@link #current()}: inside a task or
 * actor call, the runtime of the node running it; elsewhere, the runtime most recently started
 * with {@code init} that is still open. Code that runs several runtimes in one JVM calls them through their handles.
 */
public final class Ignis extends StaticCalls {
    private Ignis() {}

    /** Starts an embedded single-node cluster in this JVM. */
    public static IgnisRuntime init() {
        return init(IgnisConfig.builder().build());
    }

    /** Starts or joins a cluster as {@code config} says. */
    public static IgnisRuntime init(IgnisConfig config) {
        RuntimeFactory factory = ServiceLoader.load(RuntimeFactory.class, Ignis.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Ignis runtime on the classpath (ignis-actor-core provides one)"));
        IgnisRuntime runtime = factory.create(config);
        OpenRuntimes.opened(runtime);
        return runtime;
    }

    /** The runtime of the task or actor call running on this thread, else the one most recently started. */
    public static IgnisRuntime current() {
        TaskContext context = CurrentTask.get();
        if (context != null) {
            return context.runtime();
        }
        IgnisRuntime runtime = OpenRuntimes.latest();
        if (runtime == null) {
            throw new IllegalStateException("no open Ignis runtime: call Ignis.init() first");
        }
        return runtime;
    }

    /** See {@link IgnisRuntime#put}. */
    public static <T> ObjectRef<T> put(T value) {
        return current().put(value);
    }

    /** See {@link IgnisRuntime#put(Object, int)}. */
    public static <T> ObjectRef<T> put(T value, int replicas) {
        return current().put(value, replicas);
    }

    /** See {@link IgnisRuntime#get(ObjectRef)}. */
    public static <T> T get(ObjectRef<T> ref) {
        return current().get(ref);
    }

    /** See {@link IgnisRuntime#get(List)}. */
    public static <T> List<T> get(List<? extends ObjectRef<T>> refs) {
        return current().get(refs);
    }

    /** See {@link IgnisRuntime#wait}. */
    public static <T> WaitResult<T> wait(List<? extends ObjectRef<T>> refs, int numReady, Duration timeout) {
        return current().wait(refs, numReady, timeout);
    }

    /** See {@link IgnisRuntime#free}. */
    public static void free(List<? extends ObjectRef<?>> refs) {
        current().free(refs);
    }

    /** See {@link IgnisRuntime#cancel}. */
    public static void cancel(ObjectRef<?> ref) {
        current().cancel(ref);
    }

    /** See {@link IgnisRuntime#getActor}. */
    public static <A> Optional<ActorHandle<A>> getActor(String name) {
        return current().getActor(name);
    }

    /** See {@link IgnisRuntime#nodes}. */
    public static List<NodeInfo> nodes() {
        return current().nodes();
    }
}

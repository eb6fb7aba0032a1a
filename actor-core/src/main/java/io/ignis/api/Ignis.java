package io.ignis.api;

import io.ignis.api.spi.CurrentTask;
import io.ignis.api.spi.RuntimeFactory;
import java.util.ServiceLoader;

/**
 * The entry point. {@code Ignis.init()} starts an embedded single-node cluster with this machine's
 * cores as CPUs; {@code Ignis.init(config)} starts several nodes in this JVM or joins a running
 * cluster. Code running inside a task or actor reaches its node's runtime with {@link #current()}.
 */
public final class Ignis {
    private Ignis() {}

    /** Starts an embedded single-node cluster in this JVM. */
    public static IgnisRuntime init() {
        return init(IgnisConfig.builder().build());
    }

    /** Starts or joins a cluster as {@code config} says. */
    public static IgnisRuntime init(IgnisConfig config) {
        RuntimeFactory factory = ServiceLoader.load(RuntimeFactory.class, Ignis.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Ignis runtime on the classpath (ignis-actor-core provides one)"));
        return factory.create(config);
    }

    /** The runtime of the node running the current task or actor call. */
    public static IgnisRuntime current() {
        TaskContext context = CurrentTask.get();
        if (context == null) {
            throw new IllegalStateException("Ignis.current() is only defined inside a task or actor call; "
                    + "elsewhere use the runtime returned by Ignis.init()");
        }
        return context.runtime();
    }
}

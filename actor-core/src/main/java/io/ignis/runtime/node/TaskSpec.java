package io.ignis.runtime.node;

import io.ignis.api.TaskOptions;
import io.ignis.api.function.IgnisFunction;
import io.ignis.runtime.store.ObjectEntry;
import io.ignis.runtime.store.ObjectId;
import java.util.Map;
import java.util.UUID;

/**
 * A task (or actor call) as its owner keeps it until it finishes: what to run, with which
 * arguments (values, or refs the owner resolves first), what it needs, where it went, and the
 * entries of its return objects. The arguments hold their refs alive until the task is done.
 */
final class TaskSpec {
    final ObjectId id;
    final String name;
    final IgnisFunction function;
    final Object[] args;
    final TaskOptions options;
    final Map<String, Long> request;
    final ObjectEntry[] returns;
    /** The actor called, for actor calls; null for tasks. */
    final ActorHandleImpl<?> actor;
    /** A node the task must run on (placement-group bundle or hard affinity), or null. */
    final UUID pinnedNode;
    final String bundle;
    /** The job the task belongs to (see {@link Jobs}). */
    final UUID job;
    volatile UUID executor;
    volatile int attempt;
    volatile boolean cancelled;
    /** The execution on this node, when it runs here (for cancel). */
    volatile Object localRun;

    TaskSpec(ObjectId id, String name, IgnisFunction function, Object[] args, TaskOptions options, Map<String, Long> request,
             ObjectEntry[] returns, ActorHandleImpl<?> actor, UUID pinnedNode, String bundle, UUID job) {
        this.id = id;
        this.name = name;
        this.function = function;
        this.args = args;
        this.options = options;
        this.request = request;
        this.returns = returns;
        this.actor = actor;
        this.pinnedNode = pinnedNode;
        this.bundle = bundle;
        this.job = job;
    }

    /** "task 'name'" or "task f3a1b2c0-17", for messages. */
    String describe() {
        return (actor == null ? "task " : "actor call ") + (name != null ? "'" + name + "'" : id.toString());
    }
}

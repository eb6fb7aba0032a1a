package io.ignis.runtime.node;

import io.ignis.api.TaskContext;
import io.ignis.api.exception.IgnisException;
import io.ignis.api.exception.TaskCancelledException;
import io.ignis.api.function.IgnisFunction;
import io.ignis.api.spi.CurrentTask;
import io.ignis.runtime.sched.Allocation;
import io.ignis.runtime.sched.ResourcePool;
import io.ignis.runtime.sched.Work;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs tasks on this node, for this node's own tasks (arguments and results handed over as Java
 * objects) and for other nodes' (decoded here, results sent back: small ones inline, large ones
 * kept here for the owner to fetch). Resolves argument refs before a task starts, reports its
 * exception with the node's stack trace, and interrupts it when cancelled.
 */
final class Executor {
    private final Node node;
    private final Map<ObjectId, Run> runs = new ConcurrentHashMap<>();
    /** Resource requests of tasks from other nodes, one instance per shape, so the scheduler compares them by identity. */
    private final Map<Map<String, Long>, Map<String, Long>> requestShapes = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong forwarded = new java.util.concurrent.atomic.AtomicLong();

    Executor(Node node) {
        this.node = node;
    }

    /** Runs a task this node owns. */
    void runLocal(TaskSpec spec) {
        ResourcePool pool = poolFor(spec.bundle);
        if (pool == null) {
            node.tasks().failLocal(spec, null, new IgnisException(spec.describe() + ": its placement group was removed"));
            return;
        }
        Run run = new Run(spec.id, null, spec.request, pool, spec.attempt, spec, spec.function, spec.args, null);
        spec.localRun = run;
        node.scheduler().submit(run);
        if (spec.cancelled) {
            cancel(run); // cancelled between dispatch and now, when cancelLocal found no run to stop
        }
    }

    /**
     * Runs a task another node owns; forwards it if this node is busy and another has room
     * (spillback), unless it must run here (hard affinity or a placement-group bundle).
     */
    void onSubmit(Message.SubmitTask submit) {
        String what = submit.name() == null ? null : "task '" + submit.name() + "'";
        ResourcePool pool = poolFor(submit.bundle());
        if (pool == null) {
            deliverFailure(submit.taskId(), null, null, new IgnisException((what == null ? "task " + submit.taskId() : what)
                    + ": its placement group was removed"), false);
            return;
        }
        if (!submit.pinned() && submit.hops() < 2 && node.scheduler().queued() > 0) {
            UUID elsewhere = node.placement().spillTarget(submit.request(), submit.taskId().owner());
            if (elsewhere != null) {
                forwarded.incrementAndGet();
                node.placement().sentTo(elsewhere);
                node.jobs().announce(elsewhere, submit.job());
                node.send(elsewhere, new Message.SubmitTask(submit.taskId(), submit.name(), submit.function(), submit.args(),
                        submit.request(), submit.numReturns(), null, submit.attempt(), submit.hops() + 1, false, submit.job(),
                        submit.storage()));
                node.send(submit.taskId().owner(), new Message.TaskForwarded(submit.taskId(), elsewhere));
                return;
            }
        }
        Map<String, Long> request = requestShapes.computeIfAbsent(submit.request(), Map::copyOf);
        Run run = new Run(submit.taskId(), what, request, pool, submit.attempt(), null, null, null, submit);
        runs.put(submit.taskId(), run);
        node.scheduler().submit(run);
    }

    /** Tasks this node passed on to another because it was busy (spillback). */
    long forwarded() {
        return forwarded.get();
    }

    private ResourcePool poolFor(String bundle) {
        return bundle == null ? node.scheduler().nodePool() : node.bundle(bundle);
    }

    /** Cancels a task another node owns and sent here. */
    void cancel(ObjectId taskId) {
        Run run = runs.get(taskId);
        if (run != null) {
            cancel(run);
        }
    }

    /** Cancels a task this node owns and runs. */
    void cancelLocal(TaskSpec spec) {
        if (spec.localRun instanceof Run run) {
            cancel(run);
        }
    }

    private void cancel(Run run) {
        run.cancelled = true;
        if (node.scheduler().remove(run)) {
            runs.remove(run.taskId);
            run.reportCancelled();
        } else {
            Thread thread = run.thread;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    /**
     * Runs {@code waiting} (a blocking wait for objects); if the calling thread runs a task, the
     * task's CPUs go back to the node meanwhile and are taken again before it goes on.
     */
    void whileBlocked(Runnable waiting) {
        TaskContext context = CurrentTask.get();
        if (!(context instanceof TaskContextImpl task) || task.node() != node || task.blocked) {
            waiting.run();
            return;
        }
        task.blocked = true;
        node.scheduler().blocked(task.allocation());
        try {
            waiting.run();
        } finally {
            node.scheduler().unblocked(task.allocation());
            task.blocked = false;
        }
    }

    /** Resolves top-level ref arguments to their values (refs nested inside values stay refs). */
    Object[] resolve(Object[] args) {
        Object[] values = args.clone();
        List<io.ignis.runtime.store.ObjectEntry> entries = null;
        for (Object arg : values) {
            if (arg instanceof ObjectRefImpl<?> ref) {
                if (entries == null) {
                    entries = new ArrayList<>();
                }
                entries.add(node.objects().watch(ref.objectId));
            }
        }
        if (entries == null) {
            return values;
        }
        node.objects().awaitAll(entries, Long.MAX_VALUE);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof ObjectRefImpl<?> ref) {
                values[i] = node.objects().valueOf(node.objects().watch(ref.objectId));
            }
        }
        return values;
    }

    /** Decodes wire arguments: values decoded, refs bound to this node (with their holder as a hint). */
    Object[] decodeArgs(List<Message.Arg> args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Message.Arg arg = args.get(i);
            out[i] = arg.ref() == null ? node.serializer().decode(arg.value()) : node.objects().bind(arg.ref(), arg.location());
        }
        return out;
    }

    /** Hands a finished task's return values to its owner. */
    void deliver(ObjectId taskId, TaskSpec localSpec, int numReturns, io.ignis.api.ObjectStorage storage, Object result,
                 Supplier<String> what) {
        List<?> values;
        try {
            values = Returns.split(result, numReturns, what);
        } catch (IllegalStateException e) {
            deliverFailure(taskId, localSpec, failureMessage(what.get(), e), e, false);
            return;
        }
        if (localSpec != null) {
            node.tasks().completeLocal(localSpec, values);
            return;
        }
        List<Message.Return> returns = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Encoded encoded;
            try {
                encoded = node.serializer().encode(values.get(i));
            } catch (RuntimeException e) {
                deliverFailure(taskId, null, failureMessage(what.get(), e), e, false);
                return;
            }
            if (encoded.size() <= ObjectManager.INLINE_LIMIT) {
                returns.add(new Message.Return(encoded, encoded.size()));
            } else {
                node.objects().hold(taskId.returnId(i), values.get(i), encoded, storage);
                returns.add(new Message.Return(null, encoded.size()));
            }
        }
        node.send(taskId.owner(), new Message.TaskDone(taskId, returns));
    }

    /** Hands a failure to the task's owner; {@code message} null means the error is thrown as is. */
    void deliverFailure(ObjectId taskId, TaskSpec localSpec, String message, Throwable error, boolean cancelled) {
        if (localSpec != null) {
            if (localSpec.actor == null) {
                node.tasks().onLocalError(localSpec, message, error, cancelled);
            } else {
                node.tasks().failLocal(localSpec, message, error);
            }
        } else {
            node.send(taskId.owner(), new Message.TaskError(taskId, message, node.serializer().encodeError(error), cancelled));
        }
    }

    String failureMessage(String what, Throwable error) {
        return what + " failed on node " + ObjectManager.shortId(node.id()) + ": " + error;
    }

    /** One execution of a task on this node. */
    private final class Run implements Work {
        final ObjectId taskId;
        /** For remote tasks; local ones describe themselves through their spec, when asked. */
        private final String remoteWhat;
        final Map<String, Long> request;
        final ResourcePool pool;
        final int attempt;
        final TaskSpec localSpec;
        final IgnisFunction function;
        final Object[] args;
        final Message.SubmitTask remote;
        volatile Thread thread;
        volatile boolean cancelled;

        Run(ObjectId taskId, String what, Map<String, Long> request, ResourcePool pool, int attempt, TaskSpec localSpec,
            IgnisFunction function, Object[] args, Message.SubmitTask remote) {
            this.taskId = taskId;
            this.remoteWhat = what;
            this.request = request;
            this.pool = pool;
            this.attempt = attempt;
            this.localSpec = localSpec;
            this.function = function;
            this.args = args;
            this.remote = remote;
        }

        String what() {
            return localSpec != null ? localSpec.describe() : remoteWhat != null ? remoteWhat : "task " + taskId;
        }

        @Override
        public Map<String, Long> request() {
            return request;
        }

        @Override
        public ResourcePool pool() {
            return pool;
        }

        @Override
        public boolean run(Allocation allocation) {
            thread = Thread.currentThread();
            UUID jobId = localSpec != null ? localSpec.job : remote.job();
            Job job = node.jobs().acquire(jobId);
            Jobs.Scope scope = node.jobs().enter(job);
            TaskContext previous = CurrentTask.set(new TaskContextImpl(node, taskId, this::what, allocation, attempt, jobId));
            int numReturns = localSpec != null ? localSpec.returns.length : remote.numReturns();
            try {
                if (cancelled) {
                    throw new InterruptedException();
                }
                if (job != null) {
                    job.awaitCode(node.id());
                }
                IgnisFunction f;
                Object[] decoded;
                try {
                    f = function != null ? function : node.functions().decode(remote.function());
                    decoded = args != null ? args : decodeArgs(remote.args());
                } catch (RuntimeException e) {
                    throw node.jobs().decodeFailure(jobId, e);
                }
                Object result = f.call(resolve(decoded));
                if (cancelled) {
                    throw new InterruptedException();
                }
                deliver(taskId, localSpec, numReturns, localSpec != null ? localSpec.options.storage() : remote.storage(), result,
                        this::what);
            } catch (Throwable error) {
                if (cancelled) {
                    reportCancelled();
                } else {
                    deliverFailure(taskId, localSpec, failureMessage(what(), error), error, false);
                }
            } finally {
                CurrentTask.set(previous);
                node.jobs().exit(scope);
                node.jobs().release(job);
                thread = null;
                if (localSpec == null) {
                    runs.remove(taskId);
                } else {
                    if (localSpec.localRun == this) {
                        localSpec.localRun = null; // a retry may have started another run of it already
                    }
                }
                Thread.interrupted(); // a cancel's interrupt must not leak into the next task on this thread
            }
            return true;
        }

        void reportCancelled() {
            deliverFailure(taskId, localSpec, null, new TaskCancelledException(what() + " was cancelled"), true);
        }
    }
}

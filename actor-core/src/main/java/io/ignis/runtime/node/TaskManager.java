package io.ignis.runtime.node;

import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskOptions;
import io.ignis.api.exception.IgnisException;
import io.ignis.api.exception.InfeasibleResourcesException;
import io.ignis.api.exception.ObjectLostException;
import io.ignis.api.exception.TaskCancelledException;
import io.ignis.api.function.IgnisFunction;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.sched.ResourcePool;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectEntry;
import io.ignis.runtime.store.ObjectId;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The owner's side of tasks and actor calls: checks a call when it is made, waits for its
 * argument objects, places it on a node, and completes its return entries from the results.
 * Retries tasks whose node left; cancels on request. Also the caller's side of actors.
 */
final class TaskManager {
    private final Node node;
    private static final Map<String, Long> DEFAULT_REQUEST = Map.copyOf(ResourcePool.toUnits(TaskOptions.DEFAULT_TASK_RESOURCES));

    private final Map<ObjectId, TaskSpec> pending = new ConcurrentHashMap<>();
    /**
     * Wire forms of functions that capture nothing: the same for every call, so encoded once; null
     * for other functions. Kept per class, not in a map keyed by class, so that a finished job's
     * classes are not held here.
     */
    private final ClassValue<AtomicReference<byte[]>> statelessFunctions = new ClassValue<>() {
        @Override
        protected AtomicReference<byte[]> computeValue(Class<?> type) {
            return FunctionDecoder.isStateless(type) ? new AtomicReference<>() : null;
        }
    };

    TaskManager(Node node) {
        this.node = node;
    }

    List<ObjectRef<?>> submitTask(IgnisFunction function, Object[] args, TaskOptions options) {
        Supplier<String> what = () -> options.name() == null ? "task " + describe(function) : "task '" + options.name() + "'";
        checkCall(function, args, what, 0);
        Map<String, Long> request = options.resources() == TaskOptions.DEFAULT_TASK_RESOURCES
                ? DEFAULT_REQUEST : ResourcePool.toUnits(options.resources());
        UUID pinned = null;
        String bundle = null;
        if (options.placementGroup() != null) {
            PlacementGroupImpl group = (PlacementGroupImpl) options.placementGroup();
            bundle = group.bundleKey(options.bundleIndex());
            pinned = group.node(options.bundleIndex());
            group.checkFits(options.bundleIndex(), request, what.get());
        } else if (options.nodeAffinity() != null && !options.nodeAffinity().soft()) {
            pinned = hardAffinity(options.nodeAffinity(), request, what);
        } else {
            node.placement().checkFeasible(request, what);
        }
        int count = options.numReturns();
        ObjectId id = node.newIds(count);
        ObjectEntry[] returns = new ObjectEntry[count];
        List<ObjectRef<?>> refs = new ArrayList<>(count);
        TaskSpec spec = new TaskSpec(id, options.name(), function, args, options, request, returns, null, pinned, bundle,
                node.jobs().currentJob());
        for (int i = 0; i < count; i++) {
            returns[i] = node.objects().createOwned(id.returnId(i));
            returns[i].producer = spec;
            returns[i].storage = options.storage();
            refs.add(node.objects().bind(id.returnId(i), null));
        }
        pending.put(id, spec);
        whenArgumentsReady(spec);
        return refs;
    }

    /** A lambda's class name says where it was written: "(a lambda in com.example.Job)". */
    static String describe(IgnisFunction function) {
        String name = function.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return "(a lambda in " + (lambda > 0 ? name.substring(0, lambda) : name) + ")";
    }

    /** Checks a call when it is made; {@code what} names it in errors; {@code extra}: arguments the runtime adds (the actor). */
    void checkCall(IgnisFunction function, Object[] args, Supplier<String> what, int extra) {
        if (function.arity() != args.length + extra) {
            throw new IllegalArgumentException(what.get() + ": function takes " + function.arity() + " arguments, got " + args.length);
        }
        node.serializer().check(function, () -> "the function of " + what.get());
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof ObjectRefImpl<?>)) {
                int index = i;
                node.serializer().check(args[i], () -> "argument " + index + " of " + what.get());
            }
        }
    }

    UUID hardAffinity(NodeAffinity affinity, Map<String, Long> request, Supplier<String> what) {
        UUID target;
        try {
            target = UUID.fromString(affinity.nodeId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what.get() + ": no node has id " + affinity.nodeId());
        }
        Member member = node.cluster().member(target);
        if (member == null || member.driver()) {
            throw new IllegalArgumentException(what.get() + ": node " + affinity.nodeId() + " is not a live worker node");
        }
        if (!node.placement().fitsTotals(member, request)) {
            throw new InfeasibleResourcesException(what.get() + " asks for " + ResourcePoolText.of(request) + " on node "
                    + affinity.nodeId() + ", which has only " + member.resources());
        }
        return target;
    }

    /** Dispatches {@code spec} once every ref among its arguments and dependencies exists (at once if none). */
    private void whenArgumentsReady(TaskSpec spec) {
        List<ObjectRefImpl<?>> refs = awaitedRefs(spec);
        if (refs.isEmpty()) {
            dispatch(spec);
            return;
        }
        AtomicInteger remaining = new AtomicInteger(refs.size());
        for (ObjectRefImpl<?> ref : refs) {
            node.objects().readyFuture(ref).whenComplete((entry, error) -> {
                if (remaining.decrementAndGet() == 0) {
                    dispatch(spec);
                }
            });
        }
    }

    /** The refs a task waits for: its ref arguments, then its declared dependencies. */
    private static List<ObjectRefImpl<?>> awaitedRefs(TaskSpec spec) {
        List<ObjectRefImpl<?>> refs = new ArrayList<>();
        for (Object arg : spec.args) {
            if (arg instanceof ObjectRefImpl<?> ref) {
                refs.add(ref);
            }
        }
        for (ObjectRef<?> dependency : spec.options.dependencies()) {
            refs.add((ObjectRefImpl<?>) dependency);
        }
        return refs;
    }

    private void dispatch(TaskSpec spec) {
        if (spec.cancelled) {
            return;
        }
        for (ObjectRefImpl<?> ref : awaitedRefs(spec)) {
            ObjectEntry entry = node.objects().entry(ref.objectId);
            if (entry != null && entry.error() != null) {
                // An argument failed: this task fails with the same error, as in Ray.
                pending.remove(spec.id);
                for (ObjectEntry r : spec.returns) {
                    r.fail(entry.errorMessage(), entry.error());
                }
                return;
            }
        }
        UUID target = spec.pinnedNode;
        if (target == null) {
            UUID preferred = spec.options.nodeAffinity() != null ? UUID.fromString(spec.options.nodeAffinity().nodeId())
                    : largestArgumentHolder(spec);
            target = node.placement().choose(spec.request, preferred);
            if (!target.equals(node.id()) && node.cluster().member(target) == null) {
                target = node.placement().choose(spec.request, null); // it left while placement still counted it
            }
        }
        spec.executor = target;
        if (target.equals(node.id())) {
            node.executor().runLocal(spec);
        } else {
            node.placement().sentTo(target);
            Message.SubmitTask message = toMessage(spec);
            node.jobs().announce(target, spec.job); // after encoding, which finds the code the task needs
            node.send(target, message);
        }
    }

    /** The node holding the most bytes of this task's argument objects, if any holds more than a little. */
    private UUID largestArgumentHolder(TaskSpec spec) {
        Map<UUID, Long> bytes = null;
        for (ObjectRefImpl<?> ref : awaitedRefs(spec)) {
            ObjectEntry entry = node.objects().entry(ref.objectId);
            if (entry == null) {
                continue;
            }
            UUID holder = entry.hasValue() ? node.id() : entry.location();
            Object value = entry.memoryValueOrAbsent();
            long size = value != ObjectEntry.ABSENT ? sizeOf(value) : entry.size();
            if (holder != null && size > ObjectManager.INLINE_LIMIT) {
                if (bytes == null) {
                    bytes = new HashMap<>();
                }
                bytes.merge(holder, size, Long::sum);
            }
        }
        if (bytes == null) {
            return null;
        }
        return bytes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    private static long sizeOf(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.length;
        }
        if (value instanceof ByteBuffer buffer) {
            return buffer.remaining();
        }
        return -1; // unknown without serializing: treated as small
    }

    private Message.SubmitTask toMessage(TaskSpec spec) {
        return new Message.SubmitTask(spec.id, spec.name, encodeFunction(spec.function), wireArgs(spec.args), spec.request,
                spec.options.numReturns(), spec.bundle, spec.attempt, 0, spec.pinnedNode != null, spec.job,
                spec.options.storage());
    }

    byte[] encodeFunction(IgnisFunction function) {
        AtomicReference<byte[]> cached = statelessFunctions.get(function.getClass());
        if (cached == null) {
            return node.serializer().toBytes(function);
        }
        byte[] bytes = cached.get();
        if (bytes == null) {
            bytes = node.serializer().toBytes(function);
            cached.set(bytes);
        }
        return bytes;
    }

    /** Arguments on the wire: values encoded; refs by id with their holder, small local objects inline. */
    List<Message.Arg> wireArgs(Object[] args) {
        List<Message.Arg> out = new ArrayList<>(args.length);
        for (Object arg : args) {
            if (arg instanceof ObjectRefImpl<?> ref) {
                ObjectEntry entry = node.objects().entry(ref.objectId);
                if (entry != null && entry.hasValue()) {
                    Encoded encoded = ObjectManager.fitsInline(entry) ? node.objects().serve(ref.objectId) : null;
                    if (encoded != null && encoded.size() <= ObjectManager.INLINE_LIMIT) {
                        out.add(new Message.Arg(encoded, null, null));
                        continue;
                    }
                    out.add(new Message.Arg(null, ref.objectId, node.id()));
                } else {
                    out.add(new Message.Arg(null, ref.objectId, entry == null ? null : entry.location()));
                }
            } else {
                out.add(new Message.Arg(node.serializer().encode(arg), null, null));
            }
        }
        return out;
    }

    // ---- results

    /** A task that ran here for this node finished: its values are handed over as they are. */
    void completeLocal(TaskSpec spec, List<?> values) {
        if (pending.remove(spec.id) == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            // Counted (making room, or going to disk as its storage says) before anyone waiting sees it.
            spec.returns[i].cacheValue(values.get(i));
            node.objects().admitted(spec.returns[i]);
            spec.returns[i].completeAsIs();
        }
    }

    /** A task of this node failed; {@code message} null means {@code error} is thrown to getters as is. */
    void failLocal(TaskSpec spec, String message, Throwable error) {
        if (pending.remove(spec.id) == null) {
            return;
        }
        for (ObjectEntry entry : spec.returns) {
            entry.fail(message, error);
        }
    }

    void onTaskDone(UUID executor, Message.TaskDone done) {
        node.placement().cameBack(executor);
        TaskSpec spec = pending.remove(done.taskId());
        List<ObjectId> orphans = new ArrayList<>();
        for (int i = 0; i < done.returns().size(); i++) {
            Message.Return r = done.returns().get(i);
            ObjectId id = done.taskId().returnId(i);
            // No ref to the object is left here (or the task is unknown): nobody will fetch it.
            boolean referenced = spec != null && node.objects().entry(id) == spec.returns[i];
            if (!referenced && r.inline() == null) {
                orphans.add(id);
            }
            if (spec == null) {
                continue;
            }
            if (spec.returns[i].isDone()) {
                // A re-run made an object that was not lost: the first copy stays, this one goes.
                if (r.inline() == null && !orphans.contains(id)) {
                    orphans.add(id);
                }
                continue;
            }
            if (r.inline() != null) {
                completeInline(spec, i, r.inline());
            } else {
                spec.returns[i].completeAt(executor, r.size());
            }
        }
        if (!orphans.isEmpty()) {
            node.send(executor, new Message.FreeObjects(orphans));
        }
    }

    /** Reads a small return value with the classes of the task's job; one that cannot be read fails, saying why. */
    private void completeInline(TaskSpec spec, int index, Encoded inline) {
        Object value;
        try {
            value = node.jobs().serializer(spec.job).decode(inline);
        } catch (RuntimeException e) {
            RuntimeException error = node.jobs().decodeFailure(spec.job, e);
            spec.returns[index].fail("the result of " + spec.describe() + " cannot be read on node "
                    + ObjectManager.shortId(node.id()) + ": " + error.getMessage(), error);
            return;
        }
        spec.returns[index].completeWithValue(value);
        node.objects().counted(spec.returns[index]);
    }

    void onTaskError(UUID executor, Message.TaskError error) {
        node.placement().cameBack(executor);
        TaskSpec spec = pending.get(error.taskId());
        if (spec == null) {
            return;
        }
        Throwable cause = node.jobs().serializer(spec.job).decodeError(error.error());
        if (!error.cancelled() && retryAfter(spec, cause)) {
            return;
        }
        if (pending.remove(error.taskId()) == null) {
            return;
        }
        for (ObjectEntry entry : spec.returns) {
            entry.fail(error.cancelled() ? null : error.message(), cause);
        }
    }

    /** A task of this node that ran here threw: it runs again if its options say so, else it fails. */
    void onLocalError(TaskSpec spec, String message, Throwable error, boolean cancelled) {
        if (!cancelled && retryAfter(spec, error)) {
            return;
        }
        failLocal(spec, message, error);
    }

    /**
     * Runs a task again after it threw, if it is not an actor call, was not cancelled, has retries
     * left and the exception is one its {@code retryExceptions} names. Attempts after an exception
     * and after a lost node share the {@code maxRetries} budget, as in Ray.
     */
    private boolean retryAfter(TaskSpec spec, Throwable error) {
        if (spec.actor != null || spec.cancelled || spec.attempt >= spec.options.maxRetries() || !spec.options.retries(error)) {
            return false;
        }
        spec.attempt++;
        spec.executor = null;
        spec.localRun = null;
        dispatch(spec);
        return true;
    }

    // ---- lineage

    /**
     * Makes objects of this node again that only node {@code gone} held: each is reopened and the
     * task that produced it runs again (its arguments, if lost too, are rebuilt the same way, as
     * the task waits for them), within the task's {@code maxRetries}. An object that cannot be
     * made again fails with an {@link ObjectLostException} saying which object, which task and why.
     * Entries already reopened or rebuilt are left alone, so calling this twice is harmless.
     */
    void rebuild(List<ObjectEntry> lost, UUID gone) {
        List<ObjectEntry> reopened = new ArrayList<>();
        for (ObjectEntry entry : lost) {
            if (gone.equals(entry.location()) && entry.reopen()) {
                reopened.add(entry);
            }
        }
        remake(reopened, "was lost with node " + ObjectManager.shortId(gone));
    }

    /**
     * Makes reopened entries of this node again by re-running their tasks, as {@link #rebuild}
     * does; {@code cause} completes "object X ..." in the errors of those that cannot be.
     */
    void remake(List<ObjectEntry> reopened, String cause) {
        remake(reopened, cause, true);
    }

    /**
     * Like {@link #remake(List, String)}; {@code retry} false re-runs the tasks without counting an
     * attempt (their values were dropped to make room, nothing failed).
     */
    void remake(List<ObjectEntry> reopened, String cause, boolean retry) {
        Map<TaskSpec, Boolean> rerun = new java.util.LinkedHashMap<>();
        for (ObjectEntry entry : reopened) {
            String what = "object " + entry.id() + " " + cause;
            if (!(entry.producer instanceof TaskSpec spec)) {
                entry.fail(null, new ObjectLostException(what + " and cannot be made again: it was not made by a task"));
            } else if (spec.actor != null) {
                entry.fail(null, new ObjectLostException(what + " and cannot be made again: it was made by "
                        + spec.describe() + ", and actor calls are not re-run"));
            } else if (spec.pinnedNode != null && !spec.pinnedNode.equals(node.id()) && node.cluster().member(spec.pinnedNode) == null) {
                entry.fail(null, new ObjectLostException(what + " and cannot be made again: " + spec.describe()
                        + ", which made it, may run only on that node (hard node affinity or a placement-group bundle)"));
            } else if (retry && spec.attempt >= spec.options.maxRetries()) {
                entry.fail(null, new ObjectLostException(what + " and cannot be made again: " + spec.describe()
                        + ", which made it, has run " + (spec.attempt + 1) + " time(s) (maxRetries=" + spec.options.maxRetries() + ")"));
            } else {
                rerun.put(spec, Boolean.TRUE);
            }
        }
        for (TaskSpec spec : rerun.keySet()) {
            if (retry) {
                spec.attempt++;
            }
            spec.executor = null;
            spec.cancelled = false;
            pending.put(spec.id, spec);
            whenArgumentsReady(spec);
        }
    }

    // ---- cancel and failures

    void cancel(ObjectRefImpl<?> ref) {
        ObjectEntry entry = node.objects().entry(ref.objectId);
        if (entry == null || entry.isDone() || !(entry.producer instanceof TaskSpec spec)) {
            return;
        }
        if (spec.actor != null) {
            throw new IllegalArgumentException("actor calls cannot be cancelled; kill the actor instead");
        }
        spec.cancelled = true;
        UUID executor = spec.executor;
        if (executor == null) {
            failLocal(spec, null, new TaskCancelledException(spec.describe() + " was cancelled"));
        } else if (executor.equals(node.id())) {
            node.executor().cancelLocal(spec);
        } else {
            node.send(executor, new Message.CancelTask(spec.id));
        }
    }

    /** A call made by {@link ActorClient}, whose results arrive like a task's. */
    void addPending(TaskSpec spec) {
        pending.put(spec.id, spec);
    }

    /**
     * Tasks that were running on a node that left run again elsewhere while retries last; actor
     * calls that were in flight there go to {@link ActorClient} (which retries or fails them).
     */
    void onMemberLeft(UUID gone) {
        List<TaskSpec> lostCalls = new ArrayList<>();
        for (TaskSpec spec : pending.values()) {
            if (!gone.equals(spec.executor)) {
                continue;
            }
            if (spec.actor != null) {
                spec.executor = null;
                lostCalls.add(spec);
            } else {
                taskLost(spec, gone);
            }
        }
        if (!lostCalls.isEmpty()) {
            node.actorClient().onCallsLost(gone, lostCalls);
        }
    }

    /** A task was running on {@code gone}, which left: it runs again elsewhere while retries last. */
    private void taskLost(TaskSpec spec, UUID gone) {
        if (spec.attempt < spec.options.maxRetries() && spec.pinnedNode == null) {
            spec.attempt++;
            spec.executor = null;
            dispatch(spec);
        } else {
            failLocal(spec, null, new IgnisException(spec.describe() + " was lost with node " + ObjectManager.shortId(gone)
                    + " after " + (spec.attempt + 1) + " attempt(s)"));
        }
    }

    /**
     * A busy node passed a task of this node on to another (spillback): that node is now the one
     * whose departure loses the task. If it left already, the task is lost now.
     */
    void onTaskForwarded(UUID from, Message.TaskForwarded forwarded) {
        TaskSpec spec = pending.get(forwarded.taskId());
        if (spec == null || !from.equals(spec.executor)) {
            return;
        }
        node.placement().cameBack(from);
        spec.executor = forwarded.executor();
        if (node.cluster().member(forwarded.executor()) == null) {
            taskLost(spec, forwarded.executor());
        } else {
            node.placement().sentTo(forwarded.executor());
        }
    }

    int pendingCount() {
        return pending.size();
    }
}

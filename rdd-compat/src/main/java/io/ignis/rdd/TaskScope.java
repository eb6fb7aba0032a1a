package io.ignis.rdd;

import io.ignis.api.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a running partition task knows: which stage, partition and attempt it is, the refs of its
 * inputs behind cuts (shuffle blocks, persisted partitions), the accumulators its closures
 * brought, and the listeners to call when it ends. Set on the task's thread while it runs, as
 * Spark's TaskContext is.
 */
public final class TaskScope {
    private static final ThreadLocal<TaskScope> CURRENT = new ThreadLocal<>();

    private final int stageId;
    private final int partitionId;
    private final int attemptNumber;
    private final long taskAttemptId;
    private final int cpus;
    private final int numPartitions;
    private final Map<String, String> localProperties;
    private final Map<String, List<ObjectRef<?>>> inputs;
    private final List<TaskAccumulator> accumulators = new ArrayList<>();
    private final List<Consumer<TaskScope>> completionListeners = new ArrayList<>();
    private final List<java.util.function.BiConsumer<TaskScope, Throwable>> failureListeners = new ArrayList<>();
    private volatile boolean completed;
    private volatile boolean interrupted;

    TaskScope(int stageId, int partitionId, int attemptNumber, long taskAttemptId, int cpus, int numPartitions,
              Map<String, String> localProperties, Map<String, List<ObjectRef<?>>> inputs) {
        this.numPartitions = numPartitions;
        this.localProperties = localProperties;
        this.stageId = stageId;
        this.partitionId = partitionId;
        this.attemptNumber = attemptNumber;
        this.taskAttemptId = taskAttemptId;
        this.cpus = cpus;
        this.inputs = inputs;
    }

    /** The scope of the partition task running on this thread, or null. */
    public static TaskScope current() {
        return CURRENT.get();
    }

    static void enter(TaskScope scope) {
        CURRENT.set(scope);
    }

    static void leave() {
        CURRENT.remove();
    }

    public int stageId() {
        return stageId;
    }

    public int partitionId() {
        return partitionId;
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public long taskAttemptId() {
        return taskAttemptId;
    }

    /** How many partitions the RDD this task computes has. */
    public int numPartitions() {
        return numPartitions;
    }

    /** A local property of the driver thread that ran the job (Spark's getLocalProperty), or null. */
    public String localProperty(String key) {
        return localProperties.get(key);
    }

    public int cpus() {
        return cpus;
    }

    public boolean isCompleted() {
        return completed;
    }

    public boolean isInterrupted() {
        return interrupted || Thread.currentThread().isInterrupted();
    }

    /** The refs the driver gave this task for input {@code key} (see {@link Inputs}). */
    List<ObjectRef<?>> inputs(String key) {
        List<ObjectRef<?>> refs = inputs.get(key);
        if (refs == null) {
            throw new IllegalStateException("task has no input " + key + " (a planner bug)");
        }
        return refs;
    }

    /** The refs for input {@code key}, or null if the driver gave none. */
    List<ObjectRef<?>> inputsOrNull(String key) {
        return inputs.get(key);
    }

    /**
     * The blocks of shuffle {@code shuffleId} that reduce partition {@code partition} reads: one
     * per map task, or one merged block per round of map tasks if the shuffle was pushed
     * ({@link io.ignis.shuffle.PushMerge#blocks} opens those).
     */
    public List<ObjectRef<?>> shuffleInput(int shuffleId, int partition) {
        return inputs(Inputs.shuffle(shuffleId, partition));
    }

    /** Called by an accumulator read inside this task: its updates go back with the task's result. */
    public void register(TaskAccumulator accumulator) {
        synchronized (accumulators) {
            accumulators.add(accumulator);
        }
    }

    List<TaskAccumulator> accumulators() {
        synchronized (accumulators) {
            return List.copyOf(accumulators);
        }
    }

    public void addCompletionListener(Consumer<TaskScope> listener) {
        synchronized (completionListeners) {
            completionListeners.add(listener);
        }
    }

    public void addFailureListener(java.util.function.BiConsumer<TaskScope, Throwable> listener) {
        synchronized (failureListeners) {
            failureListeners.add(listener);
        }
    }

    /** Runs the listeners (failure ones first, if it failed), most recently added first, as Spark does. */
    void finish(Throwable failure) {
        completed = true;
        if (failure != null) {
            interrupted = failure instanceof InterruptedException;
            List<java.util.function.BiConsumer<TaskScope, Throwable>> failed;
            synchronized (failureListeners) {
                failed = new ArrayList<>(failureListeners);
            }
            for (int i = failed.size() - 1; i >= 0; i--) {
                failed.get(i).accept(this, failure);
            }
        }
        List<Consumer<TaskScope>> done;
        synchronized (completionListeners) {
            done = new ArrayList<>(completionListeners);
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            done.get(i).accept(this);
        }
    }
}

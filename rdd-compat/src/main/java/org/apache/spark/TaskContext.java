package org.apache.spark;

import java.io.Serializable;
import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.util.TaskFailureListener;
import org.apache.spark.util.TaskInterruptListener;
import scala.Function1;
import scala.Function2;
import scala.runtime.BoxedUnit;

/**
 * What a running task knows about itself: its partition, stage, attempt and id, local properties
 * from the driver, its resources, and listeners to run when it completes, fails or is
 * interrupted. User functions reach it with {@link #get()}, which reads a per-thread value: the
 * engine sets it on the thread running a task for the task's duration
 * ({@link #setTaskContext(TaskContext)}, {@link #unset()}), exactly as Spark's executors do, so
 * outside a task {@code get()} is null. The engine subclasses it.
 *
 * <p>Left out from Spark's class: {@code taskMetrics()} and {@code getMetricsSources} (Spark's
 * metrics types), and the methods only Spark's internals call.
 */
// Spark's overloads (a listener interface or a Scala function): javac warns that a lambda may fit both.
@SuppressWarnings("overloads")
public abstract class TaskContext implements Serializable {
    private static final long serialVersionUID = 1L;

    // Per thread, as in Spark: each task thread sees its own task; nothing is shared between nodes.
    private static final ThreadLocal<TaskContext> CURRENT = new ThreadLocal<>();

    /** The context of the task running on this thread, or null outside a task. */
    public static TaskContext get() {
        return CURRENT.get();
    }

    /** The partition of the task running on this thread, or 0 outside a task. */
    public static int getPartitionId() {
        TaskContext context = CURRENT.get();
        return context == null ? 0 : context.partitionId();
    }

    /**
     * For the engine: makes {@code context} this thread's task context, before it runs a task's
     * user code. Pair with {@link #unset()} in a {@code finally}.
     */
    public static void setTaskContext(TaskContext context) {
        CURRENT.set(context);
    }

    /** For the engine: clears this thread's task context when its task ends. */
    public static void unset() {
        CURRENT.remove();
    }

    /** True once the task has completed (succeeded, failed or been killed). */
    public abstract boolean isCompleted();

    /** True once the task has failed. */
    public abstract boolean isFailed();

    /** True once the task has been killed. */
    public abstract boolean isInterrupted();

    /**
     * Adds a listener run when the task ends, whatever the outcome; at once if it already has.
     * Listeners run in reverse order of registration; an exception one throws fails the task.
     */
    public abstract TaskContext addTaskCompletionListener(TaskCompletionListener listener);

    /** Adds a completion listener given as a Scala function (its result is ignored). */
    public <U> TaskContext addTaskCompletionListener(Function1<TaskContext, U> function) {
        return addTaskCompletionListener((TaskCompletionListener) function::apply);
    }

    /** Adds a listener run if the task fails; at once if it already has. */
    public abstract TaskContext addTaskFailureListener(TaskFailureListener listener);

    /** Adds a failure listener given as a Scala function. */
    public TaskContext addTaskFailureListener(Function2<TaskContext, Throwable, BoxedUnit> function) {
        return addTaskFailureListener((TaskFailureListener) function::apply);
    }

    /** Adds a listener run when the task is interrupted (killed); at once if it already was. */
    public abstract TaskContext addTaskInterruptListener(TaskInterruptListener listener);

    /** Adds an interrupt listener given as a Scala function. */
    public TaskContext addTaskInterruptListener(Function2<TaskContext, String, BoxedUnit> function) {
        return addTaskInterruptListener((TaskInterruptListener) function::apply);
    }

    /** The id of the stage this task belongs to. */
    public abstract int stageId();

    /** How many times this task's stage has been attempted before (0 for the first attempt). */
    public abstract int stageAttemptNumber();

    /** The index of the partition this task computes. */
    public abstract int partitionId();

    /** The number of partitions of the stage's RDD. */
    public abstract int numPartitions();

    /** How many times this task has been attempted before (0 for the first attempt). */
    public abstract int attemptNumber();

    /** An id unique to this task attempt within the application. */
    public abstract long taskAttemptId();

    /** A local property the driver set ({@code SparkContext.setLocalProperty}), or null. */
    public abstract String getLocalProperty(String key);

    /** The CPUs given to this task. */
    public abstract int cpus();

    /** The resources given to this task, by name. */
    public abstract scala.collection.immutable.Map<String, ResourceInformation> resources();

    /** {@link #resources()} as a Java map. */
    public abstract Map<String, ResourceInformation> resourcesJMap();
}

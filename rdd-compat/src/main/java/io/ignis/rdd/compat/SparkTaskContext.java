package io.ignis.rdd.compat;

import io.ignis.rdd.TaskHook;
import io.ignis.rdd.TaskScope;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.util.TaskFailureListener;
import org.apache.spark.util.TaskInterruptListener;

/** Spark's {@link TaskContext} over the engine's {@link TaskScope}; {@link Hook} sets it around each task. */
public final class SparkTaskContext extends TaskContext {
    private final transient TaskScope scope;
    private volatile boolean failed;

    SparkTaskContext(TaskScope scope) {
        this.scope = scope;
        scope.addFailureListener((s, error) -> failed = true);
    }

    /** Makes {@code TaskContext.get()} work inside every task of the jobs it travels with. */
    public static final class Hook implements TaskHook {
        @Override
        public void enter(TaskScope scope) {
            TaskContext.setTaskContext(new SparkTaskContext(scope));
        }

        @Override
        public void leave(TaskScope scope) {
            TaskContext.unset();
        }
    }

    @Override
    public boolean isCompleted() {
        return scope.isCompleted();
    }

    @Override
    public boolean isFailed() {
        return failed;
    }

    @Override
    public boolean isInterrupted() {
        return scope.isInterrupted();
    }

    @Override
    public TaskContext addTaskCompletionListener(TaskCompletionListener listener) {
        scope.addCompletionListener(s -> listener.onTaskCompletion(this));
        return this;
    }

    @Override
    public TaskContext addTaskFailureListener(TaskFailureListener listener) {
        scope.addFailureListener((s, error) -> listener.onTaskFailure(this, error));
        return this;
    }

    @Override
    public TaskContext addTaskInterruptListener(TaskInterruptListener listener) {
        return this; // Ignis interrupts a cancelled task's thread; there is no separate interrupt event
    }

    @Override
    public int stageId() {
        return scope.stageId();
    }

    @Override
    public int stageAttemptNumber() {
        return 0;
    }

    @Override
    public int partitionId() {
        return scope.partitionId();
    }

    @Override
    public int numPartitions() {
        return scope.numPartitions();
    }

    @Override
    public int attemptNumber() {
        return scope.attemptNumber();
    }

    @Override
    public long taskAttemptId() {
        return scope.taskAttemptId();
    }

    @Override
    public String getLocalProperty(String key) {
        return scope.localProperty(key);
    }

    @Override
    public int cpus() {
        return scope.cpus();
    }

    @Override
    public scala.collection.immutable.Map<String, ResourceInformation> resources() {
        return scala.collection.immutable.Map$.MODULE$.empty();
    }

    @Override
    public Map<String, ResourceInformation> resourcesJMap() {
        return Map.of();
    }
}

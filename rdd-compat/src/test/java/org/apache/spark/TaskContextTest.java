package org.apache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.util.TaskFailureListener;
import org.apache.spark.util.TaskInterruptListener;
import org.junit.jupiter.api.Test;
import scala.Function1;
import scala.runtime.BoxedUnit;

class TaskContextTest {
    @Test
    void outsideATaskThereIsNoContext() {
        assertNull(TaskContext.get());
        assertEquals(0, TaskContext.getPartitionId());
    }

    @Test
    void theContextBelongsToTheThreadThatSetIt() throws Exception {
        FakeTaskContext context = new FakeTaskContext(5);
        TaskContext.setTaskContext(context);
        try {
            assertSame(context, TaskContext.get());
            assertEquals(5, TaskContext.getPartitionId());
            AtomicReference<TaskContext> seenElsewhere = new AtomicReference<>(context);
            Thread other = new Thread(() -> seenElsewhere.set(TaskContext.get()));
            other.start();
            other.join();
            assertNull(seenElsewhere.get());
        } finally {
            TaskContext.unset();
        }
        assertNull(TaskContext.get());
    }

    @Test
    void scalaFunctionListenersBecomeListeners() {
        FakeTaskContext context = new FakeTaskContext(0);
        List<String> calls = new ArrayList<>();
        Function1<TaskContext, Boolean> onCompletion = done -> calls.add("completed");
        assertSame(context, context.addTaskCompletionListener(onCompletion));
        assertSame(context, context.addTaskFailureListener((TaskContext failed, Throwable error) -> {
            calls.add("failed: " + error.getMessage());
            return BoxedUnit.UNIT;
        }));
        assertSame(context, context.addTaskInterruptListener((TaskContext interrupted, String reason) -> {
            calls.add("interrupted: " + reason);
            return BoxedUnit.UNIT;
        }));
        context.completionListeners.forEach(listener -> listener.onTaskCompletion(context));
        context.failureListeners.forEach(listener -> listener.onTaskFailure(context, new RuntimeException("x")));
        context.interruptListeners.forEach(listener -> listener.onTaskInterrupted(context, "cancelled"));
        assertEquals(List.of("completed", "failed: x", "interrupted: cancelled"), calls);
    }

    @Test
    void resourceInformationPrintsAndComparesAsSparks() {
        ResourceInformation gpus = new ResourceInformation("gpu", new String[] {"0", "1"});
        assertEquals("[name: gpu, addresses: 0,1]", gpus.toString());
        ResourceInformation same = new ResourceInformation("gpu", new String[] {"0", "1"});
        assertEquals(gpus, same);
        assertEquals(gpus.hashCode(), same.hashCode());
        assertEquals(false, gpus.equals(new ResourceInformation("gpu", new String[] {"0"})));
        String[] addresses = gpus.addresses();
        addresses[0] = "changed";
        assertEquals("0", gpus.addresses()[0]);
    }

    /** The smallest context: a partition id, and listeners kept in lists. */
    private static final class FakeTaskContext extends TaskContext {
        private static final long serialVersionUID = 1L;
        final List<TaskCompletionListener> completionListeners = new ArrayList<>();
        final List<TaskFailureListener> failureListeners = new ArrayList<>();
        final List<TaskInterruptListener> interruptListeners = new ArrayList<>();
        private final int partition;

        FakeTaskContext(int partition) {
            this.partition = partition;
        }

        @Override
        public boolean isCompleted() {
            return false;
        }

        @Override
        public boolean isFailed() {
            return false;
        }

        @Override
        public boolean isInterrupted() {
            return false;
        }

        @Override
        public TaskContext addTaskCompletionListener(TaskCompletionListener listener) {
            completionListeners.add(listener);
            return this;
        }

        @Override
        public TaskContext addTaskFailureListener(TaskFailureListener listener) {
            failureListeners.add(listener);
            return this;
        }

        @Override
        public TaskContext addTaskInterruptListener(TaskInterruptListener listener) {
            interruptListeners.add(listener);
            return this;
        }

        @Override
        public int stageId() {
            return 0;
        }

        @Override
        public int stageAttemptNumber() {
            return 0;
        }

        @Override
        public int partitionId() {
            return partition;
        }

        @Override
        public int numPartitions() {
            return 1;
        }

        @Override
        public int attemptNumber() {
            return 0;
        }

        @Override
        public long taskAttemptId() {
            return 0;
        }

        @Override
        public String getLocalProperty(String key) {
            return null;
        }

        @Override
        public int cpus() {
            return 1;
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
}

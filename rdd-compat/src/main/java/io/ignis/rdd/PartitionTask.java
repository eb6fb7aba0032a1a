package io.ignis.rdd;

import io.ignis.api.Ignis;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.shuffle.Shuffle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * One partition's task as it travels: which partition of which stage, its split, and the refs of
 * its inputs behind cuts. {@link #run} is the function actor-core runs: it reads its own copy of
 * the stage, computes the partition through the fused chain, and returns what the stage kind asks
 * for, with the task's accumulator copies.
 */
record PartitionTask(int stageId, int partition, Split split, Map<String, List<ObjectRef<?>>> inputs, long taskAttemptId,
                     int cpus) implements Serializable {

    /** The value a result or persist task returns, with the task's accumulators. */
    record Outcome(Object value, List<TaskAccumulator> accumulators) implements Serializable {}

    /** A result task: the action's value for the partition. */
    static Outcome runResult(byte[] stageBytes, PartitionTask task) throws Exception {
        return task.execute(stageBytes, (stage, scope) -> {
            @SuppressWarnings("unchecked")
            PartitionFunction<Object, Object> function = (PartitionFunction<Object, Object>) stage.function();
            return function.apply(scope, iterator(stage, task, scope));
        });
    }

    /**
     * A persist task: the partition's elements (or their serialized bytes, for a serialized level),
     * kept as one object; the accumulators come as a second.
     */
    static List<Object> runPersist(byte[] stageBytes, PartitionTask task) throws Exception {
        Outcome outcome = task.execute(stageBytes, (stage, scope) -> {
            List<Object> block = new ArrayList<>();
            for (Iterator<?> it = stage.rdd().compute(task.split(), scope); it.hasNext(); ) {
                block.add(it.next());
            }
            // A serialized level keeps bytes (compact, read back per use), as Spark's serialized levels do.
            return stage.kind() == Stage.Kind.PERSIST_SERIALIZED
                    ? Ignis.current().serialize(block, "partition " + task.partition() + " of " + stage.rdd()) : block;
        });
        return List.of(outcome.value(), new Outcome(null, outcome.accumulators()));
    }

    /** A shuffle map task: one block per reduce partition, then the accumulators. */
    @SuppressWarnings("unchecked")
    static List<Object> runShuffleMap(byte[] stageBytes, PartitionTask task) throws Exception {
        Outcome outcome = task.execute(stageBytes, (stage, scope) -> Shuffle.split(
                (Iterator<Tuple2<Object, Object>>) (Iterator<?>) iterator(stage, task, scope),
                (Shuffle.Spec<Object, Object, Object>) stage.shuffle()));
        List<Object> returns = new ArrayList<>((List<Object>) outcome.value());
        returns.add(new Outcome(null, outcome.accumulators()));
        return returns;
    }

    @SuppressWarnings("unchecked")
    private static Iterator<Object> iterator(Stage stage, PartitionTask task, TaskScope scope) throws Exception {
        return ((Rdd<Object>) stage.rdd()).iterator(task.split(), scope);
    }

    private interface Body {
        Object run(Stage stage, TaskScope scope) throws Exception;
    }

    private Outcome execute(byte[] stageBytes, Body body) throws Exception {
        TaskContext actorTask = TaskContext.current();
        // The scope exists before the stage is read: accumulators in the closures register with it as they are read.
        List<TaskAccumulator> early = new ArrayList<>();
        TaskScope reading = new TaskScope(stageId, partition, actorTask.attempt(), taskAttemptId, cpus, 0, Map.of(), inputs);
        TaskScope.enter(reading);
        Stage stage = null;
        TaskScope scope = reading;
        try {
            stage = (Stage) Ignis.current().deserialize(stageBytes);
            early.addAll(reading.accumulators());
            scope = new TaskScope(stageId, partition, actorTask.attempt(), taskAttemptId, cpus, stage.numPartitions(),
                    stage.localProperties(), inputs);
            for (TaskAccumulator accumulator : early) {
                scope.register(accumulator);
            }
            TaskScope.enter(scope);
            stage.hook().enter(scope);
            Object value = body.run(stage, scope);
            scope.finish(null);
            return new Outcome(value, scope.accumulators());
        } catch (Throwable failure) {
            scope.finish(failure);
            throw failure;
        } finally {
            if (stage != null) {
                stage.hook().leave(scope);
            }
            TaskScope.leave();
        }
    }
}

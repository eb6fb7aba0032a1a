package io.ignis.rdd;

import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskCaller;
import io.ignis.api.exception.TaskCancelledException;
import io.ignis.api.exception.TaskFailedException;
import io.ignis.shuffle.PushMerge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans an action into tasks and runs them. Walking back from the action's RDD through narrow
 * dependencies (one fused task per partition), it stops at three kinds of cut: a shuffle (whose
 * map tasks it submits once, then reuses), a persisted RDD (whose partitions it submits as tasks
 * returning the partition as an object, then reuses), and a checkpoint. Every task is submitted at
 * once with the refs it reads as dependencies, so there is no stage barrier: actor-core starts
 * each task when its own inputs exist. One job's tasks are tracked so the job can be cancelled.
 */
final class JobRunner {
    private final RddContext context;

    JobRunner(RddContext context) {
        this.context = context;
    }

    /** One running job: its id, group, the refs of every task it submitted (to cancel them). */
    static final class Job {
        final int jobId;
        final String group;
        final java.util.Set<String> tags;
        final List<ObjectRef<?>> submitted = new ArrayList<>();
        /** Refs of the side objects carrying map and persist tasks' accumulators. */
        final List<ObjectRef<?>> sideOutcomes = new ArrayList<>();
        /** What this job made for later jobs to reuse: forgotten again if the job fails. */
        final List<ShuffleDependency<?, ?, ?>> shuffles = new ArrayList<>();
        final List<Map.Entry<Rdd<?>, Integer>> persistedPartitions = new ArrayList<>();
        volatile String cancelReason;

        Job(int jobId, String group, java.util.Set<String> tags) {
            this.jobId = jobId;
            this.group = group;
            this.tags = tags;
        }

        /** Records a submitted task; one submitted after the job was cancelled is cancelled at once. */
        void track(ObjectRef<?> ref, IgnisRuntime runtime) {
            boolean cancelled;
            synchronized (this) {
                submitted.add(ref);
                cancelled = cancelReason != null;
            }
            if (cancelled) {
                cancelQuietly(runtime, ref);
            }
        }

    }

    <T, U> List<U> run(Rdd<T> rdd, int[] partitions, PartitionFunction<T, U> function) {
        Job job = context.startJob();
        boolean succeeded = false;
        try {
            List<U> results = runJob(job, rdd, partitions, function);
            succeeded = true;
            return results;
        } finally {
            context.endJob(job, succeeded);
        }
    }

    @SuppressWarnings("unchecked")
    private <T, U> List<U> runJob(Job job, Rdd<T> rdd, int[] partitions, PartitionFunction<T, U> function) {
        IgnisRuntime ignis = context.runtime();
        Split[] splits = rdd.splits();
        for (int partition : partitions) {
            if (partition < 0 || partition >= splits.length) {
                throw new IllegalArgumentException("Attempting to access a non-existent partition: " + partition
                        + ". Total number of partitions: " + splits.length);
            }
        }
        int stageId = context.newStageId();
        ObjectRef<byte[]> stage = putStage(new Stage(stageId, rdd, Stage.Kind.RESULT, function, null, context.taskHook(),
                rdd.partitionCount(), context.localPropertiesSnapshot()));
        Map<String, Double> resources = stageResources(rdd);
        List<ObjectRef<PartitionTask.Outcome>> results = new ArrayList<>(partitions.length);
        for (int partition : partitions) {
            Map<String, List<ObjectRef<?>>> inputs = new LinkedHashMap<>();
            Split split = splits[partition];
            collectInputs(job, rdd, split, inputs);
            PartitionTask task = new PartitionTask(stageId, partition, split, inputs, context.newTaskAttemptId(), 1);
            ObjectRef<PartitionTask.Outcome> ref = withInputs(ignis.task(PartitionTask::runResult, stage, task), resources, inputs)
                    .name("result " + stageId + "." + partition).remote();
            job.track(ref, ignis);
            results.add(ref);
        }
        List<U> values = new ArrayList<>(partitions.length);
        List<PartitionTask.Outcome> outcomes = new ArrayList<>(partitions.length);
        for (int i = 0; i < results.size(); i++) {
            PartitionTask.Outcome outcome;
            try {
                outcome = results.get(i).get();
            } catch (RuntimeException failure) {
                cancel(job, null);
                forgetOutputs(job);
                throw failed(job, stageId, partitions[i], failure);
            }
            outcomes.add(outcome);
            values.add((U) outcome.value());
        }
        if (job.cancelReason != null) {
            // Cancelled while its tasks finished anyway (they ignored the interrupt): still cancelled, as in Spark.
            forgetOutputs(job);
            throw failed(job, stageId, partitions[partitions.length - 1], new RuntimeException(job.cancelReason));
        }
        mergeAccumulators(job, outcomes);
        context.checkpointAfterJob(rdd);
        return values;
    }

    private JobFailedException failed(Job job, int stageId, int partition, RuntimeException failure) {
        String reason = job.cancelReason;
        if (reason != null) {
            return new JobFailedException(reason, null, stageId, partition, true, 1);
        }
        Throwable cause = failure instanceof TaskFailedException && failure.getCause() != null ? failure.getCause() : failure;
        if (failure instanceof TaskCancelledException) {
            return new JobFailedException("Job " + job.jobId + " cancelled", cause, stageId, partition, true, 1);
        }
        return new JobFailedException("Task " + partition + " in stage " + stageId + ".0 failed: " + cause, cause, stageId, partition,
                false, context.taskMaxFailures());
    }

    /** Cancels every task the job submitted (those done already are unaffected). */
    void cancel(Job job, String reason) {
        List<ObjectRef<?>> tracked;
        synchronized (job) {
            if (reason != null && job.cancelReason == null) {
                job.cancelReason = reason;
            }
            tracked = List.copyOf(job.submitted);
        }
        for (ObjectRef<?> ref : tracked) {
            cancelQuietly(context.runtime(), ref);
        }
    }

    private static void cancelQuietly(IgnisRuntime runtime, ObjectRef<?> ref) {
        try {
            runtime.cancel(ref);
        } catch (RuntimeException ignored) {
            // done already, or not cancellable: nothing to stop
        }
    }

    /** A failed job's shuffle and persisted outputs may be failed objects: the next job makes them again. */
    private static void forgetOutputs(Job job) {
        for (ShuffleDependency<?, ?, ?> shuffle : job.shuffles) {
            synchronized (shuffle) {
                shuffle.setOutputs(null);
            }
        }
        for (Map.Entry<Rdd<?>, Integer> partition : job.persistedPartitions) {
            partition.getKey().setPersistedRef(partition.getValue(), null);
        }
    }

    private void mergeAccumulators(Job job, List<PartitionTask.Outcome> outcomes) {
        List<PartitionTask.Outcome> all = new ArrayList<>(outcomes);
        for (ObjectRef<?> side : job.sideOutcomes) {
            all.add((PartitionTask.Outcome) side.get());
        }
        for (PartitionTask.Outcome outcome : all) {
            for (TaskAccumulator copy : outcome.accumulators()) {
                context.mergeAccumulator(copy);
            }
        }
    }

    /**
     * The task with its inputs as dependencies and its retry budget: a task that throws runs again
     * while {@code taskMaxFailures} lasts (Spark's rule; once in local mode); a task whose node is
     * lost runs again up to 3 times, or that budget if larger. It asks for its stage's resources
     * ({@link #stageResources}), if any.
     */
    private <R> TaskCaller<R> withInputs(TaskCaller<R> caller, Map<String, Double> resources, Map<String, List<ObjectRef<?>>> inputs) {
        int maxFailures = context.taskMaxFailures();
        if (resources != null) {
            caller.resources(resources);
        }
        TaskCaller<R> configured = maxFailures > 1 ? caller.maxRetries(maxFailures - 1).retryExceptions() : caller.maxRetries(3);
        if (inputs.isEmpty()) {
            return configured;
        }
        List<ObjectRef<?>> refs = new ArrayList<>();
        for (List<ObjectRef<?>> group : inputs.values()) {
            refs.addAll(group);
        }
        return configured.dependsOn(refs);
    }

    /**
     * The task resources of the stage that computes {@code computed}: those set on any RDD of its
     * fused chain (Spark's stage-level resource profile: the profiles of the stage's RDDs), null if
     * none; two different ones fail as in Spark.
     */
    private static Map<String, Double> stageResources(Rdd<?> computed) {
        Map<String, Double> found = null;
        java.util.ArrayDeque<Rdd<?>> work = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        work.add(computed);
        while (!work.isEmpty()) {
            Rdd<?> rdd = work.pop();
            if (!seen.add(rdd.id())) {
                continue;
            }
            Map<String, Double> own = rdd.taskResources();
            if (own != null) {
                if (found != null && !found.equals(own)) {
                    throw new IllegalArgumentException("Multiple ResourceProfiles specified in the RDDs for this stage, either"
                            + " resolve the conflicting ResourceProfiles yourself or enable"
                            + " spark.scheduler.resource.profileMergeConflicts and understand how Spark handles the merge.");
                }
                found = own;
            }
            boolean cut = rdd != computed && (rdd.persistence() != null || rdd.isCheckpointed());
            if (!cut) {
                for (Dependency<?> dependency : rdd.dependencies()) {
                    if (dependency instanceof NarrowDependency<?>) {
                        work.add(dependency.rdd());
                    }
                }
            }
        }
        return found;
    }

    private ObjectRef<byte[]> putStage(Stage stage) {
        byte[] bytes;
        try {
            bytes = context.runtime().serialize(stage, "the closures of " + stage.rdd());
        } catch (RuntimeException e) {
            throw new TaskNotSerializableException(e);
        }
        return context.runtime().put(bytes);
    }

    /**
     * Fills {@code inputs} with what computing {@code split} of {@code rdd} reads behind cuts,
     * submitting the tasks that make those inputs if they were never made.
     */
    private void collectInputs(Job job, Rdd<?> rdd, Split split, Map<String, List<ObjectRef<?>>> inputs) {
        if (rdd.isCheckpointed()) {
            collectInputs(job, rdd.checkpointRdd(), split, inputs);
            return;
        }
        if (rdd.persistence() != null) {
            inputs.put(Inputs.persisted(rdd.id(), split.index()), List.of(persisted(job, rdd, split)));
            return;
        }
        collectParentInputs(job, rdd, split, inputs);
    }

    /** The inputs of computing {@code split} of {@code rdd} itself: its shuffle blocks and its parents' inputs. */
    private void collectParentInputs(Job job, Rdd<?> rdd, Split split, Map<String, List<ObjectRef<?>>> inputs) {
        for (Dependency<?> dependency : rdd.dependencies()) {
            if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
                submitMaps(job, shuffle);
                inputs.put(Inputs.shuffle(shuffle.shuffleId(), split.index()), shuffle.blocksFor(split.index()));
            } else {
                NarrowDependency<?> narrow = (NarrowDependency<?>) dependency;
                Split[] parentSplits = narrow.rdd().splits();
                for (int parent : narrow.parents(split.index())) {
                    collectInputs(job, narrow.rdd(), parentSplits[parent], inputs);
                }
            }
        }
    }

    /** The ref of a persisted partition, submitting the task that makes it if there is none yet. */
    private ObjectRef<?> persisted(Job job, Rdd<?> rdd, Split split) {
        synchronized (rdd) {
            ObjectRef<?> existing = rdd.persistedRef(split.index());
            if (existing != null) {
                return existing;
            }
            Map<String, List<ObjectRef<?>>> inputs = new LinkedHashMap<>();
            collectParentInputs(job, rdd, split, inputs); // the persist task computes this RDD itself
            int stageId = context.newStageId();
            ObjectRef<byte[]> stage = putStage(new Stage(stageId, rdd,
                    rdd.persistence().deserialized() ? Stage.Kind.PERSIST : Stage.Kind.PERSIST_SERIALIZED, null, null, context.taskHook(),
                    rdd.partitionCount(), context.localPropertiesSnapshot()));
            PartitionTask task = new PartitionTask(stageId, split.index(), split, inputs, context.newTaskAttemptId(), 1);
            List<ObjectRef<Object>> refs = withInputs(context.runtime().task(PartitionTask::runPersist, stage, task), stageResources(rdd), inputs)
                    .name("persist " + rdd.id() + "." + split.index()).storage(rdd.persistence().storage()).numReturns(2).remote();
            job.track(refs.get(0), context.runtime());
            job.sideOutcomes.add(refs.get(1));
            rdd.setPersistedRef(split.index(), refs.get(0));
            job.persistedPartitions.add(Map.entry(rdd, split.index()));
            return refs.get(0);
        }
    }

    /** Submits a shuffle's map tasks, once: later jobs reuse their blocks. */
    private void submitMaps(Job job, ShuffleDependency<?, ?, ?> shuffle) {
        synchronized (shuffle) {
            if (shuffle.outputs() != null) {
                return;
            }
            Rdd<?> parent = shuffle.rdd();
            int reducers = shuffle.spec().partitioner().numPartitions();
            int stageId = context.newStageId();
            ObjectRef<byte[]> stage = putStage(new Stage(stageId, parent, Stage.Kind.SHUFFLE_MAP, null, shuffle.spec(),
                    context.taskHook(), parent.partitionCount(), context.localPropertiesSnapshot()));
            List<List<ObjectRef<Object>>> outputs = new ArrayList<>();
            Map<String, Double> resources = stageResources(parent);
            PushMerge.Plan plan = PushMerge.plan(context.runtime(), context.pushMerge(), parent.partitionCount(), reducers);
            List<List<ObjectRef<Object>>> round = new ArrayList<>();
            List<List<ObjectRef<Object>>> merged = new ArrayList<>();
            for (Split split : parent.splits()) {
                Map<String, List<ObjectRef<?>>> inputs = new LinkedHashMap<>();
                collectInputs(job, parent, split, inputs);
                PartitionTask task = new PartitionTask(stageId, split.index(), split, inputs, context.newTaskAttemptId(), 1);
                TaskCaller<Object> caller = withInputs(context.runtime().task(PartitionTask::runShuffleMap, stage, task), resources, inputs);
                if (plan != null && plan.round(split.index()) >= plan.roundsInFlight()) {
                    // Pushed shuffles run a bounded number of rounds ahead of their merges.
                    List<ObjectRef<?>> waitFor = new ArrayList<>();
                    inputs.values().forEach(waitFor::addAll);
                    waitFor.addAll(merged.get(plan.round(split.index()) - plan.roundsInFlight()));
                    caller.dependsOn(waitFor);
                }
                List<ObjectRef<Object>> refs = caller.name("shuffle " + shuffle.shuffleId() + " map " + split.index())
                        .numReturns(reducers + 1).remote();
                List<ObjectRef<Object>> blocks = List.copyOf(refs.subList(0, reducers));
                job.track(refs.get(0), context.runtime());
                job.sideOutcomes.add(refs.get(reducers));
                if (plan == null) {
                    outputs.add(blocks);
                    continue;
                }
                round.add(blocks);
                if (round.size() == plan.mapsPerRound() || split.index() == parent.partitionCount() - 1) {
                    List<ObjectRef<Object>> mergedRound = PushMerge.mergeRound(context.runtime(), plan, merged.size(), round,
                            "shuffle " + shuffle.shuffleId());
                    merged.add(mergedRound);
                    mergedRound.forEach(ref -> job.track(ref, context.runtime()));
                    round = new ArrayList<>();
                }
            }
            shuffle.setOutputs(plan == null ? outputs : merged);
            job.shuffles.add(shuffle);
        }
    }
}

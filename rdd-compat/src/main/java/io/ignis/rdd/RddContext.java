package io.ignis.rdd;

import io.ignis.api.IgnisRuntime;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The driver's side of the engine for one application (what a SparkContext is under the Spark
 * API): the runtime jobs run on, id counters, persisted RDDs, registered accumulators, running
 * jobs and their groups. Several contexts may live in one JVM, each with its own runtime.
 */
public final class RddContext implements AutoCloseable {
    private final IgnisRuntime runtime;
    private final boolean ownsRuntime;
    private final int defaultParallelism;
    private final AtomicInteger rddIds = new AtomicInteger();
    private final AtomicInteger shuffleIds = new AtomicInteger();
    private final AtomicInteger stageIds = new AtomicInteger();
    private final AtomicInteger jobIds = new AtomicInteger();
    private final AtomicLong taskAttemptIds = new AtomicLong();
    private final AtomicLong accumulatorIds = new AtomicLong();
    private final AtomicLong broadcastIds = new AtomicLong();
    private final Map<Integer, Rdd<?>> persistent = new ConcurrentHashMap<>();
    private final Map<Long, WeakReference<TaskAccumulator>> accumulators = new ConcurrentHashMap<>();
    private final List<JobRunner.Job> activeJobs = new CopyOnWriteArrayList<>();
    private final Map<String, String> abandonedTags = new ConcurrentHashMap<>();
    private final Map<String, String> contextProperties = new ConcurrentHashMap<>();
    private final InheritableThreadLocal<String> jobGroup = new InheritableThreadLocal<>();
    private final InheritableThreadLocal<java.util.Set<String>> jobTags = new InheritableThreadLocal<>() {
        @Override
        protected java.util.Set<String> childValue(java.util.Set<String> parent) {
            return parent == null ? null : new java.util.TreeSet<>(parent);
        }
    };
    /** Jobs that ended, newest last, for the status tracker: id to group and whether it succeeded. */
    private final Map<Integer, JobStatus> finishedJobs = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, JobStatus> eldest) {
            return size() > 1000;
        }
    });
    private final JobRunner jobs = new JobRunner(this);
    private volatile TaskHook taskHook = TaskHook.NONE;
    private volatile Consumer<Rdd<?>> checkpointer;
    private volatile boolean stopped;
    private final int taskMaxFailures;
    private volatile io.ignis.shuffle.PushMerge.Mode pushMerge = io.ignis.shuffle.PushMerge.Mode.AUTO;
    private volatile java.util.function.Function<RuntimeException, Throwable> failureTranslator = failure -> failure;
    private final InheritableThreadLocal<Map<String, String>> localProperties = new InheritableThreadLocal<>() {
        @Override
        protected Map<String, String> childValue(Map<String, String> parent) {
            return parent == null ? null : new java.util.HashMap<>(parent);
        }
    };

    /**
     * A context over {@code runtime}; {@code ownsRuntime}: closing the context closes the runtime
     * (the embedded default). {@code defaultParallelism}: partitions when the user names none.
     */
    public RddContext(IgnisRuntime runtime, boolean ownsRuntime, int defaultParallelism) {
        this(runtime, ownsRuntime, defaultParallelism, 1);
    }

    /**
     * Like the three-argument constructor; {@code taskMaxFailures}: how many times a task may run
     * before its exception fails the job (Spark's {@code spark.task.maxFailures}; 1 in local mode).
     */
    public RddContext(IgnisRuntime runtime, boolean ownsRuntime, int defaultParallelism, int taskMaxFailures) {
        if (taskMaxFailures < 1) {
            throw new IllegalArgumentException("taskMaxFailures must be positive, got " + taskMaxFailures);
        }
        this.taskMaxFailures = taskMaxFailures;
        this.runtime = java.util.Objects.requireNonNull(runtime, "runtime is null");
        this.ownsRuntime = ownsRuntime;
        if (defaultParallelism < 1) {
            throw new IllegalArgumentException("defaultParallelism must be positive, got " + defaultParallelism);
        }
        this.defaultParallelism = defaultParallelism;
    }

    public IgnisRuntime runtime() {
        checkRunning();
        return runtime;
    }

    public int defaultParallelism() {
        return defaultParallelism;
    }

    /** How many times a task may run before its exception fails its job. */
    public int taskMaxFailures() {
        return taskMaxFailures;
    }

    /** Whether shuffles merge map outputs on the reducers' nodes (see {@link io.ignis.shuffle.PushMerge}); AUTO by default. */
    public io.ignis.shuffle.PushMerge.Mode pushMerge() {
        return pushMerge;
    }

    public void setPushMerge(io.ignis.shuffle.PushMerge.Mode mode) {
        this.pushMerge = java.util.Objects.requireNonNull(mode, "mode is null");
    }

    private void checkRunning() {
        if (stopped) {
            throw new IllegalStateException("Cannot call methods on a stopped SparkContext.");
        }
    }

    int newRddId() {
        return rddIds.getAndIncrement();
    }

    int newShuffleId() {
        return shuffleIds.getAndIncrement();
    }

    int newStageId() {
        return stageIds.getAndIncrement();
    }

    long newTaskAttemptId() {
        return taskAttemptIds.getAndIncrement();
    }

    // ---- jobs

    /** Runs an action: {@code function} over each listed partition, results in the same order. */
    public <T, U> List<U> runJob(Rdd<T> rdd, int[] partitions, PartitionFunction<T, U> function) {
        checkRunning();
        try {
            return jobs.run(rdd, partitions, function);
        } catch (JobFailedException | TaskNotSerializableException e) {
            // Spark's SparkException is checked in Java but thrown unchecked by Spark's actions, so
            // it is thrown here the same way.
            throw io.ignis.rdd.ops.Functions.rethrow(failureTranslator.apply(e));
        }
    }

    /** How job failures reach the caller (the Spark layer turns them into SparkException). */
    public void setFailureTranslator(java.util.function.Function<RuntimeException, Throwable> translator) {
        this.failureTranslator = java.util.Objects.requireNonNull(translator, "translator is null");
    }

    /** Sets a property of the jobs this thread (and threads it starts) runs; null removes it. */
    public void setLocalProperty(String key, String value) {
        Map<String, String> properties = localProperties.get();
        if (properties == null) {
            properties = new java.util.HashMap<>();
            localProperties.set(properties);
        }
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
    }

    public String getLocalProperty(String key) {
        Map<String, String> properties = localProperties.get();
        return properties == null ? null : properties.get(key);
    }

    /** A property every job's tasks see (under this thread's local properties of the same key). */
    public void setContextProperty(String key, String value) {
        contextProperties.put(key, value);
    }

    /** This thread's local properties over the context's, as the tasks of its jobs see them. */
    Map<String, String> localPropertiesSnapshot() {
        Map<String, String> properties = localProperties.get();
        if (contextProperties.isEmpty()) {
            return properties == null ? Map.of() : Map.copyOf(properties);
        }
        Map<String, String> merged = new java.util.HashMap<>(contextProperties);
        if (properties != null) {
            merged.putAll(properties);
        }
        return Map.copyOf(merged);
    }

    /** Runs an action over every partition. */
    public <T, U> List<U> runJob(Rdd<T> rdd, PartitionFunction<T, U> function) {
        int count = rdd.partitionCount();
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        return runJob(rdd, all, function);
    }

    JobRunner.Job startJob() {
        java.util.Set<String> tags = jobTags.get();
        JobRunner.Job job = new JobRunner.Job(jobIds.getAndIncrement(), jobGroup.get(), tags == null ? java.util.Set.of() : java.util.Set.copyOf(tags));
        activeJobs.add(job);
        for (String tag : job.tags) {
            String reason = abandonedTags.get(tag);
            if (reason != null) {
                jobs.cancel(job, reason);
            }
        }
        return job;
    }

    void endJob(JobRunner.Job job, boolean succeeded) {
        activeJobs.remove(job);
        finishedJobs.put(job.jobId, new JobStatus(job.jobId, job.group, succeeded ? "SUCCEEDED" : "FAILED"));
    }

    /** A job as the status tracker reports it: RUNNING, SUCCEEDED or FAILED. */
    public record JobStatus(int jobId, String group, String status) {}

    /** The job with this id, running or among the last thousand finished, or null. */
    public JobStatus jobStatus(int jobId) {
        for (JobRunner.Job job : activeJobs) {
            if (job.jobId == jobId) {
                return new JobStatus(jobId, job.group, "RUNNING");
            }
        }
        return finishedJobs.get(jobId);
    }

    /** Ids of the jobs of {@code group} (all jobs if null), running or recently finished. */
    public List<Integer> jobIdsForGroup(String group) {
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>(activeJobIds(group));
        synchronized (finishedJobs) {
            for (JobStatus status : finishedJobs.values()) {
                if (group == null || group.equals(status.group())) {
                    ids.add(status.jobId());
                }
            }
        }
        return new ArrayList<>(ids);
    }

    public void addJobTag(String tag) {
        java.util.Set<String> tags = jobTags.get();
        if (tags == null) {
            tags = new java.util.TreeSet<>();
            jobTags.set(tags);
        }
        tags.add(tag);
    }

    public void removeJobTag(String tag) {
        java.util.Set<String> tags = jobTags.get();
        if (tags != null) {
            tags.remove(tag);
        }
    }

    public java.util.Set<String> jobTags() {
        java.util.Set<String> tags = jobTags.get();
        return tags == null ? java.util.Set.of() : java.util.Set.copyOf(tags);
    }

    public void clearJobTags() {
        jobTags.remove();
    }

    /**
     * Cancels the running jobs that carry {@code tag} and every job started with it from now on,
     * until {@link #forgetAbandonedTag}: an async action's jobs, cancelled even before they start.
     */
    public void abandonTag(String tag, String reason) {
        abandonedTags.put(tag, reason);
        cancelJobsWithTag(tag, reason);
    }

    public void forgetAbandonedTag(String tag) {
        abandonedTags.remove(tag);
    }

    /** Cancels the running jobs that carry {@code tag}. */
    public void cancelJobsWithTag(String tag, String reason) {
        for (JobRunner.Job job : activeJobs) {
            if (job.tags.contains(tag)) {
                jobs.cancel(job, reason);
            }
        }
    }

    /** How many jobs have started (the next job's id). */
    public int jobsStarted() {
        return jobIds.get();
    }

    /** Ids of the jobs running now, optionally only those of {@code group}. */
    public List<Integer> activeJobIds(String group) {
        List<Integer> ids = new ArrayList<>();
        for (JobRunner.Job job : activeJobs) {
            if (group == null || group.equals(job.group)) {
                ids.add(job.jobId);
            }
        }
        return ids;
    }

    /** The job group of jobs this thread (and threads it starts) runs, as Spark's setJobGroup. */
    public void setJobGroup(String group) {
        jobGroup.set(group);
    }

    public void clearJobGroup() {
        jobGroup.remove();
    }

    public String jobGroup() {
        return jobGroup.get();
    }

    /** Cancels the running jobs of {@code group}: their actions fail with {@code reason}. */
    public void cancelJobGroup(String group, String reason) {
        for (JobRunner.Job job : activeJobs) {
            if (group.equals(job.group)) {
                jobs.cancel(job, reason);
            }
        }
    }

    /** Cancels one running job. */
    public void cancelJob(int jobId, String reason) {
        for (JobRunner.Job job : activeJobs) {
            if (job.jobId == jobId) {
                jobs.cancel(job, reason);
            }
        }
    }

    public void cancelAllJobs(String reason) {
        for (JobRunner.Job job : activeJobs) {
            jobs.cancel(job, reason);
        }
    }

    // ---- persistence and checkpoints

    void persisting(Rdd<?> rdd) {
        persistent.put(rdd.id(), rdd);
    }

    void unpersisted(Rdd<?> rdd) {
        persistent.remove(rdd.id());
    }

    /** The persisted RDDs by id, as Spark's getPersistentRDDs. */
    public Map<Integer, Rdd<?>> persistentRdds() {
        return Map.copyOf(persistent);
    }

    /** Who saves RDDs marked for checkpointing once a job has computed them (the Spark layer, with Hadoop). */
    public void setCheckpointer(Consumer<Rdd<?>> checkpointer) {
        this.checkpointer = checkpointer;
    }

    /** After a job: saves the RDDs of its lineage that asked for a checkpoint (as Spark does after each job). */
    void checkpointAfterJob(Rdd<?> rdd) {
        Consumer<Rdd<?>> saver = checkpointer;
        if (saver == null) {
            return;
        }
        List<Rdd<?>> marked = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Rdd<?>> work = new java.util.ArrayDeque<>();
        work.add(rdd);
        while (!work.isEmpty()) {
            Rdd<?> next = work.pop();
            if (!seen.add(next.id()) || next.isCheckpointed()) {
                continue;
            }
            if (next.checkpointRequested()) {
                marked.add(next);
            }
            for (Dependency<?> dependency : next.dependencies()) {
                work.add(dependency.rdd());
            }
        }
        for (Rdd<?> each : marked) {
            saver.accept(each);
        }
    }

    /** Replaces {@code rdd}'s lineage with {@code saved}, which reads its checkpointed partitions. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void checkpointed(Rdd<?> rdd, Rdd<?> saved) {
        ((Rdd) rdd).markCheckpointed(saved);
    }

    // ---- accumulators

    /** A new broadcast id (Spark numbers a context's broadcasts 0, 1, 2, ...). */
    public long newBroadcastId() {
        return broadcastIds.getAndIncrement();
    }

    /** A new accumulator id. */
    public long newAccumulatorId() {
        return accumulatorIds.getAndIncrement();
    }

    /**
     * Makes {@code accumulator} receive its task copies' updates while it is referenced (a weak
     * reference, so an accumulator the program dropped is not kept).
     */
    public void registerAccumulator(TaskAccumulator accumulator) {
        accumulators.put(accumulator.accumulatorId(), new WeakReference<>(accumulator));
        if (accumulators.size() % 1024 == 0) {
            accumulators.values().removeIf(ref -> ref.get() == null);
        }
    }

    void mergeAccumulator(TaskAccumulator copy) {
        WeakReference<TaskAccumulator> ref = accumulators.get(copy.accumulatorId());
        TaskAccumulator target = ref == null ? null : ref.get();
        if (target != null) {
            target.mergeTaskCopy(copy);
        }
    }

    // ---- tasks

    public void setTaskHook(TaskHook hook) {
        this.taskHook = java.util.Objects.requireNonNull(hook, "hook is null");
    }

    TaskHook taskHook() {
        return taskHook;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Stops the context: running jobs are cancelled; the runtime is closed if this context started it. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        cancelAllJobs("SparkContext was shut down");
        stopped = true;
        for (Iterator<Rdd<?>> it = persistent.values().iterator(); it.hasNext(); ) {
            it.next();
            it.remove();
        }
        if (ownsRuntime) {
            runtime.close();
        }
    }
}

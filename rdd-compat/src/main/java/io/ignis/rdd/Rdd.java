package io.ignis.rdd;

import io.ignis.api.ObjectRef;
import io.ignis.shuffle.Partitioner;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A resilient distributed dataset as a pure description, with Spark's five properties: its
 * partitions ({@link #splits}), how to compute one ({@link #compute}), the RDDs it depends on
 * ({@link #dependencies}), an optional {@link #partitioner} for keyed data, and preferred
 * locations. Nothing runs until an action hands it to the {@link JobRunner}, which cuts the graph at
 * shuffles and persisted RDDs and fuses the rest into one task per partition.
 *
 * <p>The object is serialized into its tasks (with the closures of the chain that runs there);
 * what only the driver needs (context, partitions, dependencies, persistence) is transient.
 */
public abstract class Rdd<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient RddContext context;
    private final int id;
    private transient volatile Split[] splits;
    private transient volatile List<Dependency<?>> dependencies;
    private transient volatile String name;
    private transient volatile Persistence persistence;
    /** The persisted partitions' refs, by partition; null until persisted. */
    private transient volatile ObjectRef<?>[] persisted;
    /** Once checkpointed: the RDD that reads the saved partitions, which replaces this one's lineage. */
    private volatile Rdd<T> checkpointed;
    private transient volatile boolean checkpointRequested;
    /** What each task computing this RDD asks of its node (Ignis names); null means the default, 1 CPU. */
    private transient volatile Map<String, Double> taskResources;
    /** The API's profile object those resources came from, handed back as given (Spark's getResourceProfile). */
    private transient volatile Object resourceProfile;

    protected Rdd(RddContext context) {
        this.context = java.util.Objects.requireNonNull(context, "context is null");
        this.id = context.newRddId();
    }

    /** The context (driver only). Inside a task an RDD has none, which is Spark's SPARK-5063 rule. */
    public RddContext context() {
        if (context == null) {
            throw new IllegalStateException("RDD transformations and actions can only be invoked by the driver, not inside"
                    + " of other transformations (SPARK-5063)");
        }
        return context;
    }

    public final int id() {
        return id;
    }

    /** This RDD's partitions, computed once (driver only). */
    public final Split[] splits() {
        Split[] result = splits;
        if (result == null) {
            synchronized (this) {
                if (splits == null) {
                    Split[] made = checkpointed != null ? checkpointed.splits() : computeSplits();
                    for (int i = 0; i < made.length; i++) {
                        if (made[i].index() != i) {
                            throw new IllegalStateException(getClass().getSimpleName() + ": partition " + i + " has index " + made[i].index());
                        }
                    }
                    splits = made;
                }
                result = splits;
            }
        }
        return result;
    }

    public final int partitionCount() {
        return splits().length;
    }

    /** The parents this RDD reads (driver only); after a checkpoint, just the saved partitions. */
    public final List<Dependency<?>> dependencies() {
        if (checkpointed != null) {
            return List.of(NarrowDependency.oneToOne(checkpointed));
        }
        List<Dependency<?>> result = dependencies;
        if (result == null) {
            result = List.copyOf(computeDependencies());
            dependencies = result;
        }
        return result;
    }

    protected abstract Split[] computeSplits();

    /** The parents and how partitions map onto theirs; none for a source. */
    protected List<Dependency<?>> computeDependencies() {
        return List.of();
    }

    /** Computes one partition from its parents' iterators (inside a task). */
    public abstract Iterator<T> compute(Split split, TaskScope scope) throws Exception;

    /** How keys are placed in partitions, if this RDD's placement is known (keyed RDDs after a shuffle). */
    public Partitioner<?> partitioner() {
        return null;
    }

    /** Hosts where a partition is cheapest to compute (file blocks); empty when anywhere will do. */
    public List<String> preferredLocations(Split split) {
        return List.of();
    }

    /**
     * The partition's elements inside a task: read from the saved checkpoint or the persisted
     * block when there is one, else computed.
     */
    @SuppressWarnings("unchecked")
    public final Iterator<T> iterator(Split split, TaskScope scope) throws Exception {
        if (checkpointed != null) {
            return checkpointed.iterator(split, scope);
        }
        List<ObjectRef<?>> cached = scope.inputsOrNull(Inputs.persisted(id, split.index()));
        if (cached != null) {
            Object block = cached.get(0).get();
            if (block instanceof byte[] serialized) { // a serialized storage level: each reader gets its own copy
                block = io.ignis.api.Ignis.current().deserialize(serialized);
            }
            return ((List<T>) block).iterator();
        }
        return compute(split, scope);
    }

    public final String name() {
        return name;
    }

    public final void setName(String name) {
        this.name = name;
    }

    public final Map<String, Double> taskResources() {
        return taskResources;
    }

    /** Sets what each task computing this RDD asks for (null for the default); copied. */
    public final void setTaskResources(Map<String, Double> taskResources) {
        this.taskResources = taskResources == null ? null : Map.copyOf(taskResources);
    }

    public final Object resourceProfile() {
        return resourceProfile;
    }

    public final void setResourceProfile(Object resourceProfile) {
        this.resourceProfile = resourceProfile;
    }

    // ---- persistence (driver side)

    public final Persistence persistence() {
        return persistence;
    }

    /** Keeps computed partitions as objects; Spark's rule: the level cannot change once set. */
    public final synchronized void persist(Persistence level) {
        java.util.Objects.requireNonNull(level, "level is null");
        if (persistence != null && !persistence.equals(level)) {
            throw new org.apache.spark.SparkUnsupportedOperationException("_LEGACY_ERROR_TEMP_3012");
        }
        if (persistence == null) {
            persistence = level;
            context().persisting(this);
        }
    }

    /** Forgets the persisted partitions, which frees them once no task still reads them. */
    public final synchronized void unpersist() {
        persistence = null;
        ObjectRef<?>[] refs = persisted;
        persisted = null;
        context().unpersisted(this);
        if (refs != null) {
            List<ObjectRef<?>> present = new java.util.ArrayList<>();
            for (ObjectRef<?> ref : refs) {
                if (ref != null) {
                    present.add(ref);
                }
            }
            context().runtime().free(present);
        }
    }

    synchronized ObjectRef<?> persistedRef(int partition) {
        return persisted == null ? null : persisted[partition];
    }

    synchronized void setPersistedRef(int partition, ObjectRef<?> ref) {
        if (persisted == null) {
            persisted = new ObjectRef<?>[partitionCount()];
        }
        persisted[partition] = ref;
    }

    // ---- checkpoint (driver side)

    public final void requestCheckpoint() {
        checkpointRequested = true;
    }

    public final boolean checkpointRequested() {
        return checkpointRequested && checkpointed == null;
    }

    public final boolean isCheckpointed() {
        return checkpointed != null;
    }

    public final Rdd<T> checkpointRdd() {
        return checkpointed;
    }

    /** After the partitions are saved: read them from there from now on; the lineage is dropped. */
    final synchronized void markCheckpointed(Rdd<T> saved) {
        checkpointed = saved;
        dependencies = null;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]" + (name == null ? "" : " " + name);
    }
}

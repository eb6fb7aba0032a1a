package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import io.ignis.shuffle.Partitioner;
import java.util.Iterator;
import java.util.List;

/**
 * Applies a function to each partition of its parent, in the same task (map, filter, flatMap,
 * mapPartitions, glom, mapValues ... are all this). Keeps the parent's partitioner only when told
 * the function does not move keys.
 */
public final class MapPartitionsRdd<T, U> extends Rdd<U> {
    private final Rdd<T> parent;
    private final PartitionTransform<T, U> transform;
    private final boolean preservesPartitioning;

    public MapPartitionsRdd(Rdd<T> parent, PartitionTransform<T, U> transform, boolean preservesPartitioning) {
        super(parent.context());
        this.parent = parent;
        this.transform = transform;
        this.preservesPartitioning = preservesPartitioning;
    }

    @Override
    protected Split[] computeSplits() {
        return parent.splits();
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        return List.of(NarrowDependency.oneToOne(parent));
    }

    @Override
    public Iterator<U> compute(Split split, TaskScope scope) throws Exception {
        return transform.apply(scope, split.index(), parent.iterator(split, scope));
    }

    @Override
    public Partitioner<?> partitioner() {
        return preservesPartitioning ? parent.partitioner() : null;
    }

    @Override
    public List<String> preferredLocations(Split split) {
        return parent.preferredLocations(split);
    }
}

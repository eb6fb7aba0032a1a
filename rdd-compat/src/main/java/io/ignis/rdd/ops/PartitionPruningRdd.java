package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.util.Iterator;
import java.util.List;

/**
 * Some of a parent's partitions, numbered from 0, the others never computed (Spark's
 * PartitionPruningRDD): what a range filter over range-partitioned data reads. Like Spark's, it
 * reports no partitioner, since its partition numbers are no longer the parent's.
 */
public final class PartitionPruningRdd<T> extends Rdd<T> {
    private final Rdd<T> parent;
    private final int[] kept;

    /** Keeps parent partitions {@code kept}, in that order (each within the parent's range). */
    public PartitionPruningRdd(Rdd<T> parent, int[] kept) {
        super(parent.context());
        this.parent = parent;
        this.kept = kept.clone();
        for (int index : this.kept) {
            if (index < 0 || index >= parent.partitionCount()) {
                throw new IllegalArgumentException("partition " + index + " is not one of the parent's " + parent.partitionCount());
            }
        }
    }

    /** Partition i: the parent's split it reads. */
    record PrunedSplit(int index, Split parentSplit) implements Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] parentSplits = parent.splits();
        Split[] splits = new Split[kept.length];
        for (int i = 0; i < kept.length; i++) {
            splits[i] = new PrunedSplit(i, parentSplits[kept[i]]);
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        int[] parentIndices = kept;
        return List.of(NarrowDependency.of(parent, partition -> new int[] {parentIndices[partition]}));
    }

    @Override
    public Iterator<T> compute(Split split, TaskScope scope) throws Exception {
        return parent.iterator(((PrunedSplit) split).parentSplit(), scope);
    }

    @Override
    public List<String> preferredLocations(Split split) {
        return parent.preferredLocations(((PrunedSplit) split).parentSplit());
    }
}

package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.util.Iterator;
import java.util.List;

/**
 * Fewer partitions without a shuffle: each new partition reads a run of consecutive parent
 * partitions, new partition i taking parents [i*n/k, (i+1)*n/k), which is how Spark's coalescer
 * groups partitions that have no preferred locations.
 */
public final class CoalescedRdd<T> extends Rdd<T> {
    private final Rdd<T> parent;
    private final transient int maxPartitions;

    public CoalescedRdd(Rdd<T> parent, int maxPartitions) {
        super(parent.context());
        if (maxPartitions < 1) {
            throw new IllegalArgumentException("Number of partitions (" + maxPartitions + ") must be positive.");
        }
        this.parent = parent;
        this.maxPartitions = maxPartitions;
    }

    record CoalescedSplit(int index, Split[] parents) implements Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] parentSplits = parent.splits();
        int count = Math.min(maxPartitions, parentSplits.length);
        if (parentSplits.length == 0) {
            return new Split[0];
        }
        Split[] splits = new Split[count];
        for (int i = 0; i < count; i++) {
            int start = (int) ((long) i * parentSplits.length / count);
            int end = (int) ((long) (i + 1) * parentSplits.length / count);
            Split[] group = new Split[end - start];
            System.arraycopy(parentSplits, start, group, 0, group.length);
            splits[i] = new CoalescedSplit(i, group);
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        return List.of(NarrowDependency.of(parent, partition -> {
            Split[] group = ((CoalescedSplit) splits()[partition]).parents();
            int[] indices = new int[group.length];
            for (int i = 0; i < group.length; i++) {
                indices[i] = group[i].index();
            }
            return indices;
        }));
    }

    @Override
    public Iterator<T> compute(Split split, TaskScope scope) {
        Split[] group = ((CoalescedSplit) split).parents();
        return Functions.concat(group.length, i -> parent.iterator(group[i], scope));
    }
}

package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import io.ignis.shuffle.Partitioner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The union of RDDs placed by one partitioner, keeping it: partition i is partition i of every
 * parent, one after another, so the result has the partitioner's count of partitions rather than
 * the sum, and a later join or reduce by the same partitioner needs no shuffle. Spark's union
 * makes this whenever every non-empty input has the same partitioner ({@link #union}).
 */
public final class PartitionerAwareUnionRdd<T> extends Rdd<T> {
    private final List<Rdd<T>> parents;
    private final Partitioner<?> partitioner;

    private PartitionerAwareUnionRdd(List<Rdd<T>> parents, Partitioner<?> partitioner) {
        super(parents.get(0).context());
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
    }

    /**
     * Spark's choice of union: partitioner-aware when the inputs that have partitions all share one
     * partitioner, else the plain concatenation of their partitions ({@link UnionRdd}).
     */
    public static <T> Rdd<T> union(List<? extends Rdd<T>> rdds) {
        if (rdds.isEmpty()) {
            throw new IllegalArgumentException("union needs at least one RDD");
        }
        List<Rdd<T>> nonEmpty = new ArrayList<>();
        for (Rdd<T> rdd : rdds) {
            if (rdd.partitionCount() > 0) {
                nonEmpty.add(rdd);
            }
        }
        Partitioner<?> shared = nonEmpty.isEmpty() ? null : nonEmpty.get(0).partitioner();
        boolean aligned = shared != null && nonEmpty.stream().allMatch(rdd -> shared.equals(rdd.partitioner()));
        return aligned ? new PartitionerAwareUnionRdd<>(nonEmpty, shared) : new UnionRdd<>(rdds);
    }

    /** Partition i and, per parent, its partition i. */
    record AlignedSplit(int index, Split[] parentSplits) implements Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] splits = new Split[partitioner.numPartitions()];
        for (int i = 0; i < splits.length; i++) {
            Split[] aligned = new Split[parents.size()];
            for (int p = 0; p < aligned.length; p++) {
                aligned[p] = parents.get(p).splits()[i];
            }
            splits[i] = new AlignedSplit(i, aligned);
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        List<Dependency<?>> dependencies = new ArrayList<>(parents.size());
        for (Rdd<T> parent : parents) {
            dependencies.add(NarrowDependency.oneToOne(parent));
        }
        return dependencies;
    }

    @Override
    public Iterator<T> compute(Split split, TaskScope scope) {
        Split[] aligned = ((AlignedSplit) split).parentSplits();
        return Functions.concat(aligned.length, i -> parents.get(i).iterator(aligned[i], scope));
    }

    @Override
    public Partitioner<?> partitioner() {
        return partitioner;
    }
}

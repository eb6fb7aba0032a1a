package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Partition i of several RDDs with equally many partitions, handed together to one function. */
public final class ZipPartitionsRdd<U> extends Rdd<U> {
    /** The function over the parents' iterators of one partition, in parent order. */
    @FunctionalInterface
    public interface Zipper<U> extends Serializable {
        Iterator<U> apply(List<Iterator<?>> partitions) throws Exception;
    }

    private final List<Rdd<?>> parents;
    private final Zipper<U> zipper;

    public ZipPartitionsRdd(List<? extends Rdd<?>> parents, Zipper<U> zipper) {
        super(parents.get(0).context());
        this.parents = List.copyOf(parents);
        this.zipper = zipper;
    }

    record ZipSplit(int index, Split[] parents) implements Split {}

    @Override
    protected Split[] computeSplits() {
        List<Integer> counts = new ArrayList<>();
        for (Rdd<?> parent : parents) {
            counts.add(parent.partitionCount());
        }
        if (counts.stream().distinct().count() > 1) {
            String list = counts.toString();
            throw new IllegalArgumentException("Can't zip RDDs with unequal numbers of partitions: List("
                    + list.substring(1, list.length() - 1) + ")");
        }
        Split[] splits = new Split[counts.get(0)];
        for (int i = 0; i < splits.length; i++) {
            Split[] each = new Split[parents.size()];
            for (int p = 0; p < parents.size(); p++) {
                each[p] = parents.get(p).splits()[i];
            }
            splits[i] = new ZipSplit(i, each);
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        List<Dependency<?>> dependencies = new ArrayList<>();
        for (Rdd<?> parent : parents) {
            dependencies.add(NarrowDependency.oneToOne(parent));
        }
        return dependencies;
    }

    @Override
    public Iterator<U> compute(Split split, TaskScope scope) throws Exception {
        ZipSplit zip = (ZipSplit) split;
        List<Iterator<?>> iterators = new ArrayList<>(parents.size());
        for (int p = 0; p < parents.size(); p++) {
            iterators.add(parents.get(p).iterator(zip.parents()[p], scope));
        }
        return zipper.apply(iterators);
    }
}

package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The partitions of several RDDs one after another, without moving data. */
public final class UnionRdd<T> extends Rdd<T> {
    private final List<Rdd<T>> parents;

    public UnionRdd(List<? extends Rdd<T>> parents) {
        super(parents.get(0).context());
        this.parents = List.copyOf(parents);
    }

    record UnionSplit(int index, int parent, Split parentSplit) implements Split {}

    @Override
    protected Split[] computeSplits() {
        List<Split> splits = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            for (Split split : parents.get(p).splits()) {
                splits.add(new UnionSplit(splits.size(), p, split));
            }
        }
        return splits.toArray(new Split[0]);
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        List<Dependency<?>> dependencies = new ArrayList<>();
        int start = 0;
        for (Rdd<T> parent : parents) {
            int length = parent.partitionCount();
            dependencies.add(NarrowDependency.range(parent, 0, start, length));
            start += length;
        }
        return dependencies;
    }

    @Override
    public Iterator<T> compute(Split split, TaskScope scope) throws Exception {
        UnionSplit union = (UnionSplit) split;
        return parents.get(union.parent()).iterator(union.parentSplit(), scope);
    }

    @Override
    public List<String> preferredLocations(Split split) {
        UnionSplit union = (UnionSplit) split;
        return parents.get(union.parent()).preferredLocations(union.parentSplit());
    }
}

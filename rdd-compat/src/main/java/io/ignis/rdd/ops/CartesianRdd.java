package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/** Every pair of elements of two RDDs: partition (i, j) pairs partition i of the first with j of the second. */
public final class CartesianRdd<A, B> extends Rdd<Tuple2<A, B>> {
    private final Rdd<A> first;
    private final Rdd<B> second;

    public CartesianRdd(Rdd<A> first, Rdd<B> second) {
        super(first.context());
        this.first = first;
        this.second = second;
    }

    record PairSplit(int index, Split left, Split right) implements Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] left = first.splits();
        Split[] right = second.splits();
        Split[] splits = new Split[left.length * right.length];
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < right.length; j++) {
                int index = i * right.length + j;
                splits[index] = new PairSplit(index, left[i], right[j]);
            }
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        int rightCount = second.partitionCount();
        return List.of(NarrowDependency.of(first, p -> new int[] {p / rightCount}),
                NarrowDependency.of(second, p -> new int[] {p % rightCount}));
    }

    @Override
    public Iterator<Tuple2<A, B>> compute(Split split, TaskScope scope) throws Exception {
        PairSplit pair = (PairSplit) split;
        List<B> right = new ArrayList<>();
        second.iterator(pair.right(), scope).forEachRemaining(right::add);
        List<Tuple2<A, B>> out = new ArrayList<>();
        for (Iterator<A> left = first.iterator(pair.left(), scope); left.hasNext(); ) {
            A a = left.next();
            for (B b : right) {
                out.add(new Tuple2<>(a, b));
            }
        }
        return out.iterator();
    }
}

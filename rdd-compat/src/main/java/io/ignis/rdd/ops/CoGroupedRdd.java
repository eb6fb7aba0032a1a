package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.ShuffleDependency;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import io.ignis.shuffle.Aggregator;
import io.ignis.shuffle.Partitioner;
import io.ignis.shuffle.Shuffle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import scala.Tuple2;

/**
 * For each key of several keyed RDDs, the values each RDD has for it (the basis of cogroup, join
 * and subtractByKey). A parent already placed by the same partitioner is read in place (a narrow
 * dependency); the others are shuffled to it.
 */
public final class CoGroupedRdd<K> extends Rdd<Tuple2<K, List<List<Object>>>> {
    private final List<Rdd<? extends Tuple2<K, ?>>> parents;
    private final Partitioner<K> partitioner;
    /** Per parent: the shuffle id it is read through, or -1 when read in place. */
    private final int[] shuffleIds;
    private final Shuffle.Spec<K, Object, Object> spec;
    private final transient List<Dependency<?>> dependencies;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public CoGroupedRdd(List<? extends Rdd<? extends Tuple2<K, ?>>> parents, Partitioner<K> partitioner) {
        super(parents.get(0).context());
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
        this.spec = new Shuffle.Spec<>(partitioner, null, false, null);
        this.shuffleIds = new int[parents.size()];
        List<Dependency<?>> deps = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            Rdd<? extends Tuple2<K, ?>> parent = parents.get(i);
            if (Objects.equals(parent.partitioner(), partitioner)) {
                shuffleIds[i] = -1;
                deps.add(NarrowDependency.oneToOne(parent));
            } else {
                ShuffleDependency<K, Object, Object> shuffle = new ShuffleDependency(parent, spec);
                shuffleIds[i] = shuffle.shuffleId();
                deps.add(shuffle);
            }
        }
        this.dependencies = deps;
    }

    /** Partition i, with the split of each parent read in place (null for shuffled parents). */
    record CoGroupSplit(int index, Split[] narrowSplits) implements Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] splits = new Split[partitioner.numPartitions()];
        for (int i = 0; i < splits.length; i++) {
            Split[] narrow = new Split[parents.size()];
            for (int p = 0; p < parents.size(); p++) {
                if (shuffleIds[p] < 0) {
                    narrow[p] = parents.get(p).splits()[i];
                }
            }
            splits[i] = new CoGroupSplit(i, narrow);
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        return dependencies;
    }

    /**
     * Each parent's pairs, tagged with the parent's index, go through a spilling aggregator (as
     * Spark's CoGroupedRDD feeds an ExternalAppendOnlyMap), so a partition larger than the task's
     * memory groups through disk. Parents are read one after another, each as late as possible.
     */
    @Override
    public Iterator<Tuple2<K, List<List<Object>>>> compute(Split split, TaskScope scope) throws Exception {
        CoGroupSplit cogroup = (CoGroupSplit) split;
        int count = parents.size();
        Iterator<Tuple2<K, Tuple2<Integer, Object>>> tagged = new Iterator<>() {
            private int parent = -1;
            private Iterator<? extends Tuple2<K, ?>> records = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!records.hasNext()) {
                    if (++parent == count) {
                        return false;
                    }
                    try {
                        records = shuffleIds[parent] < 0
                                ? parents.get(parent).iterator(cogroup.narrowSplits()[parent], scope)
                                : ShuffledRdd.read(scope, shuffleIds[parent], split.index(), spec);
                    } catch (Exception e) {
                        throw Sneaky.rethrow(e);
                    }
                }
                return true;
            }

            @Override
            public Tuple2<K, Tuple2<Integer, Object>> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Tuple2<K, ?> pair = records.next();
                return new Tuple2<>(pair._1(), new Tuple2<>(parent, pair._2()));
            }
        };
        Aggregator<Tuple2<Integer, Object>, List<List<Object>>> groups = new Aggregator<>(value -> {
            List<List<Object>> group = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                group.add(new GroupBuffer<>());
            }
            group.get(value._1()).add(value._2());
            return group;
        }, (group, value) -> {
            group.get(value._1()).add(value._2());
            return group;
        }, (a, b) -> {
            for (int i = 0; i < count; i++) {
                a.get(i).addAll(b.get(i));
            }
            return a;
        });
        return ShuffledRdd.closedWithTask(scope, Shuffle.local(tagged, new Shuffle.Spec<>(partitioner, groups, false, null)));
    }

    @Override
    public Partitioner<?> partitioner() {
        return partitioner;
    }
}

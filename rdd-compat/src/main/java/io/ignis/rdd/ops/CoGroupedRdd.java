package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.ShuffleDependency;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import io.ignis.shuffle.Partitioner;
import io.ignis.shuffle.Shuffle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Tuple2<K, List<List<Object>>>> compute(Split split, TaskScope scope) throws Exception {
        CoGroupSplit cogroup = (CoGroupSplit) split;
        int count = parents.size();
        Map<K, List<List<Object>>> groups = new HashMap<>();
        for (int p = 0; p < count; p++) {
            Iterator<? extends Tuple2<K, ?>> records = shuffleIds[p] < 0
                    ? parents.get(p).iterator(cogroup.narrowSplits()[p], scope)
                    : ShuffledRdd.read(scope, shuffleIds[p], split.index(), spec).iterator();
            while (records.hasNext()) {
                Tuple2<K, ?> pair = records.next();
                List<List<Object>> group = groups.get(pair._1());
                if (group == null) {
                    group = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        group.add(new GroupBuffer<>());
                    }
                    groups.put(pair._1(), group);
                }
                group.get(p).add(pair._2());
            }
        }
        List<Tuple2<K, List<List<Object>>>> out = new ArrayList<>(groups.size());
        groups.forEach((key, group) -> out.add(new Tuple2<>(key, group)));
        return out.iterator();
    }

    @Override
    public Partitioner<?> partitioner() {
        return partitioner;
    }
}

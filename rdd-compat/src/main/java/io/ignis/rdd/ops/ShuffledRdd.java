package io.ignis.rdd.ops;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.ShuffleDependency;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import io.ignis.shuffle.Partitioner;
import io.ignis.shuffle.Shuffle;
import io.ignis.shuffle.spill.CloseableIterator;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/**
 * The result of a shuffle: partition r holds the pairs whose keys the spec's partitioner places
 * in r, combined per key by its aggregator (if any) and sorted by its key ordering (if any). The
 * parent's pairs go through shuffle-on-tasks' map tasks; this RDD's tasks read their blocks.
 */
public final class ShuffledRdd<K, V, C> extends Rdd<Tuple2<K, C>> {
    private final transient ShuffleDependency<K, V, C> dependency;
    private final int shuffleId;
    private final Shuffle.Spec<K, V, C> spec;

    public ShuffledRdd(Rdd<? extends Tuple2<K, V>> parent, Shuffle.Spec<K, V, C> spec) {
        super(parent.context());
        this.dependency = new ShuffleDependency<>(parent, spec);
        this.shuffleId = dependency.shuffleId();
        this.spec = spec;
    }

    record ReduceSplit(int index) implements io.ignis.rdd.Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] splits = new Split[spec.partitioner().numPartitions()];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = new ReduceSplit(i);
        }
        return splits;
    }

    @Override
    protected List<Dependency<?>> computeDependencies() {
        return List.of(dependency);
    }

    @Override
    public Iterator<Tuple2<K, C>> compute(Split split, TaskScope scope) throws Exception {
        return read(scope, shuffleId, split.index(), spec);
    }

    /**
     * A reduce partition's pairs, streamed: its blocks fetched and merged as the spec says, spilling
     * past the task's memory. The spill files and memory go when the stream ends or the task does.
     */
    static <K, V, C> Iterator<Tuple2<K, C>> read(TaskScope scope, int shuffleId, int partition, Shuffle.Spec<K, V, C> spec)
            throws Exception {
        return closedWithTask(scope, Shuffle.read(scope.shuffleInput(shuffleId, partition), spec));
    }

    /** {@code pairs}, closed when the task ends if it is not read to its end before. */
    static <T> Iterator<T> closedWithTask(TaskScope scope, CloseableIterator<T> pairs) {
        scope.addCompletionListener(ended -> pairs.close());
        return pairs;
    }

    @Override
    public Partitioner<?> partitioner() {
        return spec.partitioner();
    }
}

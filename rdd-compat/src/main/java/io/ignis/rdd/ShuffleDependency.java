package io.ignis.rdd;

import io.ignis.api.ObjectRef;
import io.ignis.shuffle.Shuffle;
import java.util.List;
import scala.Tuple2;

/**
 * A dependency through a shuffle: the parent's pairs are split by {@code spec}'s partitioner into
 * one block per child partition by map tasks (one per parent partition). Once its map tasks are
 * submitted their outputs are kept here, so later actions on the child reuse them (as Spark reuses
 * shuffle files) until this dependency is collected, which frees them.
 */
public final class ShuffleDependency<K, V, C> extends Dependency<Tuple2<K, V>> {
    private final int shuffleId;
    private final Shuffle.Spec<K, V, C> spec;
    /** outputs.get(m).get(r): map task m's block for reduce partition r; null until submitted. */
    private volatile List<List<ObjectRef<Object>>> outputs;

    @SuppressWarnings("unchecked")
    public ShuffleDependency(Rdd<? extends Tuple2<K, V>> rdd, Shuffle.Spec<K, V, C> spec) {
        super((Rdd<Tuple2<K, V>>) rdd);
        this.spec = java.util.Objects.requireNonNull(spec, "spec is null");
        this.shuffleId = rdd.context().newShuffleId();
    }

    public int shuffleId() {
        return shuffleId;
    }

    public Shuffle.Spec<K, V, C> spec() {
        return spec;
    }

    List<List<ObjectRef<Object>>> outputs() {
        return outputs;
    }

    void setOutputs(List<List<ObjectRef<Object>>> outputs) {
        this.outputs = outputs;
    }

    /** The blocks reduce partition {@code partition} reads, one per map task. */
    List<ObjectRef<?>> blocksFor(int partition) {
        List<List<ObjectRef<Object>>> all = outputs;
        List<ObjectRef<?>> mine = new java.util.ArrayList<>(all.size());
        for (List<ObjectRef<Object>> map : all) {
            mine.add(map.get(partition));
        }
        return mine;
    }
}

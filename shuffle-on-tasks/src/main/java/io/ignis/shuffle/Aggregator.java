package io.ignis.shuffle;

import io.ignis.api.function.IgnisFunc1;
import io.ignis.api.function.IgnisFunc2;
import java.io.Serializable;

/**
 * How values of one key combine (Spark's {@code combineByKey} triple): the first value of a key
 * becomes a combiner, later values merge into it, and combiners made on different map tasks merge
 * with each other.
 */
public record Aggregator<V, C>(IgnisFunc1<V, C> createCombiner, IgnisFunc2<C, V, C> mergeValue,
                               IgnisFunc2<C, C, C> mergeCombiners) implements Serializable {
    public Aggregator {
        if (createCombiner == null || mergeValue == null || mergeCombiners == null) {
            throw new NullPointerException("an aggregator needs all three functions");
        }
    }
}

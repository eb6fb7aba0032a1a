package io.ignis.rdd.compat;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.PairOps;
import io.ignis.shuffle.Partitioner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import scala.Tuple2;

/** Spark's defaults and small rules the Java API applies before it calls the engine. */
public final class Defaults {
    private Defaults() {}

    /** Spark's defaultPartitioner, honouring {@code spark.default.parallelism} when it is set. */
    public static <K> Partitioner<K> partitioner(SparkContext sc, List<? extends Rdd<?>> rdds) {
        Integer configured = sc.getConf().contains("spark.default.parallelism") ? sc.defaultParallelism() : null;
        return PairOps.defaultPartitioner(configured, rdds);
    }

    public static void checkDepth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("requirement failed: Depth must be greater than or equal to 1 but got " + depth + ".");
        }
    }

    /** How often each element occurs: (element, 1) pairs summed per key through a shuffle, as Spark does. */
    public static <T> Map<T, Long> countByValue(Rdd<T> rdd) {
        Rdd<Tuple2<T, Long>> ones = new MapPartitionsRdd<T, Tuple2<T, Long>>(rdd,
                (scope, index, items) -> Functions.map(items, t -> new Tuple2<>(t, 1L)), false);
        Rdd<Tuple2<T, Long>> counts = PairOps.combineByKey(ones, v -> v, Long::sum, Long::sum,
                PairOps.defaultPartitioner(null, List.of(ones)), true);
        Map<T, Long> out = new HashMap<>();
        for (Tuple2<T, Long> pair : Actions.collect(counts)) {
            out.put(pair._1(), pair._2());
        }
        return out;
    }
}

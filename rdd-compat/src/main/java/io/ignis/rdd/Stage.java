package io.ignis.rdd;

import io.ignis.shuffle.Shuffle;
import java.io.Serializable;

/**
 * What every task of one stage runs, serialized once per stage and read by each task into its own
 * copy (so tasks never share closures or accumulators): the RDD to compute and what to do with
 * each partition — an action's function, splitting for a shuffle, or keeping it (persist).
 */
record Stage(int stageId, Rdd<?> rdd, Kind kind, PartitionFunction<?, ?> function, Shuffle.Spec<?, ?, ?> shuffle,
             TaskHook hook, int numPartitions, java.util.Map<String, String> localProperties) implements Serializable {
    /** PERSIST keeps a partition as its elements; PERSIST_SERIALIZED as their serialized bytes (Spark's *_SER, DISK_ONLY). */
    enum Kind { RESULT, SHUFFLE_MAP, PERSIST, PERSIST_SERIALIZED }
}

package io.ignis.shuffle;

import java.io.Serializable;

/** Which of {@link #numPartitions()} reduce partitions a key goes to. Sent with the map tasks. */
public interface Partitioner<K> extends Serializable {
    int numPartitions();

    /** A partition in {@code [0, numPartitions())}. */
    int partition(K key);
}

package org.apache.spark;

import java.io.Serializable;

/** Spark's summary of one executor, as its status tracker reports it. */
public interface SparkExecutorInfo extends Serializable {
    String host();

    int port();

    long cacheSize();

    int numRunningTasks();

    long usedOnHeapStorageMemory();

    long usedOffHeapStorageMemory();

    long totalOnHeapStorageMemory();

    long totalOffHeapStorageMemory();
}

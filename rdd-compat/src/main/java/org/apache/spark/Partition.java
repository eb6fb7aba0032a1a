package org.apache.spark;

import java.io.Serializable;

/**
 * One partition of an RDD, known by its index (0 to the partition count less one). An RDD's
 * {@code partitions()} lists them and its compute function reads one. Spark's trait also pins
 * {@code equals}/{@code hashCode} to identity, which a Java interface cannot do; implementations
 * that do not override them have that behaviour anyway.
 */
public interface Partition extends Serializable {
    int index();
}

package io.ignis.rdd.ops;

import io.ignis.rdd.TaskScope;
import java.io.Serializable;
import java.util.Iterator;

/** A narrow transformation of one partition: the parent's elements in, this RDD's out. */
@FunctionalInterface
public interface PartitionTransform<T, U> extends Serializable {
    Iterator<U> apply(TaskScope scope, int partition, Iterator<T> items) throws Exception;
}

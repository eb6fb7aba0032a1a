package io.ignis.rdd;

import java.io.Serializable;
import java.util.Iterator;

/** What an action does with one partition inside its task; the results come back to the driver. */
@FunctionalInterface
public interface PartitionFunction<T, U> extends Serializable {
    U apply(TaskScope scope, Iterator<T> items) throws Exception;
}

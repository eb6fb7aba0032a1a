package org.apache.spark.api.java;

import java.util.List;
import java.util.concurrent.Future;

/**
 * The result of an asynchronous action of the Java API ({@code countAsync}, {@code collectAsync},
 * {@code foreachAsync}...): a {@link Future} of the action's value that also names the ids of the
 * jobs the action ran.
 */
public interface JavaFutureAction<T> extends Future<T> {
    /**
     * The ids of the jobs this action has run so far, in the order they were submitted; an
     * action may run several (take, for one, runs until it has enough elements).
     */
    List<Integer> jobIds();
}

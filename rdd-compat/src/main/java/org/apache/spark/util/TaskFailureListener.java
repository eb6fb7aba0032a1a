package org.apache.spark.util;

import java.util.EventListener;
import org.apache.spark.TaskContext;

/**
 * Called when a task fails, with the error that failed it; registered with
 * {@link TaskContext#addTaskFailureListener(TaskFailureListener)}. Failure listeners run before
 * completion listeners.
 */
public interface TaskFailureListener extends EventListener {
    void onTaskFailure(TaskContext context, Throwable error);
}

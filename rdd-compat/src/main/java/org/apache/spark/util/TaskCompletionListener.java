package org.apache.spark.util;

import java.util.EventListener;
import org.apache.spark.TaskContext;

/**
 * Called when a task ends, whether it succeeded, failed or was killed; registered with
 * {@link TaskContext#addTaskCompletionListener(TaskCompletionListener)}, typically to close what
 * the task opened (a file, a connection). An exception it throws fails the task.
 */
public interface TaskCompletionListener extends EventListener {
    void onTaskCompletion(TaskContext context);
}

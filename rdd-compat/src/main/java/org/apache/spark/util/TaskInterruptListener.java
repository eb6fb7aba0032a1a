package org.apache.spark.util;

import java.util.EventListener;
import org.apache.spark.TaskContext;

/**
 * Called when a running task is interrupted (killed), with the reason; registered with
 * {@link TaskContext#addTaskInterruptListener(TaskInterruptListener)}, for code that must stop
 * work the thread interrupt does not reach.
 */
public interface TaskInterruptListener extends EventListener {
    void onTaskInterrupted(TaskContext context, String reason);
}

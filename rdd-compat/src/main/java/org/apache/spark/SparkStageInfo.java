package org.apache.spark;

import java.io.Serializable;

/**
 * A snapshot of one stage, from the status tracker: its id and attempt, name, submission time
 * (milliseconds since the epoch) and task counts. A snapshot does not change when the stage goes on.
 */
public interface SparkStageInfo extends Serializable {
    int stageId();

    int currentAttemptId();

    long submissionTime();

    String name();

    int numTasks();

    int numActiveTasks();

    int numCompletedTasks();

    int numFailedTasks();
}

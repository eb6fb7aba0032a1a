package org.apache.spark;

import java.io.Serializable;

/**
 * A snapshot of one job, from the status tracker: its id, the ids of its stages and its status.
 * A snapshot does not change when the job goes on.
 */
public interface SparkJobInfo extends Serializable {
    int jobId();

    int[] stageIds();

    JobExecutionStatus status();
}

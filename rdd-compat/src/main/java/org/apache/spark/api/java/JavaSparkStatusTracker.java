package org.apache.spark.api.java;

import io.ignis.rdd.RddContext;
import java.util.List;
import org.apache.spark.JobExecutionStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;

/**
 * Spark's view of running and recent jobs: job ids by group, active jobs, a job's status. Stages
 * are not tracked separately on Ignis (tasks of all stages are submitted together), so stage
 * queries answer with nothing.
 */
public class JavaSparkStatusTracker {
    private final SparkContext sc;

    public JavaSparkStatusTracker(SparkContext sc) {
        this.sc = sc;
    }

    public int[] getJobIdsForGroup(String jobGroup) {
        return toArray(sc.ignis().jobIdsForGroup(jobGroup));
    }

    public int[] getActiveStageIds() {
        return new int[0];
    }

    public int[] getActiveJobIds() {
        return toArray(sc.ignis().activeJobIds(null));
    }

    public SparkJobInfo getJobInfo(int jobId) {
        RddContext.JobStatus status = sc.ignis().jobStatus(jobId);
        if (status == null) {
            return null;
        }
        JobExecutionStatus state = JobExecutionStatus.valueOf(status.status());
        return new SparkJobInfo() {
            @Override
            public int jobId() {
                return jobId;
            }

            @Override
            public int[] stageIds() {
                return new int[0];
            }

            @Override
            public JobExecutionStatus status() {
                return state;
            }
        };
    }

    public SparkStageInfo getStageInfo(int stageId) {
        return null;
    }

    public SparkExecutorInfo[] getExecutorInfos() {
        return new SparkExecutorInfo[0];
    }

    private static int[] toArray(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}

package io.ignis.rdd.io;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.JobID;
import org.apache.hadoop.mapred.TaskAttemptID;
import org.apache.hadoop.mapred.TaskID;
import org.apache.hadoop.mapreduce.TaskType;

/**
 * The Hadoop job and task identities Spark gives its reads and writes: a job tracker id made of the
 * time the RDD or write job was made ({@code yyyyMMddHHmmss}), the RDD or write job's id as the
 * job number, and the partition and attempt as the task. Input and output formats see them in the
 * configuration, where the old mapred API looks for the task attempt it runs as.
 */
final class HadoopIds {
    private HadoopIds() {}

    /** A job tracker id for {@code time}, as Spark formats it. */
    static String jobTrackerId(Date time) {
        return new SimpleDateFormat("yyyyMMddHHmmss", Locale.US).format(time);
    }

    /**
     * Puts the identity of a map task into {@code conf}: old-API formats and committers find their
     * attempt (and so their work directory) there.
     */
    static void setTaskIdentity(JobConf conf, String jobTrackerId, int jobId, int partition, int attempt) {
        JobID job = new JobID(jobTrackerId, jobId);
        TaskAttemptID attemptId = new TaskAttemptID(new TaskID(job, TaskType.MAP, partition), attempt);
        conf.set("mapreduce.task.id", attemptId.getTaskID().toString());
        conf.set("mapreduce.task.attempt.id", attemptId.toString());
        conf.setBoolean("mapreduce.task.ismap", true);
        conf.setInt("mapreduce.task.partition", partition);
        conf.set("mapreduce.job.id", job.toString());
    }

    /** Spark's part-file name for partition {@code partition}: five digits at least, no grouping. */
    static String partFileName(int partition) {
        return String.format(Locale.US, "part-%05d", partition);
    }
}

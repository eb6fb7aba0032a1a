package io.ignis.rdd.io;

import java.io.IOException;
import java.util.Date;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.JobID;
import org.apache.hadoop.mapreduce.JobStatus;
import org.apache.hadoop.mapreduce.OutputCommitter;
import org.apache.hadoop.mapreduce.OutputFormat;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.hadoop.util.ReflectionUtils;
import scala.Tuple2;

/**
 * A write through a new-API (mapreduce) output format described by a {@link Configuration}
 * (output format class, key and value classes, output directory), committed by the format's own
 * output committer. Tasks run as reduce attempts, as Spark runs them, so FileOutputFormat names
 * partition {@code i}'s file {@code part-r-0000i}.
 */
final class MapReduceWriteJob<K, V> extends HadoopWriteJob<K, V> {
    private static final long serialVersionUID = 1L;

    private final SerializableConfiguration conf;
    private final boolean validateOutputSpecs;
    private transient TaskAttemptContext jobContext;
    private transient OutputCommitter committer;

    MapReduceWriteJob(Configuration conf, int jobId, boolean validateOutputSpecs) {
        super(jobId);
        this.conf = new SerializableConfiguration(conf);
        this.validateOutputSpecs = validateOutputSpecs;
    }

    /** A new instance of the job's output format, configured if it wants a configuration. */
    @SuppressWarnings("unchecked")
    private static <K, V> OutputFormat<K, V> newOutputFormat(TaskAttemptContext context) throws IOException {
        try {
            return (OutputFormat<K, V>) ReflectionUtils.newInstance(context.getOutputFormatClass(), context.getConfiguration());
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    @Override
    void setupJob() throws IOException, InterruptedException {
        // Spark's job context is a task attempt context: attempt 0 of map task 0.
        jobContext = new TaskAttemptContextImpl(conf.value(), new TaskAttemptID(jobTrackerId, jobId, TaskType.MAP, 0, 0));
        if (validateOutputSpecs) {
            newOutputFormat(jobContext).checkOutputSpecs(jobContext);
        }
        // The job-level committer acts as task 0 of a job of its own, as Spark's commit protocol sets it up.
        JobID committerJob = new JobID(HadoopIds.jobTrackerId(new Date()), 0);
        TaskAttemptID committerAttempt = new TaskAttemptID(new TaskID(committerJob, TaskType.MAP, 0), 0);
        Configuration jobConf = jobContext.getConfiguration();
        jobConf.set("mapreduce.job.id", committerJob.toString());
        jobConf.set("mapreduce.task.id", committerAttempt.getTaskID().toString());
        jobConf.set("mapreduce.task.attempt.id", committerAttempt.toString());
        jobConf.setBoolean("mapreduce.task.ismap", true);
        jobConf.setInt("mapreduce.task.partition", 0);
        TaskAttemptContext committerContext = new TaskAttemptContextImpl(jobConf, committerAttempt);
        committer = newOutputFormat(committerContext).getOutputCommitter(committerContext);
        committer.setupJob(jobContext);
    }

    @Override
    void commitJob() throws IOException {
        committer.commitJob(jobContext);
    }

    @Override
    void abortJob() throws IOException {
        if (committer != null) {
            committer.abortJob(jobContext, JobStatus.State.FAILED);
        }
    }

    @Override
    void writePartition(int partition, int attempt, Iterator<Tuple2<K, V>> records) throws Exception {
        TaskAttemptContext attemptContext = new TaskAttemptContextImpl(conf.value(),
                new TaskAttemptID(jobTrackerId, jobId, TaskType.REDUCE, partition, attempt));
        OutputCommitter taskCommitter = newOutputFormat(attemptContext).getOutputCommitter(attemptContext);
        taskCommitter.setupTask(attemptContext);
        RecordWriter<K, V> writer = MapReduceWriteJob.<K, V>newOutputFormat(attemptContext).getRecordWriter(attemptContext);
        if (writer == null) {
            throw new IllegalArgumentException("requirement failed: Unable to obtain RecordWriter");
        }
        boolean[] closed = {false};
        writeTask(() -> {
            while (records.hasNext()) {
                Tuple2<K, V> record = records.next();
                writer.write(record._1(), record._2());
            }
            closed[0] = true;
            writer.close(attemptContext);
            if (taskCommitter.needsTaskCommit(attemptContext)) {
                taskCommitter.commitTask(attemptContext);
            }
        }, () -> {
            if (!closed[0]) {
                closed[0] = true;
                writer.close(attemptContext);
            }
        }, () -> taskCommitter.abortTask(attemptContext));
    }
}

package io.ignis.rdd.io;

import java.io.IOException;
import java.util.Date;
import java.util.Iterator;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapred.FileOutputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.JobContext;
import org.apache.hadoop.mapred.JobContextImpl;
import org.apache.hadoop.mapred.JobID;
import org.apache.hadoop.mapred.JobStatus;
import org.apache.hadoop.mapred.OutputCommitter;
import org.apache.hadoop.mapred.OutputFormat;
import org.apache.hadoop.mapred.RecordWriter;
import org.apache.hadoop.mapred.Reporter;
import org.apache.hadoop.mapred.TaskAttemptContext;
import org.apache.hadoop.mapred.TaskAttemptContextImpl;
import org.apache.hadoop.mapred.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskType;
import scala.Tuple2;

/**
 * A write through an old-API (mapred) output format described by a {@link JobConf} (output
 * format, key and value classes, output path, compression), committed by the JobConf's output
 * committer (FileOutputCommitter unless it names another). Partition {@code i} is written as
 * {@code part-0000i} (plus the codec's extension when compressed), as a map task's attempt.
 */
final class MapRedWriteJob<K, V> extends HadoopWriteJob<K, V> {
    private static final long serialVersionUID = 1L;

    private final SerializableConfiguration conf;
    private final boolean validateOutputSpecs;
    private transient JobContext jobContext;
    private transient OutputCommitter committer;

    MapRedWriteJob(JobConf conf, int jobId, boolean validateOutputSpecs) {
        super(jobId);
        this.conf = new SerializableConfiguration(conf);
        this.validateOutputSpecs = validateOutputSpecs;
    }

    private JobConf jobConf() {
        return (JobConf) conf.value();
    }

    @Override
    void setupJob() throws IOException {
        // Changes made here to the job's conf travel to the tasks: it is serialized when the write job is submitted.
        JobConf jobConf = jobConf();
        jobContext = new JobContextImpl(jobConf, new JobID(jobTrackerId, jobId));
        if (validateOutputSpecs) {
            // FileOutputFormat ignores the file system argument; it fails if the output directory exists.
            jobConf.getOutputFormat().checkOutputSpecs(FileSystem.get(jobConf), jobConf);
        }
        // The job-level committer acts as task 0 of a job of its own, as Spark's commit protocol sets it up.
        JobID committerJob = new JobID(HadoopIds.jobTrackerId(new Date()), 0);
        HadoopIds.setTaskIdentity(jobConf, committerJob.getJtIdentifier(), committerJob.getId(), 0, 0);
        committer = jobConf.getOutputCommitter();
        committer.setupJob(jobContext);
    }

    @Override
    void commitJob() throws IOException {
        committer.commitJob(jobContext);
    }

    @Override
    void abortJob() throws IOException {
        if (committer != null) {
            committer.abortJob(jobContext, JobStatus.FAILED);
        }
    }

    @Override
    void writePartition(int partition, int attempt, Iterator<Tuple2<K, V>> records) throws Exception {
        // Formats and committers of the old API find the task attempt (and so their work directory) in the conf.
        JobConf taskConf = new JobConf(jobConf());
        HadoopIds.setTaskIdentity(taskConf, jobTrackerId, jobId, partition, attempt);
        TaskAttemptContext attemptContext = new TaskAttemptContextImpl(taskConf,
                new TaskAttemptID(jobTrackerId, jobId, TaskType.MAP, partition, attempt));
        OutputCommitter taskCommitter = taskConf.getOutputCommitter();
        taskCommitter.setupTask(attemptContext);
        Path outputPath = FileOutputFormat.getOutputPath(taskConf);
        FileSystem fs = outputPath != null ? outputPath.getFileSystem(taskConf) : FileSystem.get(taskConf);
        @SuppressWarnings("unchecked")
        OutputFormat<K, V> format = (OutputFormat<K, V>) taskConf.getOutputFormat();
        RecordWriter<K, V> writer = format.getRecordWriter(fs, taskConf, HadoopIds.partFileName(partition), Reporter.NULL);
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
            writer.close(Reporter.NULL);
            if (taskCommitter.needsTaskCommit(attemptContext)) {
                taskCommitter.commitTask(attemptContext);
            }
        }, () -> {
            if (!closed[0]) {
                closed[0] = true;
                writer.close(Reporter.NULL);
            }
        }, () -> taskCommitter.abortTask(attemptContext));
    }
}

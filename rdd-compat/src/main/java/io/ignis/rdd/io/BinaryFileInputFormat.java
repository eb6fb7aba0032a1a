package io.ignis.rdd.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.CombineFileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.CombineFileRecordReader;
import org.apache.hadoop.mapreduce.lib.input.CombineFileSplit;
import org.apache.spark.input.PortableDataStream;

/**
 * Whole files as lazily opened streams, for {@code binaryFiles}: each file (never split) is one
 * record of its path and a {@link PortableDataStream} that opens it where it is read. Files are
 * packed into combined splits of at most {@code min(maxPartitionBytes, max(openCostInBytes,
 * bytesPerCore))}, where every file counts its length plus the open cost and the total is shared
 * over {@code max(defaultParallelism, minPartitions)}: Spark's StreamFileInputFormat rule.
 */
final class BinaryFileInputFormat extends CombineFileInputFormat<String, PortableDataStream> {

    @Override
    protected boolean isSplitable(JobContext context, Path file) {
        return false;
    }

    @Override
    public RecordReader<String, PortableDataStream> createRecordReader(InputSplit split, TaskAttemptContext context)
            throws IOException {
        return new CombineFileRecordReader<>((CombineFileSplit) split, context, StreamReader.class);
    }

    void setMinPartitions(JobContext context, int minPartitions, int defaultParallelism, long maxPartitionBytes, long openCostInBytes)
            throws IOException {
        long totalBytes = 0;
        for (FileStatus file : listStatus(context)) {
            if (!file.isDirectory()) {
                totalBytes += file.getLen() + openCostInBytes;
            }
        }
        long bytesPerCore = totalBytes / Math.max(defaultParallelism, minPartitions);
        long maxSplitSize = Math.min(maxPartitionBytes, Math.max(openCostInBytes, bytesPerCore));
        Configuration conf = context.getConfiguration();
        if (maxSplitSize < conf.getLong(SPLIT_MINSIZE_PERNODE, 0L)) {
            setMinSplitSizeNode(maxSplitSize);
        }
        if (maxSplitSize < conf.getLong(SPLIT_MINSIZE_PERRACK, 0L)) {
            setMinSplitSizeRack(maxSplitSize);
        }
        setMaxSplitSize(maxSplitSize);
    }

    /** File {@code index} of a combined split as one (path, stream) record. */
    static final class StreamReader extends RecordReader<String, PortableDataStream> {
        private final CombineFileSplit split;
        private final TaskAttemptContext context;
        private final int index;
        private String key = "";
        private PortableDataStream value;
        private boolean processed;

        StreamReader(CombineFileSplit split, TaskAttemptContext context, Integer index) {
            this.split = split;
            this.context = context;
            this.index = index;
        }

        @Override
        public void initialize(InputSplit split, TaskAttemptContext context) {
            // Everything was set up in the constructor: CombineFileRecordReader calls initialize only for some readers.
        }

        @Override
        public boolean nextKeyValue() {
            if (processed) {
                return false;
            }
            value = new PortableDataStream(split, context, index);
            key = value.getPath();
            processed = true;
            return true;
        }

        @Override
        public String getCurrentKey() {
            return key;
        }

        @Override
        public PortableDataStream getCurrentValue() {
            return value;
        }

        @Override
        public float getProgress() {
            return processed ? 1.0f : 0.0f;
        }

        @Override
        public void close() {
            // Nothing is open: the stream opens when its user calls open() or toArray().
        }
    }
}

package io.ignis.rdd.io;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.CombineFileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.CombineFileRecordReader;
import org.apache.hadoop.mapreduce.lib.input.CombineFileSplit;

/**
 * Whole files as records, for {@code wholeTextFiles}: each file (never split) is one record whose
 * key is its path and whose value is its whole content (decompressed when a codec matches its
 * name). Files are packed into combined splits whose size limit comes from the total input size
 * divided by {@code minPartitions}, which is how Spark's WholeTextFileInputFormat decides how many
 * partitions there are.
 */
final class WholeTextFileInputFormat extends CombineFileInputFormat<Text, Text> {

    @Override
    protected boolean isSplitable(JobContext context, Path file) {
        return false;
    }

    @Override
    public RecordReader<Text, Text> createRecordReader(InputSplit split, TaskAttemptContext context) throws IOException {
        return new CombineFileRecordReader<>((CombineFileSplit) split, context, WholeFileReader.class);
    }

    /**
     * Caps combined splits at ceil(total bytes / minPartitions), lowering the per-node and per-rack
     * minimums under that cap so that small files do not all end up in one split.
     */
    void setMinPartitions(JobContext context, int minPartitions) throws IOException {
        long totalLength = 0;
        for (FileStatus file : listStatus(context)) {
            totalLength += file.isDirectory() ? 0 : file.getLen();
        }
        long maxSplitSize = (long) Math.ceil(totalLength * 1.0 / (minPartitions == 0 ? 1 : minPartitions));
        Configuration conf = context.getConfiguration();
        if (maxSplitSize < conf.getLong(SPLIT_MINSIZE_PERNODE, 0L)) {
            setMinSplitSizeNode(maxSplitSize);
        }
        if (maxSplitSize < conf.getLong(SPLIT_MINSIZE_PERRACK, 0L)) {
            setMinSplitSizeRack(maxSplitSize);
        }
        setMaxSplitSize(maxSplitSize);
    }

    /** Reads file {@code index} of a combined split as one (path, content) record. */
    static final class WholeFileReader extends RecordReader<Text, Text> {
        private final Path path;
        private final Configuration conf;
        private final Text key;
        private Text value;
        private boolean processed;

        WholeFileReader(CombineFileSplit split, TaskAttemptContext context, Integer index) {
            this.path = split.getPath(index);
            this.conf = context.getConfiguration();
            this.key = new Text(path.toString());
        }

        @Override
        public void initialize(InputSplit split, TaskAttemptContext context) {
            // Everything was set up in the constructor: CombineFileRecordReader calls initialize only for some readers.
        }

        @Override
        public boolean nextKeyValue() throws IOException {
            if (processed) {
                return false;
            }
            CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
            try (InputStream raw = path.getFileSystem(conf).open(path);
                 InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
                value = new Text(in.readAllBytes());
            }
            processed = true;
            return true;
        }

        @Override
        public Text getCurrentKey() {
            return key;
        }

        @Override
        public Text getCurrentValue() {
            return value;
        }

        @Override
        public float getProgress() {
            return processed ? 1.0f : 0.0f;
        }

        @Override
        public void close() {
            // The file was closed as soon as it was read.
        }
    }
}

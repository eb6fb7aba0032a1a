package io.ignis.rdd.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;

/**
 * Fixed-length binary records, for {@code binaryRecords}, with Spark's FixedLengthBinaryInputFormat
 * rules: the record length is read from {@link #RECORD_LENGTH_PROPERTY}; splits are Hadoop's file
 * splits rounded down to whole records (at least one record), so every record lies in one split;
 * a record's key is its index in the file, its value the record's bytes. Both are reused from one
 * record to the next. Compressed files are refused (records cannot be found in them by offset).
 */
final class FixedLengthRecordInputFormat extends FileInputFormat<LongWritable, BytesWritable> {
    /** Spark's property name, kept so that configurations written for Spark mean the same here. */
    static final String RECORD_LENGTH_PROPERTY = "org.apache.spark.input.FixedLengthBinaryInputFormat.recordLength";

    private int recordLength = -1;

    static int recordLength(Configuration conf) {
        String value = conf.get(RECORD_LENGTH_PROPERTY);
        if (value == null) {
            throw new IllegalArgumentException(RECORD_LENGTH_PROPERTY + " is not set");
        }
        return Integer.parseInt(value);
    }

    @Override
    protected boolean isSplitable(JobContext context, Path file) {
        if (recordLength == -1) {
            recordLength = recordLength(context.getConfiguration());
        }
        return recordLength > 0;
    }

    @Override
    protected long computeSplitSize(long blockSize, long minSize, long maxSize) {
        long defaultSize = super.computeSplitSize(blockSize, minSize, maxSize);
        return defaultSize < recordLength ? recordLength : (defaultSize / recordLength) * recordLength;
    }

    @Override
    public RecordReader<LongWritable, BytesWritable> createRecordReader(InputSplit split, TaskAttemptContext context) {
        return new Reader();
    }

    /** Reads the whole records of one file split. */
    static final class Reader extends RecordReader<LongWritable, BytesWritable> {
        private long splitStart;
        private long splitEnd;
        private long position;
        private int length;
        private FSDataInputStream in;
        private LongWritable key;
        private BytesWritable value;

        @Override
        public void initialize(InputSplit inputSplit, TaskAttemptContext context) throws IOException {
            FileSplit split = (FileSplit) inputSplit;
            splitStart = split.getStart();
            splitEnd = splitStart + split.getLength();
            Path file = split.getPath();
            Configuration conf = context.getConfiguration();
            if (new CompressionCodecFactory(conf).getCodec(file) != null) {
                throw new IOException("FixedLengthRecordReader does not support reading compressed files");
            }
            length = recordLength(conf);
            in = file.getFileSystem(conf).open(file);
            in.seek(splitStart);
            position = splitStart;
        }

        @Override
        public boolean nextKeyValue() throws IOException {
            if (key == null) {
                key = new LongWritable();
            }
            key.set(position / length);
            if (value == null) {
                value = new BytesWritable(new byte[length]);
            }
            if (position < splitEnd) {
                in.readFully(value.getBytes(), 0, length);
                position += length;
                return true;
            }
            return false;
        }

        @Override
        public LongWritable getCurrentKey() {
            return key;
        }

        @Override
        public BytesWritable getCurrentValue() {
            return value;
        }

        @Override
        public float getProgress() {
            return splitStart == splitEnd ? 0.0f : Math.min((position - splitStart) / (float) (splitEnd - splitStart), 1.0f);
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}

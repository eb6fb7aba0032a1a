package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.PartitionTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.SequenceFileInputFormat;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.hadoop.mapreduce.Job;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * The file sources of a SparkContext, as engine RDDs: each method builds what Spark's method of the
 * same name builds (same input format, same splits and so the same partitions in the same order,
 * same records). Reads go through Hadoop's FileSystem and input formats, so every Hadoop file
 * system, glob patterns and comma-separated path lists work; a folder's files come in the order
 * its file system lists them, as in Spark (unsorted on a local disk, sorted on HDFS), and splits of
 * length zero are left out, as Spark 4 leaves them out by default. Each call takes a snapshot of the
 * Hadoop configuration it was given (Spark's {@code hadoopConfiguration}, which the caller may
 * change between calls). Default {@code minPartitions} is the caller's choice (Spark's is
 * {@code min(defaultParallelism, 2)}).
 *
 * <p>Sources that return Hadoop Writables ({@link #sequenceFile}, {@link #hadoopFile},
 * {@link #newAPIHadoopFile} and their {@code RDD} forms) return the reader's reused objects, as
 * Spark does: copy a record before keeping it.
 */
public final class HadoopInput {
    /** Spark's {@code spark.files.maxPartitionBytes} default: the most bytes binaryFiles packs in a partition. */
    public static final long DEFAULT_MAX_PARTITION_BYTES = 128L * 1024 * 1024;
    /** Spark's {@code spark.files.openCostInBytes} default: what opening a file costs, counted in bytes. */
    public static final long DEFAULT_OPEN_COST_IN_BYTES = 4L * 1024 * 1024;

    private final RddContext context;
    private final Configuration hadoopConfiguration;
    private final boolean ignoreEmptySplits;

    /**
     * Sources for {@code context}, reading under {@code hadoopConfiguration} as it is at each call,
     * leaving out empty splits as Spark 4 does by default.
     */
    public HadoopInput(RddContext context, Configuration hadoopConfiguration) {
        this(context, hadoopConfiguration, true);
    }

    /** As above; {@code ignoreEmptySplits} is Spark's {@code spark.hadoopRDD.ignoreEmptySplits}. */
    public HadoopInput(RddContext context, Configuration hadoopConfiguration, boolean ignoreEmptySplits) {
        this.context = requireNonNull(context, "context is null");
        this.hadoopConfiguration = requireNonNull(hadoopConfiguration, "hadoopConfiguration is null");
        this.ignoreEmptySplits = ignoreEmptySplits;
    }

    /** Lines of text files (TextInputFormat's splits), each line once, in file and split order. */
    public Rdd<String> textFile(String path, int minPartitions) {
        Rdd<Tuple2<LongWritable, Text>> records = hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, minPartitions);
        // The Text object is reused by the reader: turning it into a String at once makes the lines safe to keep.
        Rdd<String> lines = new MapPartitionsRdd<>(records, (scope, index, items) -> Functions.map(items, pair -> pair._2().toString()), false);
        lines.setName(path);
        return lines;
    }

    /** (path, content) of every file, whole; files are packed into about {@code minPartitions} partitions. */
    public Rdd<Tuple2<String, String>> wholeTextFiles(String path, int minPartitions) {
        Configuration conf = withInputPaths(path);
        Rdd<Tuple2<Text, Text>> files = new NewHadoopRdd<>(context, conf, WholeTextFileInputFormat.class, false, (format, jobContext) -> {
            setListStatusThreads(jobContext.getConfiguration());
            ((WholeTextFileInputFormat) format).setMinPartitions(jobContext, minPartitions);
        });
        files.setName(path);
        Rdd<Tuple2<String, String>> pairs = new MapPartitionsRdd<>(files,
                (scope, index, items) -> Functions.map(items, pair -> new Tuple2<>(pair._1().toString(), pair._2().toString())), false);
        pairs.setName(path);
        return pairs;
    }

    /** (path, stream) of every file, with Spark's default partition sizing. */
    public Rdd<Tuple2<String, PortableDataStream>> binaryFiles(String path, int minPartitions) {
        return binaryFiles(path, minPartitions, DEFAULT_MAX_PARTITION_BYTES, DEFAULT_OPEN_COST_IN_BYTES);
    }

    /**
     * (path, stream) of every file; files are packed into partitions of at most
     * {@code maxPartitionBytes}, sized from the context's default parallelism and
     * {@code minPartitions} (Spark's {@code spark.files.maxPartitionBytes} and {@code openCostInBytes}).
     */
    public Rdd<Tuple2<String, PortableDataStream>> binaryFiles(String path, int minPartitions, long maxPartitionBytes,
                                                               long openCostInBytes) {
        Configuration conf = withInputPaths(path);
        int defaultParallelism = context.defaultParallelism();
        Rdd<Tuple2<String, PortableDataStream>> files = new NewHadoopRdd<>(context, conf, BinaryFileInputFormat.class, false,
                (format, jobContext) -> {
                    setListStatusThreads(jobContext.getConfiguration());
                    ((BinaryFileInputFormat) format).setMinPartitions(jobContext, minPartitions, defaultParallelism, maxPartitionBytes,
                            openCostInBytes);
                });
        files.setName(path);
        return files;
    }

    /**
     * Fixed-length records of flat binary files, each record a new byte array. Unlike Spark, the
     * record length is set on a copy of the configuration, not on the shared one.
     */
    public Rdd<byte[]> binaryRecords(String path, int recordLength) {
        if (recordLength <= 0) {
            throw new IllegalArgumentException("recordLength must be positive, got " + recordLength);
        }
        Configuration conf = new Configuration(hadoopConfiguration);
        conf.setInt(FixedLengthRecordInputFormat.RECORD_LENGTH_PROPERTY, recordLength);
        Rdd<Tuple2<LongWritable, BytesWritable>> records = newAPIHadoopFile(path, FixedLengthRecordInputFormat.class,
                LongWritable.class, BytesWritable.class, conf);
        return new MapPartitionsRdd<>(records, (scope, index, items) -> Functions.map(items, pair -> {
            byte[] bytes = pair._2().copyBytes();
            if (bytes.length != recordLength) {
                throw new AssertionError("assertion failed: Byte array does not have correct length");
            }
            return bytes;
        }), false);
    }

    /** The records of Hadoop SequenceFiles, as the reader's reused Writable objects. */
    public <K, V> Rdd<Tuple2<K, V>> sequenceFile(String path, Class<K> keyClass, Class<V> valueClass, int minPartitions) {
        @SuppressWarnings("unchecked")
        Class<SequenceFileInputFormat<K, V>> format = (Class<SequenceFileInputFormat<K, V>>) (Class<?>) SequenceFileInputFormat.class;
        return hadoopFile(path, format, keyClass, valueClass, minPartitions);
    }

    /**
     * The elements saved by {@code saveAsObjectFile}: a SequenceFile of NullWritable keys and
     * BytesWritable values, each value a Java-serialized array of elements.
     */
    public <T> Rdd<T> objectFile(String path, int minPartitions) {
        Rdd<Tuple2<NullWritable, BytesWritable>> batches = sequenceFile(path, NullWritable.class, BytesWritable.class, minPartitions);
        PartitionTransform<Tuple2<NullWritable, BytesWritable>, T> flatten = (scope, index, items) ->
                Functions.flatMap(items, pair -> HadoopInput.<T>deserializeBatch(pair._2()));
        return new MapPartitionsRdd<>(batches, flatten, false);
    }

    /** The records of an old-API input format over {@code path}. */
    public <K, V, F extends org.apache.hadoop.mapred.InputFormat<K, V>> Rdd<Tuple2<K, V>> hadoopFile(
            String path, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, int minPartitions) {
        requireNonNull(path, "path is null");
        JobConf conf = new JobConf(hadoopConfiguration);
        FileInputFormat.setInputPaths(conf, path);
        Rdd<Tuple2<K, V>> records = new HadoopRdd<>(context, conf, inputFormatClass, minPartitions, ignoreEmptySplits);
        records.setName(path);
        return records;
    }

    /** The records of an old-API input format configured by {@code conf} (input paths included). */
    public <K, V, F extends org.apache.hadoop.mapred.InputFormat<K, V>> Rdd<Tuple2<K, V>> hadoopRDD(
            JobConf conf, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, int minPartitions) {
        return new HadoopRdd<>(context, requireNonNull(conf, "conf is null"), inputFormatClass, minPartitions, ignoreEmptySplits);
    }

    /** The records of a new-API input format over {@code path}, under {@code conf}. */
    public <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> Rdd<Tuple2<K, V>> newAPIHadoopFile(
            String path, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, Configuration conf) {
        requireNonNull(path, "path is null");
        Configuration withPaths = withInputPaths(path, requireNonNull(conf, "conf is null"));
        Rdd<Tuple2<K, V>> records = new NewHadoopRdd<>(context, withPaths, inputFormatClass, ignoreEmptySplits);
        records.setName(path);
        return records;
    }

    /** The records of a new-API input format over {@code path}, under the context's configuration. */
    public <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> Rdd<Tuple2<K, V>> newAPIHadoopFile(
            String path, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass) {
        return newAPIHadoopFile(path, inputFormatClass, keyClass, valueClass, hadoopConfiguration);
    }

    /** The records of a new-API input format configured by {@code conf} (input paths included). */
    public <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> Rdd<Tuple2<K, V>> newAPIHadoopRDD(
            Configuration conf, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass) {
        return new NewHadoopRdd<>(context, new JobConf(requireNonNull(conf, "conf is null")), inputFormatClass, ignoreEmptySplits);
    }

    private Configuration withInputPaths(String path) {
        return withInputPaths(requireNonNull(path, "path is null"), hadoopConfiguration);
    }

    /** A copy of {@code conf} with the new API's input paths set to {@code path} (globs and commas allowed). */
    private static Configuration withInputPaths(String path, Configuration conf) {
        try {
            Job job = Job.getInstance(conf);
            org.apache.hadoop.mapreduce.lib.input.FileInputFormat.setInputPaths(job, path);
            return job.getConfiguration();
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
    }

    /** Lists the files of many-file inputs with one thread per core, unless the configuration says otherwise. */
    private static void setListStatusThreads(Configuration conf) {
        conf.setIfUnset(org.apache.hadoop.mapreduce.lib.input.FileInputFormat.LIST_STATUS_NUM_THREADS,
                Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @SuppressWarnings("unchecked")
    private static <T> Iterator<T> deserializeBatch(BytesWritable bytes) {
        try (ObjectInputStream in = new ContextObjectInputStream(new ByteArrayInputStream(bytes.getBytes(), 0, bytes.getLength()))) {
            Object batch = in.readObject();
            if (batch instanceof Object[] objects) {
                return Arrays.asList((T[]) objects).iterator();
            }
            // A batch written by Scala code for a primitive element type (int[], long[] ...): box its elements.
            int length = java.lang.reflect.Array.getLength(batch);
            Object[] boxed = new Object[length];
            for (int i = 0; i < length; i++) {
                boxed[i] = java.lang.reflect.Array.get(batch, i);
            }
            return Arrays.asList((T[]) boxed).iterator();
        } catch (IOException | ClassNotFoundException e) {
            throw Unchecked.rethrow(e);
        }
    }
}

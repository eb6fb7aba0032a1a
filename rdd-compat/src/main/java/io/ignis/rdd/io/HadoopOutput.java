package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.ops.MapPartitionsRdd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.mapred.FileOutputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.SequenceFileOutputFormat;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.apache.hadoop.mapreduce.Job;
import scala.Tuple2;

/**
 * The file outputs of RDDs, as actions: each method writes what Spark's method of the same name
 * writes, one task per partition through a Hadoop output format and committer, so the output
 * directory ends up with one {@code part-00000}, {@code part-00001} ... per partition (empty
 * partitions included; {@code part-r-00000} ... for the new API) and a {@code _SUCCESS} marker, and
 * nothing of the committer's {@code _temporary} work. An existing output directory fails before
 * anything runs with Hadoop's {@code FileAlreadyExistsException} ("Output directory ... already
 * exists"), unless output spec validation is off (Spark's {@code spark.hadoop.validateOutputSpecs}).
 * A failed write is aborted and its failure rethrown unchanged.
 */
public final class HadoopOutput {
    /** How many elements {@code saveAsObjectFile} serializes together, as Spark does. */
    static final int OBJECT_BATCH_SIZE = 10;

    private final Configuration hadoopConfiguration;
    private final boolean validateOutputSpecs;

    /** Outputs under {@code hadoopConfiguration} as it is at each call, checking output specs. */
    public HadoopOutput(Configuration hadoopConfiguration) {
        this(hadoopConfiguration, true);
    }

    public HadoopOutput(Configuration hadoopConfiguration, boolean validateOutputSpecs) {
        this.hadoopConfiguration = requireNonNull(hadoopConfiguration, "hadoopConfiguration is null");
        this.validateOutputSpecs = validateOutputSpecs;
    }

    /**
     * Each element's {@code toString} as a line (TextOutputFormat); compressed with {@code codec}
     * when it is not null, the files then carrying the codec's extension ({@code part-00000.gz}).
     * A null element fails its task, as in Spark.
     */
    public void saveAsTextFile(Rdd<?> rdd, String path, Class<? extends CompressionCodec> codec) {
        Rdd<Tuple2<NullWritable, Text>> lines = new MapPartitionsRdd<>(rdd, (scope, index, items) -> textRecords(items), false);
        saveAsHadoopFile(lines, path, NullWritable.class, Text.class, TextOutputFormat.class, null, codec);
    }

    /**
     * The elements Java-serialized in batches of up to ten ({@code Object[]}), as the values of a
     * SequenceFile with NullWritable keys: the format {@code objectFile} reads, Spark's.
     */
    public void saveAsObjectFile(Rdd<?> rdd, String path) {
        Rdd<Tuple2<NullWritable, BytesWritable>> batches = new MapPartitionsRdd<>(rdd, (scope, index, items) -> objectBatches(items),
                false);
        saveAsHadoopFile(batches, path, NullWritable.class, BytesWritable.class, SequenceFileOutputFormat.class, null, null);
    }

    /**
     * Pairs through an old-API output format. {@code conf} (null: a copy of the context's
     * configuration) receives the output format, key and value classes, compression settings and
     * the qualified output path, as Spark sets them on the JobConf it is given.
     */
    @SuppressWarnings("rawtypes")
    public <K, V> void saveAsHadoopFile(Rdd<Tuple2<K, V>> rdd, String path, Class<?> keyClass, Class<?> valueClass,
                                        Class<? extends org.apache.hadoop.mapred.OutputFormat> outputFormatClass, JobConf conf,
                                        Class<? extends CompressionCodec> codec) {
        requireNonNull(outputFormatClass, "outputFormatClass is null");
        JobConf jobConf = conf == null ? new JobConf(hadoopConfiguration) : conf;
        jobConf.setOutputKeyClass(keyClass);
        jobConf.setOutputValueClass(valueClass);
        jobConf.setOutputFormat(outputFormatClass);
        if (codec != null) {
            jobConf.setCompressMapOutput(true);
            jobConf.set("mapreduce.output.fileoutputformat.compress", "true");
            jobConf.setMapOutputCompressorClass(codec);
            jobConf.set("mapreduce.output.fileoutputformat.compress.codec", codec.getCanonicalName());
            jobConf.set("mapreduce.output.fileoutputformat.compress.type", SequenceFile.CompressionType.BLOCK.toString());
        }
        FileOutputFormat.setOutputPath(jobConf, qualifiedOutputPath(path, jobConf));
        saveAsHadoopDataset(rdd, jobConf);
    }

    /** Pairs through the old-API output format, committer and output path that {@code conf} names. */
    public <K, V> void saveAsHadoopDataset(Rdd<Tuple2<K, V>> rdd, JobConf conf) {
        requireNonNull(conf, "conf is null");
        new MapRedWriteJob<K, V>(conf, rdd.id(), validateOutputSpecs).run(rdd);
    }

    /** Pairs through a new-API output format into directory {@code path}, under {@code conf} (null: the context's). */
    @SuppressWarnings("rawtypes")
    public <K, V> void saveAsNewAPIHadoopFile(Rdd<Tuple2<K, V>> rdd, String path, Class<?> keyClass, Class<?> valueClass,
                                              Class<? extends org.apache.hadoop.mapreduce.OutputFormat> outputFormatClass,
                                              Configuration conf) {
        requireNonNull(path, "path is null");
        requireNonNull(outputFormatClass, "outputFormatClass is null");
        Job job;
        try {
            job = Job.getInstance(conf == null ? hadoopConfiguration : conf);
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
        job.setOutputKeyClass(keyClass);
        job.setOutputValueClass(valueClass);
        job.setOutputFormatClass(outputFormatClass);
        Configuration jobConfiguration = job.getConfiguration();
        // Unqualified, as Spark sets it: the "already exists" message shows the path as given.
        jobConfiguration.set("mapreduce.output.fileoutputformat.outputdir", path);
        saveAsNewAPIHadoopDataset(rdd, jobConfiguration);
    }

    /** Pairs through the new-API output format and output directory that {@code conf} names. */
    public <K, V> void saveAsNewAPIHadoopDataset(Rdd<Tuple2<K, V>> rdd, Configuration conf) {
        requireNonNull(conf, "conf is null");
        new MapReduceWriteJob<K, V>(conf, rdd.id(), validateOutputSpecs).run(rdd);
    }

    /** {@code path} made absolute on its file system, as Spark qualifies an old-API output path. */
    private static Path qualifiedOutputPath(String path, Configuration conf) {
        if (path == null) {
            throw new IllegalArgumentException("Output path is null");
        }
        Path outputPath = new Path(path);
        try {
            FileSystem fs = outputPath.getFileSystem(conf);
            return outputPath.makeQualified(fs.getUri(), fs.getWorkingDirectory());
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
    }

    /** (null, line) records; one Text is reused, which the record writer allows. */
    private static Iterator<Tuple2<NullWritable, Text>> textRecords(Iterator<?> items) {
        Text text = new Text();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Tuple2<NullWritable, Text> next() {
                Object item = items.next();
                if (item == null) {
                    throw new IllegalArgumentException("requirement failed: text files do not allow null rows");
                }
                text.set(item.toString());
                return new Tuple2<>(NullWritable.get(), text);
            }
        };
    }

    /** (null, serialized batch of up to ten elements) records. */
    private static Iterator<Tuple2<NullWritable, BytesWritable>> objectBatches(Iterator<?> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Tuple2<NullWritable, BytesWritable> next() {
                List<Object> batch = new ArrayList<>(OBJECT_BATCH_SIZE);
                while (batch.size() < OBJECT_BATCH_SIZE && items.hasNext()) {
                    batch.add(items.next());
                }
                if (batch.isEmpty()) {
                    throw new java.util.NoSuchElementException();
                }
                return new Tuple2<>(NullWritable.get(), new BytesWritable(serialize(batch.toArray())));
            }
        };
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
        return bytes.toByteArray();
    }
}

package io.ignis.rdd.compat;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.io.HadoopInput;
import io.ignis.rdd.io.HadoopOutput;
import io.ignis.rdd.ops.Functions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.mapred.JobConf;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * The Java API's file operations over the engine's Hadoop input and output
 * ({@link HadoopInput}, {@link HadoopOutput}), with the settings Spark reads from its
 * configuration ({@code spark.hadoopRDD.ignoreEmptySplits}, {@code spark.hadoop.validateOutputSpecs},
 * {@code spark.files.maxPartitionBytes}, {@code spark.files.openCostInBytes}); a write whose tasks
 * fail is reported as Spark does, {@code SparkException: Job aborted.}.
 */
public final class Files {
    private Files() {}

    private static HadoopInput input(SparkContext sc) {
        boolean ignoreEmpty = sc.getConf().getBoolean("spark.hadoopRDD.ignoreEmptySplits", true);
        return new HadoopInput(sc.ignis(), sc.hadoopConfiguration(), ignoreEmpty);
    }

    private static HadoopOutput output(SparkContext sc) {
        return new HadoopOutput(sc.hadoopConfiguration(), sc.getConf().getBoolean("spark.hadoop.validateOutputSpecs", true));
    }

    public static Rdd<String> textFile(SparkContext sc, String path, int minPartitions) {
        return input(sc).textFile(path, minPartitions);
    }

    public static Rdd<Tuple2<String, String>> wholeTextFiles(SparkContext sc, String path, int minPartitions) {
        return input(sc).wholeTextFiles(path, minPartitions);
    }

    public static Rdd<Tuple2<String, PortableDataStream>> binaryFiles(SparkContext sc, String path, int minPartitions) {
        SparkConf conf = sc.getConf();
        return input(sc).binaryFiles(path, minPartitions,
                conf.getSizeAsBytes("spark.files.maxPartitionBytes", String.valueOf(HadoopInput.DEFAULT_MAX_PARTITION_BYTES)),
                conf.getSizeAsBytes("spark.files.openCostInBytes", String.valueOf(HadoopInput.DEFAULT_OPEN_COST_IN_BYTES)));
    }

    public static Rdd<byte[]> binaryRecords(SparkContext sc, String path, int recordLength) {
        return input(sc).binaryRecords(path, recordLength);
    }

    public static <K, V> Rdd<Tuple2<K, V>> sequenceFile(SparkContext sc, String path, Class<K> keyClass, Class<V> valueClass,
                                                        int minPartitions) {
        return input(sc).sequenceFile(path, keyClass, valueClass, minPartitions);
    }

    public static <T> Rdd<T> objectFile(SparkContext sc, String path, int minPartitions) {
        return input(sc).objectFile(path, minPartitions);
    }

    public static <K, V, F extends org.apache.hadoop.mapred.InputFormat<K, V>> Rdd<Tuple2<K, V>> hadoopRDD(
            SparkContext sc, JobConf conf, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, int minPartitions) {
        return input(sc).hadoopRDD(conf, inputFormatClass, keyClass, valueClass, minPartitions);
    }

    public static <K, V, F extends org.apache.hadoop.mapred.InputFormat<K, V>> Rdd<Tuple2<K, V>> hadoopFile(
            SparkContext sc, String path, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, int minPartitions) {
        return input(sc).hadoopFile(path, inputFormatClass, keyClass, valueClass, minPartitions);
    }

    public static <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> Rdd<Tuple2<K, V>> newAPIHadoopFile(
            SparkContext sc, String path, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, Configuration conf) {
        return input(sc).newAPIHadoopFile(path, inputFormatClass, keyClass, valueClass, conf);
    }

    public static <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> Rdd<Tuple2<K, V>> newAPIHadoopRDD(
            SparkContext sc, Configuration conf, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass) {
        return input(sc).newAPIHadoopRDD(conf, inputFormatClass, keyClass, valueClass);
    }

    public static void saveAsTextFile(SparkContext sc, Rdd<?> rdd, String path, Class<? extends CompressionCodec> codec) {
        write(() -> output(sc).saveAsTextFile(rdd, path, codec));
    }

    public static void saveAsObjectFile(SparkContext sc, Rdd<?> rdd, String path) {
        write(() -> output(sc).saveAsObjectFile(rdd, path));
    }

    @SuppressWarnings("rawtypes")
    public static <K, V> void saveAsHadoopFile(SparkContext sc, Rdd<Tuple2<K, V>> rdd, String path, Class<?> keyClass,
                                               Class<?> valueClass, Class<? extends org.apache.hadoop.mapred.OutputFormat> outputFormatClass,
                                               JobConf conf, Class<? extends CompressionCodec> codec) {
        write(() -> output(sc).saveAsHadoopFile(rdd, path, keyClass, valueClass, outputFormatClass, conf, codec));
    }

    public static <K, V> void saveAsHadoopDataset(SparkContext sc, Rdd<Tuple2<K, V>> rdd, JobConf conf) {
        write(() -> output(sc).saveAsHadoopDataset(rdd, conf));
    }

    @SuppressWarnings("rawtypes")
    public static <K, V> void saveAsNewAPIHadoopFile(SparkContext sc, Rdd<Tuple2<K, V>> rdd, String path, Class<?> keyClass,
                                                     Class<?> valueClass,
                                                     Class<? extends org.apache.hadoop.mapreduce.OutputFormat> outputFormatClass,
                                                     Configuration conf) {
        write(() -> output(sc).saveAsNewAPIHadoopFile(rdd, path, keyClass, valueClass, outputFormatClass, conf));
    }

    public static <K, V> void saveAsNewAPIHadoopDataset(SparkContext sc, Rdd<Tuple2<K, V>> rdd, Configuration conf) {
        write(() -> output(sc).saveAsNewAPIHadoopDataset(rdd, conf));
    }

    /** Runs a write; a job that failed in its tasks becomes Spark's "Job aborted." with the job's failure as cause. */
    private static void write(Runnable write) {
        try {
            write.run();
        } catch (Throwable failure) {
            if (failure instanceof SparkException && failure.getMessage() != null
                    && failure.getMessage().startsWith("Job aborted due to stage failure")) {
                throw Functions.rethrow(new SparkException("Job aborted.", failure));
            }
            throw Functions.rethrow(failure);
        }
    }
}

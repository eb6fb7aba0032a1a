package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Files;
import io.ignis.rdd.compat.Wrap;
import io.ignis.rdd.ops.EmptyRdd;
import io.ignis.rdd.ops.ParallelCollectionRdd;
import io.ignis.rdd.ops.UnionRdd;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapred.InputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.spark.ReadOnlySparkConf;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.resource.ResourceInformation;
import scala.Tuple2;

/**
 * Spark's Java entry point: makes RDDs from collections and files, broadcasts values, and
 * controls jobs, over a {@link SparkContext} (an Ignis runtime underneath).
 */
public class JavaSparkContext implements Closeable {
    private final SparkContext sc;

    public JavaSparkContext(SparkContext sc) {
        this.sc = sc;
    }

    public JavaSparkContext() {
        this(new SparkContext());
    }

    public JavaSparkContext(SparkConf conf) {
        this(new SparkContext(conf));
    }

    public JavaSparkContext(String master, String appName) {
        this(new SparkContext(master, appName));
    }

    public JavaSparkContext(String master, String appName, SparkConf conf) {
        this(new SparkContext(master, appName, conf));
    }

    public JavaSparkContext(String master, String appName, String sparkHome, String jarFile) {
        this(new SparkContext(master, appName, new SparkConf().setSparkHome(sparkHome).setJars(new String[] {jarFile})));
    }

    public JavaSparkContext(String master, String appName, String sparkHome, String[] jars) {
        this(new SparkContext(master, appName, new SparkConf().setSparkHome(sparkHome).setJars(jars)));
    }

    public JavaSparkContext(String master, String appName, String sparkHome, String[] jars, Map<String, String> environment) {
        this(new SparkContext(master, appName, withEnvironment(new SparkConf().setSparkHome(sparkHome).setJars(jars), environment)));
    }

    private static SparkConf withEnvironment(SparkConf conf, Map<String, String> environment) {
        environment.forEach(conf::setExecutorEnv);
        return conf;
    }

    public static String[] jarOfObject(Object object) {
        return jarOfClass(object.getClass());
    }

    public static String[] jarOfClass(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? new String[0] : new String[] {source.getLocation().getPath()};
    }

    public static SparkContext toSparkContext(JavaSparkContext jsc) {
        return jsc.sc();
    }

    public static JavaSparkContext fromSparkContext(SparkContext sc) {
        return new JavaSparkContext(sc);
    }

    public SparkContext sc() {
        return sc;
    }

    public JavaSparkStatusTracker statusTracker() {
        return new JavaSparkStatusTracker(sc);
    }

    public Boolean isLocal() {
        return sc.isLocal();
    }

    public String sparkUser() {
        return sc.sparkUser();
    }

    public String master() {
        return sc.master();
    }

    public String appName() {
        return sc.appName();
    }

    public Map<String, ResourceInformation> resources() {
        return Map.of();
    }

    public List<String> jars() {
        String jars = sc.getConf().get("spark.jars", "");
        return jars.isEmpty() ? List.of() : Arrays.asList(jars.split(","));
    }

    public Long startTime() {
        return sc.startTime();
    }

    public String version() {
        return sc.version();
    }

    public Integer defaultParallelism() {
        return sc.defaultParallelism();
    }

    public Integer defaultMinPartitions() {
        return sc.defaultMinPartitions();
    }

    // ---- RDDs from collections

    public <T> JavaRDD<T> parallelize(List<T> list, int numSlices) {
        return Wrap.java(sc, new ParallelCollectionRdd<>(sc.ignis(), list, numSlices));
    }

    public <T> JavaRDD<T> emptyRDD() {
        return Wrap.java(sc, new EmptyRdd<>(sc.ignis()));
    }

    public <T> JavaRDD<T> parallelize(List<T> list) {
        return parallelize(list, sc.defaultParallelism());
    }

    public <K, V> JavaPairRDD<K, V> parallelizePairs(List<Tuple2<K, V>> list, int numSlices) {
        return Wrap.pair(sc, new ParallelCollectionRdd<>(sc.ignis(), list, numSlices));
    }

    public <K, V> JavaPairRDD<K, V> parallelizePairs(List<Tuple2<K, V>> list) {
        return parallelizePairs(list, sc.defaultParallelism());
    }

    public JavaDoubleRDD parallelizeDoubles(List<Double> list, int numSlices) {
        return Wrap.doubles(sc, new ParallelCollectionRdd<>(sc.ignis(), list, numSlices));
    }

    public JavaDoubleRDD parallelizeDoubles(List<Double> list) {
        return parallelizeDoubles(list, sc.defaultParallelism());
    }

    // ---- RDDs from files (through Hadoop's FileSystem and input formats)

    public JavaRDD<String> textFile(String path) {
        return textFile(path, sc.defaultMinPartitions());
    }

    public JavaRDD<String> textFile(String path, int minPartitions) {
        return Wrap.java(sc, Files.textFile(sc, path, minPartitions));
    }

    public JavaPairRDD<String, String> wholeTextFiles(String path, int minPartitions) {
        return Wrap.pair(sc, Files.wholeTextFiles(sc, path, minPartitions));
    }

    public JavaPairRDD<String, String> wholeTextFiles(String path) {
        return wholeTextFiles(path, sc.defaultMinPartitions());
    }

    public JavaPairRDD<String, PortableDataStream> binaryFiles(String path, int minPartitions) {
        return Wrap.pair(sc, Files.binaryFiles(sc, path, minPartitions));
    }

    public JavaPairRDD<String, PortableDataStream> binaryFiles(String path) {
        return binaryFiles(path, sc.defaultMinPartitions());
    }

    public JavaRDD<byte[]> binaryRecords(String path, int recordLength) {
        return Wrap.java(sc, Files.binaryRecords(sc, path, recordLength));
    }

    public <K, V> JavaPairRDD<K, V> sequenceFile(String path, Class<K> keyClass, Class<V> valueClass, int minPartitions) {
        return Wrap.pair(sc, Files.sequenceFile(sc, path, keyClass, valueClass, minPartitions));
    }

    public <K, V> JavaPairRDD<K, V> sequenceFile(String path, Class<K> keyClass, Class<V> valueClass) {
        return sequenceFile(path, keyClass, valueClass, sc.defaultMinPartitions());
    }

    public <T> JavaRDD<T> objectFile(String path, int minPartitions) {
        return Wrap.java(sc, Files.objectFile(sc, path, minPartitions));
    }

    public <T> JavaRDD<T> objectFile(String path) {
        return objectFile(path, sc.defaultMinPartitions());
    }

    public <K, V, F extends InputFormat<K, V>> JavaPairRDD<K, V> hadoopRDD(JobConf conf, Class<F> inputFormatClass, Class<K> keyClass,
                                                                         Class<V> valueClass, int minPartitions) {
        return Wrap.pair(sc, Files.hadoopRDD(sc, conf, inputFormatClass, keyClass, valueClass, minPartitions));
    }

    public <K, V, F extends InputFormat<K, V>> JavaPairRDD<K, V> hadoopRDD(JobConf conf, Class<F> inputFormatClass, Class<K> keyClass,
                                                                         Class<V> valueClass) {
        return hadoopRDD(conf, inputFormatClass, keyClass, valueClass, sc.defaultMinPartitions());
    }

    public <K, V, F extends InputFormat<K, V>> JavaPairRDD<K, V> hadoopFile(String path, Class<F> inputFormatClass, Class<K> keyClass,
                                                                          Class<V> valueClass, int minPartitions) {
        return Wrap.pair(sc, Files.hadoopFile(sc, path, inputFormatClass, keyClass, valueClass, minPartitions));
    }

    public <K, V, F extends InputFormat<K, V>> JavaPairRDD<K, V> hadoopFile(String path, Class<F> inputFormatClass, Class<K> keyClass,
                                                                          Class<V> valueClass) {
        return hadoopFile(path, inputFormatClass, keyClass, valueClass, sc.defaultMinPartitions());
    }

    public <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> JavaPairRDD<K, V> newAPIHadoopFile(
            String path, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass, Configuration conf) {
        return Wrap.pair(sc, Files.newAPIHadoopFile(sc, path, inputFormatClass, keyClass, valueClass, conf));
    }

    public <K, V, F extends org.apache.hadoop.mapreduce.InputFormat<K, V>> JavaPairRDD<K, V> newAPIHadoopRDD(
            Configuration conf, Class<F> inputFormatClass, Class<K> keyClass, Class<V> valueClass) {
        return Wrap.pair(sc, Files.newAPIHadoopRDD(sc, conf, inputFormatClass, keyClass, valueClass));
    }

    // ---- unions

    @SafeVarargs
    public final <T> JavaRDD<T> union(JavaRDD<T>... rdds) {
        List<Rdd<T>> parents = new ArrayList<>();
        for (JavaRDD<T> rdd : rdds) {
            parents.add(rdd.rdd().ignisRdd());
        }
        return Wrap.java(sc, unionOf(parents));
    }

    @SafeVarargs
    public final <K, V> JavaPairRDD<K, V> union(JavaPairRDD<K, V>... rdds) {
        List<Rdd<Tuple2<K, V>>> parents = new ArrayList<>();
        for (JavaPairRDD<K, V> rdd : rdds) {
            parents.add(rdd.rdd().ignisRdd());
        }
        return Wrap.pair(sc, unionOf(parents));
    }

    public JavaDoubleRDD union(JavaDoubleRDD... rdds) {
        List<Rdd<Double>> parents = new ArrayList<>();
        for (JavaDoubleRDD rdd : rdds) {
            parents.add(rdd.rdd().ignisRdd());
        }
        return Wrap.doubles(sc, unionOf(parents));
    }

    public <T> JavaRDD<T> union(scala.collection.immutable.Seq<JavaRDD<T>> rdds) {
        List<Rdd<T>> parents = new ArrayList<>();
        rdds.foreach(rdd -> parents.add(rdd.rdd().ignisRdd()));
        return Wrap.java(sc, unionOf(parents));
    }

    private <T> Rdd<T> unionOf(List<Rdd<T>> parents) {
        if (parents.isEmpty()) {
            throw new IllegalArgumentException("requirement failed: Union must be called on at least one RDD");
        }
        return new UnionRdd<>(parents);
    }

    // ---- shared values, files, settings

    public <T> Broadcast<T> broadcast(T value) {
        return sc.broadcast(value, Wrap.tag());
    }

    public void stop() {
        sc.stop();
    }

    public void stop(int exitCode) {
        sc.stop(exitCode);
    }

    @Override
    public void close() {
        stop();
    }

    public Optional<String> getSparkHome() {
        return Optional.ofNullable(sc.getConf().get("spark.home", System.getenv("SPARK_HOME")));
    }

    /** Copies the file into the context's files directory, where {@link org.apache.spark.SparkFiles#get} finds it. */
    public void addFile(String path) {
        addFile(path, false);
    }

    public void addFile(String path, boolean recursive) {
        sc.addFile(path);
    }

    /** Jars of a program run with {@code bin/ignis run --jars} ship with its tasks; this records the path. */
    public void addJar(String path) {
        sc.getConf();
    }

    public Configuration hadoopConfiguration() {
        return sc.hadoopConfiguration();
    }

    public void setCheckpointDir(String dir) {
        sc.setCheckpointDir(dir);
    }

    public Optional<String> getCheckpointDir() {
        return Optional.ofNullable(sc.getCheckpointDir().getOrElse(() -> null));
    }

    public <T> JavaRDD<T> checkpointFile(String path) {
        return Wrap.java(sc, io.ignis.rdd.compat.Checkpoints.read(sc, path));
    }

    public SparkConf getConf() {
        return sc.getConf();
    }

    public ReadOnlySparkConf getReadOnlyConf() {
        return sc.getConf();
    }

    public void setCallSite(String site) {
        sc.setLocalProperty("callSite.short", site);
    }

    public void clearCallSite() {
        sc.setLocalProperty("callSite.short", null);
    }

    public void setLocalProperty(String key, String value) {
        sc.setLocalProperty(key, value);
    }

    public String getLocalProperty(String key) {
        return sc.getLocalProperty(key);
    }

    public void setJobDescription(String value) {
        sc.setJobDescription(value);
    }

    public void setLogLevel(String logLevel) {
        sc.setLogLevel(logLevel);
    }

    public void setJobGroup(String groupId, String description, boolean interruptOnCancel) {
        sc.setJobGroup(groupId, description, interruptOnCancel);
    }

    public void setJobGroup(String groupId, String description) {
        sc.setJobGroup(groupId, description, false);
    }

    public void clearJobGroup() {
        sc.clearJobGroup();
    }

    public void setInterruptOnCancel(boolean interruptOnCancel) {
        sc.setInterruptOnCancel(interruptOnCancel);
    }

    public void addJobTag(String tag) {
        sc.addJobTag(tag);
    }

    public void removeJobTag(String tag) {
        sc.removeJobTag(tag);
    }

    public Set<String> getJobTags() {
        return sc.ignis().jobTags();
    }

    public void clearJobTags() {
        sc.clearJobTags();
    }

    public void cancelJobGroup(String groupId, String reason) {
        sc.cancelJobGroup(groupId, reason);
    }

    public void cancelJobGroup(String groupId) {
        sc.cancelJobGroup(groupId);
    }

    public void cancelJobsWithTag(String tag, String reason) {
        sc.cancelJobsWithTag(tag, reason);
    }

    public void cancelJobsWithTag(String tag) {
        sc.cancelJobsWithTag(tag);
    }

    public void cancelAllJobs() {
        sc.cancelAllJobs();
    }

    public Map<Integer, JavaRDD<?>> getPersistentRDDs() {
        Map<Integer, JavaRDD<?>> out = new HashMap<>();
        for (Map.Entry<Integer, Rdd<?>> entry : sc.ignis().persistentRdds().entrySet()) {
            @SuppressWarnings("unchecked")
            Rdd<Object> rdd = (Rdd<Object>) entry.getValue();
            out.put(entry.getKey(), Wrap.java(sc, rdd));
        }
        return out;
    }
}

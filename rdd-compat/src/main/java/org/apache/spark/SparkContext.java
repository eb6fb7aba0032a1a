package org.apache.spark;

import io.ignis.rdd.RddContext;
import io.ignis.rdd.compat.Masters;
import io.ignis.rdd.compat.SparkFailures;
import io.ignis.rdd.compat.SparkTaskContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.rdd.RDD;
import org.apache.spark.util.AccumulatorV2;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Option;
import scala.Tuple2;
import scala.reflect.ClassTag;

/**
 * Spark's entry point, on Ignis: the master URL picks an embedded runtime ({@code local[N]}) or a
 * running Ignis cluster ({@code ignis://host:port}); jobs run on it as tasks (see
 * {@link io.ignis.rdd.RddContext}). Java programs mostly reach it through
 * {@code JavaSparkContext.sc()} for accumulators and settings.
 *
 * <p>As in Spark, one context runs in a JVM at a time (a second fails until the first is stopped),
 * and {@link #getOrCreate()} returns it. (Under the Spark API only: Ignis runtimes themselves can
 * be several per JVM.)
 */
public class SparkContext {
    private static final AtomicReference<SparkContext> ACTIVE = new AtomicReference<>();
    /** Ignis's key for push-based shuffle merge: {@code auto} (default), {@code true} or {@code false}. */
    public static final String PUSH_MERGE_KEY = "spark.ignis.shuffle.pushMerge";

    private final SparkConf conf;
    private final RddContext ignis;
    private final boolean local;
    private final long startTime = System.currentTimeMillis();
    private final String applicationId;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Configuration hadoopConfiguration;
    private volatile io.ignis.rdd.io.ReliableCheckpointer checkpointer;
    private volatile java.nio.file.Path filesRoot;

    public SparkContext(SparkConf config) {
        this.conf = config.clone();
        if (!conf.contains("spark.master")) {
            throw io.ignis.rdd.ops.Functions.rethrow(new SparkException("A master URL must be set in your configuration"));
        }
        if (!conf.contains("spark.app.name")) {
            throw io.ignis.rdd.ops.Functions.rethrow(new SparkException("An application name must be set in your configuration"));
        }
        SparkContext running = ACTIVE.get();
        if (running != null && !running.isStopped()) {
            throw io.ignis.rdd.ops.Functions.rethrow(new SparkException("Only one SparkContext should be running in this JVM"
                    + " (see SPARK-2243). The currently running SparkContext is " + running));
        }
        io.ignis.shuffle.PushMerge.Mode pushMerge = io.ignis.shuffle.PushMerge.Mode.parse(conf.get(PUSH_MERGE_KEY, "auto"));
        Masters.Started started = Masters.start(conf.get("spark.master"), conf.contains(Masters.STORE_SIZE_KEY)
                ? Masters.bytes(Masters.STORE_SIZE_KEY, conf.get(Masters.STORE_SIZE_KEY)) : 0);
        this.local = started.local();
        int parallelism = conf.contains("spark.default.parallelism")
                ? Integer.parseInt(conf.get("spark.default.parallelism")) : started.defaultParallelism();
        int maxFailures = started.local() ? started.maxFailures()
                : Integer.parseInt(conf.get("spark.task.maxFailures", String.valueOf(started.maxFailures())));
        this.ignis = new RddContext(started.runtime(), true, parallelism, maxFailures);
        this.ignis.setFailureTranslator(SparkFailures::translate);
        this.ignis.setPushMerge(pushMerge);
        this.ignis.setTaskHook(new SparkTaskContext.Hook());
        this.applicationId = (local ? "local-" : "app-") + startTime;
        conf.set("spark.app.id", applicationId);
        ACTIVE.set(this);
    }

    public SparkContext() {
        this(new SparkConf());
    }

    public SparkContext(String master, String appName, SparkConf conf) {
        this(conf.clone().setMaster(master).setAppName(appName));
    }

    public SparkContext(String master, String appName) {
        this(master, appName, new SparkConf());
    }

    public SparkContext(String master, String appName, String sparkHome) {
        this(master, appName, new SparkConf().setSparkHome(sparkHome));
    }

    public SparkContext(String master, String appName, String sparkHome, scala.collection.immutable.Seq<String> jars) {
        this(master, appName, new SparkConf().setSparkHome(sparkHome).setJars(jars));
    }

    public SparkContext(String master, String appName, String sparkHome, scala.collection.immutable.Seq<String> jars,
                        scala.collection.Map<String, String> environment) {
        this(master, appName, withEnvironment(new SparkConf().setSparkHome(sparkHome).setJars(jars), environment));
    }

    private static SparkConf withEnvironment(SparkConf conf, scala.collection.Map<String, String> environment) {
        scala.collection.Iterator<Tuple2<String, String>> it = environment.iterator();
        while (it.hasNext()) {
            Tuple2<String, String> entry = it.next();
            conf.setExecutorEnv(entry._1(), entry._2());
        }
        return conf;
    }

    /** The running context, or a new one from the JVM's spark.* properties. */
    public static synchronized SparkContext getOrCreate() {
        SparkContext active = ACTIVE.get();
        return active != null && !active.isStopped() ? active : new SparkContext(new SparkConf());
    }

    /** The running context (whose settings win), or a new one from {@code conf}. */
    public static synchronized SparkContext getOrCreate(SparkConf conf) {
        SparkContext active = ACTIVE.get();
        return active != null && !active.isStopped() ? active : new SparkContext(conf);
    }

    /** The engine context under this Spark context (Ignis's own; not part of Spark's API). */
    public RddContext ignis() {
        return ignis;
    }

    public long startTime() {
        return startTime;
    }

    public AtomicBoolean stopped() {
        return stopped;
    }

    /** A copy of the configuration: changing it does not change the running context, as in Spark. */
    public SparkConf getConf() {
        return conf.clone();
    }

    public String master() {
        return conf.get("spark.master");
    }

    public String appName() {
        return conf.get("spark.app.name");
    }

    public boolean isLocal() {
        return local;
    }

    public boolean isStopped() {
        return stopped.get();
    }

    public Option<String> uiWebUrl() {
        return Option.empty();
    }

    /** Hadoop settings for file I/O: Hadoop's defaults plus every {@code spark.hadoop.*} setting, as Spark builds it. */
    public Configuration hadoopConfiguration() {
        Configuration result = hadoopConfiguration;
        if (result == null) {
            synchronized (this) {
                if (hadoopConfiguration == null) {
                    Configuration made = new Configuration();
                    for (Tuple2<String, String> entry : conf.getAll()) {
                        if (entry._1().startsWith("spark.hadoop.")) {
                            made.set(entry._1().substring("spark.hadoop.".length()), entry._2());
                        }
                    }
                    hadoopConfiguration = made;
                }
                result = hadoopConfiguration;
            }
        }
        return result;
    }

    public String sparkUser() {
        String user = System.getenv("SPARK_USER");
        return user != null ? user : System.getProperty("user.name", "<unknown>");
    }

    public String applicationId() {
        return applicationId;
    }

    public Option<String> applicationAttemptId() {
        return Option.empty();
    }

    /** Accepted for compatibility; Ignis's own logging goes through SLF4J. */
    public void setLogLevel(String level) {
        String upper = level == null ? "" : level.toUpperCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("ALL", "DEBUG", "ERROR", "FATAL", "INFO", "OFF", "TRACE", "WARN").contains(upper)) {
            throw new IllegalArgumentException("Supplied level " + level
                    + " did not match one of: ALL,DEBUG,ERROR,FATAL,INFO,OFF,TRACE,WARN");
        }
    }

    public void setLocalProperty(String key, String value) {
        ignis.setLocalProperty(key, value);
    }

    public String getLocalProperty(String key) {
        return ignis.getLocalProperty(key);
    }

    public void setJobDescription(String value) {
        ignis.setLocalProperty("spark.job.description", value);
    }

    public void setJobGroup(String groupId, String description, boolean interruptOnCancel) {
        ignis.setJobGroup(groupId);
        ignis.setLocalProperty("spark.jobGroup.id", groupId);
        ignis.setLocalProperty("spark.job.description", description);
        ignis.setLocalProperty("spark.job.interruptOnCancel", String.valueOf(interruptOnCancel));
    }

    public void clearJobGroup() {
        ignis.clearJobGroup();
        ignis.setLocalProperty("spark.jobGroup.id", null);
        ignis.setLocalProperty("spark.job.description", null);
        ignis.setLocalProperty("spark.job.interruptOnCancel", null);
    }

    public void setInterruptOnCancel(boolean interruptOnCancel) {
        ignis.setLocalProperty("spark.job.interruptOnCancel", String.valueOf(interruptOnCancel));
    }

    public void addJobTag(String tag) {
        checkTag(tag);
        ignis.addJobTag(tag);
    }

    public void removeJobTag(String tag) {
        checkTag(tag);
        ignis.removeJobTag(tag);
    }

    public scala.collection.immutable.Set<String> getJobTags() {
        return scala.jdk.javaapi.CollectionConverters.asScala(ignis.jobTags()).toSet();
    }

    public void clearJobTags() {
        ignis.clearJobTags();
    }

    private static void checkTag(String tag) {
        if (tag == null || tag.isEmpty() || tag.contains(",")) {
            throw new IllegalArgumentException("Spark job tag cannot be null, empty or contain ','; got: " + tag);
        }
    }

    public <T> RDD<T> emptyRDD(ClassTag<T> tag) {
        return new RDD<>(this, new io.ignis.rdd.ops.EmptyRdd<>(ignis));
    }

    // ---- accumulators

    public void register(AccumulatorV2<?, ?> accumulator) {
        accumulator.register(this, Option.empty(), false);
    }

    public void register(AccumulatorV2<?, ?> accumulator, String name) {
        accumulator.register(this, Option.apply(name), false);
    }

    public LongAccumulator longAccumulator() {
        LongAccumulator accumulator = new LongAccumulator();
        register(accumulator);
        return accumulator;
    }

    public LongAccumulator longAccumulator(String name) {
        LongAccumulator accumulator = new LongAccumulator();
        register(accumulator, name);
        return accumulator;
    }

    public DoubleAccumulator doubleAccumulator() {
        DoubleAccumulator accumulator = new DoubleAccumulator();
        register(accumulator);
        return accumulator;
    }

    public DoubleAccumulator doubleAccumulator(String name) {
        DoubleAccumulator accumulator = new DoubleAccumulator();
        register(accumulator, name);
        return accumulator;
    }

    public <T> CollectionAccumulator<T> collectionAccumulator() {
        CollectionAccumulator<T> accumulator = new CollectionAccumulator<>();
        register(accumulator);
        return accumulator;
    }

    public <T> CollectionAccumulator<T> collectionAccumulator(String name) {
        CollectionAccumulator<T> accumulator = new CollectionAccumulator<>();
        register(accumulator, name);
        return accumulator;
    }

    public <T> org.apache.spark.broadcast.Broadcast<T> broadcast(T value, ClassTag<T> tag) {
        return org.apache.spark.broadcast.Broadcast.create(this, value);
    }

    /** Records the jar in spark.jars; Ignis ships the classes a job uses with its tasks. */
    public void addJar(String path) {
        appendToList("spark.jars", path);
    }

    /**
     * Copies the file (any Hadoop file system) into this context's files directory, where
     * {@link SparkFiles#get} finds it by name, and records it in spark.files.
     */
    public void addFile(String path) {
        try {
            org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs = source.getFileSystem(hadoopConfiguration());
            if (!fs.exists(source)) {
                throw new java.io.FileNotFoundException("File " + path + " does not exist");
            }
            java.nio.file.Path root = filesRoot();
            fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(root.resolve(source.getName()).toUri()), true);
        } catch (java.io.IOException e) {
            throw io.ignis.rdd.ops.Functions.rethrow(e);
        }
        appendToList("spark.files", path);
    }

    private synchronized java.nio.file.Path filesRoot() throws java.io.IOException {
        if (filesRoot == null) {
            filesRoot = java.nio.file.Files.createTempDirectory("spark-files-" + applicationId + "-");
            ignis.setContextProperty(SparkFiles.ROOT_PROPERTY, filesRoot.toAbsolutePath().toString());
        }
        return filesRoot;
    }

    /** The files directory of the running context, if it has one (for {@link SparkFiles} on the driver). */
    static String filesRootOfActive() {
        SparkContext active = ACTIVE.get();
        java.nio.file.Path root = active == null ? null : active.filesRoot;
        return root == null ? null : root.toAbsolutePath().toString();
    }

    private synchronized void appendToList(String key, String value) {
        String existing = conf.get(key, "");
        conf.set(key, existing.isEmpty() ? value : existing + "," + value);
    }

    public String version() {
        return "4.2.0";
    }

    public scala.collection.Map<Object, RDD<?>> getPersistentRDDs() {
        scala.collection.mutable.HashMap<Object, RDD<?>> out = new scala.collection.mutable.HashMap<>();
        for (Map.Entry<Integer, io.ignis.rdd.Rdd<?>> entry : ignis.persistentRdds().entrySet()) {
            out.put(entry.getKey(), new RDD<>(this, entry.getValue()));
        }
        return out;
    }

    // ---- lifecycle and jobs

    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            ignis.close();
            ACTIVE.compareAndSet(this, null);
        }
    }

    public void stop(int exitCode) {
        stop();
    }

    public void stopInNewThread() {
        Thread thread = new Thread(this::stop, "stop-spark-context");
        thread.setDaemon(true);
        thread.start();
    }

    public void cancelJobGroup(String groupId, String reason) {
        ignis.cancelJobGroup(groupId, "Job cancelled: part of cancelled job group " + groupId
                + (reason == null ? "" : " (reason: " + reason + ")"));
    }

    public void cancelJobGroup(String groupId) {
        ignis.cancelJobGroup(groupId, "Job cancelled: part of cancelled job group " + groupId);
    }

    public void cancelJobGroupAndFutureJobs(String groupId, String reason) {
        cancelJobGroup(groupId, reason);
    }

    public void cancelJobGroupAndFutureJobs(String groupId) {
        cancelJobGroup(groupId);
    }

    public void cancelJobsWithTag(String tag, String reason) {
        checkTag(tag);
        ignis.cancelJobsWithTag(tag, "Job cancelled: part of cancelled job tags " + tag + (reason == null ? "" : " (reason: " + reason + ")"));
    }

    public void cancelJobsWithTag(String tag) {
        cancelJobsWithTag(tag, null);
    }

    public void cancelAllJobs() {
        ignis.cancelAllJobs("Job cancelled as part of cancellation of all jobs");
    }

    public void cancelJob(int jobId, String reason) {
        ignis.cancelJob(jobId, "Job " + jobId + " cancelled" + (reason == null ? "" : " (reason: " + reason + ")"));
    }

    public void cancelJob(int jobId) {
        cancelJob(jobId, null);
    }

    /** Where reliable checkpoints are written (a Hadoop path; made if missing). */
    public void setCheckpointDir(String directory) {
        checkpointer = io.ignis.rdd.compat.Checkpoints.install(this, directory);
    }

    public Option<String> getCheckpointDir() {
        io.ignis.rdd.io.ReliableCheckpointer current = checkpointer;
        return Option.apply(current == null ? null : current.directory());
    }

    public int defaultParallelism() {
        return ignis.defaultParallelism();
    }

    public int defaultMinPartitions() {
        return Math.min(defaultParallelism(), 2);
    }

    @Override
    public String toString() {
        return "SparkContext(" + master() + ", " + appName() + ")";
    }
}

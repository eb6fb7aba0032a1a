package io.ignis.benchmarks.workloads;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One engine's context for the benchmark: a {@link JavaSparkContext} on {@code local[2]} and the
 * folder of generated data, from which it prepares workloads by name. This class is compiled twice
 * (against Spark and against Ignis) and loaded in a class loader of its own, so the benchmark speaks
 * to it through JDK types only: it is a {@code Function<String, Callable<String>>} (a workload's name
 * to the workload, whose call runs it once and returns its answer) and an {@link AutoCloseable}.
 */
public final class Session implements Function<String, Callable<String>>, AutoCloseable {
    private final JavaSparkContext sc;
    private final Path data;

    /** {@code settings}: {@code data} (the data folder, required) and {@code master} (default {@code local[2]}). */
    public Session(Map<String, String> settings) {
        requireNonNull(settings, "settings is null");
        this.data = Path.of(requireNonNull(settings.get("data"), "settings has no data folder"));
        SparkConf conf = new SparkConf()
                .setAppName("ignis-bench-spark")
                .setMaster(settings.getOrDefault("master", "local[2]"))
                .set("spark.ui.enabled", "false");
        this.sc = new JavaSparkContext(conf);
    }

    /** The workload named {@code name} (one of the names, e.g. {@code wordcount}), its inputs read or planned. */
    @Override
    public Callable<String> apply(String name) {
        return switch (name) {
            case "wordcount" -> new WordCount(sc, data);
            case "reduce_by_key" -> new ReduceByKey(sc, data);
            case "group_by_key" -> new GroupByKey(sc, data);
            case "sort_by_key" -> new SortByKey(sc, data);
            case "join" -> new Join(sc, data);
            case "pagerank" -> new PageRank(sc, data);
            case "cache_reuse" -> new CacheReuse(sc, data);
            case "small_job" -> new SmallJob(sc);
            case "broadcast" -> new BroadcastValue(sc, data);
            default -> throw new IllegalArgumentException("no workload named " + name);
        };
    }

    @Override
    public void close() {
        sc.close();
    }
}

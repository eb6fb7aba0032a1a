package io.ignis.benchmarks.spark;

import java.util.Locale;

/**
 * The workloads of {@code bin/ignis bench spark}, in the report's order, with the names the report
 * rows carry (also the names of the {@link SparkApiBenchmarks} methods and of the workloads in
 * {@code benchmarks/spark-api/workloads}) and the goal each ratio (Ignis time / Spark time) is held to.
 */
public enum Workload {
    WORDCOUNT("wordcount (flatMap, mapToPair, reduceByKey)"),
    REDUCE_BY_KEY("reduceByKey on int pairs"),
    GROUP_BY_KEY("groupByKey on int pairs"),
    SORT_BY_KEY("sortByKey, 100-byte records (TeraSort-like)"),
    JOIN("join of int pairs"),
    PAGERANK("PageRank, 10 iterations"),
    CACHE_REUSE("cache reuse: 5 actions over one cached RDD"),
    SMALL_JOB("small job: count of a 1,000-element RDD", 0.1),
    BROADCAST("broadcast to all tasks");

    /** The goal for the geometric mean of the ratios. */
    public static final double GEOMEAN_GOAL = 0.5;

    private final String description;
    private final double goal;

    Workload(String description) {
        this(description, 1.0);
    }

    Workload(String description, double goal) {
        this.description = description;
        this.goal = goal;
    }

    /** The name in report rows, e.g. {@code reduce_by_key}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The largest ratio (Ignis time / Spark time) that meets the goal. */
    public double goal() {
        return goal;
    }

    /** The JMH benchmark that measures this workload: {@code SparkApiBenchmarks.<id>}. */
    public String benchmark() {
        return SparkApiBenchmarks.class.getName() + "." + id();
    }

    /** The workload whose benchmark is {@code benchmark} (a full JMH name, {@code package.Class.method}). */
    public static Workload ofBenchmark(String benchmark) {
        for (Workload workload : values()) {
            if (workload.benchmark().equals(benchmark)) {
                return workload;
            }
        }
        throw new IllegalArgumentException("no workload is measured by " + benchmark);
    }
}

package io.ignis.benchmarks.core;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One figure {@code bin/ignis bench core} reports: its fixed name, its unit, the JMH benchmark
 * that measures it and how the figure is read from that benchmark's result (throughput per second,
 * the median of sampled round trips, or 256 MiB divided by the time per operation).
 */
public enum Figure {
    TASKS_ASYNC_INPROCESS("tasks_async_inprocess_per_s", Unit.PER_S, InProcessBenchmarks.class, "tasksAsync", Reading.THROUGHPUT),
    TASK_SYNC_INPROCESS("task_sync_inprocess_us", Unit.US, InProcessBenchmarks.class, "taskSync", Reading.MEDIAN),
    TASKS_ASYNC_CROSSPROCESS("tasks_async_crossprocess_per_s", Unit.PER_S, CrossProcessBenchmarks.class, "tasksAsync", Reading.THROUGHPUT),
    TASK_SYNC_CROSSPROCESS("task_sync_crossprocess_us", Unit.US, CrossProcessBenchmarks.class, "taskSync", Reading.MEDIAN),
    ACTOR_CALLS_ASYNC_INPROCESS("actor_calls_async_inprocess_per_s", Unit.PER_S, InProcessBenchmarks.class, "actorCallsAsync",
            Reading.THROUGHPUT),
    ACTOR_CALLS_ASYNC_CROSSPROCESS("actor_calls_async_crossprocess_per_s", Unit.PER_S, CrossProcessBenchmarks.class,
            "actorCallsAsync", Reading.THROUGHPUT),
    GET_256MB_CROSSPROCESS("get_256mb_crossprocess_gb_per_s", Unit.GB_PER_S, CrossProcessBenchmarks.class, "get256mb",
            Reading.BLOB_RATE),
    BASELINE_EXECUTOR_ASYNC("baseline_executor_async_per_s", Unit.PER_S, BaselineBenchmarks.class, "executorAsync",
            Reading.THROUGHPUT),
    BASELINE_EXECUTOR_SYNC("baseline_executor_sync_us", Unit.US, BaselineBenchmarks.class, "executorSync", Reading.MEDIAN),
    BASELINE_MEMCPY("baseline_memcpy_gb_per_s", Unit.GB_PER_S, BaselineBenchmarks.class, "memcpy", Reading.BLOB_RATE);

    /** Bytes in a GB as the GB/s figures count them (binary, so 256 MiB is exactly 0.25 GB). */
    static final double BYTES_PER_GB = 1L << 30;

    private final String figureName;
    private final Unit unit;
    private final String benchmark;
    private final Reading reading;

    Figure(String figureName, Unit unit, Class<?> benchmarkClass, String method, Reading reading) {
        this.figureName = figureName;
        this.unit = unit;
        this.benchmark = benchmarkClass.getName() + "." + method;
        this.reading = reading;
    }

    /** The figure's fixed name, e.g. {@code tasks_async_inprocess_per_s}. */
    public String figureName() {
        return figureName;
    }

    public Unit unit() {
        return unit;
    }

    /** The JMH benchmark's full name, {@code package.Class.method}. */
    public String benchmark() {
        return benchmark;
    }

    /** The figure, from the result of its benchmark. */
    public double valueOf(RunResult result) {
        return reading.valueOf(result.getPrimaryResult());
    }

    /** How a figure comes out of a primary result; the benchmarks' modes and time units are chosen to match. */
    private enum Reading {
        /** Throughput mode in ops/s, ops counted per call by {@code @OperationsPerInvocation}. */
        THROUGHPUT {
            @Override
            double valueOf(Result<?> result) {
                return result.getScore();
            }
        },
        /** Sample-time mode in us/op: the median round trip, which one slow GC pause does not move. */
        MEDIAN {
            @Override
            double valueOf(Result<?> result) {
                return result.getStatistics().getPercentile(50.0);
            }
        },
        /** Average-time mode in s/op, where one op moves {@link Work#BLOB_BYTES}. */
        BLOB_RATE {
            @Override
            double valueOf(Result<?> result) {
                return Work.BLOB_BYTES / BYTES_PER_GB / result.getScore();
            }
        };

        abstract double valueOf(Result<?> result);
    }
}

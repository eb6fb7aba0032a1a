package io.ignis.benchmarks.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One line of the comparison table: an Ignis figure, the bare-JVM figure it is read against, Ray's
 * published figure for the same operation (in the same unit) and the goal set for Ignis.
 *
 * <p>Ray's figures are its release perf_metrics on a 64-vCPU machine: single_client_tasks_sync
 * 952/s, single_client_tasks_async 7,691/s, 1_1_actor_calls_async 7,956/s and
 * single_client_put_gigabytes 20.9. Ray publishes no get figure, so the get is compared with its put.
 */
public record Comparison(Figure figure, Figure baseline, double ray, String rayNote, double goal) {
    static final double RAY_TASKS_SYNC_PER_S = 952;
    static final double RAY_TASKS_ASYNC_PER_S = 7_691;
    static final double RAY_ACTOR_CALLS_ASYNC_PER_S = 7_956;
    static final double RAY_PUT_GB_PER_S = 20.9;

    /** The rows of {@code bin/ignis bench core}'s table, in order. */
    public static final List<Comparison> CORE = List.of(
            new Comparison(Figure.TASKS_ASYNC_INPROCESS, Figure.BASELINE_EXECUTOR_ASYNC, RAY_TASKS_ASYNC_PER_S, "", 200_000),
            new Comparison(Figure.TASK_SYNC_INPROCESS, Figure.BASELINE_EXECUTOR_SYNC, 1e6 / RAY_TASKS_SYNC_PER_S, "(952/s)", 20),
            new Comparison(Figure.TASKS_ASYNC_CROSSPROCESS, Figure.BASELINE_EXECUTOR_ASYNC, RAY_TASKS_ASYNC_PER_S, "", 50_000),
            new Comparison(Figure.TASK_SYNC_CROSSPROCESS, Figure.BASELINE_EXECUTOR_SYNC, 1e6 / RAY_TASKS_SYNC_PER_S, "(952/s)", 250),
            new Comparison(Figure.ACTOR_CALLS_ASYNC_INPROCESS, Figure.BASELINE_EXECUTOR_ASYNC, RAY_ACTOR_CALLS_ASYNC_PER_S, "", 300_000),
            new Comparison(Figure.ACTOR_CALLS_ASYNC_CROSSPROCESS, Figure.BASELINE_EXECUTOR_ASYNC, RAY_ACTOR_CALLS_ASYNC_PER_S, "", 50_000),
            new Comparison(Figure.GET_256MB_CROSSPROCESS, Figure.BASELINE_MEMCPY, RAY_PUT_GB_PER_S, "(put)", 1.5));

    public Comparison {
        requireNonNull(figure, "figure is null");
        requireNonNull(baseline, "baseline is null");
        requireNonNull(rayNote, "rayNote is null");
        if (figure.unit() != baseline.unit()) {
            throw new IllegalArgumentException(figure + " and its baseline " + baseline + " differ in unit");
        }
    }
}

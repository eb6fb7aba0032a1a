package io.ignis.benchmarks.core;

import io.ignis.api.ActorHandle;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch the throughput figures time, the same in process and across processes: submit
 * {@link #SIZE} calls without waiting, then get every result. Results are summed so no call can be
 * optimized away and a wrong result would show as a wrong sum.
 */
public final class Batch {
    /** Calls per benchmark invocation; the benchmarks declare it with {@code @OperationsPerInvocation}. */
    public static final int SIZE = 10_000;

    private Batch() {}

    /** {@link #SIZE} tasks {@code Work.inc(i)}, then a get of all of them. */
    public static long tasks(IgnisRuntime ignis) {
        List<ObjectRef<Integer>> refs = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            refs.add(ignis.task(Work::inc, i).remote());
        }
        long sum = 0;
        for (int value : ignis.get(refs)) {
            sum += value;
        }
        return sum;
    }

    /** {@link #SIZE} calls {@code counter.inc(1)} through one handle, then a get of all of them. */
    public static long actorCalls(IgnisRuntime ignis, ActorHandle<Work.Counter> counter) {
        List<ObjectRef<Long>> refs = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            refs.add(counter.task(Work.Counter::inc, 1).remote());
        }
        long sum = 0;
        for (long value : ignis.get(refs)) {
            sum += value;
        }
        return sum;
    }
}

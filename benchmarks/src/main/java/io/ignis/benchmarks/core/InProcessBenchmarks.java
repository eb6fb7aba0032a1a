package io.ignis.benchmarks.core;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tasks and actor calls on an embedded node in the benchmark's own JVM (2 CPUs): no serialization
 * and no network, so these figures are the runtime's bookkeeping per call (checks, ids, object
 * entries, scheduling, hand-over between threads). Compare with {@link BaselineBenchmarks}. A
 * batch's time varies with the young collections it meets, so iterations are 2 s long.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 2)
public class InProcessBenchmarks {
    /** One embedded node per trial; starting Ignite takes seconds, so it is never in a measurement. */
    @State(Scope.Benchmark)
    public static class EmbeddedNode {
        IgnisRuntime ignis;

        @Setup(Level.Trial)
        public void start() {
            ignis = Ignis.init(IgnisConfig.builder().resources(Map.of("CPU", 2.0)).build());
        }

        @TearDown(Level.Trial)
        public void stop() {
            ignis.close();
        }
    }

    /** A {@link Work.Counter} actor on the embedded node. */
    @State(Scope.Benchmark)
    public static class CounterActor {
        ActorHandle<Work.Counter> counter;

        @Setup(Level.Trial)
        public void create(EmbeddedNode node) {
            counter = node.ignis.actor(Work.Counter::new).remote();
            counter.task(Work.Counter::inc, 0).remote().get(); // the actor is up before timing starts
        }
    }

    /** tasks_async_inprocess_per_s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(Batch.SIZE)
    public long tasksAsync(EmbeddedNode node) {
        return Batch.tasks(node.ignis);
    }

    /** task_sync_inprocess_us. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int taskSync(EmbeddedNode node) {
        return node.ignis.task(Work::inc, 1).remote().get();
    }

    /** actor_calls_async_inprocess_per_s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(Batch.SIZE)
    public long actorCallsAsync(EmbeddedNode node, CounterActor actor) {
        return Batch.actorCalls(node.ignis, actor.counter);
    }
}

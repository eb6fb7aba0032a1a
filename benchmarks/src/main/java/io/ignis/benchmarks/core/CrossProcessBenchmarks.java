package io.ignis.benchmarks.core;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.cli.NodeProcess;
import java.io.IOException;
import java.util.List;
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
 * The benchmark JVM as a driver only, with every task and actor on a node in a separate process:
 * each call and result crosses a process boundary (serialization, Ignite messaging over loopback
 * TCP), and large results come over the transfer channel. On this machine both processes share its
 * cores, as a driver and a node would on one host.
 *
 * <p>Warm-up is longer here than in process: the node process starts cold with each trial, and
 * both JVMs must compile the path of a call before the figures settle. A cold cross-process
 * round trip takes milliseconds, so it takes about ten seconds of calls to get there (the sync
 * median went from ~4 ms to ~0.3 ms over 11 s in a probe on the 2-core development machine).
 */
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 2)
public class CrossProcessBenchmarks {
    /** The node's heap: room for the 256 MiB array it holds plus what serving it needs. */
    static final String NODE_HEAP = "3g";

    /** A node process and a driver joined to it, once per trial (each takes seconds to start). */
    @State(Scope.Benchmark)
    public static class Cluster {
        NodeProcess node;
        IgnisRuntime driver;

        @Setup(Level.Trial)
        public void start() throws IOException {
            node = NodeProcess.start(0, List.of(), "CPU=2", NODE_HEAP);
            try {
                driver = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(node.address())).build());
            } catch (RuntimeException e) {
                node.close();
                throw e;
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            try {
                driver.close();
            } finally {
                node.close();
            }
        }
    }

    /** A {@link Work.Counter} actor, which a driver-only runtime can only place on the node process. */
    @State(Scope.Benchmark)
    public static class CounterActor {
        ActorHandle<Work.Counter> counter;

        @Setup(Level.Trial)
        public void create(Cluster cluster) {
            counter = cluster.driver.actor(Work.Counter::new).remote();
            counter.task(Work.Counter::inc, 0).remote().get();
        }
    }

    /** A {@link Work.Blob} actor on the node process, holding the array the get figure fetches. */
    @State(Scope.Benchmark)
    public static class BlobActor {
        ActorHandle<Work.Blob> blob;

        @Setup(Level.Trial)
        public void create(Cluster cluster) {
            blob = cluster.driver.actor(Work.Blob::new, Work.BLOB_BYTES).remote();
            byte[] first = fetch(cluster, this);
            if (first.length != Work.BLOB_BYTES) {
                throw new IllegalStateException("fetched " + first.length + " bytes, expected " + Work.BLOB_BYTES);
            }
        }
    }

    /** tasks_async_crossprocess_per_s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(Batch.SIZE)
    public long tasksAsync(Cluster cluster) {
        return Batch.tasks(cluster.driver);
    }

    /** task_sync_crossprocess_us. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int taskSync(Cluster cluster) {
        return cluster.driver.task(Work::inc, 1).remote().get();
    }

    /** actor_calls_async_crossprocess_per_s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(Batch.SIZE)
    public long actorCallsAsync(Cluster cluster, CounterActor actor) {
        return Batch.actorCalls(cluster.driver, actor.counter);
    }

    /** get_256mb_crossprocess_gb_per_s: one op is one call returning the node's array and the get that fetches it. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] get256mb(Cluster cluster, BlobActor blob) {
        return fetch(cluster, blob);
    }

    /**
     * Calls the blob actor and gets the result, then frees it: the driver's copy would otherwise stay
     * in its object store until the GC notices the dropped ref, and the heap would then depend on GC timing.
     */
    static byte[] fetch(Cluster cluster, BlobActor blob) {
        ObjectRef<byte[]> ref = blob.blob.task(Work.Blob::bytes).remote();
        byte[] bytes = cluster.driver.get(ref);
        cluster.driver.free(List.of(ref));
        return bytes;
    }
}

package io.ignis.benchmarks.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
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
 * The bare-JVM limits the runtime's figures are read against: the same trivial jobs on a plain
 * 2-thread pool (what handing work to another thread costs at least), and a 256 MiB
 * {@code System.arraycopy} (what moving the get figure's bytes once through memory costs).
 */
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BaselineBenchmarks {
    /** A 2-thread pool, like the embedded node's 2 CPUs. */
    @State(Scope.Benchmark)
    public static class Pool {
        ThreadPoolExecutor executor;

        @Setup(Level.Trial)
        public void start() {
            executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
            executor.prestartAllCoreThreads();
        }

        @TearDown(Level.Trial)
        public void stop() {
            executor.shutdownNow();
        }
    }

    /** Two 256 MiB arrays, allocated and touched before timing. */
    @State(Scope.Benchmark)
    public static class Arrays {
        byte[] source;
        byte[] target;

        @Setup(Level.Trial)
        public void allocate() {
            source = new Work.Blob(Work.BLOB_BYTES).bytes();
            target = new byte[Work.BLOB_BYTES];
        }
    }

    /** baseline_executor_async_per_s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(Batch.SIZE)
    public long executorAsync(Pool pool) throws InterruptedException, ExecutionException {
        List<Future<Integer>> futures = new ArrayList<>(Batch.SIZE);
        for (int i = 0; i < Batch.SIZE; i++) {
            int value = i;
            futures.add(pool.executor.submit(() -> Work.inc(value)));
        }
        long sum = 0;
        for (Future<Integer> future : futures) {
            sum += future.get();
        }
        return sum;
    }

    /** baseline_executor_sync_us. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int executorSync(Pool pool) throws InterruptedException, ExecutionException {
        return pool.executor.submit(() -> Work.inc(1)).get();
    }

    /** baseline_memcpy_gb_per_s. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] memcpy(Arrays arrays) {
        System.arraycopy(arrays.source, 0, arrays.target, 0, Work.BLOB_BYTES);
        return arrays.target;
    }
}

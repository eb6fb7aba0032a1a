package io.ignis.benchmarks.workloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * {@code broadcast}: {@code broadcast.bin} (read into a byte array once) broadcast, read by
 * {@value #TASKS} tasks (each sums the bytes of its slice of the value), then destroyed. Answer:
 * the sum of all bytes.
 */
final class BroadcastValue implements Callable<String> {
    static final int TASKS = 8;

    private final JavaSparkContext sc;
    private final byte[] value;

    BroadcastValue(JavaSparkContext sc, Path data) {
        this.sc = sc;
        try {
            this.value = Files.readAllBytes(data.resolve("broadcast.bin"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String call() {
        Broadcast<byte[]> broadcast = sc.broadcast(value);
        List<Integer> slices = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            slices.add(i);
        }
        long sum = sc.parallelize(slices, TASKS).map(slice -> {
            byte[] bytes = broadcast.value();
            long total = 0;
            int from = (int) ((long) bytes.length * slice / TASKS);
            int to = (int) ((long) bytes.length * (slice + 1) / TASKS);
            for (int i = from; i < to; i++) {
                total += bytes[i];
            }
            return total;
        }).reduce(Long::sum);
        broadcast.destroy();
        return "bytes=" + value.length + " sum=" + sum;
    }
}

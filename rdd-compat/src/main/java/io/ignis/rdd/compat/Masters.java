package io.ignis.rdd.compat;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Spark master URL means on Ignis: {@code local}, {@code local[N]}, {@code local[*]} (and
 * {@code local[N,F]}, F attempts per task) start an embedded node with that many CPUs; {@code ignis://host:port[,host:port]}
 * joins a running Ignis cluster as a driver.
 */
public final class Masters {
    private static final Pattern LOCAL_N = Pattern.compile("local\\[\\s*([0-9]+|\\*)\\s*(?:,\\s*([0-9]+)\\s*)?]");

    private Masters() {}

    /** A started runtime and the parallelism Spark would report for this master. */
    public record Started(IgnisRuntime runtime, int defaultParallelism, boolean local, int maxFailures) {}

    /**
     * The SparkConf key for the embedded node's object-store budget (Spark's byte strings: {@code 512m},
     * {@code 2g}; plain numbers are bytes). Unset, the runtime's default applies (a share of the heap).
     */
    public static final String STORE_SIZE_KEY = "spark.ignis.objectStore.size";

    public static Started start(String master) {
        return start(master, 0);
    }

    /** Starts the runtime {@code master} names; {@code storeBytes} > 0 sets an embedded node's object-store budget. */
    public static Started start(String master, long storeBytes) {
        if (master == null) {
            throw new IllegalArgumentException("A master URL must be set in your configuration");
        }
        String trimmed = master.trim();
        if (trimmed.equals("local")) {
            return local(1, 1, storeBytes);
        }
        Matcher local = LOCAL_N.matcher(trimmed);
        if (local.matches()) {
            String threads = local.group(1);
            int cpus = threads.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
            if (cpus <= 0) {
                throw new IllegalArgumentException("Asked to run locally with " + cpus + " threads");
            }
            int maxFailures = local.group(2) == null ? 1 : Integer.parseInt(local.group(2));
            return local(cpus, maxFailures, storeBytes);
        }
        if (trimmed.startsWith("ignis://")) {
            List<String> addresses = Arrays.stream(trimmed.substring("ignis://".length()).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            IgnisRuntime runtime = Ignis.init(IgnisConfig.builder().join(addresses).build());
            double cpus = 0;
            for (NodeInfo node : runtime.nodes()) {
                if (!node.driver()) {
                    cpus += node.totalResources().getOrDefault("CPU", 0.0);
                }
            }
            return new Started(runtime, Math.max(2, (int) cpus), false, 4);
        }
        throw new IllegalArgumentException("Could not parse Master URL: '" + master + "'");
    }

    /**
     * The embedded node's budget when {@link #STORE_SIZE_KEY} is not set: what Spark's unified
     * memory gets by default ({@code spark.memory.fraction} 0.6 of the heap less 300 MB reserved),
     * since the budget holds the same things here, persisted partitions and shuffle buffers; at
     * least a quarter of the heap (the runtime's own default) for small heaps.
     */
    static long defaultStoreBytes(long maxHeap) {
        return Math.max(maxHeap / 4, (long) ((maxHeap - (300L << 20)) * 0.6));
    }

    private static final Pattern SIZE = Pattern.compile("([0-9]+)\\s*([a-z]*)");

    /** A size in Spark's byte-string form ({@code 100}, {@code 64k}, {@code 512mb}, {@code 2g}) as bytes. */
    public static long bytes(String key, String text) {
        Matcher size = SIZE.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!size.matches()) {
            throw new NumberFormatException(key + " should be a size in bytes (e.g. 512m, 2g), got '" + text + "'");
        }
        long shift = switch (size.group(2)) {
            case "", "b" -> 0;
            case "k", "kb" -> 10;
            case "m", "mb" -> 20;
            case "g", "gb" -> 30;
            case "t", "tb" -> 40;
            case "p", "pb" -> 50;
            default -> throw new NumberFormatException(key + ": invalid suffix '" + size.group(2) + "' in '" + text + "'");
        };
        return Long.parseLong(size.group(1)) << shift;
    }

    private static Started local(int cpus, int maxFailures, long storeBytes) {
        IgnisConfig.Builder config = IgnisConfig.builder().resources(Map.of("CPU", (double) cpus));
        config.objectStoreBytes(storeBytes > 0 ? storeBytes : defaultStoreBytes(Runtime.getRuntime().maxMemory()));
        IgnisRuntime runtime = Ignis.init(config.build());
        return new Started(runtime, cpus, true, maxFailures);
    }
}

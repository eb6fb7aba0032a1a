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
 * {@code local[N,F]}) start an embedded node with that many CPUs; {@code ignis://host:port[,host:port]}
 * joins a running Ignis cluster as a driver.
 */
public final class Masters {
    private static final Pattern LOCAL_N = Pattern.compile("local\\[\\s*([0-9]+|\\*)\\s*(?:,\\s*([0-9]+)\\s*)?]");

    private Masters() {}

    /** A started runtime and the parallelism Spark would report for this master. */
    public record Started(IgnisRuntime runtime, int defaultParallelism, boolean local) {}

    public static Started start(String master) {
        if (master == null) {
            throw new IllegalArgumentException("A master URL must be set in your configuration");
        }
        String trimmed = master.trim();
        if (trimmed.equals("local")) {
            return local(1);
        }
        Matcher local = LOCAL_N.matcher(trimmed);
        if (local.matches()) {
            String threads = local.group(1);
            int cpus = threads.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
            if (cpus <= 0) {
                throw new IllegalArgumentException("Asked to run locally with " + cpus + " threads");
            }
            return local(cpus);
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
            return new Started(runtime, Math.max(2, (int) cpus), false);
        }
        throw new IllegalArgumentException("Could not parse Master URL: '" + master + "'");
    }

    private static Started local(int cpus) {
        IgnisRuntime runtime = Ignis.init(IgnisConfig.builder().resources(Map.of("CPU", (double) cpus)).build());
        return new Started(runtime, cpus, true);
    }
}

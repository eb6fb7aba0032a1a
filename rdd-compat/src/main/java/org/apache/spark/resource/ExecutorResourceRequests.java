package org.apache.spark.resource;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mutable set of executor resource requests, one per resource name, to
 * {@link ResourceProfileBuilder#require(ExecutorResourceRequests) require} in a profile. Memory
 * amounts are size strings ({@code "4g"}, {@code "512m"}; a bare number is MiB), kept in MiB.
 * Ignis records them with the profile; its nodes are not sized by them.
 */
public class ExecutorResourceRequests implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern SIZE = Pattern.compile("([0-9]+)([a-z]*)");

    private final Map<String, ExecutorResourceRequest> requests = Collections.synchronizedMap(new LinkedHashMap<>());

    public ExecutorResourceRequests() {
    }

    public scala.collection.immutable.Map<String, ExecutorResourceRequest> requests() {
        return ResourceProfile.immutableScalaMap(requestsJMap());
    }

    public Map<String, ExecutorResourceRequest> requestsJMap() {
        synchronized (requests) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(requests));
        }
    }

    public ExecutorResourceRequests memory(String amount) {
        return add(ResourceProfile.MEMORY(), mebibytes(amount));
    }

    public ExecutorResourceRequests offHeapMemory(String amount) {
        return add(ResourceProfile.OFFHEAP_MEM(), mebibytes(amount));
    }

    public ExecutorResourceRequests memoryOverhead(String amount) {
        return add(ResourceProfile.OVERHEAD_MEM(), mebibytes(amount));
    }

    public ExecutorResourceRequests pysparkMemory(String amount) {
        return add(ResourceProfile.PYSPARK_MEM(), mebibytes(amount));
    }

    public ExecutorResourceRequests cores(int amount) {
        return add(ResourceProfile.CORES(), amount);
    }

    /** A custom resource ({@code "gpu"}), with the script that finds its addresses and its vendor. */
    public ExecutorResourceRequests resource(String resourceName, long amount, String discoveryScript, String vendor) {
        requests.put(resourceName, new ExecutorResourceRequest(resourceName, amount, discoveryScript, vendor));
        return this;
    }

    @Override
    public String toString() {
        return "Executor resource requests: " + requestsJMap();
    }

    private ExecutorResourceRequests add(String resourceName, long amount) {
        return resource(resourceName, amount, "", "");
    }

    /** Spark's size strings in MiB, rounded down: a whole number and a binary unit suffix, MiB without one. */
    private static long mebibytes(String amount) {
        String lower = amount.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SIZE.matcher(lower);
        if (!matcher.matches()) {
            throw new NumberFormatException("Size must be specified as bytes (b), kibibytes (k), mebibytes (m), gibibytes (g), "
                    + "tebibytes (t), or pebibytes(p). E.g. 50b, 100k, or 250m.\nFailed to parse byte string: " + amount);
        }
        long number = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "b" -> number >> 20;
            case "k", "kb" -> number >> 10;
            case "", "m", "mb" -> number;
            case "g", "gb" -> number << 10;
            case "t", "tb" -> number << 20;
            case "p", "pb" -> number << 30;
            default -> throw new NumberFormatException("Size must be specified as bytes (b), kibibytes (k), mebibytes (m), "
                    + "gibibytes (g), tebibytes (t), or pebibytes(p). E.g. 50b, 100k, or 250m.\nInvalid suffix: \""
                    + matcher.group(2) + "\"");
        };
    }
}

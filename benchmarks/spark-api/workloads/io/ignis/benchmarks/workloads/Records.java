package io.ignis.benchmarks.workloads;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/**
 * How the generated files' records decode, and the order-free checksums the workloads answer with:
 * a sum of well-mixed hashes is the same whatever order an engine produces the records in, so two
 * engines agree on it exactly when they produced the same records.
 */
final class Records {
    /** A pair file's record: a big-endian int key, then a big-endian int value. */
    static final int PAIR_BYTES = 8;
    /** A sort record (TeraSort's layout): a 10-byte printable key, then 90 bytes of value. */
    static final int SORT_RECORD_BYTES = 100;
    static final int SORT_KEY_BYTES = 10;

    private Records() {}

    static int intAt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | bytes[offset + 3] & 0xff;
    }

    static Tuple2<Integer, Integer> pair(byte[] record) {
        return new Tuple2<>(intAt(record, 0), intAt(record, 4));
    }

    static Tuple2<String, byte[]> sortRecord(byte[] record) {
        byte[] value = new byte[SORT_RECORD_BYTES - SORT_KEY_BYTES];
        System.arraycopy(record, SORT_KEY_BYTES, value, 0, value.length);
        return new Tuple2<>(new String(record, 0, SORT_KEY_BYTES, StandardCharsets.ISO_8859_1), value);
    }

    /** SplitMix64's finalizer: spreads a value's bits so that sums of hashes do not cancel. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long hash(byte[] bytes) {
        long h = bytes.length;
        for (byte b : bytes) {
            h = h * 31 + b;
        }
        return mix(h);
    }

    /** Element-wise sum of two summaries of the same length (a reduce's combine). */
    static long[] add(long[] left, long[] right) {
        long[] sum = left.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += right[i];
        }
        return sum;
    }

    /** One summary per partition: a partition's records summed as {@code summarize} says, in {@code width} slots. */
    static <T> Iterator<long[]> summarize(Iterator<T> records, int width, Summarizer<T> summarize) {
        long[] sum = new long[width];
        while (records.hasNext()) {
            summarize.add(sum, records.next());
        }
        return List.of(sum).iterator();
    }

    /** Adds one record into a summary. */
    @FunctionalInterface
    interface Summarizer<T> extends java.io.Serializable {
        void add(long[] sum, T record);
    }
}

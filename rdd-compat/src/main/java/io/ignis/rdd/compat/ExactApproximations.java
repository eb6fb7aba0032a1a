package io.ignis.rdd.compat;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.partial.BoundedDouble;
import org.apache.spark.partial.PartialResult;

/**
 * Spark's approximate actions answered exactly: the arguments are checked as Spark checks them
 * (so a program that Spark refuses is refused here too), then the exact answer is returned as a
 * final result whose bounds are the value itself, with confidence 1.
 */
public final class ExactApproximations {
    private ExactApproximations() {}

    /** Spark's check of a confidence level. */
    public static void checkConfidence(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("requirement failed: confidence (" + confidence + ") must be in [0,1]");
        }
    }

    /** Spark's check of the relative accuracy asked of a HyperLogLog count. */
    public static void checkRelativeSD(double relativeSD) {
        if (!(relativeSD > 0.000017)) {
            throw new IllegalArgumentException("requirement failed: accuracy (" + relativeSD + ") must be greater than 0.000017");
        }
    }

    /** Exact counts as Spark's approximate counts by key: final, each bounded by itself. */
    public static <T> PartialResult<Map<T, BoundedDouble>> counts(Map<T, Long> counts) {
        Map<T, BoundedDouble> out = new HashMap<>();
        counts.forEach((key, count) -> out.put(key, new BoundedDouble(count, 1.0, count, count)));
        return new PartialResult<>(out, true);
    }
}

package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What the driver decides between the passes of {@code sampleByKeyExact}, shipped to every
 * partition's sampling task: per key, the threshold under which a draw keeps a copy, and (with
 * replacement) the accept and wait-list Poisson means the acceptance pass used, which the sampling
 * pass draws again with the same generator. Keys are compared with {@code equals}; a null key is
 * allowed, as in Spark.
 */
public final class ExactSamplingPlan<K> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean withReplacement;
    private final HashMap<K, Double> thresholds;
    private final HashMap<K, Double> acceptBounds;
    private final HashMap<K, Double> waitListBounds;

    /** A plan; the maps are copied (with replacement, the bound maps need every key of {@code thresholds}). */
    public ExactSamplingPlan(boolean withReplacement, Map<K, Double> thresholds, Map<K, Double> acceptBounds,
            Map<K, Double> waitListBounds) {
        // Plain HashMaps inside (null keys allowed, cheap to ship); callers see unmodifiable views.
        this.withReplacement = withReplacement;
        this.thresholds = new HashMap<>(requireNonNull(thresholds, "thresholds is null"));
        this.acceptBounds = new HashMap<>(requireNonNull(acceptBounds, "acceptBounds is null"));
        this.waitListBounds = new HashMap<>(requireNonNull(waitListBounds, "waitListBounds is null"));
    }

    /** Whether the plan samples with replacement. */
    public boolean withReplacement() {
        return withReplacement;
    }

    /** Per key, the draw under which a copy is kept. */
    public Map<K, Double> thresholds() {
        return Collections.unmodifiableMap(thresholds);
    }

    /** Per key, the Poisson mean of the copies accepted at once (with replacement only). */
    public Map<K, Double> acceptBounds() {
        return Collections.unmodifiableMap(acceptBounds);
    }

    /** Per key, the Poisson mean of the wait-listed copies (with replacement only). */
    public Map<K, Double> waitListBounds() {
        return Collections.unmodifiableMap(waitListBounds);
    }

    double threshold(K key) {
        return lookup(thresholds, key);
    }

    double acceptBound(K key) {
        return lookup(acceptBounds, key);
    }

    double waitListBound(K key) {
        return lookup(waitListBounds, key);
    }

    // Scala's Map.apply on a missing key, which Spark's sampling functions use.
    static <K> double lookup(Map<K, Double> values, K key) {
        Double value = values.get(key);
        if (value == null) {
            throw new NoSuchElementException("key not found: " + key);
        }
        return value;
    }

    @Override
    public String toString() {
        return "ExactSamplingPlan{withReplacement=" + withReplacement + ", thresholds=" + thresholds + "}";
    }
}

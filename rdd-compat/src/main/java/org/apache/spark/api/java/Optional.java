package org.apache.spark.api.java;

import java.io.Serializable;
import java.util.Objects;

/**
 * Spark's own optional value, as returned by the Java API's outer joins ({@code leftOuterJoin}
 * gives {@code Optional<W>} for the right side). It predates Java 8's {@code Optional} and keeps
 * both its method names and Guava's ({@code absent}, {@code fromNullable}, {@code or},
 * {@code orNull}); unlike {@code java.util.Optional} it is {@link Serializable}, so it can travel
 * inside RDD elements. As in Spark, {@code get()} of an empty one throws
 * {@link NullPointerException}.
 */
public final class Optional<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Optional<?> EMPTY = new Optional<>(null);

    private final T value;

    private Optional(T value) {
        this.value = value;
    }

    /** The empty optional. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> empty() {
        return (Optional<T>) EMPTY;
    }

    /** An optional holding {@code value}; a null value throws {@link NullPointerException}. */
    public static <T> Optional<T> of(T value) {
        return new Optional<>(Objects.requireNonNull(value));
    }

    /** An optional holding {@code value}, or the empty one when it is null. */
    public static <T> Optional<T> ofNullable(T value) {
        return value == null ? empty() : new Optional<>(value);
    }

    /** The value; throws {@link NullPointerException} when empty, as Spark's does. */
    public T get() {
        return Objects.requireNonNull(value);
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    public boolean isPresent() {
        return value != null;
    }

    /** Guava's name for {@link #empty()}. */
    public static <T> Optional<T> absent() {
        return empty();
    }

    /** Guava's name for {@link #ofNullable(Object)}. */
    public static <T> Optional<T> fromNullable(T value) {
        return ofNullable(value);
    }

    /** Guava's name for {@link #orElse(Object)}. */
    public T or(T other) {
        return orElse(other);
    }

    public T orNull() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Optional<?> that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value == null ? "Optional.empty" : String.format("Optional[%s]", value);
    }

    // One empty instance per JVM, also after Java deserialization.
    private Object readResolve() {
        return value == null ? EMPTY : this;
    }
}

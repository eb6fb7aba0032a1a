package org.apache.spark;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import scala.Option;
import scala.Tuple2;
import scala.collection.StringOps$;

/**
 * The reading side of {@link SparkConf}: lookups by key, with or without a default, and typed
 * getters that read Spark's number, duration ("10s", "5min") and size ("512k", "1g") strings.
 * {@code JavaSparkContext.getReadOnlyConf()} hands one out. A missing key without a default
 * throws {@link NoSuchElementException} with the key as message; a malformed value throws
 * {@link NumberFormatException} or {@link IllegalArgumentException} saying
 * "Illegal value for config key KEY: ...", as Spark does.
 */
public interface ReadOnlySparkConf {
    /** The value of {@code key}, if set. */
    Option<String> getOption(String key);

    /** Every setting, as (key, value) pairs in no particular order. */
    Tuple2<String, String>[] getAll();

    boolean contains(String key);

    /** The value of {@code key}; {@link NoSuchElementException} when it is not set. */
    default String get(String key) {
        Option<String> value = getOption(key);
        if (value.isEmpty()) {
            throw new NoSuchElementException(key);
        }
        return value.get();
    }

    default String get(String key, String defaultValue) {
        Option<String> value = getOption(key);
        return value.isDefined() ? value.get() : defaultValue;
    }

    /** A duration in seconds; a bare number is seconds. */
    default long getTimeAsSeconds(String key) {
        return checkedValue(key, () -> UnitStrings.timeAs(get(key), TimeUnit.SECONDS));
    }

    default long getTimeAsSeconds(String key, String defaultValue) {
        return checkedValue(key, () -> UnitStrings.timeAs(get(key, defaultValue), TimeUnit.SECONDS));
    }

    /** A duration in milliseconds; a bare number is milliseconds. */
    default long getTimeAsMs(String key) {
        return checkedValue(key, () -> UnitStrings.timeAs(get(key), TimeUnit.MILLISECONDS));
    }

    default long getTimeAsMs(String key, String defaultValue) {
        return checkedValue(key, () -> UnitStrings.timeAs(get(key, defaultValue), TimeUnit.MILLISECONDS));
    }

    /** A size in bytes; a bare number is bytes. */
    default long getSizeAsBytes(String key) {
        return size(key, get(key), UnitStrings.SizeUnit.BYTE);
    }

    default long getSizeAsBytes(String key, String defaultValue) {
        return size(key, get(key, defaultValue), UnitStrings.SizeUnit.BYTE);
    }

    default long getSizeAsBytes(String key, long defaultValue) {
        return size(key, get(key, defaultValue + "B"), UnitStrings.SizeUnit.BYTE);
    }

    /** A size in kibibytes (rounded down); a bare number is kibibytes. */
    default long getSizeAsKb(String key) {
        return size(key, get(key), UnitStrings.SizeUnit.KIB);
    }

    default long getSizeAsKb(String key, String defaultValue) {
        return size(key, get(key, defaultValue), UnitStrings.SizeUnit.KIB);
    }

    /** A size in mebibytes (rounded down); a bare number is mebibytes. */
    default long getSizeAsMb(String key) {
        return size(key, get(key), UnitStrings.SizeUnit.MIB);
    }

    default long getSizeAsMb(String key, String defaultValue) {
        return size(key, get(key, defaultValue), UnitStrings.SizeUnit.MIB);
    }

    /** A size in gibibytes (rounded down); a bare number is gibibytes. */
    default long getSizeAsGb(String key) {
        return size(key, get(key), UnitStrings.SizeUnit.GIB);
    }

    default long getSizeAsGb(String key, String defaultValue) {
        return size(key, get(key, defaultValue), UnitStrings.SizeUnit.GIB);
    }

    /** Every setting as an unmodifiable Java map. */
    default Map<String, String> getAllAsJavaMap() {
        Map<String, String> all = new HashMap<>();
        for (Tuple2<String, String> setting : getAll()) {
            all.put(setting._1(), setting._2());
        }
        return Collections.unmodifiableMap(all);
    }

    default int getInt(String key, int defaultValue) {
        return checkedValue(key, () -> parsed(key, Integer::parseInt, defaultValue));
    }

    default long getLong(String key, long defaultValue) {
        return checkedValue(key, () -> parsed(key, Long::parseLong, defaultValue));
    }

    default double getDouble(String key, double defaultValue) {
        return checkedValue(key, () -> parsed(key, Double::parseDouble, defaultValue));
    }

    /** "true" or "false" in any case; anything else is an illegal value. */
    default boolean getBoolean(String key, boolean defaultValue) {
        // Scala's own parsing, so the accepted spellings and the message are Spark's.
        return checkedValue(key, () -> parsed(key, StringOps$.MODULE$::toBoolean$extension, defaultValue));
    }

    private <T> T parsed(String key, Function<String, T> parse, T defaultValue) {
        Option<String> value = getOption(key);
        return value.isDefined() ? parse.apply(value.get()) : defaultValue;
    }

    private long size(String key, String value, UnitStrings.SizeUnit unit) {
        return checkedValue(key, () -> UnitStrings.sizeAs(value, unit));
    }

    // Names the key in the error, keeping the type: what a caller catches does not change.
    private <T> T checkedValue(String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (NumberFormatException e) {
            NumberFormatException named = new NumberFormatException(
                    "Illegal value for config key " + key + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Illegal value for config key " + key + ": " + e.getMessage(), e);
        }
    }
}

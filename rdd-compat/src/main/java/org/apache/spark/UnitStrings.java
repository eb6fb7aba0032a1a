package org.apache.spark;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's reading of durations ("10s", "100ms", "5min") and sizes ("512k", "1g", "2gib") in
 * configuration values: a whole number and an optional unit suffix, any case, no fractions; a
 * number without a suffix is in the unit asked for. Errors are {@link NumberFormatException}s
 * with Spark's messages, so {@link SparkConf}'s getters fail as Spark's do.
 */
final class UnitStrings {
    private static final Pattern TIME = Pattern.compile("(-?[0-9]+)([a-z]+)?");
    private static final Pattern SIZE = Pattern.compile("([0-9]+)([a-z]+)?");
    private static final Pattern FRACTIONAL_SIZE = Pattern.compile("([0-9]+\\.[0-9]+)([a-z]+)?");

    private static final Map<String, TimeUnit> TIME_SUFFIXES = Map.of(
            "us", TimeUnit.MICROSECONDS,
            "ms", TimeUnit.MILLISECONDS,
            "s", TimeUnit.SECONDS,
            "m", TimeUnit.MINUTES,
            "min", TimeUnit.MINUTES,
            "h", TimeUnit.HOURS,
            "d", TimeUnit.DAYS);

    private static final Map<String, SizeUnit> SIZE_SUFFIXES = Map.ofEntries(
            Map.entry("b", SizeUnit.BYTE),
            Map.entry("k", SizeUnit.KIB), Map.entry("ki", SizeUnit.KIB),
            Map.entry("kb", SizeUnit.KIB), Map.entry("kib", SizeUnit.KIB),
            Map.entry("m", SizeUnit.MIB), Map.entry("mi", SizeUnit.MIB),
            Map.entry("mb", SizeUnit.MIB), Map.entry("mib", SizeUnit.MIB),
            Map.entry("g", SizeUnit.GIB), Map.entry("gi", SizeUnit.GIB),
            Map.entry("gb", SizeUnit.GIB), Map.entry("gib", SizeUnit.GIB),
            Map.entry("t", SizeUnit.TIB), Map.entry("ti", SizeUnit.TIB),
            Map.entry("tb", SizeUnit.TIB), Map.entry("tib", SizeUnit.TIB),
            Map.entry("p", SizeUnit.PIB), Map.entry("pi", SizeUnit.PIB),
            Map.entry("pb", SizeUnit.PIB), Map.entry("pib", SizeUnit.PIB));

    private static final String TIME_HELP = "Time must be specified as seconds (s), milliseconds (ms), "
            + "microseconds (us), minutes (m or min), hour (h), or day (d). E.g. 50s, 100ms, or 250us.";
    private static final String SIZE_HELP = "Size must be specified as bytes (b), kibibytes (k), "
            + "mebibytes (m), gibibytes (g), tebibytes (t), or pebibytes(p). E.g. 50b, 100k, or 250m.";

    /** Binary size units, each 1024 times the one before. */
    enum SizeUnit {
        BYTE(1L),
        KIB(1L << 10),
        MIB(1L << 20),
        GIB(1L << 30),
        TIB(1L << 40),
        PIB(1L << 50);

        private final long multiplier;

        SizeUnit(long multiplier) {
            this.multiplier = multiplier;
        }

        /** {@code amount} of {@code from} in this unit, rounded down; too large throws. */
        long convertFrom(long amount, SizeUnit from) {
            if (from.multiplier > multiplier) {
                long ratio = from.multiplier / multiplier;
                if (Long.MAX_VALUE / ratio < amount) {
                    throw new IllegalArgumentException("Conversion of " + amount + " exceeds Long.MAX_VALUE in "
                            + spelling(from) + ". Try a larger unit (e.g. MiB instead of KiB)");
                }
                return amount * ratio;
            }
            return amount / (multiplier / from.multiplier);
        }

        // Spark's enum constants are spelled BYTE, KiB, MiB...; its messages use those names.
        private static String spelling(SizeUnit unit) {
            return unit == BYTE ? "BYTE" : unit.name().charAt(0) + "iB";
        }
    }

    private UnitStrings() {
    }

    /** A duration string in {@code unit}; a bare number is already in {@code unit}. */
    static long timeAs(String text, TimeUnit unit) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        try {
            Matcher matcher = TIME.matcher(lower);
            if (!matcher.matches()) {
                throw new NumberFormatException("Failed to parse time string: " + text);
            }
            long amount = Long.parseLong(matcher.group(1));
            String suffix = matcher.group(2);
            if (suffix != null && !TIME_SUFFIXES.containsKey(suffix)) {
                throw new NumberFormatException("Invalid suffix: \"" + suffix + "\"");
            }
            return unit.convert(amount, suffix == null ? unit : TIME_SUFFIXES.get(suffix));
        } catch (NumberFormatException e) {
            throw new NumberFormatException(TIME_HELP + "\n" + e.getMessage());
        }
    }

    /** A size string in {@code unit} (rounded down); a bare number is already in {@code unit}. */
    static long sizeAs(String text, SizeUnit unit) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        try {
            Matcher matcher = SIZE.matcher(lower);
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String suffix = matcher.group(2);
                if (suffix != null && !SIZE_SUFFIXES.containsKey(suffix)) {
                    throw new NumberFormatException("Invalid suffix: \"" + suffix + "\"");
                }
                return unit.convertFrom(amount, suffix == null ? unit : SIZE_SUFFIXES.get(suffix));
            }
            Matcher fraction = FRACTIONAL_SIZE.matcher(lower);
            if (fraction.matches()) {
                throw new NumberFormatException("Fractional values are not supported. Input was: " + fraction.group(1));
            }
            throw new NumberFormatException("Failed to parse byte string: " + text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException(SIZE_HELP + "\n" + e.getMessage());
        }
    }
}

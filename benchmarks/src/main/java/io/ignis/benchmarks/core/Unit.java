package io.ignis.benchmarks.core;

import java.util.Locale;

/**
 * The unit a figure is reported in, which also says which way is better: a rate is better higher,
 * a latency lower. Values print plainly in report rows (for scripts) and grouped in the comparison table.
 */
public enum Unit {
    PER_S("per_s", "/s", true, 0),
    US("us", "us", false, 1),
    GB_PER_S("GB/s", "GB/s", true, 2);

    private final String label;
    private final String suffix;
    private final boolean higherIsBetter;
    private final int decimals;

    Unit(String label, String suffix, boolean higherIsBetter, int decimals) {
        this.label = label;
        this.suffix = suffix;
        this.higherIsBetter = higherIsBetter;
        this.decimals = decimals;
    }

    /** The unit as a report row names it: {@code per_s}, {@code us} or {@code GB/s}. */
    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** True if {@code value} is at least as good as {@code goal}. */
    public boolean meets(double value, double goal) {
        return higherIsBetter ? value >= goal : value <= goal;
    }

    /** For machines: no grouping, a dot for decimals. */
    public String plain(double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** For people: grouped digits and the unit, e.g. {@code 212,345 /s}. */
    public String readable(double value) {
        return String.format(Locale.ROOT, "%,." + decimals + "f %s", value, suffix);
    }
}

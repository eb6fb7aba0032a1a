package io.ignis.api;

import java.util.Map;

/** Names and checks of resource amounts, shared by the options and the runtime. */
public final class Resources {
    public static final String CPU = "CPU";
    public static final String GPU = "GPU";
    /** Bytes of memory a task or actor reserves (a scheduling amount, not a limit the JVM enforces). */
    public static final String MEMORY = "memory";

    private Resources() {}

    /** Rejects negative or non-finite amounts, and fractional amounts above 1 (as Ray does). */
    public static void check(Map<String, Double> resources) {
        resources.forEach((name, amount) -> {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("resource name is empty");
            }
            if (amount == null || amount.isNaN() || amount.isInfinite() || amount < 0) {
                throw new IllegalArgumentException("resource " + name + " must be a finite amount >= 0, got " + amount);
            }
            if (amount > 1 && amount != Math.floor(amount)) {
                throw new IllegalArgumentException("resource " + name + ": amounts above 1 must be whole numbers, got " + amount);
            }
        });
    }
}

package io.ignis.runtime.node;

import io.ignis.runtime.sched.ResourcePool;
import java.util.Map;
import java.util.TreeMap;

/** Resource amounts in units, written as people read them: {CPU=1.5, GPU=1}. */
final class ResourcePoolText {
    private ResourcePoolText() {}

    static String of(Map<String, Long> units) {
        Map<String, String> out = new TreeMap<>();
        units.forEach((name, value) -> out.put(name, amount(value / (double) ResourcePool.UNIT)));
        return out.toString();
    }

    static String amounts(Map<String, Double> amounts) {
        Map<String, String> out = new TreeMap<>();
        amounts.forEach((name, value) -> out.put(name, amount(value)));
        return out.toString();
    }

    private static String amount(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

package io.ignis.runtime.node;

import java.util.List;

/** The return values of a task declared with numReturns(n): a List of exactly n elements. */
final class Returns {
    private Returns() {}

    /** {@code what} names the task in errors; it is only asked then. */
    static List<?> split(Object result, int count, java.util.function.Supplier<String> what) {
        if (count == 1) {
            return java.util.Collections.singletonList(result);
        }
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException(what.get() + " declares numReturns(" + count + ") but returned "
                    + (result == null ? "null" : result.getClass().getName()) + " instead of a List of " + count);
        }
        if (list.size() != count) {
            throw new IllegalStateException(what.get() + " declares numReturns(" + count + ") but returned a List of " + list.size());
        }
        return list;
    }
}

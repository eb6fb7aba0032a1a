package io.ignis.rdd.ops;

/**
 * Rethrows a checked exception from code that cannot declare it (an {@code Iterator}), unchanged,
 * so the user's exception reaches the action with its own type, as in Spark.
 */
final class Sneaky {
    private Sneaky() {}

    static RuntimeException rethrow(Throwable error) {
        throw Sneaky.<RuntimeException>cast(error);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E cast(Throwable error) throws E {
        throw (E) error;
    }
}

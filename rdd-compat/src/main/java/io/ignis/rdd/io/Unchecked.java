package io.ignis.rdd.io;

/**
 * Rethrows a checked exception (Hadoop's {@code IOException}s, mostly) from a method that cannot
 * declare it, unchanged: a missing input path reaches the caller as Hadoop's own
 * {@code InvalidInputException}, which is what a Spark program sees.
 */
final class Unchecked {
    private Unchecked() {}

    static RuntimeException rethrow(Throwable error) {
        throw Unchecked.<RuntimeException>cast(error);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E cast(Throwable error) throws E {
        throw (E) error;
    }
}

package io.ignis.shuffle.spill;

/** Rethrows a user function's checked exception unchanged from code that cannot declare it (an iterator). */
final class Unchecked {
    private Unchecked() {}

    static RuntimeException rethrow(Throwable error) {
        throw Unchecked.<RuntimeException>sneaky(error);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }
}

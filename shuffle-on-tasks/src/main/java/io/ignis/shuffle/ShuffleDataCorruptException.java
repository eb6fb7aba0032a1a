package io.ignis.shuffle;

/**
 * Shuffle data that is not what was written: a spilled run's frame or a block's wire frame whose
 * checksum, length or compression does not check out. Thrown instead of ever returning the bytes
 * as records; the task reading them fails, and the runtime makes the data again (a block's map task
 * re-runs through lineage).
 */
public final class ShuffleDataCorruptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShuffleDataCorruptException(String message) {
        super(message);
    }

    public ShuffleDataCorruptException(String message, Throwable cause) {
        super(message, cause);
    }
}

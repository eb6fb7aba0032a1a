package io.ignis.runtime.store;

import java.io.IOException;

/** A spill file that is not what was written (bad header, wrong length or a block whose checksum fails). */
public final class SpillCorruptException extends IOException {
    public SpillCorruptException(String message) {
        super(message);
    }

    public SpillCorruptException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.ignis.runtime.transfer;

import java.io.IOException;

/** The bytes a fetch received do not match the checksum their holder sent: they are never used as the object. */
public final class CorruptTransferException extends IOException {
    public CorruptTransferException(String message) {
        super(message);
    }
}

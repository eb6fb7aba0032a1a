package io.ignis.runtime.serial;

import static java.util.Objects.requireNonNull;

/**
 * A value in its wire form: a format tag and the bytes. A {@code byte[]} value travels as itself
 * (tag {@link #RAW}, no copy), a {@code ByteBuffer} as its contents, anything else as Kryo output.
 */
public record Encoded(byte format, byte[] bytes) {
    public static final byte KRYO = 0;
    public static final byte RAW = 1;
    public static final byte BUFFER = 2;

    public Encoded {
        requireNonNull(bytes, "bytes is null");
    }

    public int size() {
        return bytes.length;
    }
}

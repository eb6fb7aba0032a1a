package io.ignis.runtime.serial;

import static java.util.Objects.requireNonNull;

import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * A value in its wire form: a format tag and the bytes. A {@code byte[]} value travels as itself
 * (tag {@link #RAW}, no copy), a {@code ByteBuffer} as its contents, anything else as Kryo output.
 *
 * <p>The {@link #checksum} (xxHash64 of the bytes) is taken once, when first asked: the node that
 * keeps a wire form to serve asks at once, so the bytes a fetcher receives are checked against
 * what was made, whatever happened to them in memory or on the way.
 */
public final class Encoded {
    public static final byte KRYO = 0;
    public static final byte RAW = 1;
    public static final byte BUFFER = 2;
    private static final XXHash64 HASH = XXHashFactory.fastestInstance().hash64();
    private static final long SEED = 0x49474e4953L; // "IGNIS"

    private final byte format;
    private final byte[] bytes;
    private volatile boolean summed;
    private volatile long checksum;

    public Encoded(byte format, byte[] bytes) {
        this.format = format;
        this.bytes = requireNonNull(bytes, "bytes is null");
    }

    public byte format() {
        return format;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    /** The xxHash64 of the bytes, computed on the first call and kept. */
    public long checksum() {
        if (!summed) {
            checksum = checksumOf(bytes);
            summed = true;
        }
        return checksum;
    }

    /** The checksum {@link #checksum} computes, of any bytes. */
    public static long checksumOf(byte[] bytes) {
        return HASH.hash(bytes, 0, bytes.length, SEED);
    }

    /** The same checksum taken piece by piece (a fetcher sums what it receives as it arrives). */
    public static net.jpountz.xxhash.StreamingXXHash64 newChecksum() {
        return XXHashFactory.fastestInstance().newStreamingHash64(SEED);
    }

    @Override
    public String toString() {
        return "Encoded[format=" + format + ", " + bytes.length + " bytes]";
    }
}

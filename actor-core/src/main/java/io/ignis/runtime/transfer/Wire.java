package io.ignis.runtime.transfer;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Moving bytes between a heap array and a blocking socket channel through one direct buffer per
 * connection. A heap array cannot be handed to the kernel as it is, so the JDK would copy it into
 * a temporary direct buffer anyway; doing it here in {@value #CHUNK}-byte chunks (instead of the
 * 128 KiB pieces {@code Socket} streams use) takes an eighth of the system calls, which measured
 * about 20% more throughput over loopback on the development machine (1.65 against 1.35 GB/s for
 * 256 MiB arrays, in a probe of both ways).
 */
final class Wire {
    static final int CHUNK = 1 << 20;

    private Wire() {}

    static ByteBuffer newBuffer() {
        return ByteBuffer.allocateDirect(CHUNK);
    }

    /** Writes {@code bytes} whole through {@code buffer}, which must be empty (position 0) and is left so. */
    static void write(SocketChannel channel, ByteBuffer buffer, byte[] bytes) throws IOException {
        int offset = 0;
        while (offset < bytes.length || buffer.position() > 0) {
            int n = Math.min(buffer.remaining(), bytes.length - offset);
            buffer.put(bytes, offset, n);
            offset += n;
            buffer.flip();
            channel.write(buffer);
            buffer.compact();
        }
    }

    /** Writes what {@code buffer} holds (position = bytes put), leaving it empty. */
    static void flush(SocketChannel channel, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Reads exactly {@code into.length} bytes through {@code buffer} (empty on entry and on return). */
    static void readFully(SocketChannel channel, ByteBuffer buffer, byte[] into) throws IOException {
        readFully(channel, buffer, into, null);
    }

    /**
     * Like {@link #readFully(SocketChannel, ByteBuffer, byte[])}, feeding each chunk to {@code hash}
     * (if not null) as it lands, while it is still in the cache.
     */
    static void readFully(SocketChannel channel, ByteBuffer buffer, byte[] into, net.jpountz.xxhash.StreamingXXHash64 hash)
            throws IOException {
        int offset = 0;
        while (offset < into.length) {
            buffer.clear();
            buffer.limit(Math.min(buffer.capacity(), into.length - offset));
            if (channel.read(buffer) < 0) {
                throw new EOFException("connection closed after " + offset + " of " + into.length + " bytes");
            }
            buffer.flip();
            int n = buffer.remaining();
            buffer.get(into, offset, n);
            if (hash != null) {
                hash.update(into, offset, n);
            }
            offset += n;
        }
        buffer.clear();
    }

    /** Reads exactly {@code count} bytes into {@code buffer}, flipped for reading; false if the peer closed before the first byte. */
    static boolean readHeader(SocketChannel channel, ByteBuffer buffer, int count) throws IOException {
        buffer.clear();
        buffer.limit(count);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("connection closed inside a header");
            }
        }
        buffer.flip();
        return true;
    }
}

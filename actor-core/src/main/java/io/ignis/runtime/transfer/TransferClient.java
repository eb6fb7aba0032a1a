package io.ignis.runtime.transfer;

import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Fetches object bytes from other nodes' {@link TransferServer}s, keeping idle connections per
 * address for reuse. The answer is read into one array of the object's size, through the
 * connection's direct buffer (see {@link Wire}).
 */
public final class TransferClient implements AutoCloseable {
    private final Map<String, ConcurrentLinkedQueue<Connection>> idle = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong fetches = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong bytesFetched = new java.util.concurrent.atomic.AtomicLong();

    /** Objects fetched so far. */
    public long fetches() {
        return fetches.get();
    }

    /** Bytes fetched so far. */
    public long bytesFetched() {
        return bytesFetched.get();
    }

    /**
     * The wire form of {@code id} from the server at {@code address}, or null if it does not hold it.
     * Throws {@link CorruptTransferException} if the bytes do not match their holder's checksum.
     */
    public Encoded fetch(String address, ObjectId id) throws IOException {
        Connection connection = idle.computeIfAbsent(address, a -> new ConcurrentLinkedQueue<>()).poll();
        if (connection == null) {
            connection = new Connection(address);
        }
        try {
            Encoded result = connection.request(id);
            idle.get(address).add(connection);
            if (result != null) {
                fetches.incrementAndGet();
                bytesFetched.addAndGet(result.size());
            }
            return result;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Drops idle connections to a node that left. */
    public void forget(String address) {
        ConcurrentLinkedQueue<Connection> connections = idle.remove(address);
        if (connections != null) {
            connections.forEach(Connection::close);
        }
    }

    @Override
    public void close() {
        idle.values().forEach(queue -> queue.forEach(Connection::close));
        idle.clear();
    }

    private static final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer buffer = Wire.newBuffer();

        Connection(String address) throws IOException {
            int colon = address.lastIndexOf(':');
            channel = SocketChannel.open();
            try {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.setOption(StandardSocketOptions.SO_RCVBUF, TransferServer.SOCKET_BUFFER);
                channel.socket().connect(new InetSocketAddress(address.substring(0, colon),
                        Integer.parseInt(address.substring(colon + 1))), 10_000);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        Encoded request(ObjectId id) throws IOException {
            buffer.clear();
            buffer.putLong(id.owner().getMostSignificantBits()).putLong(id.owner().getLeastSignificantBits())
                    .putLong(id.sequence());
            Wire.flush(channel, buffer);
            if (!Wire.readHeader(channel, buffer, 1)) {
                throw new java.io.EOFException("transfer server closed the connection");
            }
            if (buffer.get() == TransferServer.MISSING) {
                buffer.clear();
                return null;
            }
            Wire.readHeader(channel, buffer, TransferServer.ANSWER_HEADER_BYTES - 1);
            byte format = buffer.get();
            byte[] bytes = new byte[buffer.getInt()];
            long checksum = buffer.getLong();
            buffer.clear();
            net.jpountz.xxhash.StreamingXXHash64 hash = Encoded.newChecksum();
            Wire.readFully(channel, buffer, bytes, hash);
            if (hash.getValue() != checksum) {
                throw new CorruptTransferException("object " + id + ": the " + bytes.length + " bytes received do not match"
                        + " the checksum their holder sent");
            }
            return new Encoded(format, bytes);
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

package io.ignis.runtime.transfer;

import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Fetches object bytes from other nodes' {@link TransferServer}s, keeping idle connections per
 * address for reuse. The answer is read straight into one array of the object's size.
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

    /** The wire form of {@code id} from the server at {@code address}, or null if it does not hold it. */
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
        private final Socket socket;
        private final DataInputStream in;
        private final DataOutputStream out;

        Connection(String address) throws IOException {
            int colon = address.lastIndexOf(':');
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setReceiveBufferSize(4 * TransferServer.BUFFER);
            socket.connect(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))), 10_000);
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), TransferServer.BUFFER));
            out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 64));
        }

        Encoded request(ObjectId id) throws IOException {
            out.writeLong(id.owner().getMostSignificantBits());
            out.writeLong(id.owner().getLeastSignificantBits());
            out.writeLong(id.sequence());
            out.flush();
            byte status = in.readByte();
            if (status == TransferServer.MISSING) {
                return null;
            }
            byte format = in.readByte();
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new Encoded(format, bytes);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

package io.ignis.runtime.transfer;

import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves object bytes to other nodes over plain TCP: a request names an object, the answer is its
 * wire form streamed from the array the store holds (a {@code byte[]} value is written as itself,
 * never encoded again), through one direct buffer per connection (see {@link Wire}). Connections
 * stay open and serve requests one after another; a client opens more connections for parallel
 * fetches.
 *
 * <p>Protocol: request = owner id (2 longs), sequence (long); answer = status byte (0 found,
 * 1 missing), then if found a format byte, an int length, the xxHash64 of the bytes as the holder
 * made them (see {@link Encoded#checksum}), and the bytes. The client checks the checksum.
 */
public final class TransferServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransferServer.class);
    static final int SOCKET_BUFFER = 4 << 20;
    static final int REQUEST_BYTES = 24;
    static final int ANSWER_HEADER_BYTES = 14;
    static final byte FOUND = 0;
    static final byte MISSING = 1;

    private final ServerSocketChannel server;
    private final Function<ObjectId, Encoded> lookup;
    private final ThreadFactory threads;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public TransferServer(String host, Function<ObjectId, Encoded> lookup, ThreadFactory threads) throws IOException {
        this.lookup = lookup;
        this.threads = threads;
        this.server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
        server.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
        threads.newThread(this::acceptLoop).start();
    }

    /** {@code host:port} the server listens on. */
    public String address() {
        InetSocketAddress local = (InetSocketAddress) server.socket().getLocalSocketAddress();
        return local.getAddress().getHostAddress() + ":" + local.getPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel channel = server.accept();
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
                open.add(channel);
                threads.newThread(() -> serve(channel)).start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("transfer server accept failed", e);
                }
            }
        }
    }

    private void serve(SocketChannel channel) {
        ByteBuffer buffer = Wire.newBuffer();
        try (channel) {
            while (!closed) {
                if (!Wire.readHeader(channel, buffer, REQUEST_BYTES)) {
                    return;
                }
                ObjectId id = new ObjectId(new UUID(buffer.getLong(), buffer.getLong()), buffer.getLong());
                buffer.clear();
                Encoded encoded;
                try {
                    encoded = lookup.apply(id);
                } catch (RuntimeException e) {
                    LOG.warn("cannot serve object {}", id, e);
                    encoded = null;
                }
                if (encoded == null) {
                    buffer.put(MISSING);
                    Wire.flush(channel, buffer);
                } else {
                    buffer.put(FOUND).put(encoded.format()).putInt(encoded.bytes().length).putLong(encoded.checksum());
                    Wire.write(channel, buffer, encoded.bytes());
                }
            }
        } catch (ClosedChannelException e) {
            // closed by close()
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("transfer connection ended", e);
            }
        } finally {
            open.remove(channel);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (SocketChannel channel : open) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

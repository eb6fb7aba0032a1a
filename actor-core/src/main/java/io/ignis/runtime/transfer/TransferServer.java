package io.ignis.runtime.transfer;

import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves object bytes to other nodes over plain TCP: a request names an object, the answer is its
 * wire form streamed straight from the array the store holds (a {@code byte[]} value is written as
 * itself, never copied). Connections stay open and serve requests one after another; a client
 * opens more connections for parallel fetches.
 *
 * <p>Protocol: request = owner id (2 longs), sequence (long); answer = status byte (0 found,
 * 1 missing), then if found a format byte, an int length and the bytes.
 */
public final class TransferServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransferServer.class);
    static final int BUFFER = 1 << 20;
    static final byte FOUND = 0;
    static final byte MISSING = 1;

    private final ServerSocket server;
    private final Function<ObjectId, Encoded> lookup;
    private final ThreadFactory threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public TransferServer(String host, Function<ObjectId, Encoded> lookup, ThreadFactory threads) throws IOException {
        this.lookup = lookup;
        this.threads = threads;
        this.server = new ServerSocket();
        server.setReceiveBufferSize(4 * BUFFER);
        server.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
        threads.newThread(this::acceptLoop).start();
    }

    /** {@code host:port} the server listens on. */
    public String address() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                socket.setSendBufferSize(4 * BUFFER);
                open.add(socket);
                threads.newThread(() -> serve(socket)).start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("transfer server accept failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
             DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), BUFFER))) {
            while (!closed) {
                ObjectId id;
                try {
                    id = new ObjectId(new UUID(in.readLong(), in.readLong()), in.readLong());
                } catch (EOFException e) {
                    return;
                }
                Encoded encoded;
                try {
                    encoded = lookup.apply(id);
                } catch (RuntimeException e) {
                    LOG.warn("cannot serve object {}", id, e);
                    encoded = null;
                }
                if (encoded == null) {
                    out.writeByte(MISSING);
                } else {
                    out.writeByte(FOUND);
                    out.writeByte(encoded.format());
                    out.writeInt(encoded.bytes().length);
                    out.write(encoded.bytes());
                }
                out.flush();
            }
        } catch (SocketException e) {
            // the client went away
        } catch (IOException e) {
            if (!closed) {
                LOG.warn("transfer connection failed", e);
            }
        } finally {
            open.remove(socket);
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
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

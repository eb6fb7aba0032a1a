package io.ignis.runtime.node;

import io.ignis.runtime.cluster.IgniteCluster;
import io.ignis.runtime.serial.Serializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ordered, batched messages between nodes over Ignite messaging. Messages to one node that come in
 * a burst leave together as one numbered batch (see {@link Outbox}); the receiver handles
 * each sender's batches in number order, so messages from one node to another arrive in the
 * order they were sent (which actor-call ordering relies on), whatever order Ignite delivers in.
 */
final class Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(Messenger.class);
    private static final int MAX_BATCH = 4096;
    private static final long BURST_NANOS = 50_000;

    private final IgniteCluster cluster;
    private final Serializer serializer;
    private final ExecutorService sender;
    private final BiConsumer<UUID, Message> handler;
    private final Map<UUID, Outbox> outboxes = new ConcurrentHashMap<>();
    private final Map<UUID, Inbox> inboxes = new ConcurrentHashMap<>();

    Messenger(IgniteCluster cluster, Serializer serializer, ExecutorService sender, BiConsumer<UUID, Message> handler) {
        this.cluster = cluster;
        this.serializer = serializer;
        this.sender = sender;
        this.handler = handler;
    }

    void send(UUID destination, Message message) {
        outboxes.computeIfAbsent(destination, Outbox::new).add(message);
    }

    /** A batch arrived from {@code source} (on an Ignite thread). */
    void receive(UUID source, byte[] bytes) {
        Message.Batch batch = (Message.Batch) serializer.fromMessageBytes(bytes);
        Inbox inbox = inboxes.computeIfAbsent(source, id -> new Inbox());
        synchronized (inbox) {
            if (batch.sequence() != inbox.next) {
                inbox.early.put(batch.sequence(), batch);
                return;
            }
            deliver(source, batch);
            inbox.next++;
            Message.Batch waiting;
            while ((waiting = inbox.early.remove(inbox.next)) != null) {
                deliver(source, waiting);
                inbox.next++;
            }
        }
    }

    private void deliver(UUID source, Message.Batch batch) {
        for (Message message : batch.messages()) {
            try {
                handler.accept(source, message);
            } catch (RuntimeException e) {
                LOG.error("failed to handle {} from {}", message.getClass().getSimpleName(), source, e);
            }
        }
    }

    void forget(UUID node) {
        outboxes.remove(node);
        inboxes.remove(node);
    }

    private static final class Inbox {
        long next;
        final TreeMap<Long, Message.Batch> early = new TreeMap<>();
    }

    /**
     * Messages to one node. A message that comes alone (none in the last {@value #BURST_NANOS} ns)
     * is sent at once from its caller's thread, for latency; messages that come in a burst go to
     * the node's sender thread, and pile up while it sends, so they leave as few large batches.
     * Whoever sends holds the lock, numbers the batch and sends it, so batches leave in order.
     */
    private final class Outbox {
        private final UUID destination;
        private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
        private final ReentrantLock sending = new ReentrantLock();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile long lastAdd;
        private long sequence;

        Outbox(UUID destination) {
            this.destination = destination;
        }

        void add(Message message) {
            queue.add(message);
            long now = System.nanoTime();
            long previous = lastAdd;
            lastAdd = now;
            if (now - previous < BURST_NANOS) {
                if (scheduled.compareAndSet(false, true)) {
                    sender.execute(this::drainInBackground);
                }
                return;
            }
            drain();
        }

        private void drainInBackground() {
            scheduled.set(false);
            drain();
        }

        /** Sends until the queue is empty, unless another thread is sending (it will see what is queued). */
        private void drain() {
            while (!queue.isEmpty() && sending.tryLock()) {
                try {
                    flush();
                } finally {
                    sending.unlock();
                }
            }
        }

        /** Runs under the lock, so batches are numbered and sent in order. */
        private void flush() {
            while (true) {
                List<Message> messages = new ArrayList<>();
                Message m;
                while (messages.size() < MAX_BATCH && (m = queue.poll()) != null) {
                    messages.add(m);
                }
                if (messages.isEmpty()) {
                    return;
                }
                send(serializer.messageBytes(new Message.Batch(sequence++, messages)));
            }
        }

        /**
         * A batch that cannot be sent is tried again while its destination is a member: giving up on
         * it would leave a gap in the numbering that stalls every later batch.
         */
        private void send(byte[] batch) {
            for (int attempt = 0; ; attempt++) {
                try {
                    cluster.send(destination, batch);
                    return;
                } catch (RuntimeException e) {
                    if (cluster.member(destination) == null || attempt >= 50) {
                        LOG.warn("dropping a batch to {} after {} attempts", destination, attempt + 1, e);
                        return;
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}

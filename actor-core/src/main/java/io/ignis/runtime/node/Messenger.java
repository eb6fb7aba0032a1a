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
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ordered, batched messages between nodes over Ignite messaging. Messages to one node queue up
 * while a send is in progress and leave together as one numbered batch; the receiver handles
 * each sender's batches in number order, so messages from one node to another arrive in the
 * order they were sent (which actor-call ordering relies on), whatever order Ignite delivers in.
 */
final class Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(Messenger.class);
    private static final int MAX_BATCH = 4096;

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
        Message.Batch batch = (Message.Batch) serializer.fromBytes(bytes);
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

    private final class Outbox {
        private final UUID destination;
        private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private long sequence;

        Outbox(UUID destination) {
            this.destination = destination;
        }

        void add(Message message) {
            queue.add(message);
            if (scheduled.compareAndSet(false, true)) {
                sender.execute(this::flush);
            }
        }

        /** Runs on the single sender thread, so batches leave in sequence order. */
        private void flush() {
            scheduled.set(false);
            while (true) {
                List<Message> messages = new ArrayList<>();
                Message m;
                while (messages.size() < MAX_BATCH && (m = queue.poll()) != null) {
                    messages.add(m);
                }
                if (messages.isEmpty()) {
                    return;
                }
                try {
                    cluster.send(destination, serializer.toBytes(new Message.Batch(sequence++, messages)));
                } catch (RuntimeException e) {
                    LOG.debug("cannot send to {} (gone?)", destination, e);
                }
                if (queue.isEmpty()) {
                    return;
                }
            }
        }
    }
}

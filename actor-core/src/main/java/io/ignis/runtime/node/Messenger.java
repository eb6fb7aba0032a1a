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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final ScheduledExecutorService timer;
    private final BiConsumer<UUID, Message> handler;
    private final Map<UUID, Outbox> outboxes = new ConcurrentHashMap<>();
    private final Map<UUID, Inbox> inboxes = new ConcurrentHashMap<>();

    Messenger(IgniteCluster cluster, Serializer serializer, ExecutorService sender, ScheduledExecutorService timer,
              BiConsumer<UUID, Message> handler) {
        this.cluster = cluster;
        this.serializer = serializer;
        this.sender = sender;
        this.timer = timer;
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
     *
     * <p>A batch that cannot be sent (the destination is unreachable for a while: a client
     * reconnecting, a node dying) is kept and tried again from the timer, before anything newer,
     * for as long as the destination is a member: a batch given up on would leave a gap in the
     * numbering that stalls every later one. Once the destination has left, its outbox is dropped.
     */
    private final class Outbox {
        private static final long RETRY_MILLIS = 20;

        private final UUID destination;
        private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
        private final ReentrantLock sending = new ReentrantLock();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile long lastAdd;
        private long sequence;
        /** A numbered batch that failed to leave; sent before anything else. Guarded by {@link #sending}. */
        private volatile byte[] unsent;
        private volatile boolean retrying;

        Outbox(UUID destination) {
            this.destination = destination;
        }

        void add(Message message) {
            queue.add(message);
            long now = System.nanoTime();
            long previous = lastAdd;
            lastAdd = now;
            if (retrying) {
                return; // the retry will take it
            }
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
            while ((unsent != null || !queue.isEmpty()) && !retrying && sending.tryLock()) {
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
                if (unsent == null) {
                    List<Message> messages = new ArrayList<>();
                    Message m;
                    while (messages.size() < MAX_BATCH && (m = queue.poll()) != null) {
                        messages.add(m);
                    }
                    if (messages.isEmpty()) {
                        return;
                    }
                    unsent = serializer.messageBytes(new Message.Batch(sequence++, messages));
                }
                try {
                    cluster.send(destination, unsent);
                    unsent = null;
                } catch (RuntimeException e) {
                    retryLater(e);
                    return;
                }
            }
        }

        private void retryLater(RuntimeException error) {
            if (cluster.member(destination) == null) {
                LOG.debug("dropping messages to {}, which left the cluster", destination);
                unsent = null;
                queue.clear();
                outboxes.remove(destination, this);
                return;
            }
            LOG.debug("could not send a batch to {}; trying again", destination, error);
            retrying = true;
            try {
                timer.schedule(() -> {
                    retrying = false;
                    drain();
                }, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                retrying = false; // this node is closing
            }
        }
    }
}

package io.ignis.runtime.node;

import static java.util.Objects.requireNonNull;

import io.ignis.api.NodeCache;
import io.ignis.api.ObjectRef;
import io.ignis.api.exception.IgnisException;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.store.ObjectId;
import java.lang.ref.Reference;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One node's {@link NodeCache}: keeping copies is the {@link ObjectManager}'s (see
 * {@link ObjectManager#getKept}); dropping them everywhere is a {@link Message.DropCopies} to every
 * other node, whose answers a blocking drop waits for. A node that leaves counts as having answered.
 */
final class NodeCacheImpl implements NodeCache {
    private final Node node;
    private final AtomicLong requests = new AtomicLong();
    /** Blocking drops waiting for answers, by request: the nodes yet to answer. */
    private final Map<Long, Waiting> waiting = new ConcurrentHashMap<>();

    private record Waiting(Set<UUID> nodes, CompletableFuture<Void> done) {
        void answered(UUID node) {
            nodes.remove(node);
            if (nodes.isEmpty()) {
                done.complete(null);
            }
        }
    }

    NodeCacheImpl(Node node) {
        this.node = node;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T get(ObjectRef<T> ref) {
        ObjectRefImpl<?> bound = bound(ref);
        try {
            return (T) node.objects().getKept(bound);
        } finally {
            Reference.reachabilityFence(bound);
            Reference.reachabilityFence(ref);
        }
    }

    @Override
    public void dropCopies(ObjectRef<?> ref, boolean blocking) {
        ObjectId id = bound(ref).objectId;
        node.objects().dropCopy(id);
        long request = blocking ? requests.incrementAndGet() : -1;
        Waiting answers = null;
        if (blocking) {
            answers = new Waiting(ConcurrentHashMap.newKeySet(), new CompletableFuture<>());
            for (Member member : node.cluster().members()) {
                if (!member.id().equals(node.id())) {
                    answers.nodes().add(member.id());
                }
            }
            waiting.put(request, answers);
        }
        for (Member member : node.cluster().members()) {
            if (!member.id().equals(node.id())) {
                node.send(member.id(), new Message.DropCopies(id, request));
            }
        }
        if (answers == null) {
            return;
        }
        // A node that left before the answers were counted is not waited for.
        for (UUID other : Set.copyOf(answers.nodes())) {
            if (node.cluster().member(other) == null) {
                answers.answered(other);
            }
        }
        if (answers.nodes().isEmpty()) {
            answers.done().complete(null);
        }
        CompletableFuture<Void> done = answers.done();
        try {
            node.executor().whileBlocked(() -> {
                try {
                    done.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IgnisException("interrupted while dropping the copies of object " + id, e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            waiting.remove(request);
        }
    }

    /** Another node asks this one to drop its copy, and to answer if {@code request} is not -1. */
    void onDropCopies(UUID source, Message.DropCopies message) {
        node.objects().dropCopy(message.id());
        if (message.request() >= 0) {
            node.send(source, new Message.CopiesDropped(message.request()));
        }
    }

    void onCopiesDropped(UUID source, Message.CopiesDropped message) {
        Waiting answers = waiting.get(message.request());
        if (answers != null) {
            answers.answered(source);
        }
    }

    /** A node that left holds no copy any more. */
    void onMemberLeft(UUID gone) {
        for (Waiting answers : waiting.values()) {
            answers.answered(gone);
        }
    }

    /** A ref made by another runtime of this JVM is bound to this node. */
    private ObjectRefImpl<?> bound(ObjectRef<?> ref) {
        requireNonNull(ref, "ref is null");
        ObjectRefImpl<?> impl = (ObjectRefImpl<?>) ref;
        return impl.objects == node.objects() ? impl : node.objects().bind(impl.objectId, null);
    }
}

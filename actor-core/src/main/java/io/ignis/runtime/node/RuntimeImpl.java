package io.ignis.runtime.node;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorOptions;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.WorkMemory;
import io.ignis.api.NodeCache;
import io.ignis.api.NodeInfo;
import io.ignis.api.ObjectRef;
import io.ignis.api.PlacementGroup;
import io.ignis.api.PlacementStrategy;
import io.ignis.api.TaskOptions;
import io.ignis.api.WaitResult;
import io.ignis.api.exception.GetTimeoutException;
import io.ignis.api.function.IgnisFunction;
import io.ignis.api.spi.RuntimeBackend;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.store.ObjectEntry;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The public runtime over one node. The runtime {@link io.ignis.api.Ignis#init} returns also owns
 * the nodes it started and stops them on close; the view a task gets from {@code Ignis.current()}
 * owns none, so closing it does nothing.
 */
public final class RuntimeImpl implements IgnisRuntime, RuntimeBackend {
    private final Node node;
    private final List<Node> owned;
    private final Runnable afterClose;

    public RuntimeImpl(Node node, List<Node> owned, Runnable afterClose) {
        this.node = node;
        this.owned = List.copyOf(owned);
        this.afterClose = afterClose;
    }

    /** The nodes this runtime started (for tests that look inside them). */
    public List<Node> ownedNodes() {
        return owned;
    }

    @Override
    public RuntimeBackend backend() {
        return this;
    }

    @Override
    public List<ObjectRef<?>> submitTask(IgnisFunction function, Object[] args, TaskOptions options) {
        return node.tasks().submitTask(function, args, options);
    }

    @Override
    public <A> ActorHandle<A> createActor(IgnisFunction constructor, Object[] args, ActorOptions options) {
        return node.actorClient().create(constructor, args, options);
    }

    @Override
    public List<ObjectRef<?>> submitActorTask(ActorHandle<?> actor, IgnisFunction method, Object[] args, TaskOptions options) {
        return node.actorClient().call(bound(actor), method, args, options);
    }

    /** A handle made by another runtime of this JVM is re-bound to this one's node. */
    private ActorHandleImpl<?> bound(ActorHandle<?> actor) {
        ActorHandleImpl<?> handle = (ActorHandleImpl<?>) actor;
        return handle.on(node);
    }

    private ObjectRefImpl<?> bound(ObjectRef<?> ref) {
        ObjectRefImpl<?> impl = (ObjectRefImpl<?>) ref;
        return impl.objects == node.objects() ? impl : node.objects().bind(impl.objectId, null);
    }

    @Override
    public byte[] serialize(Object value, String what) {
        try {
            return node.serializer().toBytes(value);
        } catch (RuntimeException e) {
            node.serializer().check(value, () -> what); // names the culprit class if there is one
            throw e;
        }
    }

    @Override
    public Object deserialize(byte[] bytes) {
        return node.serializer().fromBytes(bytes);
    }

    @Override
    public <T> ObjectRef<T> put(T value) {
        return node.objects().put(value);
    }

    @Override
    public <T> ObjectRef<T> put(T value, int replicas) {
        return node.objects().put(value, replicas);
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T get(ObjectRef<T> ref) {
        ObjectRefImpl<?> bound = bound(ref);
        try {
            return (T) node.objects().get(bound, null);
        } finally {
            Reference.reachabilityFence(bound);
            Reference.reachabilityFence(ref);
        }
    }

    @Override
    public <T> List<T> get(List<? extends ObjectRef<T>> refs) {
        return get(refs, null);
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> List<T> get(List<? extends ObjectRef<T>> refs, Duration timeout) {
        List<ObjectRefImpl<?>> bound = new ArrayList<>(refs.size());
        for (ObjectRef<T> ref : refs) {
            bound.add(bound(ref));
        }
        List<ObjectEntry> entries = node.objects().watchAll(bound);
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        node.objects().awaitAll(entries, deadline);
        List<T> values = (List<T>) new ArrayList<>(node.objects().valuesOf(entries));
        Reference.reachabilityFence(bound); // keep the refs alive until every value is in hand
        Reference.reachabilityFence(refs);
        return values;
    }

    @Override
    public <T> WaitResult<T> wait(List<? extends ObjectRef<T>> refs, int numReady, Duration timeout) {
        if (numReady < 0 || numReady > refs.size()) {
            throw new IllegalArgumentException("numReady must be between 0 and " + refs.size() + ", got " + numReady);
        }
        List<ObjectRefImpl<?>> bound = new ArrayList<>(refs.size());
        for (ObjectRef<T> ref : refs) {
            bound.add(bound(ref));
        }
        List<ObjectEntry> entries = node.objects().watchAll(bound);
        CountDownLatch latch = new CountDownLatch(numReady);
        List<CompletableFuture<?>> callbacks = new ArrayList<>();
        for (ObjectEntry entry : entries) {
            callbacks.add(entry.ready().thenRun(latch::countDown));
        }
        node.executor().whileBlocked(() -> {
            try {
                if (timeout == null) {
                    latch.await();
                } else {
                    latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GetTimeoutException("interrupted while waiting");
            }
        });
        Reference.reachabilityFence(bound);
        List<ObjectRef<T>> ready = new ArrayList<>();
        List<ObjectRef<T>> unready = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            (entries.get(i).isDone() ? ready : unready).add(refs.get(i));
        }
        return new WaitResult<>(ready, unready);
    }

    @Override
    public void free(List<? extends ObjectRef<?>> refs) {
        List<io.ignis.runtime.store.ObjectId> ids = new ArrayList<>();
        for (ObjectRef<?> ref : refs) {
            ids.add(((ObjectRefImpl<?>) ref).objectId);
        }
        node.objects().free(ids);
    }

    @Override
    public NodeCache nodeCache() {
        return node.nodeCache();
    }

    @Override
    public WorkMemory workMemory(String purpose) {
        return new WorkMemoryLease(node.objects().store(), node.workMemoryShare(), node.workSpillDirectory(), purpose);
    }

    @Override
    public void cancel(ObjectRef<?> ref) {
        node.tasks().cancel(bound(ref));
    }

    @Override
    public <A> Optional<ActorHandle<A>> getActor(String name) {
        return node.actorClient().get(name);
    }

    @Override
    public List<NodeInfo> nodes() {
        List<NodeInfo> out = new ArrayList<>();
        for (Member member : node.cluster().members()) {
            Map<String, Double> available = node.placement().available(member);
            out.add(new NodeInfo(member.id().toString(), member.address(), member.resources(), available, member.driver()));
        }
        out.sort(java.util.Comparator.comparing(NodeInfo::driver).thenComparing(NodeInfo::address));
        return out;
    }

    @Override
    public String nodeId() {
        return node.id().toString();
    }

    @Override
    public PlacementGroup createPlacementGroup(List<Map<String, Double>> bundles, PlacementStrategy strategy) {
        return node.groups().create(bundles, strategy);
    }

    @Override
    public void removePlacementGroup(PlacementGroup group) {
        node.groups().remove(group);
    }

    @Override
    public void close() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            owned.get(i).close();
        }
        afterClose.run();
        io.ignis.api.spi.OpenRuntimes.closed(this);
    }
}

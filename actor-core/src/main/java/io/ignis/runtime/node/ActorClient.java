package io.ignis.runtime.node;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorLifetime;
import io.ignis.api.ActorOptions;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskOptions;
import io.ignis.api.exception.ActorDiedException;
import io.ignis.api.function.IgnisFunction;
import io.ignis.runtime.sched.ResourcePool;
import io.ignis.runtime.store.ObjectEntry;
import io.ignis.runtime.store.ObjectId;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The caller's and the creator's side of actors: creates them, routes calls to the node an actor
 * lives on, and restarts actors whose node died.
 *
 * <p>Restarts, as in Ray: the creator (the actor's owner) re-creates an actor with
 * {@code maxRestarts} left on another node when its node leaves the cluster, running the
 * constructor again with the original arguments, and records the new node in the cluster
 * directory under the actor's id. A caller whose calls went to the dead node holds new calls and
 * the calls that were in flight (those with {@code maxTaskRetries} left), polls the directory
 * every {@value #RESOLVE_POLL_MS} ms until the new incarnation is recorded, and then sends them
 * to it in the order they were made. Calls fail with {@link ActorDiedException} when the actor
 * has no restarts left, was killed, cannot be placed, or is not re-created within
 * {@value #RESTART_WAIT_MS} ms (its creator died too). Non-detached actors die with their
 * creator; a detached one lives on, and its host names another node its guardian (see
 * {@link #onAdopt}), which restarts it in the creator's place when the host dies.
 */
final class ActorClient {
    static final long RESOLVE_POLL_MS = 20;
    static final long RESTART_WAIT_MS = 30_000;

    private final Node node;
    /** Where this node sends calls, per actor it has called. */
    private final Map<ObjectId, Route> routes = new ConcurrentHashMap<>();
    /** Restartable actors this node created, by id. */
    private final Map<ObjectId, Owned> owned = new ConcurrentHashMap<>();

    ActorClient(Node node) {
        this.node = node;
    }

    // ---- creation

    <A> ActorHandle<A> create(IgnisFunction constructor, Object[] args, ActorOptions options) {
        TaskManager tasks = node.tasks();
        String what = "actor " + (options.name() == null ? TaskManager.describe(constructor) : "'" + options.name() + "'");
        tasks.checkCall(constructor, args, () -> what, 0);
        Map<String, Long> request = ResourcePool.toUnits(options.resources());
        UUID host;
        String bundle = null;
        if (options.placementGroup() != null) {
            PlacementGroupImpl group = (PlacementGroupImpl) options.placementGroup();
            group.checkFits(options.bundleIndex(), request, what);
            bundle = group.bundleKey(options.bundleIndex());
            host = group.node(options.bundleIndex());
        } else if (options.nodeAffinity() != null && !options.nodeAffinity().soft()) {
            host = tasks.hardAffinity(options.nodeAffinity(), request, () -> what);
        } else {
            node.placement().checkFeasible(request, () -> what);
            UUID preferred = options.nodeAffinity() == null ? null : UUID.fromString(options.nodeAffinity().nodeId());
            host = node.placement().choose(request, preferred);
        }
        ObjectId actorId = node.newIds(1);
        boolean restartable = options.maxRestarts() != 0;
        ActorHandleImpl<A> handle = new ActorHandleImpl<>(actorId, host, restartable, options.maxTaskRetries(), node);
        if (options.name() != null) {
            byte[] record = node.serializer().toBytes(new NameRecord(actorId, host, restartable, options.maxTaskRetries()));
            String key = NameRecord.key(options.name());
            byte[] existing = node.cluster().directoryPutIfAbsent(key, record);
            if (existing != null && isDead((NameRecord) node.serializer().fromBytes(existing))) {
                // Its actor died with its node, which could not release the name: the name is free.
                node.cluster().directoryRemove(key, existing);
                existing = node.cluster().directoryPutIfAbsent(key, record);
            }
            if (existing != null) {
                throw new IllegalArgumentException("an actor named '" + options.name() + "' already exists");
            }
        }
        Owned actor = new Owned(actorId, constructor, args, options, request, bundle, node.jobs().currentJob());
        if (restartable) {
            owned.put(actorId, actor);
            recordLocation(actorId, new Location(host, null));
        }
        place(actor, host);
        return handle;
    }

    /** Creates {@code actor} (again, after a restart) on {@code host}. */
    private void place(Owned actor, UUID host) {
        actor.host = host;
        ActorOptions options = actor.options;
        boolean detached = options.lifetime() == ActorLifetime.DETACHED;
        if (actor.adopted != null) {
            // Adopted: restarted from the wire form its host handed over (see onAdopt).
            Message.CreateActor was = actor.adopted;
            Message.CreateActor message = new Message.CreateActor(actor.id, node.id(), was.name(), was.constructor(), was.args(),
                    was.request(), was.maxConcurrency(), true, null, was.job(), actor.restartsLeft(), was.maxTaskRetries());
            if (host.equals(node.id())) {
                node.actors().onCreate(message);
            } else {
                node.placement().sentTo(host);
                node.jobs().announce(host, was.job());
                node.send(host, message);
            }
        } else if (host.equals(node.id())) {
            node.actors().create(new ActorHost.Creation(actor.id, node.id(), options.name(), actor.constructor, actor.args, null,
                    actor.request, actor.bundle, options.maxConcurrency(), detached, actor.job));
        } else {
            node.placement().sentTo(host);
            Message.CreateActor message = new Message.CreateActor(actor.id, node.id(), options.name(),
                    node.tasks().encodeFunction(actor.constructor), node.tasks().wireArgs(actor.args), actor.request,
                    options.maxConcurrency(), detached, actor.bundle, actor.job, actor.restartsLeft(), options.maxTaskRetries());
            node.jobs().announce(host, actor.job); // after encoding, which finds the code the actor needs
            node.send(host, message);
        }
    }

    /**
     * A host whose detached actor lost its creator makes this node the actor's guardian: this node
     * restarts it when the host dies, as the creator would have, from the wire form the creator
     * sent (so this node needs none of the actor's classes until it is placed here).
     */
    void onAdopt(Message.AdoptActor message) {
        Message.CreateActor spec = message.actor();
        Location current = location(spec.actorId());
        if (current != null && current.death() != null) {
            return;
        }
        ActorOptions options = new ActorOptions(spec.name(), ActorLifetime.DETACHED, Map.of(), spec.maxConcurrency(),
                spec.restartsLeft(), spec.maxTaskRetries(), null, 0, null);
        Owned actor = new Owned(spec.actorId(), null, null, options, spec.request(), null, spec.job());
        actor.adopted = spec;
        actor.host = message.host();
        owned.put(actor.id, actor);
        if (node.cluster().member(message.host()) == null) {
            onMemberLeft(message.host()); // the host died before its message arrived
        }
    }

    // ---- calls

    List<ObjectRef<?>> call(ActorHandleImpl<?> handle, IgnisFunction method, Object[] args, TaskOptions options) {
        TaskManager tasks = node.tasks();
        tasks.checkCall(method, args, () -> "actor call " + (options.name() == null ? TaskManager.describe(method) : "'" + options.name() + "'"), 1);
        int count = options.numReturns();
        ObjectId id = node.newIds(count);
        ObjectEntry[] returns = new ObjectEntry[count];
        List<ObjectRef<?>> refs = new ArrayList<>(count);
        TaskSpec spec = new TaskSpec(id, options.name(), method, args, options, Map.of(), returns, handle, handle.host, null,
                node.jobs().currentJob());
        for (int i = 0; i < count; i++) {
            returns[i] = node.objects().createOwned(id.returnId(i));
            returns[i].producer = spec;
            refs.add(node.objects().bind(id.returnId(i), null));
        }
        tasks.addPending(spec);
        Route route = routes.computeIfAbsent(handle.actorId, actorId -> new Route(handle.host));
        UUID host;
        synchronized (route) {
            if (route.held != null) {
                route.held.add(spec); // the actor is being restarted: sent when its new node is known
                return refs;
            }
            host = route.host;
            if (!host.equals(node.id()) && node.cluster().member(host) == null) {
                if (!handle.restartable) {
                    tasks.failLocal(spec, null, new ActorDiedException("actor " + handle.actorId + " is dead: its node left the cluster"));
                    return refs;
                }
                hold(route, host, handle.actorId, List.of(spec));
                return refs;
            }
            send(spec, host);
        }
        return refs;
    }

    /** Sends a call to the actor on {@code host}; runs under the route's lock, so calls leave in the order they were made. */
    private void send(TaskSpec spec, UUID host) {
        spec.executor = host;
        ActorHandleImpl<?> handle = spec.actor;
        int count = spec.returns.length;
        if (host.equals(node.id())) {
            node.actors().call(new ActorHost.Call(handle.actorId, spec.id, spec.name, spec.function, spec.args, null, count, spec));
        } else {
            Message.ActorCall message = new Message.ActorCall(handle.actorId, spec.id, spec.name,
                    node.tasks().encodeFunction(spec.function), node.tasks().wireArgs(spec.args), count);
            node.jobs().announce(host, spec.job);
            node.send(host, message);
        }
    }

    /**
     * Calls of this node that were in flight on {@code gone}: those to restartable actors with
     * retries left wait for the next incarnation (in the order they were made), the others fail.
     */
    void onCallsLost(UUID gone, List<TaskSpec> lost) {
        lost.sort(Comparator.comparingLong(spec -> spec.id.sequence()));
        Map<ObjectId, List<TaskSpec>> retried = new java.util.LinkedHashMap<>();
        for (TaskSpec spec : lost) {
            ActorHandleImpl<?> handle = spec.actor;
            if (handle.restartable && (handle.maxTaskRetries < 0 || spec.attempt < handle.maxTaskRetries)) {
                spec.attempt++;
                retried.computeIfAbsent(handle.actorId, id -> new ArrayList<>()).add(spec);
            } else {
                node.tasks().failLocal(spec, null, new ActorDiedException("the node of actor " + handle.actorId
                        + " left the cluster while " + spec.describe() + " was in flight"
                        + (handle.restartable ? " (no retries left: maxTaskRetries=" + handle.maxTaskRetries + ")" : "")));
            }
        }
        retried.forEach((actorId, specs) -> {
            Route route = routes.computeIfAbsent(actorId, id -> new Route(gone));
            synchronized (route) {
                if (route.held != null) {
                    // Already waiting: the retried calls were made before the ones held, so they go first.
                    List<TaskSpec> all = new ArrayList<>(specs);
                    all.addAll(route.held);
                    route.held.clear();
                    route.held.addAll(all);
                } else {
                    hold(route, gone, actorId, specs);
                }
            }
        });
    }

    /** Starts holding calls to an actor whose node {@code deadHost} died, until its next incarnation is known. */
    private void hold(Route route, UUID deadHost, ObjectId actorId, List<TaskSpec> first) {
        route.held = new ArrayDeque<>(first);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RESTART_WAIT_MS);
        node.timer().execute(() -> resolve(route, actorId, deadHost, deadline));
    }

    /** Looks for the actor's next incarnation; sends the held calls there, fails them, or looks again later. */
    private void resolve(Route route, ObjectId actorId, UUID deadHost, long deadline) {
        Location location = location(actorId);
        String death = null;
        UUID next = null;
        if (location != null && location.death() != null) {
            death = location.death();
        } else if (location != null && !location.host().equals(deadHost)
                && (location.host().equals(node.id()) || node.cluster().member(location.host()) != null)) {
            next = location.host();
        } else if (!actorId.owner().equals(node.id()) && node.cluster().member(actorId.owner()) == null) {
            death = "its node left the cluster, and so did its creator, which restarts it";
        } else if (System.nanoTime() > deadline) {
            death = "its node left the cluster and it was not restarted within " + RESTART_WAIT_MS + " ms";
        } else {
            node.timer().schedule(() -> resolve(route, actorId, deadHost, deadline), RESOLVE_POLL_MS, TimeUnit.MILLISECONDS);
            return;
        }
        synchronized (route) {
            ArrayDeque<TaskSpec> held = route.held;
            route.held = null;
            if (next != null) {
                route.host = next;
                for (TaskSpec spec : held) {
                    send(spec, next);
                }
            } else {
                route.host = deadHost;
                for (TaskSpec spec : held) {
                    node.tasks().failLocal(spec, null, new ActorDiedException("actor " + actorId + " is dead: " + death));
                }
            }
        }
    }

    // ---- restarts, creator side

    /** Actors this node created that lived on {@code gone} are re-created elsewhere while restarts last. */
    void onMemberLeft(UUID gone) {
        for (Owned actor : owned.values()) {
            if (!gone.equals(actor.host)) {
                continue;
            }
            Location current = location(actor.id);
            if (current != null && current.death() != null) {
                owned.remove(actor.id);
                continue;
            }
            int max = actor.options.maxRestarts();
            String death = null;
            UUID host = null;
            if (max >= 0 && actor.restarts >= max) {
                death = "its node left the cluster and it has no restarts left (maxRestarts=" + max + ")";
            } else if (actor.bundle != null) {
                death = "its node left the cluster, with the placement-group bundle it was created in";
            } else if (actor.options.nodeAffinity() != null && !actor.options.nodeAffinity().soft()) {
                death = "its node left the cluster, and it may run only there (hard node affinity)";
            } else {
                try {
                    node.placement().checkFeasible(actor.request, () -> "restarting actor " + actor.id);
                    host = node.placement().choose(actor.request, null);
                } catch (RuntimeException e) {
                    death = "its node left the cluster and no node can host it again: " + e.getMessage();
                }
            }
            if (death != null) {
                owned.remove(actor.id);
                recordLocation(actor.id, new Location(gone, death));
                continue;
            }
            actor.restarts++;
            place(actor, host);
            recordLocation(actor.id, new Location(host, null));
        }
    }

    void kill(ActorHandleImpl<?> handle) {
        if (handle.restartable) {
            // Recorded first, so that neither the creator nor a waiting caller brings it back.
            recordLocation(handle.actorId, new Location(handle.host, "it was killed"));
            owned.remove(handle.actorId);
        }
        UUID host = currentHost(handle);
        if (host.equals(node.id())) {
            node.actors().kill(handle.actorId, "it was killed");
        } else if (node.cluster().member(host) != null) {
            node.send(host, new Message.KillActor(handle.actorId));
        }
    }

    private UUID currentHost(ActorHandleImpl<?> handle) {
        Route route = routes.get(handle.actorId);
        if (route != null) {
            synchronized (route) {
                return route.host;
            }
        }
        if (handle.restartable) {
            Location location = location(handle.actorId);
            if (location != null) {
                return location.host();
            }
        }
        return handle.host;
    }

    <A> Optional<ActorHandle<A>> get(String name) {
        byte[] bytes = node.cluster().directoryGet(NameRecord.key(name));
        if (bytes == null) {
            return Optional.empty();
        }
        NameRecord record = (NameRecord) node.serializer().fromBytes(bytes);
        UUID host = currentHost(record);
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(new ActorHandleImpl<>(record.actorId(), host, record.restartable(), record.maxTaskRetries(), node));
    }

    /** The node a named actor lives on now, or null if it is dead. */
    private UUID currentHost(NameRecord record) {
        if (record.restartable()) {
            Location location = location(record.actorId());
            return location == null || location.death() != null ? null : location.host();
        }
        return record.host().equals(node.id()) || node.cluster().member(record.host()) != null ? record.host() : null;
    }

    /**
     * True if a name's actor is dead for sure: not restartable and its node gone, or recorded dead.
     * (A restartable actor between its node's death and its restart is alive.)
     */
    private boolean isDead(NameRecord record) {
        if (record.restartable()) {
            Location location = location(record.actorId());
            return location != null && location.death() != null;
        }
        return currentHost(record) == null;
    }

    /** Releases {@code name} if it still names {@code actorId} (its actor died). */
    void releaseName(String name, ObjectId actorId) {
        byte[] current = node.cluster().directoryGet(NameRecord.key(name));
        if (current != null && ((NameRecord) node.serializer().fromBytes(current)).actorId().equals(actorId)) {
            node.cluster().directoryRemove(NameRecord.key(name), current);
        }
    }

    private Location location(ObjectId actorId) {
        byte[] bytes = node.cluster().directoryGet(Location.key(actorId));
        return bytes == null ? null : (Location) node.serializer().fromBytes(bytes);
    }

    private void recordLocation(ObjectId actorId, Location location) {
        node.cluster().directoryPut(Location.key(actorId), node.serializer().toBytes(location));
    }

    /** Where a restartable actor lives now, or why it is dead. */
    record Location(UUID host, String death) implements Serializable {
        static String key(ObjectId actorId) {
            return "actor-at:" + actorId.owner() + "-" + actorId.sequence();
        }
    }

    /** A named actor's directory record. */
    record NameRecord(ObjectId actorId, UUID host, boolean restartable, int maxTaskRetries) implements Serializable {
        static String key(String name) {
            return "actor:" + name;
        }
    }

    /** Where this node sends an actor's calls; {@code held}, while its next incarnation is awaited. */
    private static final class Route {
        UUID host;
        ArrayDeque<TaskSpec> held;

        Route(UUID host) {
            this.host = host;
        }
    }

    /** A restartable actor as its creator keeps it: what it takes to create it again. */
    private static final class Owned {
        final ObjectId id;
        final IgnisFunction constructor;
        final Object[] args;
        final ActorOptions options;
        final Map<String, Long> request;
        final String bundle;
        final UUID job;
        volatile UUID host;
        int restarts;
        /** Set when this node adopted the actor (see {@link #onAdopt}): how its creator created it. */
        Message.CreateActor adopted;

        Owned(ObjectId id, IgnisFunction constructor, Object[] args, ActorOptions options, Map<String, Long> request, String bundle,
              UUID job) {
            this.id = id;
            this.constructor = constructor;
            this.args = args;
            this.options = options;
            this.request = request;
            this.bundle = bundle;
            this.job = job;
        }

        /** Restarts this actor may still have, -1 for any number, 0 if it is not restarted (pinned to its node). */
        int restartsLeft() {
            if (bundle != null || (options.nodeAffinity() != null && !options.nodeAffinity().soft())) {
                return 0;
            }
            int max = options.maxRestarts();
            return max < 0 ? -1 : Math.max(0, max - restarts);
        }
    }
}

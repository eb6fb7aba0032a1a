package io.ignis.runtime.node;

import io.ignis.api.TaskContext;
import io.ignis.api.exception.ActorDiedException;
import io.ignis.api.function.IgnisFunction;
import io.ignis.api.spi.CurrentTask;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.sched.Allocation;
import io.ignis.runtime.sched.ResourcePool;
import io.ignis.runtime.sched.Work;
import io.ignis.runtime.store.ObjectId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The actors living on this node. An actor is created when its resources fit (held until it
 * dies), then serves its calls in arrival order, at most {@code maxConcurrency} at once. Calls that
 * arrive before the creation wait for it; calls to a dead actor fail with {@link ActorDiedException}.
 */
final class ActorHost {
    /** A request to create an actor of {@code job}: Java objects if made on this node, wire forms if it came from another. */
    record Creation(ObjectId actorId, UUID creator, String name, IgnisFunction constructor, Object[] args,
                    Message.CreateActor remote, Map<String, Long> request, String bundle, int maxConcurrency, boolean detached,
                    UUID job) {}

    /** A method call: Java objects if made on this node, wire forms if it came from another. */
    record Call(ObjectId actorId, ObjectId taskId, String name, IgnisFunction method, Object[] args,
                Message.ActorCall remote, int numReturns, TaskSpec localSpec) {
        String describe() {
            return "actor call " + (name != null ? "'" + name + "'" : taskId.toString());
        }
    }

    private enum State { WAITING, CREATING, ALIVE, DEAD }

    private final Node node;
    private final Map<ObjectId, Actor> actors = new ConcurrentHashMap<>();
    private final Map<ObjectId, String> deaths = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    ActorHost(Node node) {
        this.node = node;
    }

    void create(Creation creation) {
        Actor actor = actors.computeIfAbsent(creation.actorId(), Actor::new);
        ResourcePool pool = creation.bundle() == null ? node.scheduler().nodePool() : node.bundle(creation.bundle());
        synchronized (actor) {
            actor.creation = creation;
            actor.state = State.CREATING;
        }
        if (pool == null) {
            kill(creation.actorId(), "its placement group was removed before it was created");
            return;
        }
        node.scheduler().submit(new Work() {
            @Override
            public Map<String, Long> request() {
                return creation.request();
            }

            @Override
            public ResourcePool pool() {
                return pool;
            }

            @Override
            public boolean run(Allocation allocation) {
                actor.construct(allocation);
                return false;
            }
        });
    }

    void onCreate(Message.CreateActor message) {
        create(new Creation(message.actorId(), message.creator(), message.name(), null, null, message, message.request(),
                message.bundle(), message.maxConcurrency(), message.detached(), message.job()));
    }

    void call(Call call) {
        String death = deaths.get(call.actorId());
        if (death != null) {
            failCall(call, new ActorDiedException("actor " + call.actorId() + " is dead: " + death));
            return;
        }
        actors.computeIfAbsent(call.actorId(), Actor::new).enqueue(call);
    }

    void onCall(Message.ActorCall message) {
        call(new Call(message.actorId(), message.taskId(), message.name(), null, null, message, message.numReturns(), null));
    }

    /** Kills an actor: its queued and running calls fail, its resources and name are released. */
    void kill(ObjectId actorId, String reason) {
        deaths.putIfAbsent(actorId, reason);
        Actor actor = actors.remove(actorId);
        if (actor != null) {
            actor.die(reason, null);
        }
    }

    /**
     * Non-detached actors die with the node that created them. A detached actor that may restart
     * outlives it, and gets a guardian: another node that restarts it if this one dies, as its
     * creator would have (a new guardian if the guardian leaves).
     */
    void onMemberLeft(UUID gone) {
        for (Actor actor : actors.values()) {
            Creation creation = actor.creation;
            if (creation == null || actor.state == State.DEAD) {
                continue;
            }
            if (creation.creator().equals(gone) && !creation.detached()) {
                kill(actor.id, "its creator (node " + ObjectManager.shortId(gone) + ") left the cluster");
            } else if ((creation.creator().equals(gone) && actor.guardian == null) || gone.equals(actor.guardian)) {
                appointGuardian(actor, creation);
            }
        }
    }

    /** Hands a detached, restartable actor whose creator left to another worker node. */
    private void appointGuardian(Actor actor, Creation creation) {
        Message.CreateActor spec = creation.remote();
        if (spec == null || spec.restartsLeft() == 0) {
            return; // not restartable (or made here by its creator, which then left with this node)
        }
        UUID guardian = null;
        for (Member member : node.cluster().members()) {
            UUID id = member.id();
            if (!member.driver() && !id.equals(node.id()) && (guardian == null || id.compareTo(guardian) < 0)) {
                guardian = id;
            }
        }
        actor.guardian = guardian;
        if (guardian != null) {
            node.jobs().announce(guardian, spec.job());
            node.send(guardian, new Message.AdoptActor(spec, node.id()));
        }
    }

    /**
     * Kills every actor as this node shuts down. Callers on other nodes are not told: they see the
     * node leave, as if it had crashed, and retry or fail their calls as the actor's options say.
     */
    void killAll(String reason) {
        shuttingDown = true;
        for (ObjectId id : List.copyOf(actors.keySet())) {
            kill(id, reason);
        }
    }

    int count() {
        return actors.size();
    }

    private void failCall(Call call, Throwable error) {
        if (shuttingDown && call.localSpec() == null) {
            return;
        }
        node.executor().deliverFailure(call.taskId(), call.localSpec(), null, error, false);
    }

    private final class Actor {
        final ObjectId id;
        State state = State.WAITING;
        Creation creation;
        Object instance;
        Allocation allocation;
        /** The actor's job if it shipped code here: held from construction until the actor dies (see {@link Jobs}). */
        Job job;
        /** The node that restarts this detached actor if this one dies, since its creator left. */
        volatile UUID guardian;
        int running;
        String deathReason;
        Throwable deathCause;
        final ArrayDeque<Call> mailbox = new ArrayDeque<>();
        final Set<Thread> threads = new HashSet<>();

        Actor(ObjectId id) {
            this.id = id;
        }

        /** Runs the constructor on a worker thread holding the actor's resources. */
        void construct(Allocation allocation) {
            Creation c;
            Job held;
            synchronized (this) {
                this.allocation = allocation;
                c = creation;
                if (state == State.DEAD) {
                    node.scheduler().release(allocation);
                    return;
                }
                held = node.jobs().acquire(c.job());
                job = held;
            }
            Jobs.Scope scope = node.jobs().enter(held);
            TaskContext previous = CurrentTask.set(new TaskContextImpl(node, id, () -> "actor " + id, allocation, 0, c.job()));
            try {
                if (held != null) {
                    held.awaitCode(node.id());
                }
                IgnisFunction constructor;
                Object[] decoded;
                try {
                    constructor = c.constructor() != null ? c.constructor()
                            : (IgnisFunction) node.serializer().fromBytes(c.remote().constructor());
                    decoded = c.args() != null ? c.args() : node.executor().decodeArgs(c.remote().args());
                } catch (RuntimeException e) {
                    throw node.jobs().decodeFailure(c.job(), e);
                }
                Object created = constructor.call(node.executor().resolve(decoded));
                synchronized (this) {
                    if (state == State.DEAD) {
                        return;
                    }
                    instance = created;
                    state = State.ALIVE;
                }
                startDrainers();
            } catch (Throwable error) {
                deaths.putIfAbsent(id, "its constructor failed: " + error);
                actors.remove(id, this);
                die("its constructor failed: " + error, error);
            } finally {
                CurrentTask.set(previous);
                node.jobs().exit(scope);
            }
        }

        void enqueue(Call call) {
            synchronized (this) {
                if (state == State.DEAD) {
                    failCall(call, new ActorDiedException("actor " + id + " is dead: " + deathReason, deathCause));
                    return;
                }
                mailbox.add(call);
            }
            startDrainers();
        }

        private void startDrainers() {
            int start;
            synchronized (this) {
                if (state != State.ALIVE) {
                    return;
                }
                start = Math.min(creation.maxConcurrency() - running, mailbox.size());
                running += Math.max(0, start);
            }
            for (int i = 0; i < start; i++) {
                node.workers().execute(this::drain);
            }
        }

        /** Serves calls one after another until the mailbox is empty. */
        private void drain() {
            while (true) {
                Call call;
                synchronized (this) {
                    call = state == State.ALIVE ? mailbox.poll() : null;
                    if (call == null) {
                        running--;
                        return;
                    }
                    threads.add(Thread.currentThread());
                }
                try {
                    serve(call);
                } finally {
                    synchronized (this) {
                        threads.remove(Thread.currentThread());
                    }
                    Thread.interrupted();
                }
            }
        }

        private void serve(Call call) {
            Job actorJob = job;
            Jobs.Scope scope = node.jobs().enter(actorJob);
            TaskContext previous = CurrentTask.set(new TaskContextImpl(node, call.taskId(), call::describe, allocation, 0,
                    creation.job()));
            try {
                if (actorJob != null) {
                    actorJob.awaitCode(node.id()); // a call may bring code announced after the creation
                }
                IgnisFunction method;
                Object[] decoded;
                try {
                    method = call.method() != null ? call.method() : node.functions().decode(call.remote().method());
                    decoded = call.args() != null ? call.args() : node.executor().decodeArgs(call.remote().args());
                } catch (RuntimeException e) {
                    throw node.jobs().decodeFailure(creation.job(), e);
                }
                Object[] args = node.executor().resolve(decoded);
                Object[] withActor = new Object[args.length + 1];
                withActor[0] = instance;
                System.arraycopy(args, 0, withActor, 1, args.length);
                Object result = method.call(withActor);
                node.executor().deliver(call.taskId(), call.localSpec(), call.numReturns(),
                        io.ignis.api.ObjectStorage.MEMORY_AND_DISK, result, call::describe);
            } catch (Throwable error) {
                boolean dead;
                synchronized (this) {
                    dead = state == State.DEAD;
                }
                if (dead) {
                    failCall(call, new ActorDiedException("actor " + id + " died during " + call.describe() + ": " + deathReason));
                } else {
                    node.executor().deliverFailure(call.taskId(), call.localSpec(),
                            node.executor().failureMessage(call.describe(), error), error, false);
                }
            } finally {
                CurrentTask.set(previous);
                node.jobs().exit(scope);
            }
        }

        void die(String reason, Throwable cause) {
            List<Call> orphans;
            Allocation held;
            Job heldJob;
            synchronized (this) {
                if (state == State.DEAD) {
                    return;
                }
                state = State.DEAD;
                deathReason = reason;
                deathCause = cause;
                orphans = new ArrayList<>(mailbox);
                mailbox.clear();
                threads.forEach(Thread::interrupt);
                held = allocation;
                allocation = null;
                instance = null;
                heldJob = job;
                job = null;
            }
            node.jobs().release(heldJob);
            for (Call call : orphans) {
                failCall(call, new ActorDiedException("actor " + id + " is dead: " + reason, cause));
            }
            if (held != null) {
                node.scheduler().release(held);
            }
            // Shutting down is treated as a crash: a restartable actor keeps its name for its next incarnation.
            if (creation != null && creation.name() != null && !shuttingDown) {
                node.runtimeDirectoryRemove(creation.name(), id);
            }
        }
    }
}

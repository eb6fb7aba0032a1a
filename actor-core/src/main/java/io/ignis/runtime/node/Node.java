package io.ignis.runtime.node;

import io.ignis.api.IgnisRuntime;
import io.ignis.api.exception.IgnisException;
import io.ignis.api.exception.StartupException;
import io.ignis.runtime.cluster.ClusterListener;
import io.ignis.runtime.cluster.IgniteCluster;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.sched.LocalScheduler;
import io.ignis.runtime.sched.ResourcePool;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.serial.Serializer;
import io.ignis.runtime.store.ObjectId;
import io.ignis.runtime.transfer.TransferClient;
import io.ignis.runtime.transfer.TransferServer;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Ignis node: an Ignite node for membership and messages, and the Ignis services beside it
 * (object store, scheduler, executor, actor host, transfer server). A driver node joins a
 * cluster with no resources, to submit work and hold its own objects. Several nodes may live in
 * one JVM; they share nothing and talk only through Ignite and sockets.
 */
public final class Node implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Node.class);

    /** How to start a node. */
    public record Settings(String host, int port, List<String> join, boolean driver, Map<String, Double> resources,
                           List<Integer> gpuIds, Path workDir, java.time.Duration loadReportInterval, long objectStoreBytes,
                           java.time.Duration failureDetectionTimeout) {
        public Settings {
            join = List.copyOf(join);
            resources = Map.copyOf(resources);
            gpuIds = List.copyOf(gpuIds);
        }
    }

    private final boolean driver;
    private final java.time.Duration failureDetectionTimeout;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicLong sequence = new AtomicLong();
    private final ExecutorService workers;
    private final ExecutorService sender;
    /** Fetches of one get of several objects held elsewhere, run side by side (see ObjectManager.valuesOf). */
    private final ThreadPoolExecutor fetchers;
    private final ScheduledExecutorService timer;
    private final Cleaner cleaner;
    private final Jobs jobs;
    private final Serializer serializer;
    private final FunctionDecoder functions;
    private final ObjectManager objects;
    private final TaskManager tasks;
    private final ActorClient actorClient;
    private final Executor executor;
    private final ActorHost actors;
    private final Placement placement;
    private final PlacementGroups groups;
    private final LocalScheduler scheduler;
    private final TransferServer transferServer;
    private final TransferClient transfer;
    private final RuntimeImpl runtime;
    private final NodeCacheImpl nodeCache;
    /** The most working memory one lease may hold (see {@link #workMemoryShare}). */
    private final long workMemoryShare;
    /** Where tasks' buffers spill (sorted runs of a shuffle), deleted with the node. */
    private final Path workSpillDirectory;
    /** Objects this node's transfer server sent to other nodes. */
    private final AtomicLong objectsServed = new AtomicLong();
    private IgniteCluster cluster;
    private Messenger messenger;
    private UUID id;
    private volatile boolean closed;

    private Node(Settings settings) throws IOException {
        this.driver = settings.driver();
        String label = "ignis-" + Integer.toHexString(System.identityHashCode(this));
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Node.class.getClassLoader();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads(label + "-worker", loader));
        this.sender = Executors.newSingleThreadExecutor(threads(label + "-sender", loader));
        this.fetchers = new ThreadPoolExecutor(FETCHES_AT_ONCE, FETCHES_AT_ONCE, 30, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), threads(label + "-fetch", loader));
        this.fetchers.allowCoreThreadTimeOut(true);
        this.timer = Executors.newSingleThreadScheduledExecutor(threads(label + "-timer", loader));
        this.cleaner = Cleaner.create(threads(label + "-cleaner", loader));
        this.jobs = new Jobs(this, loader, settings.workDir());
        this.serializer = new Serializer(jobs.applicationLoader(), kryo -> HandleSerializers.register(kryo, this), jobs::noteWritten);
        this.functions = new FunctionDecoder(serializer);
        this.failureDetectionTimeout = settings.failureDetectionTimeout();
        this.objects = new ObjectManager(this, cleaner, settings.objectStoreBytes(), settings.workDir().resolve("spill"));
        this.tasks = new TaskManager(this);
        this.actorClient = new ActorClient(this);
        this.executor = new Executor(this);
        this.actors = new ActorHost(this);
        this.placement = new Placement(this);
        this.groups = new PlacementGroups(this);
        this.scheduler = new LocalScheduler(new ResourcePool(settings.resources(), settings.gpuIds()), workers);
        this.transfer = new TransferClient();
        this.transferServer = new TransferServer(settings.host(), this::serveTransfer, threads(label + "-transfer", loader));
        this.nodeCache = new NodeCacheImpl(this);
        double cpus = Math.floor(settings.resources().getOrDefault("CPU", 0.0));
        this.workSpillDirectory = settings.workDir().resolve("work-spill");
        this.workMemoryShare = cpus < 1 ? settings.objectStoreBytes() : (long) (settings.objectStoreBytes() / cpus);
        this.runtime = new RuntimeImpl(this, List.of(), () -> { });
    }

    /** Starts a node and joins (or founds) its cluster. */
    public static Node start(Settings settings) {
        Node node;
        try {
            node = new Node(settings);
        } catch (IOException e) {
            throw new StartupException("could not open the object transfer port on " + settings.host(), e);
        }
        try {
            node.cluster = IgniteCluster.start(new IgniteCluster.Settings(settings.host(), settings.port(), settings.join(),
                    settings.driver(), settings.resources(), node.transferServer.address(), settings.workDir(),
                    settings.failureDetectionTimeout()), node.listener());
        } catch (RuntimeException e) {
            node.shutdownServices();
            throw e;
        }
        node.id = node.cluster.localId();
        node.messenger = new Messenger(node.cluster, node.serializer, node.sender, node.timer, node::onMessage);
        node.started.countDown();
        if (!node.driver) {
            long reportMillis = settings.loadReportInterval().toMillis();
            node.timer.scheduleWithFixedDelay(node::reportLoad, 0, Math.max(1, reportMillis), TimeUnit.MILLISECONDS);
            node.timer.scheduleWithFixedDelay(node::reconcileMembers, 500, 500, TimeUnit.MILLISECONDS);
        }
        return node;
    }

    private ClusterListener listener() {
        return new ClusterListener() {
            @Override
            public void onBatch(UUID source, byte[] batch) {
                awaitStarted();
                messenger.receive(source, batch);
            }

            @Override
            public void onLoad(UUID source, byte[] report) {
                awaitStarted();
                placement.onLoad(source, (Placement.LoadReport) serializer.fromBytes(report));
            }

            @Override
            public void onMemberJoined(Member member) {
                lastReportedVersion = -1; // tell the newcomer our load at once
            }

            @Override
            public void onMemberLeft(UUID gone) {
                awaitStarted();
                LOG.info("node {} left the cluster", gone);
                placement.forget(gone);
                messenger.forget(gone);
                tasks.onMemberLeft(gone);
                objects.onMemberLeft(gone);
                nodeCache.onMemberLeft(gone);
                actors.onMemberLeft(gone);
                jobs.onMemberLeft(gone);
                // Restarts read and write the directory (an Ignite cache), which must not happen on a discovery thread.
                try {
                    timer.execute(() -> actorClient.onMemberLeft(gone));
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // this node is closing: nothing of it is restarted by it any more
                }
            }
        };
    }

    private void awaitStarted() {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onMessage(UUID source, Message message) {
        if (message instanceof Message.SubmitTask m) {
            executor.onSubmit(m);
        } else if (message instanceof Message.TaskDone m) {
            tasks.onTaskDone(source, m);
        } else if (message instanceof Message.TaskError m) {
            tasks.onTaskError(source, m);
        } else if (message instanceof Message.TaskForwarded m) {
            tasks.onTaskForwarded(source, m);
        } else if (message instanceof Message.CancelTask m) {
            executor.cancel(m.taskId());
        } else if (message instanceof Message.CreateActor m) {
            actors.onCreate(m);
        } else if (message instanceof Message.ActorCall m) {
            actors.onCall(m);
        } else if (message instanceof Message.KillActor m) {
            actors.kill(m.actorId(), "it was killed");
        } else if (message instanceof Message.Subscribe m) {
            objects.onSubscribe(source, m.id());
        } else if (message instanceof Message.ObjectReady m) {
            jobs.onObjectReady(m);
        } else if (message instanceof Message.StoreReplica m) {
            objects.onStoreReplica(source, m);
        } else if (message instanceof Message.ReplicaStored m) {
            objects.onReplicaStored(m.id());
        } else if (message instanceof Message.AdoptActor m) {
            timer.execute(() -> actorClient.onAdopt(m)); // it reads the directory: not on the message thread
        } else if (message instanceof Message.Borrow m) {
            objects.onBorrow(source, m);
        } else if (message instanceof Message.ObjectLost m) {
            objects.onObjectLost(source, m);
        } else if (message instanceof Message.FreeObjects m) {
            objects.dropLocal(m.ids());
        } else if (message instanceof Message.CopyHeld m) {
            objects.onCopyHeld(source, m);
        } else if (message instanceof Message.DropCopies m) {
            nodeCache.onDropCopies(source, m);
        } else if (message instanceof Message.CopiesDropped m) {
            nodeCache.onCopiesDropped(source, m);
        } else if (message instanceof Message.ReserveBundle m) {
            groups.onReserve(source, m);
        } else if (message instanceof Message.BundleReply m) {
            groups.onReply(m);
        } else if (message instanceof Message.ReleaseBundle m) {
            groups.onRelease(m);
        } else if (message instanceof Message.JobCode m) {
            jobs.onJobCode(source, m);
        } else {
            throw new IllegalArgumentException("unknown message " + message);
        }
    }

    /** See {@link IgniteCluster#reconcile()}: a missed discovery event must not leave work waiting on a dead node. */
    private void reconcileMembers() {
        if (closed) {
            return;
        }
        try {
            cluster.reconcile();
        } catch (RuntimeException e) {
            LOG.debug("member reconciliation failed", e);
        }
    }

    private volatile long lastReportedVersion = -1;
    private long lastReportNanos;

    /** Broadcasts this node's free resources when they changed, and once a second anyway. */
    private void reportLoad() {
        if (driver || closed) {
            return;
        }
        try {
            long version = scheduler.version();
            long now = System.nanoTime();
            if (version == lastReportedVersion && now - lastReportNanos < TimeUnit.SECONDS.toNanos(1)) {
                return;
            }
            lastReportedVersion = version;
            lastReportNanos = now;
            cluster.broadcastLoad(serializer.toBytes(new Placement.LoadReport(scheduler.available(), scheduler.queued())));
        } catch (RuntimeException e) {
            LOG.debug("load report failed", e);
        }
    }

    // ---- services, for the classes of this package

    public UUID id() {
        return id;
    }

    boolean isDriver() {
        return driver;
    }

    IgniteCluster cluster() {
        return cluster;
    }

    /** The serializer of the job this thread works for (see {@link Jobs}); the node's own for most work. */
    Serializer serializer() {
        Job job = jobs.current();
        return job == null ? serializer : job.serializer;
    }

    /** The node's own serializer, whatever the thread works for. */
    Serializer defaultSerializer() {
        return serializer;
    }

    FunctionDecoder functions() {
        Job job = jobs.current();
        return job == null ? functions : job.functions;
    }

    Jobs jobs() {
        return jobs;
    }

    /** What the transfer server serves: a code piece of a job (see {@link Jobs}), or an object. */
    private Encoded serveTransfer(ObjectId id) {
        Encoded piece = jobs.servePiece(id);
        if (piece != null) {
            return piece;
        }
        Encoded object = objects.serve(id);
        if (object != null) {
            objectsServed.incrementAndGet();
        }
        return object;
    }

    java.time.Duration failureDetectionTimeout() {
        return failureDetectionTimeout;
    }

    ObjectManager objects() {
        return objects;
    }

    /**
     * The most working memory one lease may hold (see {@link io.ignis.api.WorkMemory}): the store's
     * budget over this node's CPU slots, all of it on a node without CPUs (a driver).
     */
    long workMemoryShare() {
        return workMemoryShare;
    }

    /** The folder tasks' buffers spill into (see {@link io.ignis.api.WorkMemory#spillDirectory}). */
    Path workSpillDirectory() {
        return workSpillDirectory;
    }

    NodeCacheImpl nodeCache() {
        return nodeCache;
    }

    ActorClient actorClient() {
        return actorClient;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    TaskManager tasks() {
        return tasks;
    }

    Executor executor() {
        return executor;
    }

    ActorHost actors() {
        return actors;
    }

    Placement placement() {
        return placement;
    }

    PlacementGroups groups() {
        return groups;
    }

    LocalScheduler scheduler() {
        return scheduler;
    }

    TransferClient transfer() {
        return transfer;
    }

    ExecutorService workers() {
        return workers;
    }

    /** Objects one get fetches from other nodes at once. */
    static final int FETCHES_AT_ONCE = 4;

    ExecutorService fetchers() {
        return fetchers;
    }

    ResourcePool bundle(String key) {
        return groups.bundle(key);
    }

    /** The runtime view of this node, as tasks running here see it ({@code Ignis.current()}). */
    public IgnisRuntime runtime() {
        return runtime;
    }

    RuntimeImpl runtimeImpl() {
        return runtime;
    }

    /** {@code count} consecutive new ids owned by this node; the first one is returned. */
    ObjectId newIds(int count) {
        return new ObjectId(id, sequence.getAndAdd(count));
    }

    void send(UUID destination, Message message) {
        if (closed) {
            throw new IgnisException("this node is closed");
        }
        if (message instanceof Message.Subscribe subscribe) {
            jobs.noteSubscription(subscribe.id());
        }
        messenger.send(destination, message);
    }

    void runtimeDirectoryRemove(String name, ObjectId actorId) {
        try {
            actorClient.releaseName(name, actorId);
        } catch (RuntimeException e) {
            LOG.debug("could not release actor name {}", name, e);
        }
    }

    /** Objects, tasks and actors this node holds now (for tests and status). */
    public Map<String, Long> stats() {
        Map<String, Long> stats = new java.util.HashMap<>(objects.stats());
        stats.put("entries", (long) objects.size());
        stats.put("pendingTasks", (long) tasks.pendingCount());
        stats.put("actors", (long) actors.count());
        stats.put("fetches", transfer.fetches());
        stats.put("bytesFetched", transfer.bytesFetched());
        stats.put("objectsServed", objectsServed.get());
        stats.put("tasksForwarded", executor.forwarded());
        stats.putAll(jobs.stats());
        return stats;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        actors.killAll("its node shut down");
        closed = true;
        try {
            cluster.close();
        } catch (RuntimeException e) {
            LOG.debug("ignite stop failed", e);
        }
        shutdownServices();
    }

    private void shutdownServices() {
        closed = true;
        jobs.close();
        timer.shutdownNow();
        sender.shutdownNow();
        fetchers.shutdownNow();
        workers.shutdownNow();
        transferServer.close();
        transfer.close();
        objects.store().close();
        deleteTree(workSpillDirectory);
    }

    private static void deleteTree(Path root) {
        if (!java.nio.file.Files.isDirectory(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}", root, e);
        }
    }

    /**
     * Threads that keep nothing of the thread that happened to create them: a pool thread is often
     * made while a job's task runs (the task submits work), and would otherwise hold the job's
     * class loader for its whole life, as its context class loader and through the protection
     * domains of the creating stack, which Java 17 records in every new thread
     * ({@code doPrivileged} cuts that record at this frame).
     */
    @SuppressWarnings("removal") // AccessController: the only way to stop the capture on Java 17
    private static ThreadFactory threads(String prefix, ClassLoader loader) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> java.security.AccessController.doPrivileged((java.security.PrivilegedAction<Thread>) () -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
    }
}

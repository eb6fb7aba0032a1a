package io.ignis.runtime.node;

import io.ignis.api.TaskContext;
import io.ignis.api.exception.IgnisException;
import io.ignis.api.spi.CurrentTask;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.code.ApplicationCode;
import io.ignis.runtime.code.CodeCache;
import io.ignis.runtime.code.CodePiece;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.serial.Serializer;
import io.ignis.runtime.store.ObjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code shipping on one node: which job each piece of work belongs to, the code each job ships,
 * and the class loader each job's work runs with.
 *
 * <p>A job is one program's work: what a runtime's own threads submit (its id is that runtime's
 * node id; for a driver, the driver's) and everything that work submits in turn (the job id
 * travels in task submissions and actor creations, and in each running task's context). Before
 * a node sends another node work of a job, it tells it the job's code pieces it has not told it
 * yet ({@link Message.JobCode}); messages from one node to another arrive in order, so the list
 * arrives before the work. The driver finds its pieces in what it serializes
 * ({@link ApplicationCode}); a node running a job's work passes on the pieces it knows when that
 * work submits more or when it forwards a task, serving them from its cache. A piece is fetched
 * over the transfer channel like an object, under an id its sender assigns (no new protocol), on
 * a worker thread, never the message thread; the job's work waits on its own worker thread until
 * the pieces announced before it are in the job's loader.
 *
 * <p>On a node, a job with shipped code gets a {@link Job}: a loader over the node's classes, and
 * its own serializer (Kryo caches classes by name, so a serializer shared by jobs would hand one
 * job's class to another) and function cache; its work runs with that loader as context class
 * loader. Jobs that ship nothing (all jobs of an embedded cluster, and programs started on the
 * runtime's classpath) get no {@code Job}: their work uses the node's serializer, at the cost of
 * a map miss. A job ends on a node once its driver has left the cluster (closed or died) and none
 * of its work runs there; an actor is work for its whole life, so a detached actor keeps its
 * job's loader until it dies. The jars stay in the node's {@link CodeCache} for later jobs, and
 * the pieces of the last {@value #ENDED_REMEMBERED} ended jobs are remembered: a detached actor
 * elsewhere may still send work of its job, and that work brings the job back from the cache.
 */
final class Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    /** How long serving a piece waits for this node's own fetch of it (a task forwarded before its code arrived). */
    private static final long SERVE_WAIT_SECONDS = 60;
    /** How long a job announced after its driver left waits for its work before it ends here. */
    private static final long ORPHAN_GRACE_SECONDS = 60;
    /** Ended jobs whose pieces are remembered (see {@link #acquire}). */
    private static final int ENDED_REMEMBERED = 1024;

    private final Node node;
    private final ClassLoader base;
    private final ApplicationCode application;
    private final CodeCache cache;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    /** The job with shipped code the current thread works for, if any. */
    private final ThreadLocal<Job> current = new ThreadLocal<>();
    /** How many of a job's pieces each node has been told of. */
    private final Map<Told, int[]> told = new ConcurrentHashMap<>();
    private final Map<String, ObjectId> fetchIds = new ConcurrentHashMap<>();
    private final Map<ObjectId, CodePiece> served = new ConcurrentHashMap<>();
    /** Fetches in flight, by piece hash, so two jobs needing one piece fetch it once. */
    private final Map<String, CompletableFuture<Path>> fetching = new ConcurrentHashMap<>();
    /** The job that asked for an object this node subscribed to, so the announcement is read with its classes. */
    private final Map<ObjectId, Job> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong piecesFetched = new AtomicLong();
    /** The pieces of jobs that ended here, most recent last; guarded by itself. */
    private final Map<UUID, List<CodePiece>> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, List<CodePiece>> eldest) {
            return size() > ENDED_REMEMBERED;
        }
    };

    private record Told(UUID job, UUID node) {}

    /** Work of a job with shipped code on a thread, and what to restore after it. */
    record Scope(Job previous, ClassLoader previousLoader) {}

    Jobs(Node node, ClassLoader base, Path workDir) {
        this.node = node;
        this.base = base;
        this.application = new ApplicationCode(base, workDir.resolve("shipped"));
        this.cache = new CodeCache(workDir.resolve("code-cache"), CodeCache.DEFAULT_MAX_BYTES);
    }

    /** The loader this node reads its own program's values with. */
    ClassLoader applicationLoader() {
        return application.loader();
    }

    /** Told each class the node's own serializer writes: finds the code this node's program ships. */
    void noteWritten(Class<?> type) {
        application.note(type);
    }

    // ---- which job, which classes

    /** The job of work submitted from this thread: the running task's, else this node's own. */
    UUID currentJob() {
        TaskContext context = CurrentTask.get();
        return context instanceof TaskContextImpl task && task.node() == node ? task.job() : node.id();
    }

    /** The job with shipped code this thread works for, or null. */
    Job current() {
        return current.get();
    }

    /** The serializer of {@code job}'s values: its own if it shipped code here, else the node's. */
    Serializer serializer(UUID job) {
        Job known = job == null ? null : jobs.get(job);
        return known == null ? node.defaultSerializer() : known.serializer;
    }

    /**
     * Counts one more piece of work of {@code job} here and returns the job, or null if it shipped
     * no code here (or is this node's own): then its work uses the node's classes.
     *
     * <p>Work of a job that ended here may still come: a detached actor of the job, on another
     * node that told this one the job's code while the driver lived, submits more. Such work
     * brings the job back from the pieces remembered when it ended, from the cache.
     */
    Job acquire(UUID job) {
        if (job == null || job.equals(node.id())) {
            return null;
        }
        while (true) {
            Job known = jobs.get(job);
            if (known == null) {
                List<CodePiece> pieces;
                synchronized (ended) {
                    pieces = ended.get(job);
                }
                if (pieces == null) {
                    return null;
                }
                known = revive(job, pieces);
            }
            if (known.acquire()) {
                return known;
            }
            jobs.remove(job, known); // it ended just now; its pieces are remembered already
        }
    }

    private boolean endedHere(UUID job) {
        synchronized (ended) {
            return ended.containsKey(job);
        }
    }

    private Job revive(UUID id, List<CodePiece> pieces) {
        Job job = newJob(id);
        job.driverLeft();
        job.add(pieces, piece -> {
            Path file = cache.find(piece);
            return file != null ? CompletableFuture.completedFuture(file) : CompletableFuture.failedFuture(new IgnisException(
                    "code piece " + piece.describe() + " left this node's cache after the job ended here, and its driver is gone"));
        });
        Job raced = jobs.putIfAbsent(id, job);
        if (raced == null) {
            return job;
        }
        job.close();
        return raced;
    }

    private Job newJob(UUID id) {
        return new Job(id, base, kryo -> HandleSerializers.register(kryo, node));
    }

    void release(Job job) {
        if (job != null) {
            job.release();
            endIfDone(job);
        }
    }

    /** Makes this thread work for {@code job} (null: nothing changes) until {@link #exit}. */
    Scope enter(Job job) {
        if (job == null) {
            return null;
        }
        Thread thread = Thread.currentThread();
        Scope scope = new Scope(current.get(), thread.getContextClassLoader());
        current.set(job);
        thread.setContextClassLoader(job.loader);
        return scope;
    }

    void exit(Scope scope) {
        if (scope == null) {
            return;
        }
        if (scope.previous() == null) {
            current.remove();
        } else {
            current.set(scope.previous());
        }
        Thread.currentThread().setContextClassLoader(scope.previousLoader());
    }

    /**
     * The error for work of {@code job} that could not be read here: a class this node cannot find
     * is named, with the job; other errors are returned as they are.
     */
    RuntimeException decodeFailure(UUID job, RuntimeException error) {
        String missing = missingClass(error);
        if (missing == null) {
            return error;
        }
        boolean shipped = job != null && (job.equals(node.id()) ? !application.pieces().isEmpty() : jobs.containsKey(job) || endedHere(job));
        return new IgnisException("class " + missing + (job == null ? "" : " of job " + job) + " is not on node "
                + ObjectManager.shortId(node.id()) + ": it is neither on the node's classpath nor in the code "
                + (shipped ? "the job shipped" : "shipped by the job, which shipped none (a driver ships only the classes"
                + " it loaded outside the runtime's class loader; classes on the runtime's classpath must be on every node's)"),
                error);
    }

    private static String missingClass(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ClassNotFoundException) {
                return t.getMessage();
            }
            if (t instanceof NoClassDefFoundError) {
                return t.getMessage().replace('/', '.');
            }
        }
        return null;
    }

    // ---- telling other nodes

    /** Before work of {@code job} goes to {@code destination}: tells it the pieces of the job's code it has not been told. */
    void announce(UUID destination, UUID job) {
        List<CodePiece> pieces = piecesOf(job);
        if (pieces.isEmpty() || destination.equals(job) || destination.equals(node.id())) {
            return;
        }
        int[] count = told.computeIfAbsent(new Told(job, destination), key -> new int[1]);
        synchronized (count) {
            if (count[0] >= pieces.size()) {
                return;
            }
            List<Message.Piece> fresh = new ArrayList<>();
            for (CodePiece piece : pieces.subList(count[0], pieces.size())) {
                fresh.add(new Message.Piece(piece, fetchIds.computeIfAbsent(piece.sha256(), sha -> {
                    ObjectId id = node.newIds(1);
                    served.put(id, piece);
                    return id;
                })));
            }
            node.send(destination, new Message.JobCode(job, fresh));
            count[0] = pieces.size();
        }
    }

    private List<CodePiece> piecesOf(UUID job) {
        if (job.equals(node.id())) {
            return application.pieces();
        }
        Job known = jobs.get(job);
        return known == null ? List.of() : known.pieces();
    }

    /** The bytes of a code piece this node serves under {@code id}, or null if {@code id} is not one. */
    Encoded servePiece(ObjectId id) {
        CodePiece piece = served.get(id);
        if (piece == null) {
            return null;
        }
        try {
            Path file = application.file(piece.sha256());
            if (file == null) {
                CompletableFuture<Path> inFlight = fetching.get(piece.sha256());
                file = inFlight != null ? inFlight.get(SERVE_WAIT_SECONDS, TimeUnit.SECONDS) : cache.find(piece);
            }
            return file == null ? null : new Encoded(Encoded.RAW, Files.readAllBytes(file));
        } catch (Exception e) {
            LOG.warn("cannot serve code piece {}", piece.describe(), e);
            return null;
        }
    }

    // ---- receiving a job's code

    void onJobCode(UUID source, Message.JobCode code) {
        if (code.job().equals(node.id())) {
            return;
        }
        Job job = jobs.computeIfAbsent(code.job(), this::newJob);
        if (node.cluster().member(code.job()) == null) {
            // Its driver has left: work of a detached actor of the job, which comes next. Once it is
            // done the job ends; if none comes, it ends after a while.
            job.driverLeft();
            try {
                node.timer().schedule(() -> endIfDone(job), ORPHAN_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // the node is closing, and its jobs with it
            }
        }
        Map<String, ObjectId> ids = new HashMap<>();
        List<CodePiece> pieces = new ArrayList<>();
        for (Message.Piece piece : code.pieces()) {
            ids.put(piece.code().sha256(), piece.fetchId());
            pieces.add(piece.code());
        }
        job.add(pieces, piece -> file(piece, source, ids.get(piece.sha256())));
    }

    /** The jar of a piece: cached, being fetched, or fetched now from {@code source}. */
    private CompletableFuture<Path> file(CodePiece piece, UUID source, ObjectId fetchId) {
        Path cached = cache.find(piece);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return fetching.computeIfAbsent(piece.sha256(), sha -> {
            CompletableFuture<Path> fetch = CompletableFuture.supplyAsync(() -> fetch(piece, source, fetchId), node.workers());
            fetch.whenComplete((path, error) -> fetching.remove(sha));
            return fetch;
        });
    }

    private Path fetch(CodePiece piece, UUID source, ObjectId fetchId) {
        Member member = node.cluster().member(source);
        if (member == null) {
            throw new IgnisException("node " + ObjectManager.shortId(source) + " left before code piece " + piece.describe()
                    + " could be fetched from it");
        }
        try {
            Encoded bytes = node.transfer().fetch(member.transferAddress(), fetchId);
            if (bytes == null) {
                throw new IgnisException("node " + ObjectManager.shortId(source) + " does not serve code piece " + piece.describe());
            }
            Path file = cache.store(piece, bytes.bytes(), piecesInUse());
            piecesFetched.incrementAndGet();
            return file;
        } catch (IOException e) {
            throw new IgnisException("code piece " + piece.describe() + " could not be fetched from node "
                    + ObjectManager.shortId(source) + ": " + e.getMessage(), e);
        }
    }

    private Set<String> piecesInUse() {
        Set<String> inUse = new HashSet<>();
        for (Job job : jobs.values()) {
            for (CodePiece piece : job.pieces()) {
                inUse.add(piece.sha256());
            }
        }
        return inUse;
    }

    // ---- objects announced to this node

    /** A subscription is being sent: remembers the job that asked, if it shipped code. */
    void noteSubscription(ObjectId id) {
        Job job = current.get();
        if (job != null) {
            subscribers.put(id, job);
        }
    }

    /**
     * An object this node subscribed to exists: read with the classes of the job that asked. One
     * that cannot be read fails for its getters, naming what is missing, instead of never arriving.
     */
    void onObjectReady(Message.ObjectReady ready) {
        Job job = subscribers.remove(ready.id());
        Scope scope = enter(job);
        try {
            node.objects().onReady(ready);
        } catch (RuntimeException e) {
            RuntimeException error = decodeFailure(job == null ? null : job.id, e);
            node.objects().onReady(new Message.ObjectReady(ready.id(), null, null, -1, "object " + ready.id()
                    + " cannot be read on node " + ObjectManager.shortId(node.id()) + ": " + error.getMessage(),
                    node.defaultSerializer().encodeError(error)));
        } finally {
            exit(scope);
        }
    }

    // ---- the end of jobs

    /** A node left: a job it drove ends here once none of its work runs here. */
    void onMemberLeft(UUID gone) {
        told.keySet().removeIf(key -> key.node().equals(gone));
        Job job = jobs.get(gone);
        if (job != null) {
            job.driverLeft();
            endIfDone(job);
        }
    }

    /** Ends the job here if its driver has left and none of its work runs here: its loader is closed and dropped. */
    private void endIfDone(Job job) {
        if (!job.mayEnd()) {
            return;
        }
        synchronized (ended) {
            ended.put(job.id, job.pieces()); // before it ends, so that work arriving meanwhile finds it (see acquire)
        }
        if (!job.tryEnd()) {
            return;
        }
        jobs.remove(job.id, job);
        told.keySet().removeIf(key -> key.job().equals(job.id));
        subscribers.values().removeIf(j -> j == job);
        job.close();
        // The node's serializer may have met the job's classes (serving its objects); it must not keep them.
        node.defaultSerializer().forgetClasses();
        LOG.debug("job {} ended on this node", job.id);
    }

    void close() {
        for (Job job : List.copyOf(jobs.values())) {
            jobs.remove(job.id, job);
            job.close();
        }
    }

    /** Live jobs with shipped code here, and code pieces fetched so far. */
    Map<String, Long> stats() {
        return Map.of("jobLoaders", (long) jobs.size(), "codePiecesFetched", piecesFetched.get());
    }
}

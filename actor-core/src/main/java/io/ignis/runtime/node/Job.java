package io.ignis.runtime.node;

import com.esotericsoftware.kryo.kryo5.Kryo;
import io.ignis.api.exception.IgnisException;
import io.ignis.runtime.code.CodePiece;
import io.ignis.runtime.code.JobClassLoader;
import io.ignis.runtime.serial.Serializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job's shipped code on this node (see {@link Jobs}): its class loader, the serializer and
 * function cache that read the job's work with that loader, whether the pieces announced so far
 * are in the loader yet, and how much of the job's work runs here (tasks, and actors for their
 * whole life), which with its driver's presence decides when the job ends here.
 */
final class Job {
    private static final Logger LOG = LoggerFactory.getLogger(Job.class);

    final UUID id;
    final JobClassLoader loader;
    final Serializer serializer;
    final FunctionDecoder functions;
    /** Every piece announced, in order; only ever grows. */
    private volatile List<CodePiece> pieces = List.of();
    /** Done when every piece announced so far is in {@link #loader}; failed if one could not be had. */
    private volatile CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);
    private int users;
    private boolean driverGone;
    private boolean ended;

    Job(UUID id, ClassLoader parent, Consumer<Kryo> customizer) {
        this.id = id;
        this.loader = new JobClassLoader(id.toString(), parent);
        this.serializer = new Serializer(loader, customizer);
        this.functions = new FunctionDecoder(serializer);
    }

    List<CodePiece> pieces() {
        return pieces;
    }

    /**
     * Adds the announced pieces not known yet; {@code file} gives the future of each one's jar on
     * this node. They go into the loader in the order announced, after the earlier ones.
     */
    synchronized void add(List<CodePiece> announced, Function<CodePiece, CompletableFuture<Path>> file) {
        List<CodePiece> fresh = new ArrayList<>();
        for (CodePiece piece : announced) {
            if (!pieces.contains(piece) && !fresh.contains(piece)) {
                fresh.add(piece);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<CodePiece> all = new ArrayList<>(pieces);
        all.addAll(fresh);
        pieces = List.copyOf(all);
        List<CompletableFuture<Path>> files = new ArrayList<>();
        for (CodePiece piece : fresh) {
            files.add(file.apply(piece));
        }
        CompletableFuture<Void> fetched = CompletableFuture.allOf(files.toArray(CompletableFuture[]::new));
        ready = CompletableFuture.allOf(ready, fetched).thenRun(() -> files.forEach(f -> loader.add(f.join())));
    }

    /** Waits until the pieces announced so far are in the loader; fails if one could not be had. */
    void awaitCode(UUID node) throws InterruptedException {
        CompletableFuture<Void> current = ready;
        if (current.isDone() && !current.isCompletedExceptionally()) {
            return;
        }
        try {
            current.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IgnisException("the code of job " + id + " could not be loaded on node " + ObjectManager.shortId(node)
                    + ": " + cause.getMessage(), cause);
        }
    }

    /** Counts one more piece of work of the job running here; false if the job has ended here. */
    synchronized boolean acquire() {
        if (ended) {
            return false;
        }
        users++;
        return true;
    }

    /** One piece of work of the job is done here. */
    synchronized void release() {
        users--;
    }

    /** Its driver left the cluster. */
    synchronized void driverLeft() {
        driverGone = true;
    }

    /** True if the job may end: its driver has left and none of its work runs here. */
    synchronized boolean mayEnd() {
        return !ended && users == 0 && driverGone;
    }

    /** Marks the job ended if it {@link #mayEnd}; true if it did. */
    synchronized boolean tryEnd() {
        if (ended || users > 0 || !driverGone) {
            return false;
        }
        ended = true;
        return true;
    }

    /** Closes the loader of an ended job (classes it loaded keep working; nothing new loads). */
    void close() {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.debug("closing the class loader of job {}", id, e);
        }
    }
}

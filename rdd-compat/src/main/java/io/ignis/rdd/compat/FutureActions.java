package io.ignis.rdd.compat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;

/**
 * Async actions: the action runs on its own thread with a job tag of its own, so
 * {@code cancel} cancels exactly its jobs; {@code get} waits, and a failed job's SparkException
 * arrives wrapped in an ExecutionException as Java futures do.
 */
public final class FutureActions {
    private static final AtomicLong IDS = new AtomicLong();

    private FutureActions() {}

    public static <T> JavaFutureAction<T> submit(SparkContext sc, Supplier<T> action) {
        String tag = "ignis-async-" + IDS.incrementAndGet();
        CompletableFuture<T> future = new CompletableFuture<>();
        int firstJob = sc.ignis().jobsStarted();
        Thread thread = new Thread(() -> {
            sc.ignis().addJobTag(tag);
            try {
                future.complete(action.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            } finally {
                sc.ignis().removeJobTag(tag);
                sc.ignis().forgetAbandonedTag(tag);
            }
        }, "async action " + tag);
        thread.setDaemon(true);
        thread.start();
        return new Action<>(sc, tag, future, firstJob);
    }

    private record Action<T>(SparkContext sc, String tag, CompletableFuture<T> future, int firstJob) implements JavaFutureAction<T> {
        @Override
        public List<Integer> jobIds() {
            List<Integer> ids = new java.util.ArrayList<>();
            for (int id : sc.ignis().jobIdsForGroup(null)) {
                if (id >= firstJob) {
                    ids.add(id);
                }
            }
            return ids;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (future.isDone()) {
                return false;
            }
            // The future first: cancelling the job's tasks fails the job, which could otherwise
            // complete the future before it is marked cancelled.
            boolean cancelled = future.cancel(mayInterruptIfRunning);
            sc.ignis().abandonTag(tag, "Job cancelled: the future action was cancelled");
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return future.isCancelled();
        }

        @Override
        public boolean isDone() {
            return future.isDone();
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            return future.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return future.get(timeout, unit);
        }
    }
}

package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Cancelling an asynchronous action: the job's tasks wait until they are interrupted (at most a
 * minute), the future is cancelled, reports so, and get() throws CancellationException; the
 * context runs further jobs afterwards.
 */
public final class AsyncCancel {
    private AsyncCancel() {
    }

    public static void main(String[] args) throws Exception {
        SparkConf conf = new SparkConf().setAppName("AsyncCancel").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaFutureAction<Long> slow = sc.parallelize(List.of(1, 2, 3, 4), 2).map(number -> {
                waitUntilInterrupted();
                return number;
            }).countAsync();
            System.out.println("cancel: " + slow.cancel(true));
            System.out.println("cancelled: " + slow.isCancelled());
            try {
                System.out.println("get: " + slow.get());
            } catch (Exception expected) {
                System.out.println("get: " + expected.getClass().getName());
            }
            System.out.println("done: " + slow.isDone());
            System.out.println("cancel again: " + slow.cancel(true));
            System.out.println("next job: " + sc.parallelize(List.of(5, 6, 7), 2).map(number -> number * 2).collect());
        }
    }

    /** Waits until the task is killed or interrupted, for at most a minute. */
    private static void waitUntilInterrupted() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!TaskContext.get().isInterrupted() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

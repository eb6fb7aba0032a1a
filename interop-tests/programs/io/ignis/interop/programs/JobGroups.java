package io.ignis.interop.programs;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Job groups: a thread runs a job in a group (setJobGroup with interrupt on cancel), the main
 * thread waits until the status tracker lists the group's job and cancels the group; the job fails
 * with SparkException, jobs outside the group are not touched, and clearJobGroup ends the group.
 */
public final class JobGroups {
    private JobGroups() {
    }

    public static void main(String[] args) throws Exception {
        SparkConf conf = new SparkConf().setAppName("JobGroups").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            AtomicReference<String> outcome = new AtomicReference<>("not finished");
            Thread worker = new Thread(() -> {
                sc.setJobGroup("slow-group", "a job that waits to be cancelled", true);
                try {
                    long count = sc.parallelize(List.of(1, 2, 3, 4), 2).map(number -> {
                        waitUntilInterrupted();
                        return number;
                    }).count();
                    outcome.set("finished with " + count);
                } catch (Exception failure) {
                    outcome.set(failure.getClass().getName());
                } finally {
                    sc.clearJobGroup();
                }
            });
            worker.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (sc.statusTracker().getJobIdsForGroup("slow-group").length == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            System.out.println("jobs in the group before cancelling: " + sc.statusTracker().getJobIdsForGroup("slow-group").length);
            System.out.println("jobs in an unknown group: " + sc.statusTracker().getJobIdsForGroup("no-such-group").length);
            sc.cancelJobGroup("slow-group");
            worker.join();
            System.out.println("job in the cancelled group: " + outcome.get());

            System.out.println("a job outside the group: " + sc.parallelize(List.of(1, 2, 3), 2).map(number -> number + 1).collect());
            sc.setJobGroup("later-group", "a job after the cancel");
            System.out.println("a job in a new group: " + sc.parallelize(List.of(4, 5, 6), 2).reduce(Integer::sum));
            sc.clearJobGroup();
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

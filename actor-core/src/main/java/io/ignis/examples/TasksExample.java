package io.ignis.examples;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.WaitResult;
import io.ignis.cli.Example;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/ignis example tasks}: the runtime used directly. Fans out tasks, chains one task's
 * result into another, keeps a running total in an actor, and shares a put-object with tasks.
 * Runs on an embedded node, or on a cluster with {@code --address host:port}.
 */
public final class TasksExample implements Example {
    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public String description() {
        return "tasks, an actor and put/get on the runtime directly [--address host:port]";
    }

    static long square(long x) {
        return x * x;
    }

    static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    static int countWords(String text, String word) {
        int count = 0;
        for (String token : text.split("\\W+")) {
            if (token.equalsIgnoreCase(word)) {
                count++;
            }
        }
        return count;
    }

    /** An actor: a running total that calls from one handle update in order. */
    public static final class Accumulator {
        private long total;
        private int updates;

        public long add(long value) {
            total += value;
            updates++;
            return total;
        }

        public String summary() {
            return updates + " updates, total " + total;
        }
    }

    @Override
    public void run(String[] args) {
        IgnisConfig config = args.length == 2 && args[0].equals("--address")
                ? IgnisConfig.builder().localNodes(0).join(List.of(args[1])).build()
                : IgnisConfig.builder().build();
        long start = System.nanoTime();
        try (IgnisRuntime ignis = Ignis.init(config)) {
            io.ignis.api.NodeInfo first = ignis.nodes().get(0);
            System.out.printf("started: %d node(s); the first has CPU=%s, GPU=%s, memory=%.1f GB%n",
                    ignis.nodes().stream().filter(n -> !n.driver()).count(), first.totalResources().get("CPU"),
                    first.totalResources().get("GPU"), first.totalResources().getOrDefault("memory", 0.0) / 1e9);

            // Fan out: 100 tasks, then one task that takes all their results as ObjectRef arguments.
            List<ObjectRef<Long>> squares = new ArrayList<>();
            for (long i = 1; i <= 100; i++) {
                squares.add(ignis.task(TasksExample::square, i).remote());
            }
            List<Long> values = ignis.get(squares);
            ObjectRef<Long> total = ignis.task(TasksExample::sum, values).remote();
            System.out.printf("tasks: sum of squares 1..100 = %d (100 tasks, then 1 task on their results)%n", total.get());

            // Chain: a task's result feeds the next task without coming back to the driver.
            ObjectRef<Long> chained = ignis.task(TasksExample::square, 3L).remote();
            for (int i = 0; i < 2; i++) {
                chained = ignis.task(TasksExample::square, chained).remote();
            }
            System.out.printf("chain: ((3^2)^2)^2 = %d%n", chained.get());

            // Put: one shared object, read by several tasks on the node without copies.
            ObjectRef<String> text = ignis.put("the quick brown fox jumps over the lazy dog; the end");
            List<ObjectRef<Integer>> counts = new ArrayList<>();
            for (String word : List.of("the", "fox", "cat")) {
                counts.add(ignis.task(TasksExample::countWords, text, word).remote());
            }
            System.out.printf("put/get: counts of the, fox, cat in a put-object = %s%n", ignis.get(counts));

            // Actor: state that lives on a node; calls through one handle run in order.
            ActorHandle<Accumulator> accumulator = ignis.actor(Accumulator::new).remote();
            ObjectRef<Long> last = null;
            for (long i = 1; i <= 10; i++) {
                last = accumulator.task(Accumulator::add, i).remote();
            }
            System.out.printf("actor: running total after 10 calls = %d (%s)%n", last.get(),
                    accumulator.task(Accumulator::summary).remote().get());

            // Wait: take results as they come.
            List<ObjectRef<String>> slow = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int delay = 50 * (4 - i);
                slow.add(ignis.task(() -> {
                    Thread.sleep(delay);
                    return "slept " + delay + " ms on node " + TaskContext.current().nodeId().substring(0, 8);
                }).remote());
            }
            WaitResult<String> firstTwo = ignis.wait(slow, 2, Duration.ofSeconds(10));
            System.out.printf("wait: first 2 of 4 ready: %s%n", ignis.get(firstTwo.ready()));
            accumulator.kill();
        }
        System.out.printf("done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}

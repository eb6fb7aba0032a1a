package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.runtime.RuntimeFactoryImpl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A task blocked in a get gives its CPU back; when its objects arrive it waits for a CPU again, and
 * must get the one the next task gives back by blocking in turn (not only one freed by a task
 * ending). Here the second task can only end after the first one does, so a missed wake-up hangs.
 */
class BlockedTaskTest {
    static int later(int value, long millis) throws InterruptedException {
        Thread.sleep(millis);
        return value;
    }

    // Refs inside a list reach the task as refs (a top-level ref argument arrives as its value).
    static int first(List<ObjectRef<Integer>> slow) {
        return Ignis.get(slow.get(0)) + 1;
    }

    static int second(List<ObjectRef<Integer>> afterFirst) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000);
        while (System.nanoTime() < until) {
            Thread.onSpinWait(); // holds the node's only CPU while the first task's object arrives
        }
        return Ignis.get(afterFirst.get(0)) * 10;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aResumingTaskGetsTheCpuOfATaskThatBlocks() {
        try (RuntimeImpl ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(2)
                .resources(Map.of("CPU", 1.0)).build())) {
            NodeAffinity one = NodeAffinity.hard(ignis.ownedNodes().get(0).id().toString());
            NodeAffinity two = NodeAffinity.hard(ignis.ownedNodes().get(1).id().toString());
            ObjectRef<Integer> slow = ignis.task(BlockedTaskTest::later, 1, 500L).nodeAffinity(two).remote();
            ObjectRef<Integer> a = ignis.task(BlockedTaskTest::first, List.of(slow)).nodeAffinity(one).remote();
            ObjectRef<Integer> afterA = ignis.task(BlockedTaskTest::later, 7, 0L).dependsOn(List.of(a)).nodeAffinity(two).remote();
            ObjectRef<Integer> b = ignis.task(BlockedTaskTest::second, List.of(afterA)).nodeAffinity(one).remote();
            assertEquals(70, b.get(Duration.ofSeconds(30)));
            assertEquals(2, a.get());
        }
    }
}

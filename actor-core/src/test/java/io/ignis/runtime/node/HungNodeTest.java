package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.cli.NodeProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node that stops answering without dying (SIGSTOP: its sockets stay open, so nothing is
 * refused) is dropped once the failure detection timeout passes, and the work it had runs again
 * elsewhere. This is the bound on reacting to a node's death; a killed process is noticed sooner.
 */
class HungNodeTest {
    static int slow(int i) throws InterruptedException {
        Thread.sleep(1000);
        return i * i;
    }

    private static void signal(String name, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor());
    }

    @Test
    void aHungNodeIsDroppedWithinTheTimeoutAndItsTasksRunElsewhere() throws Exception {
        Duration timeout = Duration.ofSeconds(2);
        List<String> options = List.of("--failure-detection-ms", Long.toString(timeout.toMillis()));
        String classpath = System.getProperty("java.class.path");
        try (NodeProcess first = NodeProcess.start(0, List.of(), "CPU=2", "512m", classpath, options);
             NodeProcess victim = NodeProcess.start(0, List.of(first.address()), "CPU=2", "512m", classpath, options);
             IgnisRuntime driver = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(first.address()))
                     .failureDetectionTimeout(timeout).build())) {
            List<ObjectRef<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(driver.task(HungNodeTest::slow, i).remote());
            }
            Thread.sleep(300); // both nodes are running some
            long stopped = System.nanoTime();
            signal("STOP", victim.pid());
            try {
                while (driver.nodes().stream().anyMatch(n -> n.id().equals(victim.nodeId()))) {
                    Thread.sleep(20);
                }
                double dropped = (System.nanoTime() - stopped) / 1e9;
                int sum = 0;
                for (ObjectRef<Integer> result : results) {
                    sum += driver.get(result);
                }
                double done = (System.nanoTime() - stopped) / 1e9;
                System.out.printf("hung node dropped %.2f s after SIGSTOP (failure detection timeout %.1f s);"
                        + " all 8 results %.2f s after%n", dropped, timeout.toMillis() / 1e3, done);
                assertEquals(140, sum); // 0 + 1 + 4 + ... + 49
                assertTrue(dropped < 3 * timeout.toSeconds(), "dropped after " + dropped + " s");
            } finally {
                signal("CONT", victim.pid());
            }
        }
    }
}

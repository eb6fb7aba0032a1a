package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.cli.NodeProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A driver-only test JVM and three node processes started as {@code bin/ignis start} starts them;
 * one node is killed with SIGKILL while a chain and a fan-out of tasks run, an actor with
 * restarts serves calls, and objects the node held are needed downstream. Every result must equal
 * the no-failure answer (computed here). Three rounds, each killing another node (a fresh one joins
 * after each kill), after one round without a failure. A kill is noticed within Ignite's
 * failure-detection timeout (10 s); the rounds print how long their results took.
 */
class ProcessFaultTest {
    static final int ROUNDS = 3;
    static final List<NodeProcess> nodes = new ArrayList<>();
    static IgnisRuntime driver;

    @BeforeAll
    static void start() throws IOException {
        nodes.add(NodeProcess.start(0, List.of(), "CPU=2", "512m"));
        for (int i = 0; i < 2; i++) {
            nodes.add(NodeProcess.start(0, List.of(nodes.get(0).address()), "CPU=2", "512m"));
        }
        driver = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(nodes.get(0).address())).build());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        nodes.forEach(NodeProcess::close);
    }

    static byte[] block(int seed) {
        byte[] out = new byte[256 << 10];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (seed * 131 + i * 7 + (i >>> 9));
        }
        return out;
    }

    static byte[] step(byte[] in, int i) throws InterruptedException {
        Thread.sleep(40);
        byte[] out = in.clone();
        for (int j = 0; j < out.length; j += 64) {
            out[j] = (byte) (out[j] * 3 + i);
        }
        return out;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static long square(int i) throws InterruptedException {
        Thread.sleep(100);
        return (long) i * i;
    }

    /** An actor whose answers depend only on its constructor's argument: a restart answers the same. */
    public static final class Model {
        private final int weight;

        public Model(int weight) {
            this.weight = weight;
        }

        public long apply(int x) throws InterruptedException {
            Thread.sleep(20);
            return (long) x * weight + 1;
        }
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void killNineDuringWorkChangesNoResult() throws Exception {
        long undisturbed = round(-1, null);
        System.out.printf("no failure: all results after %d ms%n", undisturbed);
        for (int round = 0; round < ROUNDS; round++) {
            NodeProcess victim = nodes.get(nodes.size() - 3 + round % 3);
            long took = round(round, victim);
            System.out.printf("round %d: killed %s; all results after %d ms (no failure: %d ms)%n", round, victim.nodeId(), took,
                    undisturbed);
            nodes.add(NodeProcess.start(0, List.of(nodes.get(nodes.size() - 1).address()), "CPU=2", "512m"));
        }
    }

    /**
     * One round of work, killing {@code victim} (null: none) 500 ms after it is submitted; checks
     * every result and returns the milliseconds from submission to the last result.
     */
    private static long round(int round, NodeProcess victim) throws Exception {
        int r = Math.max(round, 0);
        NodeAffinity there = victim == null ? null : NodeAffinity.soft(victim.nodeId());

        ObjectRef<byte[]> held = driver.task(ProcessFaultTest::block, 5 + r).nodeAffinity(there).remote();
        driver.wait(List.of(held), 1, Duration.ofSeconds(30));
        ActorHandle<Model> model = driver.actor(Model::new, 3 + r).maxRestarts(-1).maxTaskRetries(-1).nodeAffinity(there).remote();

        long start = System.nanoTime();
        ObjectRef<byte[]> chain = driver.task(ProcessFaultTest::block, r).remote();
        for (int i = 0; i < 30; i++) {
            chain = driver.task(ProcessFaultTest::step, chain, i).remote();
        }
        List<ObjectRef<Long>> fan = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fan.add(driver.task(ProcessFaultTest::square, i).remote());
        }
        List<ObjectRef<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(model.task(Model::apply, i).remote());
        }

        Thread.sleep(500);
        if (victim != null) {
            victim.kill();
        }

        ObjectRef<Long> downstream = driver.task(ProcessFaultTest::crc, held).remote();
        byte[] expectedChain = block(r);
        for (int i = 0; i < 30; i++) {
            expectedChain = step(expectedChain, i);
        }
        assertEquals(crc(expectedChain), crc(chain.get(Duration.ofSeconds(120))), "round " + round + ": chain");
        long squares = 0;
        for (ObjectRef<Long> s : fan) {
            squares += s.get(Duration.ofSeconds(120));
        }
        assertEquals(39L * 40 * 79 / 6, squares, "round " + round + ": fan-out");
        for (int i = 0; i < calls.size(); i++) {
            assertEquals((long) i * (3 + r) + 1, calls.get(i).get(Duration.ofSeconds(120)), "round " + round + ": actor call " + i);
        }
        assertEquals(crc(block(5 + r)), downstream.get(Duration.ofSeconds(120)), "round " + round + ": lost object rebuilt");
        long took = (System.nanoTime() - start) / 1_000_000;
        model.kill();
        return took;
    }
}

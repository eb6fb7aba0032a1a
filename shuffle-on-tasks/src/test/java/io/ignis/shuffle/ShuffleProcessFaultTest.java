package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.cli.NodeProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import scala.Tuple2;

/**
 * A shuffle over three node processes, one of them killed with SIGKILL while the map side runs:
 * the map outputs it held (and the inputs they were made from) are made again by lineage on the
 * others, and every reduce partition still holds exactly the no-failure answer.
 */
class ShuffleProcessFaultTest {
    static final int BLOCKS = 12;
    static final int PER_BLOCK = 5_000;
    static final int KEYS = 700;

    /** Input block {@code b}: the same pairs on any node, made slowly so that the kill lands mid-shuffle. */
    static List<Tuple2<Integer, Long>> block(int b) throws InterruptedException {
        Thread.sleep(300 + 100L * (b % 4));
        SplittableRandom random = new SplittableRandom(b);
        List<Tuple2<Integer, Long>> out = new ArrayList<>(PER_BLOCK);
        for (int i = 0; i < PER_BLOCK; i++) {
            out.add(new Tuple2<>(random.nextInt(KEYS), (long) random.nextInt(1000)));
        }
        return out;
    }

    static Map<Integer, Long> expected() throws InterruptedException {
        Map<Integer, Long> sums = new TreeMap<>();
        for (int b = 0; b < BLOCKS; b++) {
            for (Tuple2<Integer, Long> pair : block(b)) {
                sums.merge(pair._1(), pair._2(), Long::sum);
            }
        }
        return sums;
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aKilledNodesMapOutputsAreMadeAgain() throws Exception {
        List<NodeProcess> nodes = new ArrayList<>();
        IgnisRuntime driver = null;
        try {
            nodes.add(NodeProcess.start(0, List.of(), "CPU=2", "384m"));
            for (int i = 0; i < 2; i++) {
                nodes.add(NodeProcess.start(0, List.of(nodes.get(0).address()), "CPU=2", "384m"));
            }
            driver = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(nodes.get(0).address())).build());
            NodeProcess victim = nodes.get(1);

            List<ObjectRef<List<Tuple2<Integer, Long>>>> inputs = new ArrayList<>();
            for (int b = 0; b < BLOCKS; b++) {
                // A third of the input is made on the victim, so its map tasks (which follow their
                // input) leave blocks there too.
                NodeAffinity where = b % 3 == 0 ? NodeAffinity.soft(victim.nodeId()) : null;
                inputs.add(driver.task(ShuffleProcessFaultTest::block, b).nodeAffinity(where).remote());
            }
            Aggregator<Long, Long> sum = new Aggregator<>(v -> v, Long::sum, Long::sum);
            List<ObjectRef<List<Tuple2<Integer, Long>>>> outputs =
                    Shuffle.combineByKey(driver, inputs, new HashPartitioner<>(4), sum, true, null);

            // The first inputs (on the victim among them) are done and their map tasks have run;
            // later ones are still being made, so no reduce task has its blocks yet.
            driver.wait(inputs, BLOCKS / 2, Duration.ofSeconds(60));
            assertEquals(0, driver.wait(outputs, outputs.size(), Duration.ZERO).ready().size(), "killed before any reduce ended");
            victim.kill();

            Map<Integer, Long> got = new TreeMap<>();
            for (int r = 0; r < outputs.size(); r++) {
                for (Tuple2<Integer, Long> pair : outputs.get(r).get(Duration.ofSeconds(150))) {
                    assertEquals(Math.floorMod(pair._1().hashCode(), 4), r, "key " + pair._1() + " in partition " + r);
                    assertEquals(null, got.put(pair._1(), pair._2()), "key " + pair._1() + " twice");
                }
            }
            assertEquals(expected(), got);
        } finally {
            if (driver != null) {
                driver.close();
            }
            nodes.forEach(NodeProcess::close);
        }
    }
}

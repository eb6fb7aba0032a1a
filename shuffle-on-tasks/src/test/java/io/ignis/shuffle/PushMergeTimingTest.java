package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import scala.Tuple2;

/**
 * Not a check: prints how long a many-block shuffle (M x R = 40,000) takes on three nodes in this
 * JVM with and without push-based merge. Run with {@code -Dignis.timing=true}.
 */
@EnabledIfSystemProperty(named = "ignis.timing", matches = "true")
class PushMergeTimingTest {
    @Test
    void manyBlocks() {
        try (IgnisRuntime ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build())) {
            List<ObjectRef<List<Tuple2<Integer, Integer>>>> inputs = new ArrayList<>();
            for (List<Tuple2<Integer, Integer>> block : ShuffleTest.data(200, 2_000, 100_000, 3)) {
                inputs.add(ignis.put(block));
            }
            Shuffle.Spec<Integer, Integer, Integer> spec = new Shuffle.Spec<>(new HashPartitioner<>(200),
                    new Aggregator<Integer, Integer>(v -> v, Integer::sum, Integer::sum), true, null);
            for (int run = 0; run < 3; run++) {
                for (PushMerge.Mode mode : new PushMerge.Mode[] {PushMerge.Mode.NEVER, PushMerge.Mode.ALWAYS}) {
                    long start = System.nanoTime();
                    List<List<Tuple2<Integer, Integer>>> out = ignis.get(Shuffle.run(ignis, inputs, spec, mode));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    assertEquals(200, out.size());
                    System.out.printf("push merge %s: %d ms%n", mode, ms);
                }
            }
        }
    }
}

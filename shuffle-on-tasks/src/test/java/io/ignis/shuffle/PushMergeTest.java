package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Push-based merge gives exactly the simple shuffle's partitions (same pairs, same order) for
 * every kind of shuffle, on a three-node cluster, with more map tasks than one round so that map
 * tasks wait for earlier rounds' merges.
 */
class PushMergeTest {
    static IgnisRuntime ignis;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build());
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static <K, V, C> void sameBothWays(List<ObjectRef<List<Tuple2<Integer, Integer>>>> inputs, Shuffle.Spec<Integer, Integer, C> spec) {
        List<List<Tuple2<Integer, C>>> simple = ignis.get(Shuffle.run(ignis, inputs, spec, PushMerge.Mode.NEVER));
        List<List<Tuple2<Integer, C>>> merged = ignis.get(Shuffle.run(ignis, inputs, spec, PushMerge.Mode.ALWAYS));
        assertEquals(simple, merged);
        assertEquals(spec.partitioner().numPartitions(), merged.size());
    }

    @Test
    void everyKindOfShuffleGivesTheSimpleOnesAnswer() {
        int maps = 2 * PushMerge.DEFAULT_MAPS_PER_ROUND * PushMerge.DEFAULT_ROUNDS_IN_FLIGHT + 3; // a short last round
        List<ObjectRef<List<Tuple2<Integer, Integer>>>> inputs = new ArrayList<>();
        for (List<Tuple2<Integer, Integer>> block : ShuffleTest.data(maps, 300, 400, 7)) {
            inputs.add(ignis.put(block));
        }
        HashPartitioner<Integer> partitioner = new HashPartitioner<>(7);
        assertNotNull(PushMerge.plan(ignis, PushMerge.Mode.ALWAYS, maps, 7), "the merged runs below do merge");
        Aggregator<Integer, Integer> sum = new Aggregator<>(v -> v, Integer::sum, Integer::sum);
        Aggregator<Integer, ArrayList<Integer>> group = new Aggregator<>(
                v -> new ArrayList<>(List.of(v)), (l, v) -> { l.add(v); return l; }, (a, b) -> { a.addAll(b); return a; });
        sameBothWays(inputs, new Shuffle.Spec<Integer, Integer, Integer>(partitioner, null, false, null));
        sameBothWays(inputs, new Shuffle.Spec<>(partitioner, sum, true, null));
        sameBothWays(inputs, new Shuffle.Spec<>(partitioner, group, false, new ShuffleTest.Natural()));
        sameBothWays(inputs, new Shuffle.Spec<Integer, Integer, Integer>(new HashPartitioner<>(1), null, false, new ShuffleTest.Natural()));
    }

    @Test
    void autoMergesOnlyLargeShufflesAcrossHosts() {
        assertNull(PushMerge.plan(ignis, PushMerge.Mode.AUTO, 200, 200), "three nodes on one host: read as they are");
        PushMerge.Plan plan = PushMerge.plan(ignis, PushMerge.Mode.ALWAYS, 200, 200);
        assertNotNull(plan);
        assertEquals(3, plan.reducerNodes().size());
        assertEquals(13, plan.rounds(200));
        assertNull(PushMerge.plan(ignis, PushMerge.Mode.NEVER, 200, 200));
        assertTrue(PushMerge.worthMerging(2, 200 * 200));
        assertFalse(PushMerge.worthMerging(2, 10 * 10), "100 blocks: few enough fetches as they are");
        assertFalse(PushMerge.worthMerging(1, 200 * 200));
        try (IgnisRuntime single = Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 2.0)).build())) {
            assertNotNull(PushMerge.plan(single, PushMerge.Mode.ALWAYS, 20, 20), "asked for: merged even on one node");
        }
        assertThrows(IllegalArgumentException.class, () -> PushMerge.Mode.parse("sometimes"));
        assertEquals(PushMerge.Mode.ALWAYS, PushMerge.Mode.parse("true"));
    }
}

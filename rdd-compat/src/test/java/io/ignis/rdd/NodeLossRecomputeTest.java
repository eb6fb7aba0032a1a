package io.ignis.rdd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.PairOps;
import io.ignis.rdd.ops.ParallelCollectionRdd;
import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import io.ignis.shuffle.HashPartitioner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * A node dies after a job left shuffle blocks and persisted partitions on it: the next action
 * still gets the same answer, the lost objects being made again from lineage on the survivors.
 */
class NodeLossRecomputeTest {
    @Test
    void lostShuffleBlocksAndPersistedPartitionsAreRecomputed() {
        IgnisRuntime ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build());
        try (RddContext context = new RddContext(ignis, true, 6)) {
            Rdd<Integer> numbers = new ParallelCollectionRdd<>(context, IntStream.range(0, 3000).boxed().toList(), 12);
            Rdd<Tuple2<Integer, Integer>> keyed = new MapPartitionsRdd<Integer, Tuple2<Integer, Integer>>(numbers,
                    (scope, index, items) -> Functions.map(items, x -> new Tuple2<>(x % 17, x)), false);
            keyed.persist(new Persistence(true, true, false, true, 1));
            Rdd<Tuple2<Integer, Integer>> sums = PairOps.combineByKey(keyed, v -> v, Integer::sum, Integer::sum,
                    new HashPartitioner<>(5), true);
            Map<Integer, Integer> before = toMap(Actions.collect(sums));
            Set<String> nodesUsed = new HashSet<>(context.runJob(keyed,
                    (scope, items) -> io.ignis.api.TaskContext.current().nodeId()));
            Node doomed = ((RuntimeImpl) ignis).ownedNodes().get(2);
            assertTrue(nodesUsed.contains(doomed.id().toString()), "the doomed node ran tasks: " + nodesUsed);

            doomed.close();

            assertEquals(before, toMap(Actions.collect(sums)), "same sums after the node left");
            assertEquals(3000L, Actions.count(keyed), "every persisted partition is there (made again if it was lost)");
            assertEquals(2, ignis.nodes().size());
        }
    }

    private static Map<Integer, Integer> toMap(List<Tuple2<Integer, Integer>> pairs) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (Tuple2<Integer, Integer> pair : new ArrayList<>(pairs)) {
            out.put(pair._1(), pair._2());
        }
        return out;
    }
}

package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The classic transitive closure of a random directed graph (fixed seed): paths are extended by
 * joining them with the reversed edges, unioned, made distinct and cached until the count stops
 * growing. Prints the edge count, the number of rounds, the closure's size and the vertices
 * reachable from a few sources.
 */
public final class TransitiveClosure {
    private static final int VERTICES = 30;
    private static final int EDGES = 45;
    // Fixed, so the partition count does not double each round (union adds its inputs' partitions).
    private static final int PARTITIONS = 2;

    private TransitiveClosure() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("TransitiveClosure").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Random random = new Random(42);
            Set<Tuple2<Integer, Integer>> edges = new LinkedHashSet<>();
            while (edges.size() < EDGES) {
                int from = random.nextInt(VERTICES);
                int to = random.nextInt(VERTICES);
                if (from != to) {
                    edges.add(new Tuple2<>(from, to));
                }
            }
            JavaPairRDD<Integer, Integer> paths = sc.parallelizePairs(new ArrayList<>(edges), PARTITIONS).cache();
            // Edges keyed by their target: joining (x, y) paths with (x, a) reversed edges gives a -> y.
            JavaPairRDD<Integer, Integer> reversed = paths.mapToPair(edge -> new Tuple2<>(edge._2(), edge._1())).cache();

            long previousCount;
            long count = paths.count();
            int rounds = 0;
            do {
                previousCount = count;
                JavaPairRDD<Integer, Integer> extended = paths.join(reversed, PARTITIONS)
                        .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()));
                paths = paths.union(extended).distinct(PARTITIONS).cache();
                count = paths.count();
                rounds++;
                System.out.println("round " + rounds + ": " + count + " paths");
            } while (count != previousCount);

            System.out.println("edges: " + edges.size());
            System.out.println("closure size: " + count);
            for (int source : new int[] {0, 7, 13}) {
                System.out.println("reachable from " + source + ": "
                        + Show.sorted(paths.filter(path -> path._1() == source).values().collect()));
            }
            System.out.println("self loops: " + paths.filter(path -> path._1().equals(path._2())).count());
        }
    }
}

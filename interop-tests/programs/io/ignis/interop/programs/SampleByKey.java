package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Stratified sampling: sampleByKey with and without replacement (seeded, so the same elements for
 * the same partitioning), and sampleByKeyExact, whose per-key sizes are exact
 * (ceil(fraction x count)) and whose elements come from the input.
 */
public final class SampleByKey {
    private SampleByKey() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("SampleByKey").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Tuple2<String, Integer>> entries = new ArrayList<>();
            for (int index = 0; index < 90; index++) {
                entries.add(new Tuple2<>(index % 3 == 0 ? "a" : index % 3 == 1 ? "b" : "c", index));
            }
            JavaPairRDD<String, Integer> pairs = sc.parallelizePairs(entries, 3);
            Map<String, Double> fractions = Map.of("a", 0.1, "b", 0.5, "c", 0.0);

            System.out.println("sampleByKey without replacement: " + pairs.sampleByKey(false, fractions, 42).collect());
            System.out.println("sampleByKey with replacement: " + pairs.sampleByKey(true, Map.of("a", 0.2, "b", 0.1, "c", 0.3), 7).collect());
            System.out.println("same seed, same sample: "
                    + pairs.sampleByKey(false, fractions, 9).collect().equals(pairs.sampleByKey(false, fractions, 9).collect()));

            JavaPairRDD<String, Integer> exact = pairs.sampleByKeyExact(false, Map.of("a", 0.1, "b", 0.5, "c", 0.25), 42);
            System.out.println("sampleByKeyExact sizes: " + new TreeMap<>(exact.countByKey()));
            System.out.println("sampleByKeyExact from the input: " + exact.collect().stream().allMatch(entries::contains)
                    + ", distinct: " + (exact.distinct().count() == exact.count()));
            JavaPairRDD<String, Integer> exactWithReplacement = pairs.sampleByKeyExact(true, Map.of("a", 0.5, "b", 1.5, "c", 0.1), 3);
            System.out.println("sampleByKeyExact with replacement sizes: " + new TreeMap<>(exactWithReplacement.countByKey()));
            System.out.println("sampleByKeyExact with replacement from the input: "
                    + exactWithReplacement.collect().stream().allMatch(entries::contains));
        }
    }
}

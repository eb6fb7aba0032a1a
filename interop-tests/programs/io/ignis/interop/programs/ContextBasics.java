package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaDoubleRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * What a JavaSparkContext offers besides RDD creation: its name, master and parallelism, the
 * underlying SparkContext (sc()), local properties, and the ways to make RDDs: parallelize with
 * and without a slice count, parallelizePairs, parallelizeDoubles, emptyRDD and union.
 */
public final class ContextBasics {
    private ContextBasics() {
    }

    @SuppressWarnings("unchecked") // JavaSparkContext.union's varargs of a generic type
    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("ContextBasics").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            System.out.println("appName " + sc.appName() + ", master " + sc.master() + ", isLocal " + sc.isLocal());
            System.out.println("defaultParallelism " + sc.defaultParallelism() + ", defaultMinPartitions " + sc.defaultMinPartitions());
            SparkContext scala = sc.sc();
            System.out.println("sc(): appName " + scala.appName() + ", master " + scala.master() + ", defaultParallelism " + scala.defaultParallelism()
                    + ", same as JavaSparkContext.toSparkContext: " + (JavaSparkContext.toSparkContext(sc) == scala)
                    + ", wrapped back: " + JavaSparkContext.fromSparkContext(scala).appName());
            System.out.println("conf: " + sc.getConf().get("spark.app.name") + ", " + sc.getConf().get("spark.master"));

            sc.setLocalProperty("interop.property", "set on the driver");
            System.out.println("local property: " + sc.getLocalProperty("interop.property") + ", unset: " + sc.getLocalProperty("interop.unset"));

            JavaRDD<Integer> defaultSlices = sc.parallelize(List.of(1, 2, 3, 4, 5));
            System.out.println("parallelize default slices: " + defaultSlices.getNumPartitions() + ", " + defaultSlices.glom().collect());
            JavaRDD<String> fiveSlices = sc.parallelize(List.of("a", "b", "c", "d", "e", "f", "g"), 5);
            System.out.println("parallelize 5 slices: " + fiveSlices.glom().collect());
            JavaPairRDD<String, Integer> pairs = sc.parallelizePairs(List.of(new Tuple2<>("x", 1), new Tuple2<>("y", 2), new Tuple2<>("z", 3)));
            System.out.println("parallelizePairs: " + pairs.collect() + ", partitions " + pairs.getNumPartitions());
            JavaDoubleRDD doubles = sc.parallelizeDoubles(List.of(1.5, 2.5, 3.5), 3);
            System.out.println("parallelizeDoubles: " + doubles.collect() + ", sum " + doubles.sum());
            JavaRDD<String> empty = sc.emptyRDD();
            System.out.println("emptyRDD: count " + empty.count() + ", partitions " + empty.getNumPartitions() + ", collect " + empty.collect());
            System.out.println("parallelize an empty list: " + sc.parallelize(List.<Integer>of(), 3).glom().collect());

            JavaRDD<String> union = sc.union(fiveSlices, sc.parallelize(List.of("h", "i"), 1), empty);
            System.out.println("sc.union: " + union.collect() + ", partitions " + union.getNumPartitions());
            JavaPairRDD<String, Integer> pairUnion = sc.union(pairs, sc.parallelizePairs(List.of(new Tuple2<>("w", 0)), 1));
            System.out.println("sc.union of pairs: " + pairUnion.collect());
            JavaDoubleRDD doubleUnion = sc.union(doubles, sc.parallelizeDoubles(List.of(9.0), 1));
            System.out.println("sc.union of doubles: " + doubleUnion.collect() + ", mean " + doubleUnion.mean());
            System.out.println("a large range: " + sc.parallelize(java.util.stream.IntStream.range(0, 10_000).boxed()
                    .collect(java.util.stream.Collectors.toList()), 7).map(number -> (long) number).reduce(Long::sum));
        }
    }
}

package io.ignis.interop.programs;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Pair transformations: mapValues, flatMapValues, keys, values (in order), filter on pairs,
 * reduceByKey and groupByKey with and without a partition count (printed sorted), and the
 * pair RDD's own distinct, union and swap.
 */
public final class PairTransformations {
    private PairTransformations() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("PairTransformations").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaPairRDD<String, Integer> sales = sc.parallelizePairs(List.of(
                    new Tuple2<>("apples", 3), new Tuple2<>("pears", 5), new Tuple2<>("apples", 7),
                    new Tuple2<>("plums", 1), new Tuple2<>("pears", 2), new Tuple2<>("apples", 4),
                    new Tuple2<>("figs", 9), new Tuple2<>("plums", 6)), 3);

            System.out.println("mapValues: " + sales.mapValues(count -> count * 100).collect());
            System.out.println("flatMapValues: " + sales.flatMapValues(count -> Arrays.asList(count, -count).iterator()).take(6));
            System.out.println("keys: " + sales.keys().collect());
            System.out.println("values: " + sales.values().collect());
            System.out.println("filter: " + sales.filter(pair -> pair._2() > 4).collect());
            System.out.println("reduceByKey: " + Show.sorted(sales.reduceByKey(Integer::sum).collect()));
            JavaPairRDD<String, Integer> reducedTwo = sales.reduceByKey(Math::max, 2);
            System.out.println("reduceByKey max into 2: " + Show.sorted(reducedTwo.collect()) + ", partitions " + reducedTwo.getNumPartitions());
            System.out.println("groupByKey: " + Show.sorted(sales.groupByKey().mapValues(Show::sorted).collect()));
            JavaPairRDD<String, Iterable<Integer>> groupedFour = sales.groupByKey(4);
            System.out.println("groupByKey(4) partitions: " + groupedFour.getNumPartitions() + ", group sizes "
                    + Show.sorted(groupedFour.mapValues(values -> {
                        int size = 0;
                        for (Integer ignored : values) {
                            size++;
                        }
                        return size;
                    }).collect()));
            System.out.println("distinct keys: " + Show.sorted(sales.keys().distinct().collect()));
            System.out.println("pair distinct: " + Show.sorted(sales.union(sales).distinct().collect()));
            System.out.println("swap: " + sales.mapToPair(Tuple2::swap).take(3));
            System.out.println("count per key via mapValues and reduceByKey: "
                    + Show.sorted(sales.mapValues(ignored -> 1).reduceByKey(Integer::sum).collect()));
        }
    }
}

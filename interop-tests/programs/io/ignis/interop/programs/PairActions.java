package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Actions of pair RDDs: countByKey, countByValue of pairs, collectAsMap, lookup (on an
 * unpartitioned RDD in order, on a partitioned one sorted), reduceByKeyLocally, first and take.
 */
public final class PairActions {
    private PairActions() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("PairActions").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaPairRDD<String, Integer> visits = sc.parallelizePairs(List.of(
                    new Tuple2<>("home", 3), new Tuple2<>("about", 1), new Tuple2<>("home", 5),
                    new Tuple2<>("shop", 2), new Tuple2<>("home", 3), new Tuple2<>("shop", 8),
                    new Tuple2<>("blog", 4)), 3);

            System.out.println("countByKey: " + Show.sortedMap(visits.countByKey()));
            System.out.println("countByValue: " + Show.sortedMap(visits.countByValue()));
            System.out.println("collectAsMap of reduced: " + Show.sortedMap(visits.reduceByKey(Integer::sum).collectAsMap()));
            System.out.println("collectAsMap of unique keys: " + Show.sortedMap(sc.parallelizePairs(List.of(
                    new Tuple2<>(1, "one"), new Tuple2<>(2, "two"), new Tuple2<>(3, "three")), 2).collectAsMap()));
            System.out.println("lookup home: " + visits.lookup("home") + ", lookup missing: " + visits.lookup("missing"));
            JavaPairRDD<String, Integer> partitioned = visits.partitionBy(new HashPartitioner(4));
            System.out.println("lookup home on a partitioned RDD: " + Show.sorted(partitioned.lookup("home"))
                    + ", shop: " + Show.sorted(partitioned.lookup("shop")));
            System.out.println("reduceByKeyLocally: " + Show.sortedMap(visits.reduceByKeyLocally(Integer::sum)));
            System.out.println("first: " + visits.first() + ", take(2): " + visits.take(2));
            System.out.println("count: " + visits.count() + ", keys distinct count: " + visits.keys().distinct().count());
        }
    }
}

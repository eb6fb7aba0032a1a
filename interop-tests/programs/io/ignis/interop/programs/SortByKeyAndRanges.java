package io.ignis.interop.programs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Key ordering: sortByKey ascending, descending, with a comparator and a partition count (a total
 * order across partitions), repartitionAndSortWithinPartitions (hash placement, each partition
 * sorted, with and without a comparator), and filterByRange on a sorted RDD.
 */
public final class SortByKeyAndRanges {
    private SortByKeyAndRanges() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("SortByKeyAndRanges").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Tuple2<Integer, String>> entries = new ArrayList<>();
            for (int index = 0; index < 30; index++) {
                int key = (index * 17 + 5) % 31;
                entries.add(new Tuple2<>(key, "v" + key));
            }
            JavaPairRDD<Integer, String> pairs = sc.parallelizePairs(entries, 3);

            JavaPairRDD<Integer, String> ascending = pairs.sortByKey();
            System.out.println("sortByKey: " + ascending.keys().collect());
            System.out.println("sortByKey partitioner present: " + ascending.partitioner().isPresent()
                    + ", partitions " + ascending.getNumPartitions());
            System.out.println("sortByKey(false): " + pairs.sortByKey(false).keys().collect());
            JavaPairRDD<Integer, String> byComparator = pairs.sortByKey(new ByLastDigitThenValue(), true, 4);
            System.out.println("sortByKey(comparator, true, 4): " + byComparator.keys().collect() + ", partitions " + byComparator.getNumPartitions());
            System.out.println("sortByKey(false, 2) first 5: " + pairs.sortByKey(false, 2).take(5));
            System.out.println("sorted strings: " + sc.parallelizePairs(List.of(new Tuple2<>("pear", 1), new Tuple2<>("Apple", 2),
                    new Tuple2<>("apple", 3), new Tuple2<>("banana", 4)), 2).sortByKey().collect());

            JavaPairRDD<Integer, String> withinPartitions = pairs.repartitionAndSortWithinPartitions(new HashPartitioner(3));
            System.out.println("repartitionAndSortWithinPartitions:");
            for (List<Tuple2<Integer, String>> partition : withinPartitions.glom().collect()) {
                System.out.println("  " + partition);
            }
            JavaPairRDD<Integer, String> withinDescending = pairs.repartitionAndSortWithinPartitions(new HashPartitioner(2),
                    new Descending());
            System.out.println("repartitionAndSortWithinPartitions descending:");
            for (List<Tuple2<Integer, String>> partition : withinDescending.glom().collect()) {
                System.out.println("  " + partition);
            }

            System.out.println("filterByRange(10, 20): " + ascending.filterByRange(10, 20).collect());
            System.out.println("filterByRange(25, 100): " + ascending.filterByRange(25, 100).keys().collect());
            System.out.println("filterByRange(40, 50): " + ascending.filterByRange(40, 50).count());
            System.out.println("filterByRange(comparator, 20, 10) on descending: "
                    + pairs.sortByKey(new Descending(), true, 3).filterByRange(new Descending(), 20, 10).keys().collect());
            System.out.println("filterByRange on an unsorted RDD: " + pairs.filterByRange(3, 6).keys().collect());
        }
    }

    /** Keys by last digit, then by value. */
    private static final class ByLastDigitThenValue implements Comparator<Integer>, Serializable {
        @Override
        public int compare(Integer left, Integer right) {
            int byDigit = Integer.compare(left % 10, right % 10);
            return byDigit != 0 ? byDigit : Integer.compare(left, right);
        }
    }

    /** Largest first. */
    private static final class Descending implements Comparator<Integer>, Serializable {
        @Override
        public int compare(Integer left, Integer right) {
            return Integer.compare(right, left);
        }
    }
}

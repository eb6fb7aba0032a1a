package io.ignis.interop.programs;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Ordering and grouping of plain RDDs: sortBy ascending and descending with a partition count,
 * groupBy (groups printed sorted), top and takeOrdered with natural order and with a comparator,
 * max and min with a comparator.
 */
public final class SortingAndGrouping {
    private SortingAndGrouping() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("SortingAndGrouping").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<String> words = sc.parallelize(List.of("pear", "fig", "apple", "kiwi", "banana", "cherry",
                    "date", "plum", "lime", "mango", "grape", "melon"), 3);

            System.out.println("sortBy word: " + words.sortBy(word -> word, true, 2).collect());
            System.out.println("sortBy length then word, descending: "
                    + words.sortBy(word -> String.format("%02d%s", word.length(), word), false, 3).collect());
            JavaRDD<String> sortedFour = words.sortBy(word -> word, true, 4);
            System.out.println("sortBy into 4 partitions: " + sortedFour.getNumPartitions() + ", in order " + sortedFour.collect());

            JavaPairRDD<Integer, Iterable<String>> byLength = words.groupBy(String::length);
            System.out.println("groupBy length: " + Show.sorted(byLength.mapValues(Show::sorted).collect()));
            System.out.println("groupBy first letter, 2 partitions: "
                    + Show.sorted(words.groupBy(word -> word.charAt(0), 2).mapValues(Show::sorted).collect()));

            System.out.println("top 3: " + words.top(3));
            System.out.println("top 3 by length: " + words.top(3, new ByLengthThenWord()));
            System.out.println("takeOrdered 4: " + words.takeOrdered(4));
            System.out.println("takeOrdered 4 by length: " + words.takeOrdered(4, new ByLengthThenWord()));
            System.out.println("max by length: " + words.max(new ByLengthThenWord()) + ", min by length: " + words.min(new ByLengthThenWord()));
            System.out.println("numbers top 2: " + sc.parallelize(List.of(5, 3, 9, 1, 7), 2).top(2)
                    + ", takeOrdered 2: " + sc.parallelize(List.of(5, 3, 9, 1, 7), 2).takeOrdered(2));
        }
    }

    /** Shorter first; equal lengths in alphabetical order. */
    private static final class ByLengthThenWord implements Comparator<String>, Serializable {
        @Override
        public int compare(String left, String right) {
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
    }
}

package io.ignis.interop.programs;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The classic word count over a text file: split lines into lower-case words, count them with
 * reduceByKey, then report the totals, every count (sorted), the ten most frequent words with ties
 * broken by the word, and the same ranking through sortBy on a unique key.
 */
public final class WordCount {
    private WordCount() {
    }

    public static void main(String[] args) {
        String data = args[1];
        SparkConf conf = new SparkConf().setAppName("WordCount").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<String> lines = sc.textFile(data + "/words.txt");
            JavaRDD<String> words = lines
                    .flatMap(line -> Arrays.asList(line.toLowerCase(Locale.ROOT).split("[^a-z]+")).iterator())
                    .filter(word -> !word.isEmpty());
            JavaPairRDD<String, Integer> counts = words.mapToPair(word -> new Tuple2<>(word, 1)).reduceByKey(Integer::sum);

            System.out.println("lines: " + lines.count());
            System.out.println("words: " + words.count());
            System.out.println("distinct words: " + counts.count());
            System.out.println("total from counts: " + counts.values().reduce(Integer::sum));
            System.out.println("top 10: " + counts.takeOrdered(10, new ByCountThenWord()));
            JavaRDD<String> ranked = counts.map(pair -> pair)
                    .sortBy(pair -> String.format("%06d %s", 999_999 - pair._2(), pair._1()), true, 3)
                    .map(pair -> pair._1() + "=" + pair._2());
            System.out.println("ranked partitions: " + ranked.getNumPartitions());
            System.out.println("ranked first 5: " + ranked.take(5));
            Show.sortedLines("counts", counts.collect());
        }
    }

    /** Most frequent first; equal counts in word order. */
    private static final class ByCountThenWord implements Comparator<Tuple2<String, Integer>>, Serializable {
        @Override
        public int compare(Tuple2<String, Integer> left, Tuple2<String, Integer> right) {
            int byCount = Integer.compare(right._2(), left._2());
            return byCount != 0 ? byCount : left._1().compareTo(right._1());
        }
    }
}

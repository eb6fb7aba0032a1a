package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * An inverted index: (document, text) pairs become (word, document) postings with flatMapToPair,
 * made distinct and grouped per word; the program prints each word's sorted posting list and the
 * words that occur in every document.
 */
public final class InvertedIndex {
    private InvertedIndex() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("InvertedIndex").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Tuple2<String, String>> documents = List.of(
                    new Tuple2<>("doc1", "the quick brown fox jumps over the lazy dog"),
                    new Tuple2<>("doc2", "a lazy afternoon by the river"),
                    new Tuple2<>("doc3", "the fox and the river"),
                    new Tuple2<>("doc4", "quick thinking saves the day"),
                    new Tuple2<>("doc5", "over the river and through the woods the fox ran"));
            JavaPairRDD<String, String> postings = sc.parallelizePairs(documents, 2).flatMapToPair(document -> {
                Set<String> words = new LinkedHashSet<>(List.of(document._2().toLowerCase(Locale.ROOT).split(" ")));
                List<Tuple2<String, String>> pairs = new ArrayList<>();
                for (String word : words) {
                    pairs.add(new Tuple2<>(word, document._1()));
                }
                return pairs.iterator();
            });
            System.out.println("postings: " + postings.count());
            JavaPairRDD<String, String> index = postings.distinct().groupByKey(3).mapValues(Show::sorted);
            System.out.println("index partitions: " + index.getNumPartitions());
            Show.sortedLines("index", index.collect());
            long documentCount = documents.size();
            System.out.println("in every document: " + Show.sorted(
                    postings.mapValues(document -> 1).reduceByKey(Integer::sum)
                            .filter(wordAndCount -> wordAndCount._2() == documentCount).keys().collect()));
        }
    }
}

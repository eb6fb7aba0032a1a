package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The classic PageRank over a small link file ("from to" per line): links grouped per page and
 * cached, ten iterations of contributions joined with ranks and summed with reduceByKey, damping
 * 0.85. Prints every page's rank after the last iteration and the rank total after each one.
 */
public final class PageRank {
    private static final int ITERATIONS = 10;

    private PageRank() {
    }

    public static void main(String[] args) {
        String data = args[1];
        SparkConf conf = new SparkConf().setAppName("PageRank").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaPairRDD<String, Iterable<String>> links = sc.textFile(data + "/links.txt", 2)
                    .mapToPair(line -> {
                        String[] parts = line.trim().split("\\s+");
                        return new Tuple2<>(parts[0], parts[1]);
                    })
                    .distinct()
                    .groupByKey()
                    .cache();
            JavaPairRDD<String, Double> ranks = links.mapValues(targets -> 1.0);
            System.out.println("pages with links: " + links.count());
            for (int iteration = 1; iteration <= ITERATIONS; iteration++) {
                JavaPairRDD<String, Double> contributions = links.join(ranks).values().flatMapToPair(linksAndRank -> {
                    List<String> targets = new ArrayList<>();
                    linksAndRank._1().forEach(targets::add);
                    List<Tuple2<String, Double>> shares = new ArrayList<>();
                    for (String target : targets) {
                        shares.add(new Tuple2<>(target, linksAndRank._2() / targets.size()));
                    }
                    return shares.iterator();
                });
                ranks = contributions.reduceByKey(Double::sum).mapValues(sum -> 0.15 + 0.85 * sum);
                double total = ranks.values().reduce(Double::sum);
                System.out.println("iteration " + iteration + ": pages " + ranks.count() + ", rank total " + total);
            }
            Show.sortedLines("ranks", ranks.collect());
        }
    }
}

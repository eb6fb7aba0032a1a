package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * {@code pagerank}: Spark's JavaPageRank example over {@code pagerank.txt} ("src dst" lines): the
 * links grouped and cached, then {@value #ITERATIONS} rounds of join, contributions and reduceByKey.
 * Answer: the pages ranked and the sum and largest of the ranks, rounded to 1e-3 (floating-point sums
 * differ in their last bits with the order in which an engine adds them).
 */
final class PageRank implements Callable<String> {
    static final int ITERATIONS = 10;

    private final JavaSparkContext sc;
    private final String file;

    PageRank(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.file = data.resolve("pagerank.txt").toString();
    }

    @Override
    public String call() {
        JavaPairRDD<Integer, Iterable<Integer>> links = sc.textFile(file)
                .mapToPair(line -> {
                    int space = line.indexOf(' ');
                    return new Tuple2<>(Integer.parseInt(line.substring(0, space)), Integer.parseInt(line.substring(space + 1)));
                })
                .distinct()
                .groupByKey()
                .cache();
        JavaPairRDD<Integer, Double> ranks = links.mapValues(targets -> 1.0);
        for (int i = 0; i < ITERATIONS; i++) {
            ranks = links.join(ranks).values()
                    .flatMapToPair(linksAndRank -> {
                        List<Tuple2<Integer, Double>> contributions = new ArrayList<>();
                        int count = 0;
                        for (Integer ignored : linksAndRank._1()) {
                            count++;
                        }
                        for (Integer target : linksAndRank._1()) {
                            contributions.add(new Tuple2<>(target, linksAndRank._2() / count));
                        }
                        return contributions.iterator();
                    })
                    .reduceByKey(Double::sum)
                    .mapValues(sum -> 0.15 + 0.85 * sum);
        }
        double[] sum = ranks.values().mapPartitions(values -> {
            double[] partial = new double[3];
            while (values.hasNext()) {
                double rank = values.next();
                partial[0]++;
                partial[1] += rank;
                partial[2] = Math.max(partial[2], rank);
            }
            return List.of(partial).iterator();
        }).reduce((a, b) -> new double[] {a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])});
        links.unpersist();
        return "pages=" + (long) sum[0] + " sum=" + Math.round(sum[1] * 1000) + "e-3 max=" + Math.round(sum[2] * 1000) + "e-3";
    }
}

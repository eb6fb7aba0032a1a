package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * {@code wordcount}: the classic flatMap, mapToPair, reduceByKey over {@code words.txt}. Answer: the
 * distinct words, the total of their counts, and a checksum of (word, count).
 */
final class WordCount implements Callable<String> {
    private final JavaSparkContext sc;
    private final String file;

    WordCount(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.file = data.resolve("words.txt").toString();
    }

    @Override
    public String call() {
        JavaPairRDD<String, Integer> counts = sc.textFile(file)
                .flatMap(line -> Arrays.asList(line.split(" ")).iterator())
                .mapToPair(word -> new Tuple2<>(word, 1))
                .reduceByKey(Integer::sum);
        long[] sum = counts.mapPartitions(records -> Records.<Tuple2<String, Integer>>summarize(records, 3, (s, count) -> {
            s[0]++;
            s[1] += count._2();
            s[2] += Records.mix(count._1().hashCode()) * count._2();
        })).reduce(Records::add);
        return "words=" + sum[0] + " total=" + sum[1] + " checksum=" + sum[2];
    }
}

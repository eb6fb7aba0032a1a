package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * {@code join}: the int pairs of {@code join-large.bin} joined with those of {@code join-small.bin}
 * (one pair per key there). Answer: joined pairs and a checksum of (key, left, right).
 */
final class Join implements Callable<String> {
    private final JavaSparkContext sc;
    private final String large;
    private final String small;

    Join(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.large = data.resolve("join-large.bin").toString();
        this.small = data.resolve("join-small.bin").toString();
    }

    @Override
    public String call() {
        JavaPairRDD<Integer, Integer> left = sc.binaryRecords(large, Records.PAIR_BYTES).mapToPair(Records::pair);
        JavaPairRDD<Integer, Integer> right = sc.binaryRecords(small, Records.PAIR_BYTES).mapToPair(Records::pair);
        long[] sum = left.join(right)
                .mapPartitions(records -> Records.<Tuple2<Integer, Tuple2<Integer, Integer>>>summarize(records, 2, (s, row) -> {
                    s[0]++;
                    s[1] += Records.mix(row._1()) ^ Records.mix(row._2()._1() * 1_000_003L + row._2()._2());
                })).reduce(Records::add);
        return "rows=" + sum[0] + " checksum=" + sum[1];
    }
}

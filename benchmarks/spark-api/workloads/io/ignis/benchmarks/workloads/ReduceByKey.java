package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/** {@code reduce_by_key}: sums the values of {@code reduce_by_key.bin}'s int pairs per key. Answer: keys, total, checksum. */
final class ReduceByKey implements Callable<String> {
    private final JavaSparkContext sc;
    private final String file;

    ReduceByKey(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.file = data.resolve("reduce_by_key.bin").toString();
    }

    @Override
    public String call() {
        long[] sum = sc.binaryRecords(file, Records.PAIR_BYTES)
                .mapToPair(Records::pair)
                .reduceByKey(Integer::sum)
                .mapPartitions(records -> Records.<Tuple2<Integer, Integer>>summarize(records, 3, (s, pair) -> {
                    s[0]++;
                    s[1] += pair._2();
                    s[2] += Records.mix(pair._1()) * pair._2();
                })).reduce(Records::add);
        return "keys=" + sum[0] + " total=" + sum[1] + " checksum=" + sum[2];
    }
}

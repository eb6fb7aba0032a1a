package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * {@code group_by_key}: groups {@code group_by_key.bin}'s int pairs by key and walks every group.
 * Answer: groups, values seen, and a checksum of each key with its group's size and sum.
 */
final class GroupByKey implements Callable<String> {
    private final JavaSparkContext sc;
    private final String file;

    GroupByKey(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.file = data.resolve("group_by_key.bin").toString();
    }

    @Override
    public String call() {
        long[] sum = sc.binaryRecords(file, Records.PAIR_BYTES)
                .mapToPair(Records::pair)
                .groupByKey()
                .mapPartitions(groups -> Records.<Tuple2<Integer, Iterable<Integer>>>summarize(groups, 3, (s, group) -> {
                    long size = 0;
                    long total = 0;
                    for (int value : group._2()) {
                        size++;
                        total += value;
                    }
                    s[0]++;
                    s[1] += size;
                    s[2] += Records.mix(group._1()) * (total * 1_000_003L + size);
                })).reduce(Records::add);
        return "groups=" + sum[0] + " values=" + sum[1] + " checksum=" + sum[2];
    }
}

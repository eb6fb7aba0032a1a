package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code cache_reuse}: {@code group_by_key.bin}'s int pairs decoded and cached (MEMORY_ONLY, Spark's
 * default), then five actions over the cached RDD, then unpersisted. Answer: the five results.
 */
final class CacheReuse implements Callable<String> {
    private final JavaSparkContext sc;
    private final String file;

    CacheReuse(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.file = data.resolve("group_by_key.bin").toString();
    }

    @Override
    public String call() {
        JavaPairRDD<Integer, Integer> pairs = sc.binaryRecords(file, Records.PAIR_BYTES).mapToPair(Records::pair).cache();
        long count = pairs.count();
        long valueSum = pairs.map(pair -> (long) pair._2()).reduce(Long::sum);
        int maxKey = pairs.keys().reduce(Math::max);
        long evenValues = pairs.filter(pair -> pair._2() % 2 == 0).count();
        long checksum = pairs.map(pair -> Records.mix(pair._1() * 1_000_003L + pair._2())).reduce(Long::sum);
        pairs.unpersist();
        return "count=" + count + " valueSum=" + valueSum + " maxKey=" + maxKey + " evenValues=" + evenValues
                + " checksum=" + checksum;
    }
}

package io.ignis.benchmarks.workloads;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * {@code sort_by_key}: TeraSort's shape: {@code sort_by_key.bin}'s 100-byte records, a 10-byte key
 * and 90 bytes of value, sorted by key (sortByKey's sampled range partitions). Each sorted partition
 * reports its first and last key and any record out of order; the answer is the record count, a
 * checksum of the records, the partition count, and whether the whole output was in order.
 */
final class SortByKey implements Callable<String> {
    private final JavaSparkContext sc;
    private final String file;

    SortByKey(JavaSparkContext sc, Path data) {
        this.sc = sc;
        this.file = data.resolve("sort_by_key.bin").toString();
    }

    @Override
    public String call() {
        List<PartitionCheck> checks = sc.binaryRecords(file, Records.SORT_RECORD_BYTES)
                .mapToPair(Records::sortRecord)
                .sortByKey()
                .mapPartitions(SortByKey::check)
                .collect();
        long records = 0;
        long checksum = 0;
        boolean sorted = true;
        String previousLast = null;
        for (PartitionCheck check : checks) {
            records += check.records;
            checksum += check.checksum;
            sorted &= check.sorted;
            if (check.records > 0) {
                sorted &= previousLast == null || previousLast.compareTo(check.first) <= 0;
                previousLast = check.last;
            }
        }
        return "records=" + records + " checksum=" + checksum + " partitions=" + checks.size() + " sorted=" + sorted;
    }

    private static Iterator<PartitionCheck> check(Iterator<Tuple2<String, byte[]>> records) {
        PartitionCheck check = new PartitionCheck();
        while (records.hasNext()) {
            Tuple2<String, byte[]> record = records.next();
            String key = record._1();
            if (check.records == 0) {
                check.first = key;
            } else if (check.last.compareTo(key) > 0) {
                check.sorted = false;
            }
            check.last = key;
            check.records++;
            check.checksum += Records.mix(key.hashCode()) ^ Records.hash(record._2());
        }
        return List.of(check).iterator();
    }

    /** What one sorted partition held. */
    static final class PartitionCheck implements java.io.Serializable {
        long records;
        long checksum;
        boolean sorted = true;
        String first;
        String last;
    }
}

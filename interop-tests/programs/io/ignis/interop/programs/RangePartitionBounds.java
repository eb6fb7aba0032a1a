package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.RangePartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;
import scala.math.Ordering;
import scala.reflect.ClassTag;

/**
 * Where a sort puts its keys when the input is larger than the sample: the partition sizes and
 * first and last keys of sortByKey, sortBy and a RangePartitioner, on balanced input and on input
 * where one partition holds most keys (sampled again by Spark). The bounds depend on Spark's
 * sampling seeds, which depend on RDD ids: they match only if every operation before the sort made
 * as many RDDs as Spark's does.
 */
public final class RangePartitionBounds {
    private RangePartitionBounds() {
    }

    private static int scrambled(int index) {
        return (int) ((index * 2_654_435_761L) % 1_000_003);
    }

    private static void show(String label, JavaPairRDD<Integer, Integer> sorted) {
        System.out.println(label + ":");
        for (List<Tuple2<Integer, Integer>> partition : sorted.glom().collect()) {
            System.out.println("  " + partition.size() + " keys"
                    + (partition.isEmpty() ? "" : ", " + partition.get(0)._1() + " .. " + partition.get(partition.size() - 1)._1()));
        }
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("RangePartitionBounds").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Tuple2<Integer, Integer>> balanced = new ArrayList<>();
            for (int index = 0; index < 20_000; index++) {
                balanced.add(new Tuple2<>(scrambled(index), index));
            }
            JavaPairRDD<Integer, Integer> pairs = sc.parallelizePairs(balanced, 4);
            show("sortByKey, 4 into 4", pairs.sortByKey());
            show("sortByKey descending, 4 into 7", pairs.sortByKey(false, 7));

            JavaRDD<Integer> numbers = sc.parallelize(List.of(0), 1).flatMap(zero -> {
                List<Integer> out = new ArrayList<>();
                for (int index = 0; index < 30_000; index++) {
                    out.add(scrambled(index));
                }
                return out.iterator();
            });
            JavaRDD<Integer> sortedNumbers = numbers.sortBy(n -> n % 1000, true, 5);
            System.out.println("sortBy n % 1000 into 5:");
            for (List<Integer> partition : sortedNumbers.glom().collect()) {
                System.out.println("  " + partition.size() + " numbers");
            }

            List<Tuple2<Integer, Integer>> small = new ArrayList<>();
            for (int index = 0; index < 2_000; index++) {
                small.add(new Tuple2<>(scrambled(index + 50_000), index));
            }
            JavaPairRDD<Integer, Integer> skewed = sc.parallelizePairs(balanced.subList(0, 18_000), 1)
                    .union(sc.parallelizePairs(small, 3));
            show("sortByKey of skewed input, 4 into 6", skewed.sortByKey(true, 6));

            Ordering<Integer> natural = Ordering.comparatorToOrdering(Comparator.<Integer>naturalOrder());
            RangePartitioner<Integer, Integer> partitioner = new RangePartitioner<>(5, pairs.rdd(), true, natural,
                    ClassTag.apply(Integer.class));
            System.out.println("RangePartitioner(5): " + partitioner.numPartitions() + " partitions, 123456 -> "
                    + partitioner.getPartition(123456) + ", 999999 -> " + partitioner.getPartition(999999));
            show("repartitionAndSortWithinPartitions(RangePartitioner(5))", pairs.repartitionAndSortWithinPartitions(partitioner));
        }
    }
}

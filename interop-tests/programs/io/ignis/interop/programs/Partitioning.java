package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Partitions and partitioners: coalesce (contiguous ranges without shuffle, cannot grow without
 * one), repartition, partitionBy with HashPartitioner and a custom Partitioner (each partition
 * printed sorted), partitioner() kept by mapValues and reduceByKey on a partitioned RDD and
 * dropped by mapToPair, and HashPartitioner's placement of keys, negative and null included.
 */
public final class Partitioning {
    private Partitioning() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Partitioning").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 4);
            System.out.println("default partitions of parallelize: " + sc.parallelize(numbers).getNumPartitions());
            System.out.println("coalesce(2): " + rdd.coalesce(2).glom().collect());
            System.out.println("coalesce(3): " + rdd.coalesce(3).glom().collect());
            System.out.println("coalesce(6) without shuffle: " + rdd.coalesce(6).getNumPartitions() + " partitions");
            JavaRDD<Integer> grown = rdd.coalesce(6, true);
            System.out.println("coalesce(6, shuffle): " + grown.getNumPartitions() + " partitions, " + Show.sorted(grown.collect()));
            JavaRDD<Integer> repartitioned = rdd.repartition(3);
            System.out.println("repartition(3): " + repartitioned.getNumPartitions() + " partitions, count " + repartitioned.count()
                    + ", " + Show.sorted(repartitioned.collect()));
            System.out.println("RDD partitioner: " + rdd.partitioner().isPresent());

            JavaPairRDD<Integer, String> pairs = rdd.mapToPair(number -> new Tuple2<>(number - 8, "v" + number));
            System.out.println("pairs partitioner: " + pairs.partitioner().isPresent());
            JavaPairRDD<Integer, String> hashed = pairs.partitionBy(new HashPartitioner(3));
            System.out.println("partitionBy(HashPartitioner(3)): " + hashed.getNumPartitions() + " partitions, partitioner "
                    + hashed.partitioner().isPresent() + ", equals HashPartitioner(3): " + hashed.partitioner().get().equals(new HashPartitioner(3))
                    + ", equals HashPartitioner(4): " + hashed.partitioner().get().equals(new HashPartitioner(4)));
            System.out.println("hash partitions: " + sortedPartitions(hashed.keys()));
            System.out.println("mapValues keeps the partitioner: " + hashed.mapValues(String::length).partitioner().isPresent());
            System.out.println("mapToPair drops it: " + hashed.mapToPair(pair -> pair).partitioner().isPresent());
            JavaPairRDD<Integer, String> reduced = hashed.reduceByKey((left, right) -> left + right);
            System.out.println("reduceByKey on it keeps it: " + reduced.partitioner().get().equals(new HashPartitioner(3))
                    + ", partitions " + reduced.getNumPartitions());
            JavaPairRDD<Integer, Integer> reducedFive = pairs.mapValues(String::length).reduceByKey(Integer::sum, 5);
            System.out.println("reduceByKey(f, 5): partitioner " + reducedFive.partitioner().get().numPartitions()
                    + ", key placement " + sortedPartitions(reducedFive.keys()));

            JavaPairRDD<Integer, String> evenOdd = pairs.partitionBy(new EvenOdd());
            System.out.println("custom partitioner: " + sortedPartitions(evenOdd.keys()) + ", partitioner is EvenOdd: "
                    + (evenOdd.partitioner().get() instanceof EvenOdd));

            HashPartitioner partitioner = new HashPartitioner(4);
            List<String> placements = new ArrayList<>();
            for (Object key : new Object[] {0, 1, 5, -1, -7, 12, "spark", "ignis", 3.5, 'x', 10_000_000_000L}) {
                placements.add(key + "->" + partitioner.getPartition(key));
            }
            placements.add("null->" + partitioner.getPartition(null));
            System.out.println("HashPartitioner(4) placement: " + placements);
            System.out.println("HashPartitioner(4) partitions: " + partitioner.numPartitions() + ", hashCode " + partitioner.hashCode());
        }
    }

    private static List<String> sortedPartitions(JavaRDD<Integer> keys) {
        List<String> partitions = new ArrayList<>();
        for (List<Integer> partition : keys.glom().collect()) {
            partitions.add(Show.sorted(partition.stream().sorted().map(key -> String.format("%+03d", key))
                    .collect(Collectors.toList())));
        }
        return partitions;
    }

    /** Even keys to partition 0, odd keys to partition 1. */
    static final class EvenOdd extends Partitioner {
        @Override
        public int numPartitions() {
            return 2;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod((Integer) key, 2);
        }
    }
}

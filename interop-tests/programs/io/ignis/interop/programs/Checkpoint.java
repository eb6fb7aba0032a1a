package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Checkpointing: checkpoint() without a checkpoint folder fails; with one, a cached RDD marked for
 * checkpointing is written by its first action (computed once, thanks to the cache), reports
 * isCheckpointed and a checkpoint file, and gives the same results afterwards; a shuffled pair
 * RDD is checkpointed too.
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("Checkpoint").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 60).boxed().collect(Collectors.toList());
            System.out.println("checkpoint folder set: " + sc.getCheckpointDir().isPresent());
            try {
                sc.parallelize(numbers, 2).checkpoint();
                System.out.println("checkpoint without a folder: allowed");
            } catch (Exception expected) {
                Show.failureMessage("checkpoint without a folder", expected);
            }

            sc.setCheckpointDir(scratch + "/checkpoints");
            System.out.println("checkpoint folder set: " + sc.getCheckpointDir().isPresent());

            LongAccumulator computed = sc.sc().longAccumulator("computed");
            JavaRDD<Integer> squares = sc.parallelize(numbers, 3).map(number -> {
                computed.add(1);
                return number * number;
            }).cache();
            squares.checkpoint();
            System.out.println("before the action: checkpointed " + squares.isCheckpointed()
                    + ", file " + squares.getCheckpointFile().isPresent());
            System.out.println("sum: " + squares.reduce(Integer::sum));
            System.out.println("after the action: checkpointed " + squares.isCheckpointed()
                    + ", file " + squares.getCheckpointFile().isPresent() + ", computed " + computed.value());
            System.out.println("again: count " + squares.count() + ", first five " + squares.take(5)
                    + ", partitions " + squares.getNumPartitions() + ", computed " + computed.value());

            JavaPairRDD<Integer, Integer> sums = squares.mapToPair(square -> new Tuple2<>(square % 5, square))
                    .reduceByKey(Integer::sum);
            sums.checkpoint();
            System.out.println("sums by residue: " + Show.sorted(sums.collect()));
            System.out.println("sums checkpointed: " + sums.isCheckpointed() + ", after reuse " + Show.sorted(sums.mapValues(sum -> sum / 5).collect()));
        }
    }
}

package io.ignis.interop.programs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Seeded sampling: sample with and without replacement, randomSplit and takeSample give the same
 * elements for the same seed and partitioning, and the splits of randomSplit partition the input.
 */
public final class Sampling {
    private Sampling() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Sampling").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.range(0, 100).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 4);

            System.out.println("sample without replacement 0.1 seed 42: " + rdd.sample(false, 0.1, 42).collect());
            System.out.println("sample with replacement 0.1 seed 7: " + rdd.sample(true, 0.1, 7).collect());
            System.out.println("sample with replacement 2.0 seed 3, size: " + rdd.sample(true, 2.0, 3).count());
            System.out.println("same seed, same sample: " + rdd.sample(false, 0.3, 5).collect().equals(rdd.sample(false, 0.3, 5).collect()));
            System.out.println("fraction 0: " + rdd.sample(false, 0.0, 1).count() + ", fraction 1: " + rdd.sample(false, 1.0, 1).count());

            JavaRDD<Integer>[] splits = rdd.randomSplit(new double[] {0.7, 0.2, 0.1}, 11);
            long total = 0;
            for (int index = 0; index < splits.length; index++) {
                List<Integer> split = splits[index].collect();
                total += split.size();
                System.out.println("split " + index + " (" + split.size() + "): " + split);
            }
            System.out.println("splits cover the input: " + (total == 100));

            System.out.println("takeSample without replacement 8 seed 3: " + rdd.takeSample(false, 8, 3));
            System.out.println("takeSample with replacement 8 seed 5: " + rdd.takeSample(true, 8, 5));
            System.out.println("takeSample more than there is: " + sc.parallelize(List.of(1, 2, 3), 2).takeSample(false, 10, 1).size());
            System.out.println("takeSample of zero: " + rdd.takeSample(false, 0, 1));
            List<Integer> all = rdd.takeSample(false, 100, 9);
            int[] sorted = all.stream().mapToInt(Integer::intValue).sorted().toArray();
            System.out.println("takeSample of everything is a permutation: " + Arrays.equals(sorted, IntStream.range(0, 100).toArray()));
        }
    }
}

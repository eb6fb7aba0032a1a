package io.ignis.interop.programs;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The classic Monte Carlo estimate of pi, with a fixed seed per partition so the answer is
 * reproducible: each partition throws darts with its own java.util.Random (seed plus partition
 * index) and counts those inside the unit circle; the counts are summed with reduce. A second
 * estimate seeds one generator per element through map.
 */
public final class PiEstimation {
    private static final int SLICES = 4;
    private static final int DARTS_PER_SLICE = 50_000;

    private PiEstimation() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("PiEstimation").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> slices = IntStream.range(0, SLICES).boxed().collect(Collectors.toList());
            JavaRDD<Integer> insidePerSlice = sc.parallelize(slices, SLICES).mapPartitionsWithIndex((index, elements) -> {
                Random random = new Random(1234L + index);
                int inside = 0;
                while (elements.hasNext()) {
                    elements.next();
                    for (int dart = 0; dart < DARTS_PER_SLICE; dart++) {
                        double x = random.nextDouble() * 2 - 1;
                        double y = random.nextDouble() * 2 - 1;
                        if (x * x + y * y <= 1) {
                            inside++;
                        }
                    }
                }
                return List.of(inside).iterator();
            }, false);
            System.out.println("inside per slice: " + insidePerSlice.collect());
            int inside = insidePerSlice.reduce(Integer::sum);
            int darts = SLICES * DARTS_PER_SLICE;
            System.out.println("darts: " + darts + ", inside: " + inside);
            System.out.println("pi is roughly " + 4.0 * inside / darts);

            List<Integer> seeds = IntStream.range(0, 2_000).boxed().collect(Collectors.toList());
            long hits = sc.parallelize(seeds, 3).map(seed -> {
                Random random = new Random(seed);
                double x = random.nextDouble();
                double y = random.nextDouble();
                return x * x + y * y <= 1 ? 1 : 0;
            }).filter(hit -> hit == 1).count();
            System.out.println("per-element seeds: " + hits + " of " + seeds.size() + ", pi is roughly " + 4.0 * hits / seeds.size());
        }
    }
}

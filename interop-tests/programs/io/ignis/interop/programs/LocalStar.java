package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Master local[*]: as many worker threads as the machine has cores, so parallelism and
 * parallelize's default slice count equal Runtime.availableProcessors(); results as in local[2].
 */
public final class LocalStar {
    private LocalStar() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("LocalStar").setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.println("master " + sc.master() + ", isLocal " + sc.isLocal());
            System.out.println("defaultParallelism equals cores: " + (sc.defaultParallelism() == cores));
            JavaRDD<Integer> rdd = sc.parallelize(IntStream.range(0, 64).boxed().collect(Collectors.toList()));
            System.out.println("default slices equal cores: " + (rdd.getNumPartitions() == cores));
            System.out.println("sum: " + rdd.reduce(Integer::sum) + ", distinct residues: "
                    + Show.sorted(rdd.map(number -> number % 5).distinct().collect()));
            System.out.println("defaultMinPartitions: " + sc.defaultMinPartitions());
            System.out.println("explicit slices: " + sc.parallelize(List.of(1, 2, 3), 3).glom().collect());
        }
    }
}

package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The classic k-means iterations written with the RDD API: points around three generated centres
 * (fixed seed) are cached; each iteration assigns every point to its closest centre with
 * mapToPair, sums coordinates and counts with reduceByKey, and moves the centres to the means.
 * Prints the centres and cluster sizes after each iteration.
 */
public final class KMeans {
    private static final int CLUSTERS = 3;
    private static final int ITERATIONS = 6;

    private KMeans() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("KMeans").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Random random = new Random(7);
            double[][] trueCentres = {{0, 0}, {5, 5}, {-4, 6}};
            List<double[]> generated = new ArrayList<>();
            for (int index = 0; index < 300; index++) {
                double[] centre = trueCentres[index % trueCentres.length];
                generated.add(new double[] {centre[0] + random.nextGaussian(), centre[1] + random.nextGaussian()});
            }
            JavaRDD<double[]> points = sc.parallelize(generated, 3).cache();

            List<double[]> centres = new ArrayList<>(points.take(CLUSTERS));
            for (int iteration = 1; iteration <= ITERATIONS; iteration++) {
                List<double[]> current = new ArrayList<>(centres);
                JavaPairRDD<Integer, Tuple2<double[], Long>> sums = points
                        .mapToPair(point -> new Tuple2<>(closest(point, current), new Tuple2<>(point, 1L)))
                        .reduceByKey((left, right) -> new Tuple2<>(
                                new double[] {left._1()[0] + right._1()[0], left._1()[1] + right._1()[1]},
                                left._2() + right._2()));
                List<Tuple2<Integer, Tuple2<double[], Long>>> collected = new ArrayList<>(sums.collect());
                collected.sort((left, right) -> Integer.compare(left._1(), right._1()));
                StringBuilder line = new StringBuilder("iteration " + iteration + ":");
                for (Tuple2<Integer, Tuple2<double[], Long>> cluster : collected) {
                    double[] sum = cluster._2()._1();
                    long size = cluster._2()._2();
                    double[] mean = {sum[0] / size, sum[1] / size};
                    centres.set(cluster._1(), mean);
                    line.append(" cluster ").append(cluster._1()).append(" size ").append(size)
                            .append(" centre ").append(Arrays.toString(mean));
                }
                System.out.println(line);
            }
            List<double[]> finalCentres = new ArrayList<>(centres);
            double cost = points.mapToDouble(point -> squaredDistance(point, finalCentres.get(closest(point, finalCentres)))).sum();
            System.out.println("cost: " + cost);
        }
    }

    private static int closest(double[] point, List<double[]> centres) {
        int best = 0;
        for (int index = 1; index < centres.size(); index++) {
            if (squaredDistance(point, centres.get(index)) < squaredDistance(point, centres.get(best))) {
                best = index;
            }
        }
        return best;
    }

    private static double squaredDistance(double[] left, double[] right) {
        double x = left[0] - right[0];
        double y = left[1] - right[1];
        return x * x + y * y;
    }
}

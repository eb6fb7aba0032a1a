package io.ignis.interop.programs;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaDoubleRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.StatCounter;
import scala.Tuple2;

/**
 * Statistics of a JavaDoubleRDD (parallelizeDoubles): stats() and its StatCounter, mean, sum,
 * variance and standard deviation in their population and sample forms, max, min, histograms with
 * even buckets and with given buckets, and the double RDD's own transformations.
 */
public final class DoubleStatistics {
    private DoubleStatistics() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("DoubleStatistics").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Double> values = Arrays.asList(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, 1.5, 12.25, 3.0, 0.0);
            JavaDoubleRDD doubles = sc.parallelizeDoubles(values, 3);

            StatCounter stats = doubles.stats();
            System.out.println("stats: " + stats);
            System.out.println("stats fields: count " + stats.count() + ", mean " + stats.mean() + ", sum " + stats.sum()
                    + ", max " + stats.max() + ", min " + stats.min() + ", variance " + stats.variance()
                    + ", sampleVariance " + stats.sampleVariance() + ", stdev " + stats.stdev()
                    + ", sampleStdev " + stats.sampleStdev() + ", popVariance " + stats.popVariance() + ", popStdev " + stats.popStdev());
            System.out.println("rdd: mean " + doubles.mean() + ", sum " + doubles.sum() + ", variance " + doubles.variance()
                    + ", sampleVariance " + doubles.sampleVariance() + ", stdev " + doubles.stdev() + ", sampleStdev " + doubles.sampleStdev()
                    + ", popVariance " + doubles.popVariance() + ", popStdev " + doubles.popStdev()
                    + ", max " + doubles.max() + ", min " + doubles.min() + ", count " + doubles.count());

            Tuple2<double[], long[]> even = doubles.histogram(4);
            System.out.println("histogram(4): buckets " + Arrays.toString(even._1()) + ", counts " + Arrays.toString(even._2()));
            Tuple2<double[], long[]> one = doubles.histogram(1);
            System.out.println("histogram(1): buckets " + Arrays.toString(one._1()) + ", counts " + Arrays.toString(one._2()));
            System.out.println("histogram(given): " + Arrays.toString(doubles.histogram(new double[] {0.0, 2.5, 5.0, 10.0, 20.0})));
            System.out.println("histogram(given, evenBuckets): "
                    + Arrays.toString(doubles.histogram(new Double[] {0.0, 4.0, 8.0, 12.0}, true)));
            System.out.println("histogram(given) leaving values out: " + Arrays.toString(doubles.histogram(new double[] {3.0, 6.0})));

            JavaDoubleRDD transformed = doubles.filter(value -> value > 3.0).mapToDouble(value -> value * 2);
            System.out.println("filter and map: " + transformed.collect());
            System.out.println("distinct: " + Show.sorted(doubles.distinct().collect()));
            System.out.println("union count: " + doubles.union(transformed).count() + ", first: " + doubles.first());
            System.out.println("constant stats: " + sc.parallelizeDoubles(Arrays.asList(3.0, 3.0, 3.0), 2).stats());
            System.out.println("single value: stdev " + sc.parallelizeDoubles(List.of(8.0)).stdev()
                    + ", sampleStdev " + sc.parallelizeDoubles(List.of(8.0)).sampleStdev());
        }
    }
}

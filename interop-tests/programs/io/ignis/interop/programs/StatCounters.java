package io.ignis.interop.programs;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.StatCounter;

/**
 * StatCounter as a value of its own: merged value by value and counter by counter, copied, empty
 * (NaN variance, infinite bounds), and compared with the counter stats() computes over the same
 * values in an RDD.
 */
public final class StatCounters {
    private StatCounters() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("StatCounters").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            StatCounter empty = new StatCounter();
            System.out.println("empty: " + empty + ", count " + empty.count() + ", mean " + empty.mean() + ", variance " + empty.variance()
                    + ", sampleVariance " + empty.sampleVariance() + ", max " + empty.max() + ", min " + empty.min() + ", sum " + empty.sum());

            StatCounter first = new StatCounter();
            for (double value : new double[] {1, 2, 3, 4}) {
                first.merge(value);
            }
            StatCounter second = new StatCounter();
            second.merge(10).merge(20);
            System.out.println("first: " + first + ", second: " + second);
            StatCounter copy = first.copy();
            copy.merge(second);
            System.out.println("copy merged with second: " + copy + ", first unchanged: " + first);
            System.out.println("merged: count " + copy.count() + ", mean " + copy.mean() + ", sum " + copy.sum()
                    + ", variance " + copy.variance() + ", sampleVariance " + copy.sampleVariance());
            first.merge(first);
            System.out.println("merged with itself: " + first);

            StatCounter fromRdd = sc.parallelizeDoubles(java.util.List.of(1.0, 2.0, 3.0, 4.0, 10.0, 20.0), 3).stats();
            System.out.println("from an RDD: " + fromRdd);
            System.out.println("same as merging by hand: " + (fromRdd.count() == copy.count() && Math.abs(fromRdd.mean() - copy.mean()) < 1e-9
                    && fromRdd.max() == copy.max() && fromRdd.min() == copy.min()));
            StatCounter withNaN = new StatCounter().merge(1.0).merge(Double.NaN);
            System.out.println("with NaN: count " + withNaN.count() + ", mean " + withNaN.mean() + ", max " + withNaN.max());
        }
    }
}

package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Set-like operations: union (partitions concatenated, in order; also JavaSparkContext.union of
 * several), distinct, intersection and subtract (shuffled, printed sorted), and cartesian (in
 * partition-pair order).
 */
public final class SetOperations {
    private SetOperations() {
    }

    @SuppressWarnings("unchecked") // JavaSparkContext.union's varargs of a generic type
    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("SetOperations").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<Integer> left = sc.parallelize(List.of(1, 2, 3, 3, 4, 5, 5, 5, 6), 3);
            JavaRDD<Integer> right = sc.parallelize(List.of(4, 5, 6, 7, 8, 8), 2);
            JavaRDD<Integer> third = sc.parallelize(List.of(100, 200), 1);

            JavaRDD<Integer> union = left.union(right);
            System.out.println("union: " + union.collect() + ", partitions " + union.getNumPartitions());
            JavaRDD<Integer> unionOfThree = sc.union(left, right, third);
            System.out.println("sc.union of three: " + unionOfThree.collect() + ", partitions " + unionOfThree.getNumPartitions());
            System.out.println("distinct: " + Show.sorted(left.distinct().collect()));
            JavaRDD<Integer> distinctFour = union.distinct(4);
            System.out.println("distinct(4): " + Show.sorted(distinctFour.collect()) + ", partitions " + distinctFour.getNumPartitions());
            System.out.println("intersection: " + Show.sorted(left.intersection(right).collect()));
            System.out.println("subtract: " + Show.sorted(left.subtract(right).collect()));
            System.out.println("subtract keeps duplicates: " + Show.sorted(left.subtract(third).collect()));
            System.out.println("subtract(other, 2) partitions: " + left.subtract(right, 2).getNumPartitions());
            System.out.println("cartesian: " + sc.parallelize(List.of("a", "b", "c"), 2).cartesian(sc.parallelize(List.of(1, 2), 2)).collect());
            System.out.println("cartesian partitions: " + left.cartesian(right).getNumPartitions() + ", size " + left.cartesian(right).count());
            System.out.println("union with itself distinct: " + Show.sorted(right.union(right).distinct().collect()));
        }
    }
}

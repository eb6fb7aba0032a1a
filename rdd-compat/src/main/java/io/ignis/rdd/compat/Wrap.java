package io.ignis.rdd.compat;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.ShuffleDependency;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaDoubleRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import scala.Tuple2;
import scala.reflect.ClassTag;

/** Engine RDDs as the Java API's RDD types. */
public final class Wrap {
    private Wrap() {}

    @SuppressWarnings("unchecked")
    public static <T> ClassTag<T> tag() {
        return (ClassTag<T>) scala.reflect.ClassTag$.MODULE$.AnyRef();
    }

    public static <T> JavaRDD<T> java(SparkContext sc, Rdd<T> rdd) {
        return new JavaRDD<>(new RDD<>(sc, rdd), tag());
    }

    public static <K, V> JavaPairRDD<K, V> pair(SparkContext sc, Rdd<Tuple2<K, V>> rdd) {
        return new JavaPairRDD<>(new RDD<>(sc, rdd), tag(), tag());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static JavaDoubleRDD doubles(SparkContext sc, Rdd<Double> rdd) {
        return new JavaDoubleRDD((RDD) new RDD<>(sc, rdd));
    }

    /** The lineage, one RDD a line, indented at shuffles, as Spark's toDebugString shows it. */
    public static String debugString(Rdd<?> rdd) {
        StringBuilder out = new StringBuilder();
        append(out, rdd, 0, "");
        return out.toString().stripTrailing();
    }

    private static void append(StringBuilder out, Rdd<?> rdd, int depth, String prefix) {
        out.append(prefix).append("(").append(rdd.partitionCount()).append(") ").append(rdd).append("\n");
        for (Dependency<?> dependency : rdd.dependencies()) {
            boolean shuffle = dependency instanceof ShuffleDependency<?, ?, ?>;
            String next = shuffle ? " ".repeat((depth + 1) * 2) + "+-" : " ".repeat(depth * 2) + " |  ";
            append(out, dependency.rdd(), shuffle ? depth + 1 : depth, next);
        }
    }
}

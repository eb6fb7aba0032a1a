package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Wrap;
import org.apache.spark.rdd.RDD;
import scala.reflect.ClassTag;

/** Spark's Java RDD of doubles, with statistics: a thin handle on an engine RDD of {@code Double}. */
public class JavaDoubleRDD extends AbstractJavaRDDLike<Double, JavaDoubleRDD> {
    private static final long serialVersionUID = 1L;

    private final RDD<Object> srdd;

    public JavaDoubleRDD(RDD<Object> srdd) {
        this.srdd = srdd;
    }

    public static JavaDoubleRDD fromRDD(RDD<Object> rdd) {
        return new JavaDoubleRDD(rdd);
    }

    public static RDD<Object> toRDD(JavaDoubleRDD rdd) {
        return rdd.srdd();
    }

    public RDD<Object> srdd() {
        return srdd;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public RDD<Double> rdd() {
        return (RDD) srdd;
    }

    @Override
    public ClassTag<Double> classTag() {
        return Wrap.tag();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JavaDoubleRDD wrapRDD(RDD<Double> rdd) {
        return new JavaDoubleRDD((RDD) rdd);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Rdd<Double> self() {
        return (Rdd) srdd.ignisRdd();
    }

    @Override
    public String toString() {
        return srdd.toString();
    }
}

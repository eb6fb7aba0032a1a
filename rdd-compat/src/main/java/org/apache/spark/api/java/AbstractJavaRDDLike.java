package org.apache.spark.api.java;

/** Spark's base class of the Java RDD types: all of {@link JavaRDDLike}, as a class. */
public abstract class AbstractJavaRDDLike<T, This extends JavaRDDLike<T, This>> implements JavaRDDLike<T, This> {
    private static final long serialVersionUID = 1L;

    public AbstractJavaRDDLike() {}
}

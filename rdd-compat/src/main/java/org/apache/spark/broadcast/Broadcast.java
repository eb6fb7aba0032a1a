package org.apache.spark.broadcast;
public abstract class Broadcast<T> implements java.io.Serializable {
  public static <T> Broadcast<T> create(org.apache.spark.SparkContext sc, T v) { throw new UnsupportedOperationException(); }
}

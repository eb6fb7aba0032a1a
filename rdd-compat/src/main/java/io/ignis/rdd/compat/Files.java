package io.ignis.rdd.compat;
import io.ignis.rdd.Rdd;
import org.apache.spark.SparkContext;
import scala.Tuple2;
public final class Files {
  static RuntimeException no() { return new UnsupportedOperationException("stub"); }
  public static Rdd<String> textFile(SparkContext sc, String p, int m) { throw no(); }
  public static Rdd<Tuple2<String,String>> wholeTextFiles(SparkContext sc, String p, int m) { throw no(); }
  public static Rdd<Tuple2<String,org.apache.spark.input.PortableDataStream>> binaryFiles(SparkContext sc, String p, int m) { throw no(); }
  public static Rdd<byte[]> binaryRecords(SparkContext sc, String p, int m) { throw no(); }
  public static <K,V> Rdd<Tuple2<K,V>> sequenceFile(SparkContext sc, String p, Class<K> k, Class<V> v, int m) { throw no(); }
  public static <T> Rdd<T> objectFile(SparkContext sc, String p, int m) { throw no(); }
  public static <K,V,F> Rdd<Tuple2<K,V>> hadoopRDD(SparkContext sc, Object c, Class<F> f, Class<K> k, Class<V> v, int m) { throw no(); }
  public static <K,V,F> Rdd<Tuple2<K,V>> hadoopFile(SparkContext sc, String p, Class<F> f, Class<K> k, Class<V> v, int m) { throw no(); }
  public static <K,V,F> Rdd<Tuple2<K,V>> newAPIHadoopFile(SparkContext sc, String p, Class<F> f, Class<K> k, Class<V> v, Object c) { throw no(); }
  public static <K,V,F> Rdd<Tuple2<K,V>> newAPIHadoopRDD(SparkContext sc, Object c, Class<F> f, Class<K> k, Class<V> v) { throw no(); }
  public static void saveAsTextFile(SparkContext sc, Rdd<?> r, String p, Class<?> c) { throw no(); }
  public static void saveAsObjectFile(SparkContext sc, Rdd<?> r, String p) { throw no(); }
  // JavaPairRDD's save methods, with Spark's arguments after (sc, rdd).
  static RuntimeException placeholder() { return new UnsupportedOperationException("placeholder"); }
  public static <K,V,F extends org.apache.hadoop.mapred.OutputFormat<?,?>> void saveAsHadoopFile(SparkContext sc, Rdd<Tuple2<K,V>> r, String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass, org.apache.hadoop.mapred.JobConf conf) { throw placeholder(); }
  public static <K,V,F extends org.apache.hadoop.mapred.OutputFormat<?,?>> void saveAsHadoopFile(SparkContext sc, Rdd<Tuple2<K,V>> r, String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass) { throw placeholder(); }
  public static <K,V,F extends org.apache.hadoop.mapred.OutputFormat<?,?>> void saveAsHadoopFile(SparkContext sc, Rdd<Tuple2<K,V>> r, String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass, Class<? extends org.apache.hadoop.io.compress.CompressionCodec> codec) { throw placeholder(); }
  public static <K,V,F extends org.apache.hadoop.mapreduce.OutputFormat<?,?>> void saveAsNewAPIHadoopFile(SparkContext sc, Rdd<Tuple2<K,V>> r, String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass, org.apache.hadoop.conf.Configuration conf) { throw placeholder(); }
  public static <K,V,F extends org.apache.hadoop.mapreduce.OutputFormat<?,?>> void saveAsNewAPIHadoopFile(SparkContext sc, Rdd<Tuple2<K,V>> r, String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass) { throw placeholder(); }
  public static <K,V> void saveAsHadoopDataset(SparkContext sc, Rdd<Tuple2<K,V>> r, org.apache.hadoop.mapred.JobConf conf) { throw placeholder(); }
  public static <K,V> void saveAsNewAPIHadoopDataset(SparkContext sc, Rdd<Tuple2<K,V>> r, org.apache.hadoop.conf.Configuration conf) { throw placeholder(); }
}

package io.ignis.rdd.compat;
import java.util.List;
public final class Sampling {
  public static <T> io.ignis.rdd.Rdd<T> sample(io.ignis.rdd.Rdd<T> r, boolean w, double f, long s) { throw new UnsupportedOperationException(); }
  public static <T> List<io.ignis.rdd.Rdd<T>> randomSplit(io.ignis.rdd.Rdd<T> r, double[] w, long s) { throw new UnsupportedOperationException(); }
  public static <T> List<T> takeSample(io.ignis.rdd.Rdd<T> r, boolean w, int n, long s) { throw new UnsupportedOperationException(); }
}

package io.ignis.rdd;

/** A dependency where each child partition reads the parent partitions {@link #parents} names. */
public abstract non-sealed class NarrowDependency<T> extends Dependency<T> {
    protected NarrowDependency(Rdd<T> rdd) {
        super(rdd);
    }

    /** The parent partitions child partition {@code partition} reads. */
    public abstract int[] parents(int partition);

    /** Child partition i reads parent partition i. */
    public static <T> NarrowDependency<T> oneToOne(Rdd<T> rdd) {
        return new NarrowDependency<>(rdd) {
            @Override
            public int[] parents(int partition) {
                return new int[] {partition};
            }
        };
    }

    /** Child partitions [outStart, outStart + length) read parent partitions [inStart, inStart + length) (union). */
    public static <T> NarrowDependency<T> range(Rdd<T> rdd, int inStart, int outStart, int length) {
        return new NarrowDependency<>(rdd) {
            @Override
            public int[] parents(int partition) {
                return partition >= outStart && partition < outStart + length ? new int[] {partition - outStart + inStart} : new int[0];
            }
        };
    }

    /** Each child partition may read any parent partition (cartesian, zip): the split says which. */
    public static <T> NarrowDependency<T> of(Rdd<T> rdd, java.util.function.IntFunction<int[]> parents) {
        return new NarrowDependency<>(rdd) {
            @Override
            public int[] parents(int partition) {
                return parents.apply(partition);
            }
        };
    }
}

package io.ignis.rdd;


/**
 * How an RDD's partitions depend on a parent's: narrow (each partition reads a few parent
 * partitions, so the two run fused in one task) or a shuffle (every partition reads a block from
 * every parent partition; the planner cuts tasks there). The parent is kept only on the driver:
 * tasks carry their own splits and input refs, not the graph behind a cut.
 */
public abstract sealed class Dependency<T>
        permits NarrowDependency, ShuffleDependency {
    private final Rdd<T> rdd;

    protected Dependency(Rdd<T> rdd) {
        this.rdd = java.util.Objects.requireNonNull(rdd, "rdd is null");
    }

    /** The parent (on the driver; dependencies never travel with tasks). */
    public Rdd<T> rdd() {
        return rdd;
    }
}

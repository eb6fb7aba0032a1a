package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.util.Collections;
import java.util.Iterator;

/** An RDD with no partitions. */
public final class EmptyRdd<T> extends Rdd<T> {
    public EmptyRdd(RddContext context) {
        super(context);
    }

    @Override
    protected Split[] computeSplits() {
        return new Split[0];
    }

    @Override
    public Iterator<T> compute(Split split, TaskScope scope) {
        return Collections.emptyIterator();
    }
}

package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A driver-side list cut into slices, each partition carrying its slice (as Spark's
 * ParallelCollectionRDD does): slice i holds elements [i*n/s, (i+1)*n/s).
 */
public final class ParallelCollectionRdd<T> extends Rdd<T> {
    private final transient List<T> data;
    private final transient int slices;

    public ParallelCollectionRdd(RddContext context, List<T> data, int slices) {
        super(context);
        if (slices < 1) {
            throw new IllegalArgumentException("Positive number of partitions required");
        }
        this.data = new ArrayList<>(data);
        this.slices = slices;
    }

    record Slice<T>(int index, ArrayList<T> values) implements Split {}

    @Override
    protected Split[] computeSplits() {
        Split[] splits = new Split[slices];
        long length = data.size();
        for (int i = 0; i < slices; i++) {
            int start = (int) (i * length / slices);
            int end = (int) ((i + 1) * length / slices);
            splits[i] = new Slice<>(i, new ArrayList<>(data.subList(start, end)));
        }
        return splits;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<T> compute(Split split, TaskScope scope) {
        return ((Slice<T>) split).values().iterator();
    }
}

package io.ignis.rdd.ops;

import java.util.ArrayList;
import java.util.StringJoiner;

/**
 * The values grouped under one key (groupByKey, groupBy, cogroup): a list that prints as Spark's
 * grouping buffer does, {@code CompactBuffer(a, b)}, so programs printing groups print the same.
 */
public final class GroupBuffer<T> extends ArrayList<T> {
    private static final long serialVersionUID = 1L;

    public GroupBuffer() {}

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "CompactBuffer(", ")");
        for (T item : this) {
            out.add(String.valueOf(item));
        }
        return out.toString();
    }
}

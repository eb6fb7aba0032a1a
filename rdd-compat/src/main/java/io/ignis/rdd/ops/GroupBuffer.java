package io.ignis.rdd.ops;

import java.util.ArrayList;
import java.util.StringJoiner;

/**
 * The values grouped under one key (groupByKey, groupBy, cogroup): a list that prints as Spark's
 * Java API shows a group, {@code [a, b]}. (Spark keeps a group in a CompactBuffer, but hands it to
 * Java code through a Java collection view, whose toString is the collection's, so a Java program
 * printing a group prints {@code [a, b]} on Spark, not {@code CompactBuffer(a, b)}.)
 */
public final class GroupBuffer<T> extends ArrayList<T> {
    private static final long serialVersionUID = 1L;

    public GroupBuffer() {}

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (T item : this) {
            out.add(String.valueOf(item));
        }
        return out.toString();
    }
}

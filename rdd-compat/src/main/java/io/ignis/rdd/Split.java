package io.ignis.rdd;

import java.io.Serializable;

/**
 * One partition of an {@link Rdd}: its index, and whatever its {@code compute} needs to find its
 * data (a slice ref, the parent partitions it combines). Travels with the partition's task.
 */
public interface Split extends Serializable {
    int index();
}

package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One key's tally from the acceptance pass of {@code sampleByKeyExact} (Spark's
 * {@code AcceptanceResult}): how many items of the key were seen, how many were accepted at once
 * (their draw fell under the accept bound), the draws that fell between the accept bound and the
 * wait-list bound (the wait list), and the two bounds as last computed. Partitions' tallies are
 * combined with {@link #merge}; the driver then picks each key's threshold from the wait list.
 */
public final class AcceptanceResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long itemCount;
    private final long acceptedCount;
    private final double acceptBound;
    private final double waitListBound;
    private final double[] waitList;

    /** A tally; the wait list is copied. */
    public AcceptanceResult(long itemCount, long acceptedCount, double acceptBound, double waitListBound,
            double[] waitList) {
        this.itemCount = itemCount;
        this.acceptedCount = acceptedCount;
        this.acceptBound = acceptBound;
        this.waitListBound = waitListBound;
        this.waitList = requireNonNull(waitList, "waitList is null").clone();
    }

    /** The items of the key seen. */
    public long itemCount() {
        return itemCount;
    }

    /** The copies accepted without waiting. */
    public long acceptedCount() {
        return acceptedCount;
    }

    /** The draw under which a copy is accepted at once (NaN before the first item). */
    public double acceptBound() {
        return acceptBound;
    }

    /** The draw under which a copy goes on the wait list (NaN before the first item). */
    public double waitListBound() {
        return waitListBound;
    }

    /** The draws of the wait-listed copies, in the order drawn (a copy). */
    public double[] waitList() {
        return waitList.clone();
    }

    int waitListSize() {
        return waitList.length;
    }

    /**
     * This tally with {@code other}'s added, as Spark's {@code AcceptanceResult.merge}: counts add
     * up, wait lists join (this one's first), and the bounds stay this tally's.
     */
    public AcceptanceResult merge(AcceptanceResult other) {
        requireNonNull(other, "other is null");
        double[] joined = Arrays.copyOf(waitList, waitList.length + other.waitList.length);
        System.arraycopy(other.waitList, 0, joined, waitList.length, other.waitList.length);
        return new AcceptanceResult(itemCount + other.itemCount, acceptedCount + other.acceptedCount, acceptBound,
                waitListBound, joined);
    }

    /**
     * The key's threshold for a sample of {@code ceil(itemCount * fraction)} copies (Spark's
     * {@code computeThresholdByKey}): the wait list's draw at the position that completes the sample,
     * or, when too many were accepted at once, the accept bound, or, when the wait list is too short,
     * the wait-list bound.
     */
    double threshold(double fraction) {
        long sampleSize = (long) Math.ceil(itemCount * fraction);
        if (acceptedCount > sampleSize) {
            return acceptBound;
        }
        int waitListAccepted = (int) (sampleSize - acceptedCount);
        if (waitListAccepted >= waitList.length) {
            return waitListBound;
        }
        double[] sorted = waitList.clone();
        Arrays.sort(sorted);
        return sorted[waitListAccepted];
    }

    @Override
    public String toString() {
        return "AcceptanceResult{items=" + itemCount + ", accepted=" + acceptedCount + ", acceptBound=" + acceptBound
                + ", waitListBound=" + waitListBound + ", waitList=" + waitList.length + "}";
    }
}

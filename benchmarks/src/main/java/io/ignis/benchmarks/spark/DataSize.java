package io.ignis.benchmarks.spark;

import java.util.Locale;

/**
 * How much data the workloads get. {@link #FULL} is the sizes; {@link #QUICK} a twentieth
 * of them, for a run of a few minutes; {@link #TINY} a thousandth, for the CI guard test. Pair files
 * hold {@code pairs} records of an int key below {@code keys} and an int value below 1,000.
 */
public enum DataSize {
    FULL(200L << 20, 20_000_000, 1_000_000, 10_000_000, 100_000, 10_000_000, 10_000_000, 1_000_000, 1_000_000, 200 << 20),
    QUICK(10L << 20, 1_000_000, 50_000, 500_000, 5_000, 500_000, 500_000, 50_000, 50_000, 10 << 20),
    TINY(200L << 10, 20_000, 1_000, 10_000, 1_000, 10_000, 10_000, 1_000, 2_000, 200 << 10);

    /** wordcount: bytes of text. */
    final long wordBytes;
    /** reduce_by_key: pairs, and distinct keys. */
    final int reducePairs;
    final int reduceKeys;
    /** group_by_key (and cache_reuse): pairs, and distinct keys. */
    final int groupPairs;
    final int groupKeys;
    /** sort_by_key: 100-byte records. */
    final int sortRecords;
    /** join: pairs on the large side (keys below the small side's), and pairs on the small side (one per key). */
    final int joinLargePairs;
    final int joinSmallPairs;
    /** pagerank: edges (between edges / 10 pages). */
    final int pagerankEdges;
    /** broadcast: bytes of the broadcast value. */
    final int broadcastBytes;

    DataSize(long wordBytes, int reducePairs, int reduceKeys, int groupPairs, int groupKeys, int sortRecords,
            int joinLargePairs, int joinSmallPairs, int pagerankEdges, int broadcastBytes) {
        this.wordBytes = wordBytes;
        this.reducePairs = reducePairs;
        this.reduceKeys = reduceKeys;
        this.groupPairs = groupPairs;
        this.groupKeys = groupKeys;
        this.sortRecords = sortRecords;
        this.joinLargePairs = joinLargePairs;
        this.joinSmallPairs = joinSmallPairs;
        this.pagerankEdges = pagerankEdges;
        this.broadcastBytes = broadcastBytes;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The data folder's name: the size's name and a digest of its numbers, so a changed size gets new data. */
    String folderName() {
        long digest = java.util.Arrays.hashCode(new long[] {wordBytes, reducePairs, reduceKeys, groupPairs, groupKeys, sortRecords,
                joinLargePairs, joinSmallPairs, pagerankEdges, broadcastBytes});
        return id() + "-" + Long.toHexString(digest & 0xffffffffL);
    }

    /** The size of {@code workload}'s input, in words, for the report. */
    public String describe(Workload workload) {
        return switch (workload) {
            case WORDCOUNT -> megabytes(wordBytes) + " text";
            case REDUCE_BY_KEY -> count(reducePairs) + " pairs, " + count(reduceKeys) + " keys";
            case GROUP_BY_KEY -> count(groupPairs) + " pairs, " + count(groupKeys) + " keys";
            case SORT_BY_KEY -> String.format(Locale.ROOT, "%,d MB", 100L * sortRecords / 1_000_000) + " (" + count(sortRecords) + " records)";
            case JOIN -> count(joinLargePairs) + " x " + count(joinSmallPairs) + " pairs";
            case PAGERANK -> count(pagerankEdges) + " edges, " + count(pagerankEdges / 10) + " pages";
            case CACHE_REUSE -> count(groupPairs) + " pairs cached";
            case SMALL_JOB -> "1,000 elements";
            case BROADCAST -> megabytes(broadcastBytes) + " value, 8 tasks";
        };
    }

    private static String megabytes(long bytes) {
        return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%,d MB", bytes >> 20) : String.format(Locale.ROOT, "%,d kB", bytes >> 10);
    }

    private static String count(long value) {
        if (value >= 1_000_000 && value % 1_000_000 == 0) {
            return value / 1_000_000 + "M";
        }
        return value >= 1_000 && value % 1_000 == 0 ? value / 1_000 + "k" : Long.toString(value);
    }
}

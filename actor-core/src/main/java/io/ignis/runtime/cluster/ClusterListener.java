package io.ignis.runtime.cluster;

import java.util.UUID;

/** What membership tells the node: batches from other nodes, load reports, and members joining or leaving. */
public interface ClusterListener {
    /** A batch of messages from {@code source}; called on Ignite threads, possibly concurrently and out of order. */
    void onBatch(UUID source, byte[] batch);

    /** A load report (available resources) broadcast by {@code source}. */
    void onLoad(UUID source, byte[] report);

    void onMemberJoined(Member member);

    /** {@code member} left or failed (discovery saw it go). */
    void onMemberLeft(UUID member);
}

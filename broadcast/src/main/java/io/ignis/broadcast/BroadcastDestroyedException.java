package io.ignis.broadcast;

import static java.util.Objects.requireNonNull;

/**
 * A broadcast value was used (read, unpersisted or destroyed) after it was destroyed. The message
 * is Spark's for the same mistake, naming the broadcast and where {@code destroy} was called:
 * {@code "Attempted to use Broadcast(3) after it was destroyed (destroy at Job.java:42)"}.
 */
public final class BroadcastDestroyedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final long broadcastId;
    private final String destroySite;

    public BroadcastDestroyedException(long broadcastId, String destroySite) {
        super("Attempted to use Broadcast(" + broadcastId + ") after it was destroyed ("
                + requireNonNull(destroySite, "destroySite is null") + ")");
        this.broadcastId = broadcastId;
        this.destroySite = destroySite;
    }

    /** The id of the destroyed broadcast. */
    public long broadcastId() {
        return broadcastId;
    }

    /** Where {@code destroy} was called (see {@link CallSite}). */
    public String destroySite() {
        return destroySite;
    }
}

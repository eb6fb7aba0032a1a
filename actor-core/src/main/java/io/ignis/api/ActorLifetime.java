package io.ignis.api;

/** Whether an actor dies with the runtime that created it (the default) or outlives it. */
public enum ActorLifetime {
    /** The actor is killed when the runtime (driver) that created it closes or dies. */
    NON_DETACHED,
    /** The actor lives until it is killed; it keeps running after its creator leaves. */
    DETACHED
}

package io.ignis.api;

import static java.util.Objects.requireNonNull;

import io.ignis.api.function.IgnisFunction;
import io.ignis.api.spi.RuntimeBackend;
import java.util.HashMap;
import java.util.Map;

/**
 * An actor being created: set options, then {@link #remote()} places it on a node, runs its
 * constructor there and returns its handle at once (calls made before the constructor finishes wait
 * for it). Obtained from {@code runtime.actor(Ctor::new, args...)}.
 */
public final class ActorCreator<A> {
    private final RuntimeBackend backend;
    private final IgnisFunction constructor;
    private final Object[] args;
    private String name;
    private ActorLifetime lifetime = ActorLifetime.NON_DETACHED;
    private Map<String, Double> resources = Map.of();
    private int maxConcurrency = 1;
    private int maxRestarts;
    private int maxTaskRetries;
    private PlacementGroup placementGroup;
    private int bundleIndex;
    private NodeAffinity nodeAffinity;

    public ActorCreator(RuntimeBackend backend, IgnisFunction constructor, Object[] args) {
        this.backend = requireNonNull(backend, "backend is null");
        this.constructor = requireNonNull(constructor, "constructor is null");
        this.args = requireNonNull(args, "args is null");
    }

    /** Names the actor, so that {@link IgnisRuntime#getActor(String)} finds it anywhere in the cluster. */
    public ActorCreator<A> name(String name) {
        this.name = name;
        return this;
    }

    /** {@link ActorLifetime#DETACHED} keeps the actor alive after its creator leaves. */
    public ActorCreator<A> lifetime(ActorLifetime lifetime) {
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        return this;
    }

    /** Reserves {@code amount} of resource {@code name} on the actor's node for the actor's life. */
    public ActorCreator<A> resource(String name, double amount) {
        Map<String, Double> copy = new HashMap<>(resources);
        copy.put(name, amount);
        this.resources = copy;
        return this;
    }

    /** Replaces the resource request with {@code resources}. */
    public ActorCreator<A> resources(Map<String, Double> resources) {
        this.resources = Map.copyOf(resources);
        return this;
    }

    /** How many calls may run at once (default 1: calls run one after another). */
    public ActorCreator<A> maxConcurrency(int maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
        return this;
    }

    /** How many times the actor is re-created after its node dies (-1: always). */
    public ActorCreator<A> maxRestarts(int maxRestarts) {
        this.maxRestarts = maxRestarts;
        return this;
    }

    /** How many times a call in flight when the actor died is sent again to its next incarnation. */
    public ActorCreator<A> maxTaskRetries(int maxTaskRetries) {
        this.maxTaskRetries = maxTaskRetries;
        return this;
    }

    /** Creates the actor in bundle {@code bundleIndex} of {@code group}. */
    public ActorCreator<A> placementGroup(PlacementGroup group, int bundleIndex) {
        this.placementGroup = requireNonNull(group, "group is null");
        this.bundleIndex = bundleIndex;
        return this;
    }

    /** Creates the actor on a given node (hard), or preferably there (soft). */
    public ActorCreator<A> nodeAffinity(NodeAffinity affinity) {
        this.nodeAffinity = affinity;
        return this;
    }

    /** Creates the actor; fails now if the constructor or an argument cannot be serialized or the resources exist nowhere. */
    public ActorHandle<A> remote() {
        return backend.createActor(constructor, args, new ActorOptions(name, lifetime, resources, maxConcurrency,
                maxRestarts, maxTaskRetries, placementGroup, bundleIndex, nodeAffinity));
    }
}

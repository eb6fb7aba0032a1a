package io.ignis.api;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How {@link Ignis#init(IgnisConfig)} starts: how many nodes to run in this JVM, which existing
 * cluster to join (addresses {@code host:port}), the resources each local node declares, the
 * discovery port of the first local node, and where nodes keep files. With no addresses and one
 * local node (the defaults) it is an embedded single-node cluster. With addresses and zero local
 * nodes it is a driver that joins the cluster and runs no tasks itself.
 */
public final class IgnisConfig {
    private final int localNodes;
    private final List<String> join;
    private final Map<String, Double> resources;
    private final String host;
    private final int port;
    private final Path workDir;
    private final long objectStoreBytes;
    private final java.time.Duration loadReportInterval;
    private final java.time.Duration failureDetectionTimeout;

    private IgnisConfig(Builder builder) {
        this.localNodes = builder.localNodes;
        this.join = List.copyOf(builder.join);
        this.resources = builder.resources == null ? null : Map.copyOf(builder.resources);
        this.host = builder.host;
        this.port = builder.port;
        this.workDir = builder.workDir;
        this.objectStoreBytes = builder.objectStoreBytes;
        this.loadReportInterval = builder.loadReportInterval;
        this.failureDetectionTimeout = builder.failureDetectionTimeout;
        if (failureDetectionTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("failureDetectionTimeout must be at least 100 ms, got " + failureDetectionTimeout);
        }
        if (loadReportInterval.isNegative() || loadReportInterval.isZero()) {
            throw new IllegalArgumentException("loadReportInterval must be positive, got " + loadReportInterval);
        }
        if (localNodes < 0) {
            throw new IllegalArgumentException("localNodes must be >= 0, got " + localNodes);
        }
        if (localNodes == 0 && join.isEmpty()) {
            throw new IllegalArgumentException("a runtime with no local nodes must join a cluster: give its address");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (resources != null) {
            Resources.check(resources);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Nodes to start in this JVM (0: a driver only). */
    public int localNodes() {
        return localNodes;
    }

    /** Addresses ({@code host:port}) of nodes of an existing cluster to join; empty for a new cluster. */
    public List<String> join() {
        return join;
    }

    /** The resources each local node declares; null means detect them (CPU = cores, GPUs by nvidia-smi, memory = max heap). */
    public Map<String, Double> resources() {
        return resources;
    }

    /** The address nodes bind to and advertise. */
    public String host() {
        return host;
    }

    /** The discovery port of the first local node; 0 picks a free one. */
    public int port() {
        return port;
    }

    /** Where nodes keep their files; null for a fresh temporary folder. */
    public Path workDir() {
        return workDir;
    }

    /** How often a node tells the others its free resources, when they changed (at least once a second). */
    public java.time.Duration loadReportInterval() {
        return loadReportInterval;
    }

    /** How long a silent node stays a member before the others drop it and recover its work. */
    public java.time.Duration failureDetectionTimeout() {
        return failureDetectionTimeout;
    }

    /**
     * The object store's byte budget per local node; 0 for the default, a quarter of the max heap
     * shared by the local nodes.
     */
    public long objectStoreBytes() {
        return objectStoreBytes;
    }

    /** Builds an {@link IgnisConfig}; every setting has a default. */
    public static final class Builder {
        private int localNodes = 1;
        private final List<String> join = new ArrayList<>();
        private Map<String, Double> resources;
        private String host = "127.0.0.1";
        private int port;
        private Path workDir;
        private long objectStoreBytes;
        private java.time.Duration loadReportInterval = java.time.Duration.ofMillis(20);
        private java.time.Duration failureDetectionTimeout = java.time.Duration.ofSeconds(10);

        private Builder() {}

        public Builder localNodes(int localNodes) {
            this.localNodes = localNodes;
            return this;
        }

        public Builder join(List<String> addresses) {
            this.join.clear();
            this.join.addAll(addresses);
            return this;
        }

        public Builder resources(Map<String, Double> resources) {
            this.resources = requireNonNull(resources, "resources is null");
            return this;
        }

        public Builder host(String host) {
            this.host = requireNonNull(host, "host is null");
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /**
         * How often nodes report their free resources to the others (default 20 ms; a report is
         * sent only when they changed, and once a second anyway). Placement works from these
         * reports, so a longer interval means staler choices, more work passed on by busy nodes
         * (spillback), and less traffic.
         */
        public Builder loadReportInterval(java.time.Duration interval) {
            this.loadReportInterval = interval;
            return this;
        }

        /**
         * Bytes of values each local node keeps in memory (estimated for Java objects; see
         * {@code SizeEstimator}). Past it, the least recently used values are spilled to disk under
         * the node's work folder and read back when used. 0 (the default): a quarter of the max
         * heap, shared by the local nodes.
         */
        /**
         * How long a node may be silent (hung, cut off, its machine gone) before the others drop
         * it from the cluster, re-run its tasks and restart its actors (default 10 s, Ignite's
         * own default). A process that is killed is usually noticed sooner: its connections are
         * refused. Shorter notices failures faster and risks dropping a node in a long GC pause.
         */
        public Builder failureDetectionTimeout(java.time.Duration timeout) {
            this.failureDetectionTimeout = requireNonNull(timeout, "timeout is null");
            return this;
        }

        public Builder objectStoreBytes(long objectStoreBytes) {
            if (objectStoreBytes < 0) {
                throw new IllegalArgumentException("objectStoreBytes must be >= 0, got " + objectStoreBytes);
            }
            this.objectStoreBytes = objectStoreBytes;
            return this;
        }

        public IgnisConfig build() {
            return new IgnisConfig(this);
        }
    }
}

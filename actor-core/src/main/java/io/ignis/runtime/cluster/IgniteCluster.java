package io.ignis.runtime.cluster;

import static java.util.Objects.requireNonNull;

import io.ignis.api.exception.StartupException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;
import org.apache.ignite.IgniteMessaging;
import org.apache.ignite.Ignition;
import org.apache.ignite.cache.CacheAtomicityMode;
import org.apache.ignite.cache.CacheMode;
import org.apache.ignite.cache.CacheWriteSynchronizationMode;
import org.apache.ignite.cluster.ClusterNode;
import org.apache.ignite.configuration.CacheConfiguration;
import org.apache.ignite.configuration.DataRegionConfiguration;
import org.apache.ignite.configuration.DataStorageConfiguration;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.events.DiscoveryEvent;
import org.apache.ignite.events.EventType;
import org.apache.ignite.failure.StopNodeFailureHandler;
import org.apache.ignite.lang.IgnitePredicate;
import org.apache.ignite.spi.communication.tcp.TcpCommunicationSpi;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;

/**
 * One Ignite node and what Ignis uses it for: membership and failure detection (discovery events),
 * node attributes (resources, transfer address), messaging between nodes (batches, load reports),
 * and a small replicated directory (named actors). Nothing else of Ignis imports Ignite.
 */
public final class IgniteCluster implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IgniteCluster.class);
    private static final String BATCH_TOPIC = "ignis.batch";
    private static final String LOAD_TOPIC = "ignis.load";
    private static final String DIRECTORY = "ignis-directory";
    private static final String ATTR_RESOURCES = "ignis.resources";
    private static final String ATTR_DRIVER = "ignis.driver";
    private static final String ATTR_TRANSFER = "ignis.transfer";
    private static final String ATTR_ADDRESS = "ignis.address";

    private final Ignite ignite;
    private final IgniteCache<String, byte[]> directory;
    private final Map<UUID, IgniteMessaging> messagingByNode = new ConcurrentHashMap<>();
    private final Map<UUID, Member> members = new ConcurrentHashMap<>();
    /** A snapshot of {@link #members}, rebuilt on each join or leave, so readers do not copy. */
    private volatile List<Member> memberList = List.of();
    private final UUID localId;

    /** How a node starts: where it listens, whom it joins, what it declares. */
    public record Settings(String host, int port, List<String> join, boolean driver, Map<String, Double> resources,
                           String transferAddress, Path workDir, java.time.Duration failureDetectionTimeout) {
        public Settings {
            requireNonNull(host, "host is null");
            join = List.copyOf(join);
            resources = Map.copyOf(resources);
            requireNonNull(transferAddress, "transferAddress is null");
            requireNonNull(workDir, "workDir is null");
        }
    }

    private IgniteCluster(Ignite ignite) {
        this.ignite = ignite;
        this.localId = ignite.cluster().localNode().id();
        this.directory = ignite.cache(DIRECTORY);
    }

    /** Starts the Ignite node and registers {@code listener}; returns once the node has joined. */
    public static IgniteCluster start(Settings settings, ClusterListener listener) {
        IgniteConfiguration config = configuration(settings);
        Ignite ignite;
        try {
            ignite = Ignition.start(config);
        } catch (RuntimeException e) {
            throw new StartupException("could not start a node on " + settings.host() + ":" + settings.port()
                    + (settings.join().isEmpty() ? "" : " joining " + settings.join()) + ": " + rootMessage(e), e);
        }
        IgniteCluster cluster = new IgniteCluster(ignite);
        cluster.listen(listener);
        return cluster;
    }

    private static IgniteConfiguration configuration(Settings settings) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTR_RESOURCES, encodeResources(settings.resources()));
        attributes.put(ATTR_DRIVER, Boolean.toString(settings.driver()));
        attributes.put(ATTR_TRANSFER, settings.transferAddress());

        TcpDiscoverySpi discovery = new TcpDiscoverySpi();
        discovery.setLocalAddress(settings.host());
        List<String> addresses = new ArrayList<>(settings.join());
        if (settings.driver()) {
            discovery.setLocalPort(settings.port() == 0 ? 47500 : settings.port());
            discovery.setLocalPortRange(100);
        } else {
            discovery.setLocalPort(settings.port());
            discovery.setLocalPortRange(0);
            addresses.add(settings.host() + ":" + settings.port());
            attributes.put(ATTR_ADDRESS, settings.host() + ":" + settings.port());
        }
        TcpDiscoveryVmIpFinder finder = new TcpDiscoveryVmIpFinder();
        finder.setAddresses(addresses);
        discovery.setIpFinder(finder);

        TcpCommunicationSpi communication = new TcpCommunicationSpi();
        communication.setLocalAddress(settings.host());
        communication.setLocalPort(47100);
        communication.setLocalPortRange(1000);
        communication.setMessageQueueLimit(0);

        // Small data region and pools: Ignis keeps object bytes in its own store, and several nodes
        // may share one JVM, so Ignite's defaults (20% of RAM off-heap, pools sized to the cores) are waste.
        DataStorageConfiguration storage = new DataStorageConfiguration();
        storage.setDefaultDataRegionConfiguration(new DataRegionConfiguration()
                .setName("ignis").setInitialSize(16L << 20).setMaxSize(64L << 20));

        CacheConfiguration<String, byte[]> directoryCache = new CacheConfiguration<String, byte[]>(DIRECTORY)
                .setCacheMode(CacheMode.REPLICATED)
                .setAtomicityMode(CacheAtomicityMode.ATOMIC)
                .setWriteSynchronizationMode(CacheWriteSynchronizationMode.FULL_SYNC);

        IgniteConfiguration config = new IgniteConfiguration();
        config.setIgniteInstanceName("ignis-" + UUID.randomUUID());
        config.setClientMode(settings.driver());
        config.setGridLogger(new Slf4jIgniteLogger());
        config.setWorkDirectory(settings.workDir().resolve("ignite").toAbsolutePath().toString());
        config.setMetricsLogFrequency(0);
        config.setPeerClassLoadingEnabled(false);
        config.setFailureHandler(new StopNodeFailureHandler());
        // How long a node (or a driver, which Ignite runs as a client) may be silent before the
        // others drop it: the bound on noticing a hung or cut-off process. A killed process is
        // usually noticed sooner, when its connections are refused.
        config.setFailureDetectionTimeout(settings.failureDetectionTimeout().toMillis());
        config.setClientFailureDetectionTimeout(settings.failureDetectionTimeout().toMillis());
        config.setUserAttributes(attributes);
        config.setDiscoverySpi(discovery);
        config.setCommunicationSpi(communication);
        config.setDataStorageConfiguration(storage);
        config.setCacheConfiguration(directoryCache);
        config.setIncludeEventTypes(EventType.EVT_NODE_JOINED, EventType.EVT_NODE_LEFT, EventType.EVT_NODE_FAILED);
        config.setPublicThreadPoolSize(2);
        config.setSystemThreadPoolSize(2);
        config.setStripedPoolSize(2);
        config.setServiceThreadPoolSize(1);
        config.setDataStreamerThreadPoolSize(1);
        config.setQueryThreadPoolSize(1);
        config.setManagementThreadPoolSize(1);
        config.setPeerClassLoadingThreadPoolSize(1);
        config.setAsyncCallbackPoolSize(1);
        config.setRebalanceThreadPoolSize(1);
        config.setUtilityCachePoolSize(1);
        config.setSnapshotThreadPoolSize(1);
        config.setConnectorConfiguration(null);
        config.setClientConnectorConfiguration(null);
        return config;
    }

    private ClusterListener listener;

    /** A node joined: a member if it is an Ignis node; the listener hears of it once. */
    private void joined(ClusterNode node) {
        Member member = toMember(node);
        if (member != null && members.putIfAbsent(member.id(), member) == null) {
            rememberAddress(member);
            memberList = List.copyOf(members.values());
            listener.onMemberJoined(member);
        }
    }

    /** A node left (or failed): the listener hears of it once, whichever way it was noticed. */
    private void left(UUID id) {
        if (members.remove(id) != null) {
            memberList = List.copyOf(members.values());
            messagingByNode.remove(id);
            listener.onMemberLeft(id);
        }
    }

    /**
     * Brings the member list in line with Ignite's topology. Discovery events alone can miss a
     * change: a driver (an Ignite client) whose router died reconnects through another node and
     * gets the new topology without an event for the nodes that failed meanwhile. The node calls
     * this from its timer; it costs a look at the local topology view.
     */
    public void reconcile() {
        java.util.Set<UUID> present = new java.util.HashSet<>();
        for (ClusterNode node : ignite.cluster().nodes()) {
            present.add(node.id());
            if (!members.containsKey(node.id())) {
                joined(node);
            }
        }
        for (UUID id : List.copyOf(members.keySet())) {
            if (!present.contains(id)) {
                left(id);
            }
        }
    }

    private void listen(ClusterListener listener) {
        ignite.message().localListen(BATCH_TOPIC, (UUID source, Object message) -> {
            listener.onBatch(source, (byte[]) message);
            return true;
        });
        ignite.message().localListen(LOAD_TOPIC, (UUID source, Object message) -> {
            listener.onLoad(source, (byte[]) message);
            return true;
        });
        this.listener = listener;
        IgnitePredicate<DiscoveryEvent> onDiscovery = event -> {
            ClusterNode node = event.eventNode();
            if (event.type() == EventType.EVT_NODE_JOINED) {
                joined(node);
            } else {
                left(node.id());
            }
            return true;
        };
        ignite.events().localListen(onDiscovery, EventType.EVT_NODE_JOINED, EventType.EVT_NODE_LEFT, EventType.EVT_NODE_FAILED);
        for (ClusterNode node : ignite.cluster().nodes()) {
            Member member = toMember(node);
            if (member != null) {
                rememberAddress(member);
                members.put(member.id(), member);
            }
        }
        memberList = List.copyOf(members.values());
    }

    /**
     * Adds a worker node's discovery address to this node's address list, so that discovery can
     * reconnect through any node that was ever seen, not only through those given at start: a
     * driver whose first contact dies reconnects through another node instead of losing the cluster.
     */
    private void rememberAddress(Member member) {
        if (member.driver() || member.address() == null || !(ignite.configuration().getDiscoverySpi() instanceof TcpDiscoverySpi spi)) {
            return;
        }
        int colon = member.address().lastIndexOf(':');
        try {
            spi.getIpFinder().registerAddresses(List.of(new java.net.InetSocketAddress(member.address().substring(0, colon),
                    Integer.parseInt(member.address().substring(colon + 1)))));
        } catch (RuntimeException e) {
            LOG.debug("could not remember the address of {}", member, e);
        }
    }

    private static Member toMember(ClusterNode node) {
        String resources = node.attribute(ATTR_RESOURCES);
        if (resources == null) {
            return null; // an Ignite node that is not an Ignis node
        }
        String address = node.attribute(ATTR_ADDRESS);
        if (address == null) {
            address = node.addresses().stream().findFirst().orElse("?") + " (driver)";
        }
        return new Member(node.id(), address, decodeResources(resources),
                Boolean.parseBoolean(node.attribute(ATTR_DRIVER)), node.attribute(ATTR_TRANSFER));
    }

    public UUID localId() {
        return localId;
    }

    /** The Ignis nodes of the cluster, this one included. */
    public List<Member> members() {
        return memberList;
    }

    public Member member(UUID id) {
        return members.get(id);
    }

    /** Sends a batch to one node; asynchronous, and unordered (the caller orders batches itself). */
    public void send(UUID destination, byte[] batch) {
        IgniteMessaging messaging = messagingByNode.computeIfAbsent(destination,
                id -> ignite.message(ignite.cluster().forNodeId(id)));
        messaging.send(BATCH_TOPIC, batch);
    }

    /** Sends a load report to every other node. */
    public void broadcastLoad(byte[] report) {
        if (ignite.cluster().forRemotes().nodes().isEmpty()) {
            return;
        }
        ignite.message(ignite.cluster().forRemotes()).send(LOAD_TOPIC, report);
    }

    /** Stores {@code value} under {@code key} unless the key exists; returns the existing value, or null if stored. */
    public byte[] directoryPutIfAbsent(String key, byte[] value) {
        return directory.getAndPutIfAbsent(key, value);
    }

    /** Stores {@code value} under {@code key}, replacing what was there. */
    public void directoryPut(String key, byte[] value) {
        directory.put(key, value);
    }

    public byte[] directoryGet(String key) {
        return directory.get(key);
    }

    /** Removes {@code key} if it still maps to {@code expected}. */
    public void directoryRemove(String key, byte[] expected) {
        byte[] current = directory.get(key);
        if (current != null && java.util.Arrays.equals(current, expected)) {
            directory.remove(key);
        }
    }

    @Override
    public void close() {
        ignite.close();
    }

    static String encodeResources(Map<String, Double> resources) {
        StringBuilder out = new StringBuilder();
        resources.forEach((name, amount) -> out.append(out.length() == 0 ? "" : ",").append(name).append('=').append(amount));
        return out.toString();
    }

    static Map<String, Double> decodeResources(String text) {
        Map<String, Double> out = new HashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.NodeInfo;
import io.ignis.api.ObjectRef;
import io.ignis.api.PlacementGroup;
import io.ignis.api.PlacementStrategy;
import io.ignis.api.TaskContext;
import io.ignis.api.exception.ActorDiedException;
import io.ignis.api.exception.GetTimeoutException;
import io.ignis.api.exception.InfeasibleResourcesException;
import io.ignis.api.exception.ObjectLostException;
import io.ignis.api.exception.SerializationException;
import io.ignis.api.exception.TaskCancelledException;
import io.ignis.api.exception.TaskFailedException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three nodes in one JVM. They share nothing but the JVM: every value that crosses from one to
 * another is serialized and sent through Ignite messaging or the transfer sockets, as between machines.
 */
class ThreeNodeClusterTest {
    static IgnisRuntime ignis;
    static List<String> nodeIds;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(3)
                .resources(Map.of("CPU", 2.0, "GPU", 2.0, "accelerator", 1.0)).build());
        nodeIds = ignis.nodes().stream().filter(n -> !n.driver()).map(NodeInfo::id).toList();
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static String where() {
        return TaskContext.current().nodeId();
    }

    static int length(byte[] bytes) {
        return bytes.length;
    }

    static byte[] bytes(int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) (i * 31);
        }
        return out;
    }

    @Test
    void nodesListsEveryNodeWithItsResources() {
        List<NodeInfo> nodes = ignis.nodes();
        assertEquals(3, nodes.size());
        for (NodeInfo node : nodes) {
            assertEquals(2.0, node.totalResources().get("CPU"));
            assertEquals(1.0, node.totalResources().get("accelerator"));
            assertTrue(node.address().startsWith("127.0.0.1:"), node.address());
        }
        assertEquals(3, new HashSet<>(nodeIds).size());
    }

    @Test
    void hardAffinityRunsOnTheNamedNode() {
        for (String id : nodeIds) {
            assertEquals(id, ignis.task(ThreeNodeClusterTest::where).nodeAffinity(NodeAffinity.hard(id)).remote().get());
        }
    }

    @Test
    void largeObjectsCrossNodesIntact() {
        String second = nodeIds.get(1);
        String third = nodeIds.get(2);
        ObjectRef<byte[]> made = ignis.task(ThreeNodeClusterTest::bytes, 3_000_000).nodeAffinity(NodeAffinity.hard(second)).remote();
        ObjectRef<Integer> measured = ignis.task(ThreeNodeClusterTest::length, made).nodeAffinity(NodeAffinity.hard(third)).remote();
        assertEquals(3_000_000, measured.get());
        assertArrayEquals(bytes(3_000_000), made.get());
        ObjectRef<byte[]> put = ignis.put(bytes(2_000_000));
        assertEquals(2_000_000, ignis.task(ThreeNodeClusterTest::length, put).nodeAffinity(NodeAffinity.hard(third)).remote().get());
    }

    @Test
    void refsInsideValuesCanBeGotWhereverTheyArrive() {
        ObjectRef<String> inner = ignis.put("inside");
        List<ObjectRef<String>> box = new ArrayList<>(List.of(inner));
        ObjectRef<String> result = ignis.task((List<ObjectRef<String>> refs) -> refs.get(0).get() + " on another node", box)
                .nodeAffinity(NodeAffinity.hard(nodeIds.get(2))).remote();
        assertEquals("inside on another node", result.get());
    }

    @Test
    void aRemoteExceptionKeepsTypeMessageAndStackTrace() {
        ObjectRef<Integer> failed = ignis.task(ThreeNodeClusterTest::explode, "boom")
                .nodeAffinity(NodeAffinity.hard(nodeIds.get(1))).remote();
        TaskFailedException e = assertThrows(TaskFailedException.class, failed::get);
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("boom", e.getCause().getMessage());
        assertTrue(e.getMessage().contains(nodeIds.get(1).substring(0, 8)), e.getMessage());
        assertEquals("explode", e.getCause().getStackTrace()[0].getMethodName());
        ObjectRef<Integer> downstream = ignis.task(ThreeNodeClusterTest::length, ignis.task(() -> (byte[]) null).remote())
                .remote();
        assertInstanceOf(NullPointerException.class, assertThrows(TaskFailedException.class, downstream::get).getCause());
    }

    static int explode(String message) {
        throw new IllegalStateException(message);
    }

    static final class NotSerializable {
        final int value = 1;
    }

    @Test
    void aNonSerializableArgumentFailsAtSubmitNamingTheClass() {
        NotSerializable bad = new NotSerializable();
        SerializationException e = assertThrows(SerializationException.class,
                () -> ignis.task((NotSerializable x) -> x.value, bad).remote());
        assertEquals(NotSerializable.class.getName(), e.culprit());
        assertTrue(e.getMessage().contains("argument 0"), e.getMessage());
        SerializationException captured = assertThrows(SerializationException.class, () -> ignis.task(() -> bad.value).remote());
        assertEquals(NotSerializable.class.getName(), captured.culprit());
    }

    @Test
    void anImpossibleRequestFailsAtOnceListingTheCluster() {
        InfeasibleResourcesException e = assertThrows(InfeasibleResourcesException.class,
                () -> ignis.task(() -> 1).resource("CPU", 3).remote());
        assertTrue(e.getMessage().contains("CPU=3"), e.getMessage());
        assertTrue(e.getMessage().contains("accelerator=1"), e.getMessage());
        assertThrows(InfeasibleResourcesException.class, () -> ignis.task(() -> 1).resource("TPU", 1).remote());
    }

    static final Map<String, AtomicInteger> RUNNING = new ConcurrentHashMap<>();
    static final Map<String, Integer> PEAK = new ConcurrentHashMap<>();

    static String busy(int millis) throws InterruptedException {
        String node = where();
        int now = RUNNING.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
        PEAK.merge(node, now, Math::max);
        try {
            Thread.sleep(millis);
        } finally {
            RUNNING.get(node).decrementAndGet();
        }
        return node;
    }

    @Test
    void nodesAreNeverOversubscribedAndWorkSpreads() {
        List<ObjectRef<String>> refs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            refs.add(ignis.task(ThreeNodeClusterTest::busy, 100).remote());
        }
        Set<String> used = new HashSet<>(ignis.get(refs));
        assertTrue(used.size() >= 2, "work stayed on " + used);
        PEAK.forEach((node, peak) -> assertTrue(peak <= 2, node + " ran " + peak + " CPU=1 tasks at once on 2 CPUs"));
    }

    @Test
    void gpuTasksGetConcreteGpuIds() {
        List<Integer> one = ignis.task(() -> TaskContext.current().gpuIds()).resource("GPU", 1).remote().get();
        assertEquals(1, one.size());
        List<Integer> two = ignis.task(() -> TaskContext.current().gpuIds()).resource("GPU", 2).remote().get();
        assertEquals(List.of(0, 1), two);
        List<Integer> half = ignis.task(() -> TaskContext.current().gpuIds()).resource("GPU", 0.5).remote().get();
        assertEquals(1, half.size());
        assertEquals(List.of(), ignis.task(() -> TaskContext.current().gpuIds()).remote().get());
    }

    @Test
    void severalReturnsBecomeSeparateObjects() {
        List<ObjectRef<Object>> refs = ignis.task((Integer n) -> List.of(n, n * 2, "three"), 5).numReturns(3).remote();
        assertEquals(3, refs.size());
        assertEquals(List.of(5, 10, "three"), ignis.get(refs));
        List<ObjectRef<Object>> wrong = ignis.task(() -> List.of(1)).numReturns(2).remote();
        assertInstanceOf(IllegalStateException.class, assertThrows(TaskFailedException.class, () -> wrong.get(0).get()).getCause());
    }

    public static final class Counter {
        private int value;
        private final String label;

        public Counter(String label) {
            this.label = label;
        }

        public int add(int delta) {
            value += delta;
            return value;
        }

        public String label() {
            return label + "@" + where();
        }

        public int slow(int millis) throws InterruptedException {
            Thread.sleep(millis);
            return millis;
        }
    }

    @Test
    void remoteActorsServeCallsInOrderAndHandlesTravel() {
        String host = nodeIds.get(2);
        ActorHandle<Counter> counter = ignis.actor(Counter::new, "c").nodeAffinity(NodeAffinity.hard(host)).remote();
        List<ObjectRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            refs.add(counter.task(Counter::add, 1).remote());
        }
        for (int i = 0; i < 500; i++) {
            assertEquals(i + 1, refs.get(i).get());
        }
        assertEquals("c@" + host, counter.task(Counter::label).remote().get());
        ObjectRef<Integer> fromTask = ignis.task((ActorHandle<Counter> c) -> c.task(Counter::add, 100).remote().get(), counter)
                .nodeAffinity(NodeAffinity.hard(nodeIds.get(1))).remote();
        assertEquals(600, fromTask.get());
    }

    @Test
    void namedActorsAreFoundFromAnyNodeAndNamesAreUnique() {
        ignis.actor(Counter::new, "named").name("the-counter").nodeAffinity(NodeAffinity.hard(nodeIds.get(1))).remote();
        assertThrows(IllegalArgumentException.class, () -> ignis.actor(Counter::new, "again").name("the-counter").remote());
        String label = ignis.task(() -> {
            ActorHandle<Counter> found = Ignis.current().<Counter>getActor("the-counter").orElseThrow();
            return found.task(Counter::label).remote().get();
        }).nodeAffinity(NodeAffinity.hard(nodeIds.get(2))).remote().get();
        assertEquals("named@" + nodeIds.get(1), label);
        assertTrue(ignis.getActor("nobody").isEmpty());
    }

    @Test
    void callsToAKilledActorFailWithActorDied() throws Exception {
        ActorHandle<Counter> counter = ignis.actor(Counter::new, "k").name("doomed").nodeAffinity(NodeAffinity.hard(nodeIds.get(1))).remote();
        assertEquals(1, counter.task(Counter::add, 1).remote().get());
        counter.kill();
        ActorDiedException e = assertThrows(ActorDiedException.class, () -> counter.task(Counter::add, 1).remote().get(Duration.ofSeconds(10)));
        assertTrue(e.getMessage().contains("killed"), e.getMessage());
        for (int i = 0; i < 50 && ignis.getActor("doomed").isPresent(); i++) {
            Thread.sleep(100);
        }
        assertTrue(ignis.getActor("doomed").isEmpty(), "a dead actor's name is released");
    }

    @Test
    void aFailingConstructorKillsTheActor() {
        ActorHandle<Counter> broken = ignis.<String, Counter>actor((String s) -> {
            throw new IllegalArgumentException("no " + s);
        }, "way").remote();
        ActorDiedException e = assertThrows(ActorDiedException.class, () -> broken.task(Counter::add, 1).remote().get());
        assertTrue(e.getMessage().contains("no way"), e.getMessage());
    }

    @Test
    void maxConcurrencyLetsCallsOverlap() {
        ActorHandle<Counter> pool = ignis.actor(Counter::new, "p").maxConcurrency(4).nodeAffinity(NodeAffinity.hard(nodeIds.get(0))).remote();
        long start = System.nanoTime();
        List<ObjectRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            refs.add(pool.task(Counter::slow, 500).remote());
        }
        ignis.get(refs);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_500, "4 calls of 500 ms with maxConcurrency 4 took " + millis + " ms");
    }

    @Test
    void placementGroupsReserveBundlesByStrategy() {
        PlacementGroup spread = ignis.createPlacementGroup(List.of(Map.of("CPU", 1.0), Map.of("CPU", 1.0), Map.of("CPU", 1.0)),
                PlacementStrategy.STRICT_SPREAD);
        assertEquals(3, new HashSet<>(spread.bundleNodes()).size());
        for (int i = 0; i < 3; i++) {
            assertEquals(spread.bundleNodes().get(i), ignis.task(ThreeNodeClusterTest::where).placementGroup(spread, i).remote().get());
        }
        assertThrows(InfeasibleResourcesException.class,
                () -> ignis.task(ThreeNodeClusterTest::where).resource("CPU", 2).placementGroup(spread, 0).remote());
        PlacementGroup pack = ignis.createPlacementGroup(List.of(Map.of("CPU", 0.5), Map.of("CPU", 0.5)), PlacementStrategy.STRICT_PACK);
        assertEquals(1, new HashSet<>(pack.bundleNodes()).size());
        assertThrows(InfeasibleResourcesException.class, () -> ignis.createPlacementGroup(
                List.of(Map.of("CPU", 2.0), Map.of("CPU", 2.0)), PlacementStrategy.STRICT_PACK));
        assertThrows(InfeasibleResourcesException.class, () -> ignis.createPlacementGroup(
                List.of(Map.of("CPU", 1.0), Map.of("CPU", 1.0), Map.of("CPU", 1.0), Map.of("CPU", 1.0)), PlacementStrategy.STRICT_SPREAD));
        ignis.removePlacementGroup(spread);
        ignis.removePlacementGroup(pack);
        PlacementGroup all = ignis.createPlacementGroup(List.of(Map.of("CPU", 2.0), Map.of("CPU", 2.0), Map.of("CPU", 2.0)),
                PlacementStrategy.SPREAD);
        assertEquals(3, new HashSet<>(all.bundleNodes()).size());
        ignis.removePlacementGroup(all);
    }

    @Test
    void cancelStopsQueuedAndRunningTasks() {
        String node = nodeIds.get(1);
        List<ObjectRef<String>> blockers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            blockers.add(ignis.task(ThreeNodeClusterTest::busy, 3_000).nodeAffinity(NodeAffinity.hard(node)).remote());
        }
        ObjectRef<String> queued = ignis.task(ThreeNodeClusterTest::busy, 10).nodeAffinity(NodeAffinity.hard(node)).remote();
        ignis.cancel(queued);
        assertThrows(TaskCancelledException.class, () -> queued.get(Duration.ofSeconds(10)));
        ignis.cancel(blockers.get(0));
        long start = System.nanoTime();
        assertThrows(TaskCancelledException.class, () -> blockers.get(0).get(Duration.ofSeconds(10)));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_500, "a running task is interrupted, not waited for");
        ignis.cancel(blockers.get(1));
    }

    @Test
    void freedObjectsAreGoneEverywhere() {
        ObjectRef<byte[]> big = ignis.task(ThreeNodeClusterTest::bytes, 500_000).nodeAffinity(NodeAffinity.hard(nodeIds.get(2))).remote();
        assertEquals(500_000, big.get().length);
        ignis.free(List.of(big));
        assertThrows(ObjectLostException.class, big::get);
    }

    @Test
    void getTimesOut() {
        ObjectRef<Integer> slow = ignis.task(() -> {
            Thread.sleep(10_000);
            return 1;
        }).remote();
        assertThrows(GetTimeoutException.class, () -> slow.get(Duration.ofMillis(200)));
        assertFalse(slow.isReady());
        ignis.cancel(slow);
    }

    @Test
    void softAffinityPrefersTheNodeAndLocalityFollowsBigArguments() {
        String third = nodeIds.stream().filter(id -> !id.equals(ignis.nodeId())).findFirst().orElseThrow();
        assertEquals(third, ignis.task(ThreeNodeClusterTest::where).nodeAffinity(NodeAffinity.soft(third)).remote().get());
        ObjectRef<byte[]> big = ignis.task(ThreeNodeClusterTest::bytes, 4_000_000).nodeAffinity(NodeAffinity.hard(third)).remote();
        ignis.wait(List.of(big), 1, Duration.ofSeconds(30));
        ObjectRef<String> consumer = ignis.task((byte[] b) -> where(), big).remote();
        assertEquals(third, consumer.get(), "the task runs where its 4 MB argument is, not on the submitting node");
    }

    public static final class Holder {
        private final List<ObjectRef<byte[]>> refs;

        public Holder(List<ObjectRef<byte[]>> refs) {
            this.refs = refs;
        }

        public int size() {
            return refs.size();
        }
    }

    static long fetchesOn(String nodeId) {
        for (Node node : ((RuntimeImpl) ignis).ownedNodes()) {
            if (node.id().toString().equals(nodeId)) {
                return node.stats().get("fetches");
            }
        }
        throw new IllegalArgumentException(nodeId);
    }

    @Test
    void aFetchedCopyStaysWhileReferencedSoTheNextTaskDoesNotFetchAgain() {
        String maker = nodeIds.get(0);
        String user = nodeIds.get(1);
        ObjectRef<byte[]> big = ignis.task(ThreeNodeClusterTest::bytes, 1_000_000).nodeAffinity(NodeAffinity.hard(maker)).remote();
        ignis.wait(List.of(big), 1, Duration.ofSeconds(30));
        // An actor on the user node keeps a ref there (inside a list, so it stays a ref).
        ActorHandle<Holder> holder = ignis.actor(Holder::new, new ArrayList<>(List.of(big))).nodeAffinity(NodeAffinity.hard(user)).remote();
        assertEquals(1, holder.task(Holder::size).remote().get());
        long before = fetchesOn(user);
        for (int i = 0; i < 3; i++) {
            assertEquals(1_000_000, ignis.task(ThreeNodeClusterTest::length, big).nodeAffinity(NodeAffinity.hard(user)).remote().get());
        }
        assertEquals(before + 1, fetchesOn(user), "three tasks on one node fetched the object once");
        holder.kill();
    }

    @Test
    void refsWaitedOnAreNotCollectedMidWaitUnderGcPressure() throws Exception {
        String other = nodeIds.stream().filter(id -> !id.equals(ignis.nodeId())).findFirst().orElseThrow();
        Thread collector = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        collector.start();
        try {
            for (int i = 0; i < 300; i++) {
                // The ref is not held by this method after get() starts: only get() itself keeps it alive.
                assertEquals(i + 1, ignis.task((Integer x) -> x + 1, i).nodeAffinity(NodeAffinity.hard(other)).remote()
                        .get(Duration.ofSeconds(20)));
            }
        } finally {
            collector.interrupt();
            collector.join();
        }
    }

    record Point(int x, int y) implements Serializable {}

    @Test
    void recordsCollectionsAndBuffersSurviveTheTrip() {
        Map<String, List<Point>> value = Map.of("a", List.of(new Point(1, 2), new Point(3, 4)));
        ObjectRef<Map<String, List<Point>>> echoed = ignis.task((Map<String, List<Point>> m) -> m, value)
                .nodeAffinity(NodeAffinity.hard(nodeIds.get(1))).remote();
        assertEquals(value, echoed.get());
        ObjectRef<java.nio.ByteBuffer> buffer = ignis.task(() -> java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}))
                .nodeAffinity(NodeAffinity.hard(nodeIds.get(2))).remote();
        assertEquals(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}), buffer.get());
    }

    /** A class with its own writeObject, so it travels by Java serialization, refs and handles inside it too. */
    static final class Envelope implements Serializable {
        private transient ObjectRef<String> ref;
        private transient ActorHandle<Counter> counter;

        Envelope(ObjectRef<String> ref, ActorHandle<Counter> counter) {
            this.ref = ref;
            this.counter = counter;
        }

        private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
            out.writeObject(ref);
            out.writeObject(counter);
        }

        @SuppressWarnings("unchecked")
        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            ref = (ObjectRef<String>) in.readObject();
            counter = (ActorHandle<Counter>) in.readObject();
        }

        String open() {
            return ref.get() + " / " + counter.task(Counter::add, 5).remote().get();
        }
    }

    @Test
    void refsAndHandlesInsideJavaSerializedObjectsWorkWhereverTheyArrive() {
        ActorHandle<Counter> counter = ignis.actor(Counter::new, "j").nodeAffinity(NodeAffinity.hard(nodeIds.get(1))).remote();
        Envelope envelope = new Envelope(ignis.put("sealed"), counter);
        ObjectRef<String> opened = ignis.task(Envelope::open, envelope).nodeAffinity(NodeAffinity.hard(nodeIds.get(2))).remote();
        assertEquals("sealed / 5", opened.get());
        // Through the object store and back, by way of a third node.
        ObjectRef<Envelope> stored = ignis.task((Envelope e) -> e, envelope).nodeAffinity(NodeAffinity.hard(nodeIds.get(0))).remote();
        assertEquals("sealed / 10", stored.get().open());
    }

    @Test
    void exceptionsOnAnotherNodeAreRetriedWhenRetryExceptionsSaysSo() {
        String other = nodeIds.get(2);
        assertEquals(2, ignis.task(EmbeddedNodeTest::flaky, 2).retryExceptions().nodeAffinity(NodeAffinity.hard(other)).remote().get());
        TaskFailedException notRetried = assertThrows(TaskFailedException.class,
                () -> ignis.task(EmbeddedNodeTest::flaky, 1).nodeAffinity(NodeAffinity.hard(other)).remote().get());
        assertInstanceOf(IllegalStateException.class, notRetried.getCause());
        TaskFailedException exhausted = assertThrows(TaskFailedException.class, () -> ignis.task(EmbeddedNodeTest::flaky, 9)
                .retryExceptions().maxRetries(1).nodeAffinity(NodeAffinity.hard(other)).remote().get());
        assertTrue(exhausted.getCause().getMessage().contains("attempt 1 fails"), exhausted.getMessage());
    }
}

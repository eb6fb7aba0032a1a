package io.ignis.broadcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.exception.ObjectLostException;
import io.ignis.api.exception.SerializationException;
import io.ignis.api.exception.TaskFailedException;
import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import java.io.Serializable;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broadcast values on three nodes in this JVM (the first one creates them): each node fetches a
 * value once for all its tasks and keeps it between them, a node fetches from another node that
 * has a copy, unpersist makes nodes fetch again, destroy makes later uses fail with Spark's
 * message, a large value arrives intact everywhere, and the value goes from every node once the
 * last handle is dropped. What a node fetched and served is read from its stats.
 */
class BroadcastValueTest {
    /** Also the owner's wait before freeing an object whose ref left its node. */
    static final Duration DETECTION = Duration.ofSeconds(2);
    static RuntimeImpl ignis;
    static List<Node> nodes;

    @BeforeAll
    static void start() {
        ignis = (RuntimeImpl) io.ignis.api.Ignis.init(IgnisConfig.builder().localNodes(3)
                .failureDetectionTimeout(DETECTION).resources(Map.of("CPU", 2.0)).build());
        nodes = ignis.ownedNodes(); // the first is the one ignis puts on
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static NodeAffinity on(int node) {
        return NodeAffinity.hard(nodes.get(node).id().toString());
    }

    static long stat(int node, String name) {
        return nodes.get(node).stats().get(name);
    }

    static long[] stats(String name) {
        long[] out = new long[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stat(i, name);
        }
        return out;
    }

    static long[] since(long[] before, String name) {
        long[] now = stats(name);
        for (int i = 0; i < now.length; i++) {
            now[i] -= before[i];
        }
        return now;
    }

    /** {@code size} bytes, the same for a seed. */
    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i += 8) {
            long word = random.nextLong();
            for (int j = 0; j < 8 && i + j < size; j++) {
                bytes[i + j] = (byte) (word >>> (8 * j));
            }
        }
        return bytes;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static long readCrc(BroadcastValue<byte[]> broadcast) {
        return crc(broadcast.value());
    }

    /** Runs {@code perNode} tasks that read the broadcast on every node at once; returns their checksums. */
    static List<Long> readEverywhere(BroadcastValue<byte[]> broadcast, int perNode) {
        List<ObjectRef<Long>> results = new ArrayList<>();
        for (int task = 0; task < perNode; task++) {
            for (int node = 0; node < nodes.size(); node++) {
                results.add(ignis.task(BroadcastValueTest::readCrc, broadcast).nodeAffinity(on(node)).remote());
            }
        }
        return ignis.get(results);
    }

    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            System.gc(); // handles dropped on any node of this JVM are collected
            Thread.sleep(50);
        }
    }

    @Test
    void everyNodeFetchesTheValueOnceForAllItsTasksAndKeepsIt() throws Exception {
        byte[] value = bytes(4 << 20, 1); // past the size that travels inside messages
        BroadcastValue<byte[]> broadcast = BroadcastValue.create(ignis, 1, value);
        long[] fetches = stats("fetches");

        List<Long> first = readEverywhere(broadcast, 12);
        assertEquals(List.of(crc(value)), first.stream().distinct().toList());
        assertArrayEquals(new long[] {0, 1, 1}, since(fetches, "fetches"), "one fetch per node, none on the creator");

        // The tasks' handles are gone now; the copies stay for the next tasks.
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        List<Long> second = readEverywhere(broadcast, 12);
        assertEquals(List.of(crc(value)), second.stream().distinct().toList());
        assertArrayEquals(new long[] {0, 1, 1}, since(fetches, "fetches"), "no node fetched it again");
        assertSame(value, broadcast.value(), "on the creating node the value is the object put");
    }

    /** A value that is not raw bytes, so a node that serves its copy encodes it first. */
    record Table(String name, int[] numbers) implements Serializable {
        static Table of(int size) {
            int[] numbers = new int[size];
            Arrays.setAll(numbers, i -> i * 31);
            return new Table("table of " + size, numbers);
        }
    }

    static long sum(BroadcastValue<Table> broadcast) {
        return Arrays.stream(broadcast.value().numbers()).asLongStream().sum();
    }

    @Test
    void aNodeFetchesFromAnotherNodeThatHasACopy() {
        Table table = Table.of(500_000);
        long expected = Arrays.stream(table.numbers()).asLongStream().sum();
        BroadcastValue<Table> broadcast = BroadcastValue.create(ignis, 2, table);
        long[] served = stats("objectsServed");
        long[] fetches = stats("fetches");

        assertEquals(expected, ignis.task(BroadcastValueTest::sum, broadcast).nodeAffinity(on(1)).remote().get());
        assertArrayEquals(new long[] {1, 0, 0}, since(served, "objectsServed"), "the first copy comes from the creator");

        assertEquals(expected, ignis.task(BroadcastValueTest::sum, broadcast).nodeAffinity(on(2)).remote().get());
        assertArrayEquals(new long[] {1, 1, 0}, since(served, "objectsServed"), "the second from the first copy");
        assertArrayEquals(new long[] {0, 1, 1}, since(fetches, "fetches"));
    }

    @Test
    void afterUnpersistEachNodeFetchesAgainAndTheCreatorKeepsTheValue() {
        byte[] value = bytes(1 << 20, 3);
        BroadcastValue<byte[]> broadcast = BroadcastValue.create(ignis, 3, value);
        long[] fetches = stats("fetches");
        assertEquals(List.of(crc(value)), readEverywhere(broadcast, 4).stream().distinct().toList());
        assertArrayEquals(new long[] {0, 1, 1}, since(fetches, "fetches"));

        broadcast.unpersist(true);
        assertSame(value, broadcast.value(), "the creator keeps the value");
        assertEquals(List.of(crc(value)), readEverywhere(broadcast, 4).stream().distinct().toList());
        assertArrayEquals(new long[] {0, 2, 2}, since(fetches, "fetches"), "each node fetched it once more");
        assertTrue(broadcast.isValid());
    }

    @Test
    void aSmallValueIsKeptToo() {
        BroadcastValue<String> broadcast = BroadcastValue.create(ignis, 4, "small");
        for (int round = 0; round < 3; round++) {
            for (int node = 0; node < nodes.size(); node++) {
                assertEquals("small!", ignis.task((BroadcastValue<String> b) -> b.value() + "!", broadcast)
                        .nodeAffinity(on(node)).remote().get());
            }
        }
        broadcast.unpersist(true);
        assertEquals("small", ignis.task((BroadcastValue<String> b) -> b.value(), broadcast).nodeAffinity(on(2)).remote().get());
    }

    /** An actor that keeps the handle it was made with. */
    public static final class Keeper implements Serializable {
        private final BroadcastValue<byte[]> broadcast;

        public Keeper(BroadcastValue<byte[]> broadcast) {
            this.broadcast = broadcast;
        }

        public long read() {
            return crc(broadcast.value());
        }
    }

    @Test
    void usingADestroyedBroadcastFailsWithSparksMessage() {
        byte[] value = bytes(1 << 20, 5);
        BroadcastValue<byte[]> broadcast = BroadcastValue.create(ignis, 5, value);
        ActorHandle<Keeper> keeper = ignis.actor(Keeper::new, broadcast).nodeAffinity(on(1)).remote();
        assertEquals(crc(value), keeper.task(Keeper::read).remote().get());

        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        broadcast.destroy();
        String expected = "Attempted to use Broadcast(5) after it was destroyed (destroy at BroadcastValueTest.java:" + line + ")";

        assertFalse(broadcast.isValid());
        BroadcastDestroyedException onCreator = assertThrows(BroadcastDestroyedException.class, broadcast::value);
        assertEquals(expected, onCreator.getMessage());
        assertEquals(expected, assertThrows(BroadcastDestroyedException.class, broadcast::unpersist).getMessage());
        assertEquals(expected, assertThrows(BroadcastDestroyedException.class, broadcast::destroy).getMessage());

        TaskFailedException inTask = assertThrows(TaskFailedException.class,
                () -> ignis.task(BroadcastValueTest::readCrc, broadcast).nodeAffinity(on(2)).remote().get());
        BroadcastDestroyedException cause = assertInstanceOf(BroadcastDestroyedException.class, inTask.getCause());
        assertEquals(expected, cause.getMessage());
        assertEquals(5, cause.broadcastId());

        // A handle copied before the destroy finds the object freed.
        TaskFailedException inActor = assertThrows(TaskFailedException.class, () -> keeper.task(Keeper::read).remote().get());
        assertInstanceOf(ObjectLostException.class, inActor.getCause());
        keeper.kill();
    }

    @Test
    void destroyWithAWrappersCallSiteKeepsIt() {
        BroadcastValue<String> broadcast = BroadcastValue.create(ignis, 6, "value");
        broadcast.destroy(false, "destroy at Job.scala:7");
        assertEquals("Attempted to use Broadcast(6) after it was destroyed (destroy at Job.scala:7)",
                assertThrows(BroadcastDestroyedException.class, broadcast::value).getMessage());
    }

    @Test
    void aLargeValueReachesEveryNodeIntact() {
        byte[] value = bytes(48 << 20, 7);
        BroadcastValue<byte[]> broadcast = BroadcastValue.create(ignis, 7, value);
        assertEquals(List.of(crc(value)), readEverywhere(broadcast, 2).stream().distinct().toList());
        broadcast.destroy();
    }

    /** Weak references to the value each node read, by node id (the nodes share this JVM). */
    static final Map<String, WeakReference<Object>> READ = new ConcurrentHashMap<>();

    static int remember(BroadcastValue<Table> broadcast) {
        Table table = broadcast.value();
        READ.put(TaskContext.current().nodeId(), new WeakReference<>(table));
        return table.numbers().length;
    }

    @Test
    void theValueGoesFromEveryNodeWhenTheLastHandleIsDropped() throws Exception {
        Table table = Table.of(100_000);
        BroadcastValue<Table> broadcast = BroadcastValue.create(ignis, 8, table);
        for (int node = 0; node < nodes.size(); node++) {
            assertEquals(100_000, ignis.task(BroadcastValueTest::remember, broadcast).nodeAffinity(on(node)).remote().get());
        }
        assertEquals(3, READ.size());
        assertSame(table, READ.get(nodes.get(0).id().toString()).get());
        for (int node = 1; node < nodes.size(); node++) {
            assertTrue(stat(node, "keptCopies") >= 1, "node " + node + " keeps its copy");
        }

        table = null;
        broadcast = null;
        eventually("every node's copy is collected", () -> READ.values().stream().allMatch(copy -> copy.get() == null));
    }

    @Test
    void badInputGetsClearErrors() {
        assertEquals("runtime is null", assertThrows(NullPointerException.class,
                () -> BroadcastValue.create(null, 9, "x")).getMessage());
        assertThrows(SerializationException.class, () -> BroadcastValue.create(ignis, 9, new Object()));
        BroadcastValue<String> nothing = BroadcastValue.create(ignis, 10, null);
        assertNull(nothing.value());
        assertEquals("Broadcast(10)", nothing.toString());
        IgnisRuntime runtime = ignis;
        assertEquals(10, BroadcastValue.create(runtime, 10, 1).id());
    }
}

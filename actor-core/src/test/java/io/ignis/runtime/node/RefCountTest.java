package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ignis.api.ActorHandle;
import io.ignis.api.IgnisConfig;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.runtime.RuntimeFactoryImpl;
import io.ignis.runtime.store.ObjectId;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Owner-side reference counting across nodes: an object lives while a ref to it lives anywhere
 * (on its owner, on other nodes, inside other objects, in tasks in flight) and is freed, on every
 * node, once the last one is garbage-collected.
 */
class RefCountTest {
    /** Also the wait before freeing an object whose ref left its node. */
    static final Duration DETECTION = Duration.ofSeconds(2);
    static RuntimeImpl ignis;
    static Node owner;
    static Node other;

    @BeforeAll
    static void start() {
        ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(2)
                .failureDetectionTimeout(DETECTION).resources(Map.of("CPU", 2.0)).build());
        owner = ignis.ownedNodes().get(0);
        other = ignis.ownedNodes().get(1);
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static byte[] bytes(int seed) {
        byte[] bytes = new byte[1 << 20]; // past the inline limit: fetched, and cached where read
        Arrays.fill(bytes, (byte) seed);
        return bytes;
    }

    /** An actor that keeps refs it was given inside a list. */
    public static final class Keeper implements Serializable {
        private List<ObjectRef<byte[]>> kept;

        public Keeper(List<ObjectRef<byte[]>> refs) {
            this.kept = refs;
        }

        public int firstByte() {
            return kept.get(0).get()[0];
        }

        public int forget() {
            kept = null;
            return 0;
        }
    }

    /** An object that holds a ref. */
    record Holder(ObjectRef<byte[]> ref) implements Serializable {}

    static int read(List<ObjectRef<byte[]>> refs) throws InterruptedException {
        Thread.sleep(DETECTION.toMillis() + 1000); // longer than the owner would wait for a ref in flight
        return refs.get(0).get()[0];
    }

    private static ObjectId idOf(ObjectRef<?> ref) {
        return ((ObjectRefImpl<?>) ref).objectId;
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            System.gc(); // refs dropped anywhere in this JVM (all nodes) are collected
            Thread.sleep(50);
        }
    }

    /** Lets every node's GC and the owner's wait run, then says the object is still there. */
    private static void survivesGcAndGrace(ObjectId id) throws InterruptedException {
        long until = System.nanoTime() + DETECTION.toNanos() + 1_500_000_000L;
        while (System.nanoTime() < until) {
            System.gc();
            Thread.sleep(100);
        }
        assertNotNull(owner.objects().entry(id), "object " + id + " was freed while a ref to it lived");
    }

    @Test
    void anActorOnAnotherNodeKeepsAnObjectItsCreatorDropped() throws Exception {
        ObjectRef<byte[]> ref = ignis.put(bytes(7));
        ObjectId id = idOf(ref);
        ActorHandle<Keeper> keeper = ignis.actor(Keeper::new, List.of(ref))
                .nodeAffinity(NodeAffinity.hard(other.id().toString())).remote();
        assertEquals(7, keeper.task(Keeper::firstByte).remote().get());
        ref = null;
        survivesGcAndGrace(id);
        assertEquals(7, keeper.task(Keeper::firstByte).remote().get());
        keeper.task(Keeper::forget).remote().get();
        eventually("freed on its owner once the actor let go", () -> owner.objects().entry(id) == null);
        eventually("the copy fetched by the actor's node is gone", () -> other.objects().entry(id) == null);
    }

    @Test
    void aRefInsideAnObjectKeepsItsTarget() throws Exception {
        ObjectRef<byte[]> inner = ignis.put(bytes(3));
        ObjectId innerId = idOf(inner);
        ObjectRef<Holder> outer = ignis.put(new Holder(inner));
        ObjectId outerId = idOf(outer);
        // Read on the other node: the ref inside travels there and back.
        NodeAffinity there = NodeAffinity.hard(other.id().toString());
        assertEquals(3, ignis.task((Holder h) -> (int) h.ref().get()[0], outer).nodeAffinity(there).remote().get());
        inner = null;
        survivesGcAndGrace(innerId);
        assertEquals(3, ignis.get(ignis.get(outer).ref())[0]);
        outer = null;
        eventually("the holder object is freed", () -> owner.objects().entry(outerId) == null);
        eventually("then the object it referred to", () -> owner.objects().entry(innerId) == null);
    }

    @Test
    void aTaskInFlightKeepsItsArgumentsAlive() throws Exception {
        ObjectRef<byte[]> ref = ignis.put(bytes(5));
        ObjectId id = idOf(ref);
        NodeAffinity there = NodeAffinity.hard(other.id().toString());
        ObjectRef<Integer> result = ignis.task(RefCountTest::read, List.of(ref)).nodeAffinity(there).remote();
        ref = null;
        System.gc();
        assertEquals(5, result.get());
        result = null;
        eventually("freed once the task is done and its result dropped", () -> owner.objects().entry(id) == null);
    }

    @Test
    void aRefThatVisitedAnotherNodeIsFreedWhenTheDriverDropsIt() throws Exception {
        ObjectRef<byte[]> ref = ignis.put(bytes(9));
        ObjectId id = idOf(ref);
        NodeAffinity there = NodeAffinity.hard(other.id().toString());
        assertEquals(9, ignis.task((byte[] b) -> (int) b[0], ref).nodeAffinity(there).remote().get());
        assertEquals(9, ignis.task((List<ObjectRef<byte[]>> refs) -> (int) refs.get(0).get()[0], List.of(ref))
                .nodeAffinity(there).remote().get());
        ref = null;
        eventually("freed on its owner after the driver's GC", () -> owner.objects().entry(id) == null);
        eventually("and on the node that read it", () -> other.objects().entry(id) == null);
        assertNull(owner.objects().entry(id));
    }

    @Test
    void theCopiesOfAReplicatedPutGoWithIt() throws Exception {
        ObjectRef<byte[]> ref = ignis.put(bytes(4), 1);
        ObjectId id = idOf(ref);
        assertNotNull(other.objects().entry(id), "the copy is on the other node");
        ref = null;
        eventually("freed on its owner", () -> owner.objects().entry(id) == null);
        eventually("and its copy", () -> other.objects().entry(id) == null);
    }
}

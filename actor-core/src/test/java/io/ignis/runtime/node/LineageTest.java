package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.exception.ObjectLostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Objects held only by a node that leaves are made again from lineage: the task that produced
 * each runs again, recursively through lost inputs, within its retries; objects that cannot be
 * made again fail saying which object, which task and why. Three nodes in this JVM; the driver's
 * node owns everything, one of the others is closed.
 */
class LineageTest {
    static IgnisRuntime ignis;
    static Node doomed;
    static String doomedId;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build());
        doomed = ((RuntimeImpl) ignis).ownedNodes().get(1);
        doomedId = doomed.id().toString();
        Placed.softAffinityReaches(ignis, doomedId);
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    /** 1 MiB from a seed: large enough to stay on the node that made it. */
    static byte[] block(int seed) {
        byte[] out = new byte[1 << 20];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (seed * 31 + i * 7);
        }
        return out;
    }

    static byte[] next(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) (in[i] + 1);
        }
        return out;
    }

    static <T> ObjectRef<T> kept(ObjectRef<T> ref) {
        assertEquals(doomedId, holder(ref), "made and kept on the doomed node");
        return ref;
    }

    /** The node holding {@code ref}'s object, as its owner (the driver's node) knows. */
    static String holder(ObjectRef<?> ref) {
        ignis.wait(List.of(ref), 1, Duration.ofSeconds(30));
        Node owner = ((RuntimeImpl) ignis).ownedNodes().stream().filter(n -> n.id().toString().equals(ignis.nodeId()))
                .findFirst().orElseThrow();
        return String.valueOf(owner.objects().entry(((ObjectRefImpl<?>) ref).objectId).location());
    }

    /** Whether the nested ref is ready, as a borrower on this node sees it. */
    static boolean seen(List<ObjectRef<byte[]>> box) {
        return Ignis.current().wait(box, 1, Duration.ofSeconds(30)).ready().size() == 1;
    }

    static int firstByte(List<ObjectRef<byte[]>> box) {
        return box.get(0).get()[0];
    }

    /** Two puts made on the node this runs on (so owned by it): one kept on another node too, one not. */
    static List<ObjectRef<byte[]>> putHere() {
        return List.of(Ignis.current().put(block(12), 1), Ignis.current().put(block(13)));
    }

    /** A task made by the node this runs on (so owned by it) that runs on {@code where} and keeps its result there. */
    static List<ObjectRef<byte[]>> madeElsewhere(String where) {
        ObjectRef<byte[]> ref = Ignis.current().task(LineageTest::block, 15).nodeAffinity(NodeAffinity.hard(where)).remote();
        Ignis.current().wait(List.of(ref), 1, Duration.ofSeconds(30));
        return List.of(ref);
    }

    static Node node(String id) {
        return ((RuntimeImpl) ignis).ownedNodes().stream().filter(n -> n.id().toString().equals(id)).findFirst().orElseThrow();
    }

    public static final class Maker {
        public byte[] make(int seed) {
            return block(seed);
        }
    }

    @Test
    void lostObjectsAreRebuiltFromTheirTasksOrFailSayingWhy() throws InterruptedException {
        NodeAffinity there = NodeAffinity.soft(doomedId);
        String survivor = ignis.nodes().stream().map(n -> n.id())
                .filter(id -> !id.equals(doomedId) && !id.equals(ignis.nodeId())).findFirst().orElseThrow();
        // One at a time, so the doomed node always has room and soft affinity keeps each there.
        ObjectRef<byte[]> first = kept(ignis.task(LineageTest::block, 7).nodeAffinity(there).remote());
        ObjectRef<byte[]> second = kept(ignis.task(LineageTest::next, first).nodeAffinity(there).remote());
        ObjectRef<byte[]> noRetries = kept(ignis.task(LineageTest::block, 8).maxRetries(0).nodeAffinity(there).remote());
        ObjectRef<byte[]> pinned = kept(ignis.task(LineageTest::block, 9).nodeAffinity(NodeAffinity.hard(doomedId)).remote());
        ActorHandle<Maker> maker = ignis.actor(Maker::new).nodeAffinity(NodeAffinity.hard(doomedId)).remote();
        ObjectRef<byte[]> fromActor = kept(maker.task(Maker::make, 10).remote());
        ObjectRef<byte[]> put = ignis.put(block(11));
        List<ObjectRef<byte[]>> putThere = ignis.task(LineageTest::putHere).nodeAffinity(NodeAffinity.hard(doomedId)).remote().get();
        assertEquals(2, ignis.wait(putThere, 2, Duration.ofSeconds(30)).ready().size());
        assertThrows(IllegalArgumentException.class, () -> ignis.put(block(14), 3), "only two other worker nodes");
        // Owned by the doomed node, held by the survivor: freed there when its owner dies.
        ObjectRef<byte[]> orphan = ignis.task(LineageTest::madeElsewhere, survivor).nodeAffinity(NodeAffinity.hard(doomedId))
                .remote().get().get(0);
        io.ignis.runtime.store.ObjectId orphanId = ((ObjectRefImpl<?>) orphan).objectId;
        assertTrue(node(survivor).objects().entry(orphanId).hasValue(), "held by the survivor");
        // The survivor knows where `second` is, as a borrower, before the node goes.
        assertTrue(ignis.task(LineageTest::seen, List.of(second)).nodeAffinity(NodeAffinity.hard(survivor)).remote().get());

        doomed.close();

        assertArrayEquals(next(block(7)), second.get(Duration.ofSeconds(60)), "rebuilt, and its lost input with it");
        assertArrayEquals(block(7), first.get(Duration.ofSeconds(60)));
        assertEquals((int) next(block(7))[0], ignis.task(LineageTest::firstByte, List.of(second))
                .nodeAffinity(NodeAffinity.hard(survivor)).remote().get(Duration.ofSeconds(60)), "a borrower gets the new copy");
        assertArrayEquals(block(11), put.get(), "put objects live on their owner");
        assertArrayEquals(block(12), putThere.get(0).get(Duration.ofSeconds(30)), "a replicated put outlives its owner");
        assertEquals((int) block(12)[0], ignis.task(LineageTest::firstByte, List.of(putThere.get(0)))
                .nodeAffinity(NodeAffinity.hard(survivor)).remote().get(Duration.ofSeconds(30)));
        ObjectLostException ownerGone = assertThrows(ObjectLostException.class, () -> putThere.get(1).get(Duration.ofSeconds(30)));
        assertTrue(ownerGone.getMessage().contains("left"), ownerGone.getMessage());
        ObjectLostException orphanLost = assertThrows(ObjectLostException.class, () -> orphan.get(Duration.ofSeconds(30)));
        assertTrue(orphanLost.getMessage().contains("owner"), orphanLost.getMessage());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (node(survivor).objects().entry(orphanId) != null && System.nanoTime() < deadline) {
            Thread.sleep(10); // the survivor sees the node leave in its own time
        }
        assertTrue(node(survivor).objects().entry(orphanId) == null, "the survivor dropped an object whose owner died");
        assertLost(noRetries, "maxRetries=0");
        assertLost(pinned, "hard node affinity");
        assertLost(fromActor, "actor calls are not re-run");
    }

    static void assertLost(ObjectRef<?> ref, String why) {
        ObjectLostException lost = assertThrows(ObjectLostException.class, () -> ref.get(Duration.ofSeconds(30)));
        assertTrue(lost.getMessage().contains("was lost with node " + doomedId.substring(0, 8)), lost.getMessage());
        assertTrue(lost.getMessage().contains(why), lost.getMessage());
    }
}

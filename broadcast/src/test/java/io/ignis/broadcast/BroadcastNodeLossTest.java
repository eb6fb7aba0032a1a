package io.ignis.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.api.IgnisConfig;
import io.ignis.api.NodeAffinity;
import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node that holds a copy of a broadcast leaves right after fetching it, when it is the copy the
 * owner would name next: the next node to read the value still gets it whole, from the copy that
 * is left (the creator's).
 */
class BroadcastNodeLossTest {
    static RuntimeImpl ignis;
    static List<Node> nodes;

    @BeforeAll
    static void start() {
        ignis = (RuntimeImpl) io.ignis.api.Ignis.init(IgnisConfig.builder().localNodes(3)
                .failureDetectionTimeout(Duration.ofSeconds(2)).resources(Map.of("CPU", 2.0)).build());
        nodes = ignis.ownedNodes();
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static NodeAffinity on(int node) {
        return NodeAffinity.hard(nodes.get(node).id().toString());
    }

    @Test
    void aReaderWhoseHolderLeftGetsTheValueFromTheCopyLeft() {
        byte[] value = BroadcastValueTest.bytes(8 << 20, 11);
        long expected = BroadcastValueTest.crc(value);
        BroadcastValue<byte[]> broadcast = BroadcastValue.create(ignis, 1, value);
        assertEquals(expected, ignis.task(BroadcastValueTest::readCrc, broadcast).nodeAffinity(on(1)).remote().get());
        long servedByCreator = nodes.get(0).stats().get("objectsServed");

        nodes.get(1).close(); // the copy named least often so far goes with it

        assertEquals(expected, ignis.task(BroadcastValueTest::readCrc, broadcast).nodeAffinity(on(2)).remote().get());
        assertEquals(servedByCreator + 1, nodes.get(0).stats().get("objectsServed"), "fetched from the creator");
        assertEquals(expected, BroadcastValueTest.crc(broadcast.value()));
    }
}

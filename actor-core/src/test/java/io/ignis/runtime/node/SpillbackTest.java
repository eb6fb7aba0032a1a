package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spillback, made to happen: three nodes in this JVM whose load reports come every 30 s, so after
 * the first one each node's view of the others stays as it was. A task on the second node fills
 * that node with work of its own, which the first node cannot know of; a task the first node then
 * sends there (soft affinity) finds the node busy and is passed on to the third. Work pinned to
 * the busy node (hard affinity) stays there.
 */
class SpillbackTest {
    static IgnisRuntime ignis;
    static String busy;
    static String spare;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0))
                .loadReportInterval(Duration.ofSeconds(30)).build());
        List<Node> nodes = ((RuntimeImpl) ignis).ownedNodes();
        busy = nodes.get(1).id().toString();
        spare = nodes.get(2).id().toString();
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static String napWhere(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return TaskContext.current().nodeId();
    }

    /** Runs on the busy node: three tasks pinned to it, submitted from it, so only it knows of them. */
    static List<ObjectRef<String>> fillHere() {
        String here = TaskContext.current().nodeId();
        List<ObjectRef<String>> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(Ignis.current().task(SpillbackTest::napWhere, 1_500).nodeAffinity(NodeAffinity.hard(here)).remote());
        }
        return refs;
    }

    @Test
    void aBusyNodePassesWorkOnButKeepsPinnedWork() throws InterruptedException {
        Node busyNode = ((RuntimeImpl) ignis).ownedNodes().get(1);
        long before = busyNode.stats().get("tasksForwarded");
        List<ObjectRef<String>> pinned = ignis.task(SpillbackTest::fillHere).nodeAffinity(NodeAffinity.hard(busy)).remote().get();
        Thread.sleep(200); // the fill task has returned; two pinned tasks run on the busy node, one waits there

        ObjectRef<String> pinnedFromHere = ignis.task(SpillbackTest::napWhere, 0).nodeAffinity(NodeAffinity.hard(busy)).remote();
        String ranOn = ignis.task(SpillbackTest::napWhere, 0).nodeAffinity(NodeAffinity.soft(busy)).remote().get(Duration.ofSeconds(30));

        assertEquals(spare, ranOn, "passed on to the node with room");
        assertEquals(busy, pinnedFromHere.get(Duration.ofSeconds(30)), "a task pinned there waits there");
        assertEquals(before + 1, busyNode.stats().get("tasksForwarded"));
        for (ObjectRef<String> ref : pinned) {
            assertEquals(busy, ref.get(Duration.ofSeconds(30)), "pinned work is never passed on");
        }
    }
}

package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.exception.ActorDiedException;
import io.ignis.api.exception.ObjectLostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens to work on a node that leaves: tasks run again elsewhere, actors die, objects it
 * held that cannot be made again are lost, clearly (rebuilding them is {@link LineageTest}'s).
 */
class NodeLossTest {
    static IgnisRuntime ignis;
    static Node doomed;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(2).resources(Map.of("CPU", 2.0)).build());
        doomed = ((RuntimeImpl) ignis).ownedNodes().get(1);
        Placed.softAffinityReaches(ignis, doomed.id().toString());
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static String slowWhere(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return TaskContext.current().nodeId() + "#" + TaskContext.current().attempt();
    }

    public static final class Echo {
        public String echo(String s) {
            return s;
        }
    }

    @Test
    void tasksOnALostNodeRunAgainActorsDieAndHeldObjectsAreLost() {
        String lost = doomed.id().toString();
        ObjectRef<String> retried = ignis.task(NodeLossTest::slowWhere, 2_000).nodeAffinity(NodeAffinity.soft(lost)).remote();
        ObjectRef<byte[]> held = ignis.task(() -> new byte[1 << 20]).nodeAffinity(NodeAffinity.hard(lost)).remote();
        ignis.wait(List.of(held), 1, Duration.ofSeconds(30));
        ActorHandle<Echo> actor = ignis.actor(Echo::new).nodeAffinity(NodeAffinity.hard(lost)).remote();
        assertEquals("hi", actor.task(Echo::echo, "hi").remote().get());

        doomed.close();

        assertEquals(ignis.nodeId() + "#1", retried.get(Duration.ofSeconds(30)), "run again on the survivor, attempt 1");
        ObjectLostException lostObject = assertThrows(ObjectLostException.class, held::get);
        assertTrue(lostObject.getMessage().contains("was lost with node"), lostObject.getMessage());
        assertTrue(lostObject.getMessage().contains("hard node affinity"), "pinned there, so not rebuilt: " + lostObject.getMessage());
        assertThrows(ActorDiedException.class, () -> actor.task(Echo::echo, "again").remote().get(Duration.ofSeconds(30)));
        assertEquals(1, ignis.nodes().size());
    }
}

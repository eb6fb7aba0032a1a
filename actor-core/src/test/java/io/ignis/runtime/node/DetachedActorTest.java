package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorLifetime;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.TaskContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A detached actor outlives the driver that created it, and is still restarted when its own node
 * dies afterwards: its host hands it to a guardian node when the creator leaves.
 */
class DetachedActorTest {
    /** Counts calls since its construction; says where it runs. */
    public static final class Keeper {
        private int calls;

        public String next() {
            calls++;
            return calls + " on " + TaskContext.current().nodeId();
        }
    }

    @Test
    void aDetachedActorWhoseDriverLeftIsRestartedWhenItsNodeDies() throws Exception {
        try (RuntimeImpl cluster = (RuntimeImpl) Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build())) {
            Node host = cluster.ownedNodes().get(1);
            String hostId = host.id().toString();
            String address = cluster.nodes().stream().filter(n -> n.id().equals(cluster.nodeId())).findFirst().orElseThrow().address();
            try (IgnisRuntime driver = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(address)).build())) {
                Placed.softAffinityReaches(driver, hostId);
                ActorHandle<Keeper> keeper = driver.actor(Keeper::new).name("keeper").lifetime(ActorLifetime.DETACHED)
                        .maxRestarts(-1).nodeAffinity(NodeAffinity.soft(hostId)).remote();
                assertEquals("1 on " + hostId, keeper.task(Keeper::next).remote().get());
            }
            ActorHandle<Keeper> found = cluster.<Keeper>getActor("keeper").orElseThrow();
            assertEquals("2 on " + hostId, found.task(Keeper::next).remote().get(), "it outlived its driver");
            Thread.sleep(500); // the host has named a guardian
            host.close();
            String answer = null;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (answer == null && System.nanoTime() < deadline) {
                Optional<ActorHandle<Keeper>> again = cluster.getActor("keeper");
                try {
                    answer = again.isPresent() ? again.get().task(Keeper::next).remote().get() : null;
                } catch (RuntimeException e) {
                    Thread.sleep(100); // between its node's death and its restart
                }
            }
            assertEquals("1", answer == null ? null : answer.split(" ")[0], "restarted, constructor run again: " + answer);
            assertNotEquals(hostId, answer.substring(answer.indexOf(" on ") + 4));
        }
    }
}

package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import io.ignis.api.exception.TaskFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors whose node dies (three nodes in this JVM, one closed): restarted elsewhere while
 * maxRestarts lasts, constructor re-run with its arguments, in-flight calls re-sent while
 * maxTaskRetries lasts, handles and names following the new incarnation; the others die.
 */
class ActorRestartTest {
    static IgnisRuntime ignis;
    static Node doomed;
    static String doomedId;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build());
        doomed = ((RuntimeImpl) ignis).ownedNodes().get(1);
        doomedId = doomed.id().toString();
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    /** Counts calls since its construction; says where it runs. */
    public static final class Tally {
        private final String label;
        private int calls;

        public Tally(String label) {
            this.label = label;
        }

        public String next() {
            calls++;
            return label + " " + calls + " on " + TaskContext.current().nodeId();
        }

        public int slow(int millis) throws InterruptedException {
            Thread.sleep(millis);
            return millis;
        }
    }

    static String callFromTask(ActorHandle<Tally> tally) {
        return tally.task(Tally::next).remote().get();
    }

    @Test
    void actorsOnALostNodeRestartElsewhereOrDieAsTheirOptionsSay() throws Exception {
        NodeAffinity prefer = NodeAffinity.soft(doomedId);
        ActorHandle<Tally> restarted = ignis.actor(Tally::new, "r").name("tally-r").maxRestarts(1).maxTaskRetries(-1)
                .nodeAffinity(prefer).remote();
        ActorHandle<Tally> noRetries = ignis.actor(Tally::new, "n").maxRestarts(-1).nodeAffinity(prefer).remote();
        ActorHandle<Tally> mortal = ignis.actor(Tally::new, "m").name("tally-m").nodeAffinity(prefer).remote();
        ActorHandle<Tally> pinned = ignis.actor(Tally::new, "p").maxRestarts(3).nodeAffinity(NodeAffinity.hard(doomedId)).remote();
        ActorHandle<Tally> killed = ignis.actor(Tally::new, "k").maxRestarts(3).nodeAffinity(prefer).remote();
        assertEquals("r 1 on " + doomedId, restarted.task(Tally::next).remote().get());
        assertEquals("n 1 on " + doomedId, noRetries.task(Tally::next).remote().get());
        assertEquals("m 1 on " + doomedId, mortal.task(Tally::next).remote().get());
        assertEquals("p 1 on " + doomedId, pinned.task(Tally::next).remote().get());
        assertEquals("k 1 on " + doomedId, killed.task(Tally::next).remote().get());
        killed.kill();

        // In flight when the node dies, and queued behind: re-sent in order to the next incarnation.
        ObjectRef<Integer> inFlight = restarted.task(Tally::slow, 1_500).remote();
        List<ObjectRef<String>> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(restarted.task(Tally::next).remote());
        }
        ObjectRef<Integer> notRetried = noRetries.task(Tally::slow, 1_500).remote();
        Thread.sleep(300);
        doomed.close();

        assertEquals(1_500, inFlight.get(Duration.ofSeconds(30)));
        List<String> after = ignis.get(queued);
        String newHost = after.get(0).substring(after.get(0).lastIndexOf(' ') + 1);
        assertNotEquals(doomedId, newHost);
        assertEquals(List.of("r 1 on " + newHost, "r 2 on " + newHost, "r 3 on " + newHost), after,
                "the constructor ran again with its argument; calls kept their order");
        assertEquals("r 4 on " + newHost, restarted.task(Tally::next).remote().get());

        // A handle travelling to a task on another node, and the actor's name, reach the new incarnation.
        String other = ignis.nodes().stream().map(n -> n.id()).filter(id -> !id.equals(newHost)).findFirst().orElseThrow();
        assertEquals("r 5 on " + newHost, ignis.task(ActorRestartTest::callFromTask, restarted).nodeAffinity(NodeAffinity.hard(other))
                .remote().get(Duration.ofSeconds(30)));
        ActorHandle<Tally> byName = ignis.<Tally>getActor("tally-r").orElseThrow();
        assertEquals("r 6 on " + newHost, byName.task(Tally::next).remote().get());

        // Restarted, but the call in flight had no retries (maxTaskRetries 0): it fails, later calls work.
        assertActorDied(notRetried, "in flight");
        assertTrue(noRetries.task(Tally::next).remote().get(Duration.ofSeconds(30)).startsWith("n 1 on "));

        // Not restartable, pinned to the lost node, or killed: dead, saying why.
        assertActorDied(mortal.task(Tally::next).remote(), "left the cluster");
        assertTrue(ignis.getActor("tally-m").isEmpty());
        ActorHandle<Tally> successor = ignis.actor(Tally::new, "s").name("tally-m").remote();
        assertTrue(successor.task(Tally::next).remote().get().startsWith("s 1 on "), "a dead actor's name can be taken again");
        assertActorDied(pinned.task(Tally::next).remote(), "hard node affinity");
        assertActorDied(killed.task(Tally::next).remote(), "killed");
    }

    static void assertActorDied(ObjectRef<?> ref, String reason) {
        Throwable error = assertThrows(Throwable.class, () -> ref.get(Duration.ofSeconds(30)));
        Throwable died = error instanceof TaskFailedException && error.getCause() != null ? error.getCause() : error;
        assertTrue(died instanceof ActorDiedException, () -> "expected ActorDiedException, got " + error);
        assertTrue(died.getMessage().contains(reason), died.getMessage());
    }
}

package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.WaitResult;
import io.ignis.api.exception.TaskFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tasks, objects and actors on one embedded node. */
class EmbeddedNodeTest {
    static IgnisRuntime ignis;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().resources(Map.of("CPU", 2.0)).build());
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static int add(int a, int b) {
        return a + b;
    }

    @Test
    void taskReturnsItsResult() {
        assertEquals(5, ignis.task(EmbeddedNodeTest::add, 2, 3).remote().get());
    }

    @Test
    void refArgumentsAreResolvedBeforeTheTaskRuns() {
        ObjectRef<Integer> a = ignis.task(EmbeddedNodeTest::add, 1, 1).remote();
        ObjectRef<Integer> b = ignis.put(40);
        assertEquals(42, ignis.task(EmbeddedNodeTest::add, a, b).remote().get());
    }

    @Test
    void putHandsTheSameObjectToLocalConsumers() {
        List<String> value = new ArrayList<>(List.of("x"));
        ObjectRef<List<String>> ref = ignis.put(value);
        assertSame(value, ref.get());
    }

    @Test
    void failureReachesGetWithTheOriginalException() {
        ObjectRef<Integer> ref = ignis.task((Integer x) -> {
            if (x > 0) {
                throw new IllegalArgumentException("bad x " + x);
            }
            return x;
        }, 7).remote();
        TaskFailedException e = assertThrows(TaskFailedException.class, ref::get);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("bad x 7", e.getCause().getMessage());
    }

    @Test
    void manyAsyncTasks() {
        List<ObjectRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            refs.add(ignis.task(EmbeddedNodeTest::add, i, 1).remote());
        }
        List<Integer> values = ignis.get(refs);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i + 1, values.get(i));
        }
    }

    @Test
    void nestedTasksDoNotDeadlock() {
        ObjectRef<Integer> outer = ignis.task((Integer n) -> {
            List<ObjectRef<Integer>> inner = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                inner.add(Ignis.current().task(EmbeddedNodeTest::add, i, n).remote());
            }
            int sum = 0;
            for (ObjectRef<Integer> r : inner) {
                sum += r.get();
            }
            return sum;
        }, 1).remote();
        assertEquals(28 + 8, outer.get(Duration.ofSeconds(30)));
    }

    static final class Counter {
        private int value;

        Counter(int start) {
            value = start;
        }

        int add(int delta) {
            value += delta;
            return value;
        }

        void reset() {
            value = 0;
        }

        int value() {
            return value;
        }
    }

    @Test
    void actorCallsRunInOrder() {
        ActorHandle<Counter> counter = ignis.actor(Counter::new, 10).remote();
        List<ObjectRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            refs.add(counter.task(Counter::add, 1).remote());
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(11 + i, refs.get(i).get());
        }
        assertNull(counter.task(Counter::reset).remote().get());
        assertEquals(0, counter.task(Counter::value).remote().get());
    }

    @Test
    void waitSplitsReadyAndUnready() {
        ObjectRef<Integer> fast = ignis.put(1);
        ObjectRef<Integer> slow = ignis.task(() -> {
            Thread.sleep(5_000);
            return 2;
        }).remote();
        WaitResult<Integer> result = ignis.wait(List.of(fast, slow), 1, Duration.ofSeconds(2));
        assertEquals(List.of(fast), result.ready());
        assertEquals(List.of(slow), result.unready());
        ignis.cancel(slow);
    }

    @Test
    void twoRuntimesInOneJvmAreSeparateClusters() {
        try (IgnisRuntime other = Ignis.init(IgnisConfig.builder().resources(Map.of("CPU", 1.0)).build())) {
            assertEquals(1, other.nodes().size());
            assertEquals(1, ignis.nodes().size());
            assertTrue(!other.nodeId().equals(ignis.nodeId()));
            assertEquals(7, other.task(EmbeddedNodeTest::add, 3, 4).remote().get());
            assertEquals(other.nodeId(), other.task(() -> TaskContext.current().nodeId()).remote().get());
        }
        assertEquals(9, ignis.task(EmbeddedNodeTest::add, 4, 5).remote().get());
    }

    @Test
    void theStaticFacadeUsesTheTasksNodeInsideATaskAndTheLatestRuntimeOutside() {
        assertEquals(3, Ignis.task(EmbeddedNodeTest::add, 1, 2).remote().get());
        ObjectRef<String> ref = Ignis.put("static");
        assertEquals("static", Ignis.get(ref));
        String inside = ignis.task(() -> Ignis.task(() -> TaskContext.current().nodeId()).remote().get()).remote().get();
        assertEquals(ignis.nodeId(), inside);
    }

    @Test
    void taskContextNamesTheTask() {
        String name = ignis.task(() -> TaskContext.current().taskName()).name("named").remote().get();
        assertTrue(name.contains("named"), name);
    }

    /** Throws on attempts before {@code failures}; returns the attempt that succeeded. */
    static int flaky(int failures) {
        int attempt = TaskContext.current().attempt();
        if (attempt < failures) {
            throw new IllegalStateException("attempt " + attempt + " fails");
        }
        return attempt;
    }

    @Test
    void exceptionsAreRetriedOnlyWhenRetryExceptionsSaysSo() {
        assertEquals(2, ignis.task(EmbeddedNodeTest::flaky, 2).retryExceptions().remote().get());
        assertEquals(3, ignis.task(EmbeddedNodeTest::flaky, 3).retryExceptions(List.of(IllegalStateException.class)).remote().get());
        TaskFailedException notRetried = assertThrows(TaskFailedException.class,
                () -> ignis.task(EmbeddedNodeTest::flaky, 1).remote().get());
        assertTrue(notRetried.getCause().getMessage().contains("attempt 0 fails"), notRetried.getMessage());
        TaskFailedException otherType = assertThrows(TaskFailedException.class,
                () -> ignis.task(EmbeddedNodeTest::flaky, 1).retryExceptions(List.of(IllegalArgumentException.class)).remote().get());
        assertTrue(otherType.getCause().getMessage().contains("attempt 0 fails"), otherType.getMessage());
        TaskFailedException exhausted = assertThrows(TaskFailedException.class,
                () -> ignis.task(EmbeddedNodeTest::flaky, 5).retryExceptions().maxRetries(2).remote().get());
        assertTrue(exhausted.getCause().getMessage().contains("attempt 2 fails"), "the last attempt's error: " + exhausted.getMessage());
    }
}

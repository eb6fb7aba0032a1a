package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.ObjectRef;
import io.ignis.api.exception.TaskFailedException;
import io.ignis.api.function.IgnisFunc0;
import io.ignis.api.function.IgnisFunc1;
import io.ignis.api.function.IgnisFunc2;
import io.ignis.cli.NodeProcess;
import io.ignis.runtime.code.TestJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node process started with only the Ignis runtime on its classpath (the runtime's classes and
 * its dependencies, no test classes) runs the tasks and actors of drivers whose classes exist only
 * in a jar each driver loaded itself; two drivers with two versions of the jar get their own answers.
 */
class ProcessCodeShippingTest {
    @TempDir
    Path dir;

    @Test
    void aNodeWithOnlyTheRuntimeRunsTheDriversCode() throws Exception {
        // Compiled while the node process starts.
        CompletableFuture<List<TestJars.Compiled>> jars = CompletableFuture.supplyAsync(() -> {
            try {
                return List.of(ShippedCode.compile(dir, "v1"), ShippedCode.compile(dir, "v2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (NodeProcess node = NodeProcess.start(0, List.of(), "CPU=2", "512m", TestJars.runtimeClasspath())) {
            TestJars.Compiled v1 = jars.join().get(0);
            TestJars.Compiled v2 = jars.join().get(1);
            try (ShippedCode.Driver driver = ShippedCode.driver(node.address(), v1.jar())) {
                assertEquals("v1:42", driver.runtime().task(driver.<IgnisFunc1<Integer, String>>create("shipped.Greet"), 21)
                        .remote().get());
                assertEquals("v1:44", driver.runtime().task(driver.<IgnisFunc1<Integer, String>>call("shipped.Tasks", "nested"), 21)
                        .remote().get());
                ActorHandle<Object> counter = driver.runtime().actor(driver.<IgnisFunc0<Object>>call("shipped.Counter", "creator"))
                        .remote();
                IgnisFunc2<Object, Integer, Integer> add = driver.call("shipped.Counter", "adder");
                assertEquals(5, counter.task(add, 5).remote().get());
                assertEquals(12, counter.task(add, 7).remote().get());
                Object report = counter.task(driver.<IgnisFunc1<Object, Object>>call("shipped.Counter", "reporter")).remote().get();
                assertEquals("Result(v1 total 12)", report.toString());

                // This test's own classes are on the runtime's class loader here, so they are not shipped; the node lacks them.
                TaskFailedException e = assertThrows(TaskFailedException.class,
                        () -> driver.runtime().task(ProcessCodeShippingTest::answer).remote().get());
                assertTrue(e.getMessage().contains("class " + ProcessCodeShippingTest.class.getName() + " of job "
                        + driver.runtime().nodeId()), e.getMessage());
            }
            try (ShippedCode.Driver driver = ShippedCode.driver(node.address(), v2.jar())) {
                assertEquals("v2:42", driver.runtime().task(driver.<IgnisFunc1<Integer, String>>create("shipped.Greet"), 21)
                        .remote().get());
                // A put-object of a shipped class with a copy on the node: the put returns once the node has
                // read the copy (with the job's classes) and confirmed it; it failed after 30 s before.
                ObjectRef<Object> kept = driver.runtime().put(driver.create("shipped.Result", "kept"), 1);
                assertEquals("Result(kept)", kept.get().toString());
            }
        }
    }

    static int answer() {
        return 42;
    }

}

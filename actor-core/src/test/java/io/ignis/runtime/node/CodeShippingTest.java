package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorLifetime;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeInfo;
import io.ignis.api.exception.TaskFailedException;
import io.ignis.api.function.IgnisFunc0;
import io.ignis.api.function.IgnisFunc1;
import io.ignis.api.function.IgnisFunc2;
import io.ignis.api.function.IgnisFunc3;
import io.ignis.runtime.code.TestJars;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code shipping with a worker node in this JVM, whose classpath lacks the jar a driver brings:
 * tasks, actors and values of the jar's classes run on it, two versions of one class coexist in
 * two jobs, a jar is fetched once per node, and a job's class loader goes when its driver does
 * (or, for a detached actor, when the actor does).
 */
class CodeShippingTest {
    @TempDir
    static Path dir;
    static IgnisRuntime cluster;
    static Node worker;
    static String address;
    static TestJars.Compiled v1;
    static TestJars.Compiled v2;

    @BeforeAll
    static void start() throws Exception {
        cluster = Ignis.init(IgnisConfig.builder().resources(Map.of("CPU", 2.0)).build());
        worker = ((RuntimeImpl) cluster).ownedNodes().get(0);
        address = cluster.nodes().stream().filter(n -> !n.driver()).map(NodeInfo::address).findFirst().orElseThrow();
        v1 = ShippedCode.compile(dir, "v1");
        v2 = ShippedCode.compile(dir, "v2");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void tasksActorsAndValuesOfTheDriversJarRunOnTheWorker() throws Exception {
        try (ShippedCode.Driver driver = ShippedCode.driver(address, v1.jar())) {
            IgnisRuntime ignis = driver.runtime();
            IgnisFunc1<Integer, String> greet = driver.create("shipped.Greet");
            assertEquals("v1:42", ignis.task(greet, 21).remote().get());

            IgnisFunc1<Integer, Object> wrap = driver.call("shipped.Tasks", "wrap");
            Object result = ignis.task(wrap, 7).remote().get();
            assertEquals("Result(v1:7)", result.toString());
            assertSame(driver.loader(), result.getClass().getClassLoader(), "the driver reads results with its own classes");
            IgnisFunc1<Object, String> unwrap = driver.call("shipped.Tasks", "unwrap");
            Object sent = driver.create("shipped.Result", "sent");
            assertEquals("sent!", ignis.task(unwrap, sent).remote().get());

            IgnisFunc1<Integer, String> nested = driver.call("shipped.Tasks", "nested");
            assertEquals("v1:44", ignis.task(nested, 21).remote().get(), "a task of the job submits one of the same job");

            IgnisFunc0<Object> create = driver.call("shipped.Counter", "creator");
            IgnisFunc2<Object, Integer, Integer> add = driver.call("shipped.Counter", "adder");
            IgnisFunc1<Object, Object> report = driver.call("shipped.Counter", "reporter");
            ActorHandle<Object> counter = ignis.actor(create).remote();
            assertEquals(5, counter.task(add, 5).remote().get());
            assertEquals(12, counter.task(add, 7).remote().get());
            assertEquals("Result(v1 total 12)", counter.task(report).remote().get().toString());
        }
    }

    @Test
    void twoJobsWithDifferentVersionsOfOneClassEachGetTheirOwn() throws Exception {
        try (ShippedCode.Driver one = ShippedCode.driver(address, v1.jar());
             ShippedCode.Driver two = ShippedCode.driver(address, v2.jar())) {
            IgnisFunc1<Integer, String> greetOne = one.create("shipped.Greet");
            IgnisFunc1<Integer, String> greetTwo = two.create("shipped.Greet");
            ActorHandle<Object> counterOne = one.runtime().actor(one.<IgnisFunc0<Object>>call("shipped.Counter", "creator")).remote();
            ActorHandle<Object> counterTwo = two.runtime().actor(two.<IgnisFunc0<Object>>call("shipped.Counter", "creator")).remote();
            IgnisFunc1<Object, Object> reportOne = one.call("shipped.Counter", "reporter");
            IgnisFunc1<Object, Object> reportTwo = two.call("shipped.Counter", "reporter");
            for (int i = 0; i < 3; i++) {
                assertEquals("v1:" + 2 * i, one.runtime().task(greetOne, i).remote().get());
                assertEquals("v2:" + 2 * i, two.runtime().task(greetTwo, i).remote().get());
            }
            assertEquals("Result(v1 total 0)", counterOne.task(reportOne).remote().get().toString());
            assertEquals("Result(v2 total 0)", counterTwo.task(reportTwo).remote().get().toString());
            assertEquals(2L, worker.stats().get("jobLoaders"));
        }
    }

    @Test
    void aSecondJobShippingTheSameJarDoesNotFetchItAgain() throws Exception {
        Path jar = v1.variant(UUID.randomUUID().toString());
        long before = worker.stats().get("codePiecesFetched");
        try (ShippedCode.Driver first = ShippedCode.driver(address, jar)) {
            assertEquals("v1:2", first.runtime().task(first.<IgnisFunc1<Integer, String>>create("shipped.Greet"), 1).remote().get());
        }
        assertEquals(before + 1, worker.stats().get("codePiecesFetched"));
        try (ShippedCode.Driver second = ShippedCode.driver(address, jar)) {
            assertEquals("v1:4", second.runtime().task(second.<IgnisFunc1<Integer, String>>create("shipped.Greet"), 2).remote().get());
        }
        assertEquals(before + 1, worker.stats().get("codePiecesFetched"), "the cached jar serves the second job");
    }

    @Test
    void theJobsClassLoaderIsReleasedWhenItsDriverLeaves() throws Exception {
        // A fresh node, so that the job's task makes the node's first worker threads: a thread made
        // under a job's task must not keep the job's loader (as its context loader, or otherwise).
        try (IgnisRuntime fresh = Ignis.init(IgnisConfig.builder().join(List.of(address))
                .resources(Map.of("CPU", 4.0, "fresh", 1.0)).build())) {
            Node node = ((RuntimeImpl) fresh).ownedNodes().get(0);
            String key = "ignis.test.loader." + UUID.randomUUID();
            try (ShippedCode.Driver driver = ShippedCode.driver(address, v1.variant(key))) {
                String name = driver.runtime().task(driver.<IgnisFunc1<String, String>>call("shipped.Tasks", "leaveLoader"), key)
                        .resource("fresh", 0.1).remote().get();
                assertEquals("ignis-job-" + driver.runtime().nodeId(), name);
                assertEquals("v1:0,v1:2,v1:4", driver.runtime().task(driver.<IgnisFunc1<Integer, String>>call("shipped.Tasks", "fanOut"), 3)
                        .resource("fresh", 0.1).remote().get(), "the fresh node runs them, in threads it makes for them");
                ActorHandle<Object> counter = driver.runtime().actor(driver.<IgnisFunc0<Object>>call("shipped.Counter", "creator"))
                        .resource("fresh", 0.1).remote();
                assertEquals(3, counter.task(driver.<IgnisFunc2<Object, Integer, Integer>>call("shipped.Counter", "adder"), 3)
                        .remote().get());
            }
            @SuppressWarnings("unchecked")
            WeakReference<ClassLoader> loader = (WeakReference<ClassLoader>) System.getProperties().remove(key);
            assertNotNull(loader);
            assertTrue(eventually(() -> node.stats().get("jobLoaders") == 0), "the job ends on the node");
            assertTrue(eventually(() -> {
                System.gc();
                return loader.get() == null;
            }), "nothing keeps the job's class loader");
        }
    }

    @Test
    void aDetachedActorKeepsItsJobAndItsLaterWorkElsewhereFindsTheJobsCode() throws Exception {
        try (IgnisRuntime fresh = Ignis.init(IgnisConfig.builder().join(List.of(address))
                .resources(Map.of("CPU", 2.0, "fresh", 1.0)).build())) {
            Node relayNode = ((RuntimeImpl) fresh).ownedNodes().get(0);
            String workerId = worker.id().toString();
            Path jar = v1.variant(UUID.randomUUID().toString());
            String name = "relay-" + UUID.randomUUID();
            try (ShippedCode.Driver driver = ShippedCode.driver(address, jar)) {
                ActorHandle<Object> relay = driver.runtime().actor(driver.<IgnisFunc0<Object>>call("shipped.Relay", "creator"))
                        .name(name).lifetime(ActorLifetime.DETACHED).resource("fresh", 0.1).remote();
                IgnisFunc3<Object, String, Integer, String> greetOn = driver.call("shipped.Relay", "greeter");
                assertEquals("v1:2", relay.task(greetOn, workerId, 1).remote().get(), "the relay's node tells the worker the code");
            }
            assertTrue(eventually(() -> worker.stats().get("jobLoaders") == 0), "the job ends where none of its work runs");
            assertEquals(1L, relayNode.stats().get("jobLoaders"), "the detached actor keeps its job where it lives");
            try (ShippedCode.Driver later = ShippedCode.driver(address, jar)) {
                ActorHandle<Object> relay = later.runtime().getActor(name).orElseThrow();
                IgnisFunc3<Object, String, Integer, String> greetOn = later.call("shipped.Relay", "greeter");
                assertEquals("v1:4", relay.task(greetOn, workerId, 2).remote().get(),
                        "the actor outlived its driver, and the worker brings its job back from the cache");
                relay.kill();
            }
            assertTrue(eventually(() -> relayNode.stats().get("jobLoaders") == 0 && worker.stats().get("jobLoaders") == 0),
                    "every job ends once the actor died");
        }
    }

    @Test
    void aClassTheDriverCannotShipFailsTheTaskNamingTheClassAndTheJob() throws Exception {
        byte[] bytes = v1.classBytes("shipped.Orphan");
        ClassLoader noCodeSource = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("shipped.Orphan")) {
                    return defineClass(name, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        @SuppressWarnings("unchecked")
        IgnisFunc0<String> orphan = (IgnisFunc0<String>) noCodeSource.loadClass("shipped.Orphan").getConstructor().newInstance();
        try (ShippedCode.Driver driver = ShippedCode.driver(address, v1.jar())) {
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> driver.runtime().task(orphan).remote().get());
            assertTrue(e.getMessage().contains("class shipped.Orphan of job " + driver.runtime().nodeId()), e.getMessage());
        }
    }

    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}

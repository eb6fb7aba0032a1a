package org.apache.spark.api.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.TaskContext;
import io.ignis.api.exception.InfeasibleResourcesException;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.ParallelCollectionRdd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.resource.ExecutorResourceRequest;
import org.apache.spark.resource.ExecutorResourceRequests;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.ResourceProfileBuilder;
import org.apache.spark.resource.TaskResourceRequest;
import org.apache.spark.resource.TaskResourceRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stage-level resource profiles: the engine runs an RDD's tasks with its task resources on a node
 * with 4 CPUs and 2 GPUs, and the Spark API attaches, returns and prints profiles as Spark 4.2.0.
 */
class ResourceProfileTest {
    // Tasks run in this JVM; the counters are how they report back to the test.
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_RUNNING = new AtomicInteger();

    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().resources(Map.of("CPU", 4.0, "GPU", 2.0)).build()), true, 4);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static <T> List<T> collect(Rdd<T> rdd) {
        return io.ignis.rdd.ops.Actions.collect(rdd);
    }

    @Test
    void tasksOfAGpuProfileHoldAGpu() {
        Rdd<String> seen = new MapPartitionsRdd<Integer, String>(new ParallelCollectionRdd<>(context, List.of(1, 2, 3, 4), 4),
                (scope, index, items) -> {
                    TaskContext task = TaskContext.current();
                    return List.of(task.resources().get("GPU") + " " + task.gpuIds().size()).iterator();
                }, false);
        seen.setTaskResources(Map.of("CPU", 1.0, "GPU", 1.0));
        assertEquals(List.of("1.0 1", "1.0 1", "1.0 1", "1.0 1"), collect(seen));
    }

    @Test
    void theProfileCoversTheWholeStageItIsIn() {
        Rdd<Integer> gpuNumbers = new ParallelCollectionRdd<>(context, List.of(1, 2), 2);
        gpuNumbers.setTaskResources(Map.of("CPU", 1.0, "GPU", 1.0));
        Rdd<String> seen = new MapPartitionsRdd<Integer, String>(gpuNumbers,
                (scope, index, items) -> List.of(String.valueOf(TaskContext.current().gpuIds().size())).iterator(), false);
        assertEquals(List.of("1", "1"), collect(seen), "a map fused with the RDD that has the profile runs with it");
        Rdd<Integer> cpuNumbers = new ParallelCollectionRdd<>(context, List.of(1, 2), 2);
        cpuNumbers.setTaskResources(Map.of("CPU", 2.0));
        Rdd<Integer> both = new io.ignis.rdd.ops.UnionRdd<>(List.of(gpuNumbers, cpuNumbers));
        IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class, () -> collect(both));
        assertTrue(conflict.getMessage().startsWith("Multiple ResourceProfiles"), conflict.getMessage());
    }

    @Test
    void twoCpuTasksRunAtMostTwoAtOnceOnFourCpus() {
        RUNNING.set(0);
        MOST_RUNNING.set(0);
        Rdd<Integer> counted = new MapPartitionsRdd<Integer, Integer>(new ParallelCollectionRdd<>(context,
                IntStream.range(0, 16).boxed().toList(), 8), (scope, index, items) -> {
                    int now = RUNNING.incrementAndGet();
                    MOST_RUNNING.accumulateAndGet(now, Math::max);
                    Thread.sleep(50); // gives overlapping tasks a chance to be seen
                    RUNNING.decrementAndGet();
                    return items;
                }, false);
        counted.setTaskResources(Map.of("CPU", 2.0));
        assertEquals(16, collect(counted).size());
        assertTrue(MOST_RUNNING.get() >= 1 && MOST_RUNNING.get() <= 2, "at most 2 at once, saw " + MOST_RUNNING.get());
    }

    @Test
    void aTaskAskingMoreThanAnyNodeHasFailsAtSubmit() {
        Rdd<Integer> numbers = new ParallelCollectionRdd<>(context, List.of(1, 2), 2);
        numbers.setTaskResources(Map.of("CPU", 1.0, "GPU", 3.0));
        assertThrows(InfeasibleResourcesException.class, () -> collect(numbers));
    }

    @Test
    void withResourcesRoundTripsAndRunsThroughTheSparkApi() {
        ResourceProfile profile = new ResourceProfileBuilder()
                .require(new TaskResourceRequests().cpus(2))
                .require(new ExecutorResourceRequests().memory("2g").cores(4))
                .build();
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[4]").setAppName("ResourceProfileTest"))) {
            JavaRDD<Integer> numbers = sc.parallelize(List.of(1, 2, 3, 4, 5), 3);
            assertNull(numbers.getResourceProfile());
            assertSame(numbers, numbers.withResources(profile));
            assertSame(profile, numbers.getResourceProfile());
            assertEquals(List.of(2, 4, 6, 8, 10), numbers.map(x -> x * 2).collect());
            assertEquals(15, numbers.reduce(Integer::sum));
        }
    }

    @Test
    void requestsAndProfilesPrintAndCompareAsSpark() {
        TaskResourceRequests tasks = new TaskResourceRequests().cpus(2).resource("gpu", 0.5);
        assertEquals("Task resource requests: {cpus=name: cpus, amount: 2.0, gpu=name: gpu, amount: 0.5}", tasks.toString());
        ExecutorResourceRequests executors = new ExecutorResourceRequests().memory("1g").resource("gpu", 2, "/opt/find-gpus", "nvidia.com");
        assertEquals("Executor resource requests: {memory=name: memory, amount: 1024, script: , vendor: , "
                + "gpu=name: gpu, amount: 2, script: /opt/find-gpus, vendor: nvidia.com}", executors.toString());
        assertEquals(new TaskResourceRequest("gpu", 0.5), new TaskResourceRequest("gpu", 0.5));
        assertNotEquals(new TaskResourceRequest("gpu", 0.5), new TaskResourceRequest("gpu", 1.0));
        assertEquals(new ExecutorResourceRequest("gpu", 2, "", ""), new ExecutorResourceRequest("gpu", 2, "", ""));
        AssertionError badAmount = assertThrows(AssertionError.class, () -> new TaskResourceRequest("gpu", 1.5));
        assertEquals("assertion failed: The resource amount 1.5 must be either <= 1.0, or a whole number.", badAmount.getMessage());

        ResourceProfileBuilder builder = new ResourceProfileBuilder().require(tasks);
        ResourceProfile first = builder.build();
        ResourceProfile second = builder.build();
        assertNotEquals(first, second); // different ids, as in Spark
        assertTrue(first.resourcesEqual(second));
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(Map.of("cpus", new TaskResourceRequest("cpus", 2), "gpu", new TaskResourceRequest("gpu", 0.5)),
                first.taskResourcesJMap());
        assertEquals(2, first.getTaskCpus().get());
        assertEquals("Profile: id = " + first.id() + ", executor resources: , task resources: "
                + "cpus -> name: cpus, amount: 2.0,gpu -> name: gpu, amount: 0.5", first.toString());
        assertEquals("cpus", ResourceProfile.CPUS());
        assertEquals("cores", ResourceProfile.CORES());
        assertEquals("memory", ResourceProfile.MEMORY());
    }
}

package org.apache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.NodeInfo;
import io.ignis.api.function.IgnisFunc1;
import java.time.Duration;
import java.util.Map;
import org.apache.spark.api.java.Optional;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The API's values travel inside tasks (a partitioner with a shuffle, a storage level with a
 * persist, a configuration to the nodes, user functions everywhere): each must come out of
 * Ignis's serializer on another node equal to what went in, and still work there.
 */
class ApiValuesBetweenNodesTest {
    private static IgnisRuntime ignis;
    private static NodeAffinity otherNode;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(2).resources(Map.of("CPU", 2.0)).build());
        String other = ignis.nodes().stream().map(NodeInfo::id).filter(id -> !id.equals(ignis.nodeId()))
                .findFirst().orElseThrow();
        otherNode = NodeAffinity.hard(other);
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static <T> T echo(T value) {
        return value;
    }

    static String whereAmI() {
        return io.ignis.api.TaskContext.current().nodeId();
    }

    static int partitionOnTheNode(HashPartitioner partitioner, String key) {
        return partitioner.getPartition(key);
    }

    static Integer applyOnTheNode(Function2<Integer, Integer, Integer> function) throws Exception {
        return function.call(20, 22);
    }

    private static <T> T roundTrip(T value) {
        IgnisFunc1<T, T> echo = ApiValuesBetweenNodesTest::echo;
        return ignis.task(echo, value).nodeAffinity(otherNode).remote().get(Duration.ofSeconds(30));
    }

    @Test
    void tasksPinnedThereRunOnTheOtherNode() {
        String where = ignis.task(ApiValuesBetweenNodesTest::whereAmI).nodeAffinity(otherNode).remote()
                .get(Duration.ofSeconds(30));
        assertNotEquals(ignis.nodeId(), where);
    }

    @Test
    void valuesComeBackEqual() {
        assertEquals(StorageLevel.MEMORY_AND_DISK_SER_2(), roundTrip(StorageLevel.MEMORY_AND_DISK_SER_2()));
        assertEquals(StorageLevel.apply(true, false, false, false, 3), roundTrip(StorageLevel.DISK_ONLY_3()));
        assertEquals(Optional.of("x"), roundTrip(Optional.of("x")));
        assertEquals(Optional.empty(), roundTrip(Optional.empty()));
        assertEquals(new HashPartitioner(8), roundTrip(new HashPartitioner(8)));
        assertEquals(JobExecutionStatus.FAILED, roundTrip(JobExecutionStatus.FAILED));
        assertEquals("shipped", roundTrip(new TaskKilledException("shipped")).reason());
        assertEquals("boom", roundTrip(new SparkException("boom")).getMessage());
    }

    @Test
    void aConfigurationArrivesWithEverySetting() {
        SparkConf conf = new SparkConf(false).setAppName("travels").set("spark.executor.memory", "2g");
        SparkConf arrived = roundTrip(conf);
        assertEquals("travels", arrived.get("spark.app.name"));
        assertEquals(2L << 30, arrived.getSizeAsBytes("spark.executor.memory"));
        assertEquals(conf.toDebugString(), arrived.toDebugString());
    }

    @Test
    void partitionersAndFunctionsWorkThere() {
        HashPartitioner partitioner = new HashPartitioner(7);
        int there = ignis.task(ApiValuesBetweenNodesTest::partitionOnTheNode, partitioner, "some key")
                .nodeAffinity(otherNode).remote().get(Duration.ofSeconds(30));
        assertEquals(partitioner.getPartition("some key"), there);

        int offset = 0;
        Function2<Integer, Integer, Integer> sum = (left, right) -> left + right + offset;
        assertEquals(42, ignis.task(ApiValuesBetweenNodesTest::applyOnTheNode, sum).nodeAffinity(otherNode)
                .remote().get(Duration.ofSeconds(30)));
        Tuple2<String, Integer> pair = roundTrip(new Tuple2<>("k", 1));
        assertSame(String.class, pair._1().getClass());
    }
}

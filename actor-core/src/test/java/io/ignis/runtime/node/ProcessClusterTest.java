package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorLifetime;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.NodeInfo;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.exception.TaskFailedException;
import io.ignis.cli.NodeProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test JVM's node plus a node in a separate process, started as {@code bin/ignis start} starts
 * one: tasks, actor calls and a 100 MB object cross the process boundary both ways.
 */
class ProcessClusterTest {
    static NodeProcess remote;
    static IgnisRuntime ignis;

    @BeforeAll
    static void start() throws IOException {
        remote = NodeProcess.start(0, List.of(), "CPU=2,remote=1", "1g");
        ignis = Ignis.init(IgnisConfig.builder().join(List.of(remote.address())).resources(Map.of("CPU", 2.0)).build());
    }

    @AfterAll
    static void stop() {
        if (ignis != null) {
            ignis.close();
        }
        if (remote != null) {
            remote.close();
        }
    }

    static String where() {
        return TaskContext.current().nodeId();
    }

    static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static byte[] pattern(int size, int seed) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) (i * seed + (i >>> 13));
        }
        return out;
    }

    @Test
    void bothNodesAreListed() {
        List<NodeInfo> nodes = ignis.nodes();
        assertEquals(2, nodes.size());
        assertTrue(nodes.stream().anyMatch(n -> n.id().equals(remote.nodeId()) && n.totalResources().get("remote") == 1.0));
    }

    @Test
    void tasksRunInTheOtherProcess() {
        List<ObjectRef<String>> refs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            refs.add(ignis.task(ProcessClusterTest::where).resource("remote", 0.01).remote());
        }
        for (String node : ignis.get(refs)) {
            assertEquals(remote.nodeId(), node);
        }
        long pid = ignis.task(() -> ProcessHandle.current().pid()).nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote().get();
        assertEquals(remote.pid(), pid);
    }

    @Test
    void a100MegabyteObjectCrossesBothWays() {
        byte[] local = pattern(100 << 20, 7);
        ObjectRef<byte[]> put = ignis.put(local);
        ObjectRef<Long> remoteSum = ignis.task(ProcessClusterTest::checksum, put).nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote();
        assertEquals(checksum(local), remoteSum.get(Duration.ofMinutes(1)));
        ObjectRef<byte[]> made = ignis.task(ProcessClusterTest::pattern, 100 << 20, 13).nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote();
        byte[] fetched = made.get(Duration.ofMinutes(1));
        assertEquals(checksum(pattern(100 << 20, 13)), checksum(fetched));
    }

    public static final class Log {
        private final List<Integer> seen = new ArrayList<>();

        public int append(int value) {
            seen.add(value);
            return seen.size();
        }

        public List<Integer> seen() {
            return seen;
        }
    }

    @Test
    void actorCallsCrossTheProcessInOrder() {
        ActorHandle<Log> log = ignis.actor(Log::new).nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote();
        List<ObjectRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            refs.add(log.task(Log::append, i).remote());
        }
        List<Integer> sizes = ignis.get(refs);
        for (int i = 0; i < sizes.size(); i++) {
            assertEquals(i + 1, sizes.get(i));
        }
        List<Integer> seen = log.task(Log::seen).remote().get();
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void anExceptionInTheOtherProcessArrivesWhole() {
        ObjectRef<Integer> failed = ignis.task((String s) -> Integer.parseInt(s), "not a number")
                .nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote();
        TaskFailedException e = assertThrows(TaskFailedException.class, failed::get);
        assertInstanceOf(NumberFormatException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("not a number"));
        assertTrue(e.getCause().getStackTrace().length > 0);
    }

    @Test
    void aDriverJoinsDetachedActorsOutliveItAndOthersDieWithIt() throws Exception {
        try (IgnisRuntime driver = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(remote.address())).build())) {
            assertTrue(driver.nodes().stream().anyMatch(NodeInfo::driver));
            assertEquals(42, driver.task((Integer x) -> x * 2, 21).remote().get());
            ActorHandle<Log> kept = driver.actor(Log::new).name("kept").lifetime(ActorLifetime.DETACHED)
                    .nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote();
            driver.actor(Log::new).name("dropped").nodeAffinity(NodeAffinity.hard(remote.nodeId())).remote();
            assertEquals(1, kept.task(Log::append, 5).remote().get());
        }
        ActorHandle<Log> kept = ignis.<Log>getActor("kept").orElseThrow();
        assertEquals(2, kept.task(Log::append, 6).remote().get());
        for (int i = 0; i < 100 && ignis.getActor("dropped").isPresent(); i++) {
            Thread.sleep(100);
        }
        assertTrue(ignis.getActor("dropped").isEmpty(), "a non-detached actor dies with its driver");
        kept.kill();
    }
}

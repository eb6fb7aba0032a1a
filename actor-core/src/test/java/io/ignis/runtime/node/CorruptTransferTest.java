package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.IgnisConfig;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.runtime.RuntimeFactoryImpl;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that change between their holder making them and a fetcher receiving them fail the
 * checksum: they are never read as the object, and the owner has the task that made it run again.
 */
class CorruptTransferTest {
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    Path work;

    static List<Long> numbers(int count) {
        RUNS.incrementAndGet();
        List<Long> out = new ArrayList<>(count);
        for (long i = 0; i < count; i++) {
            out.add(i * i);
        }
        return out;
    }

    static long sum(List<Long> numbers) {
        long total = 0;
        for (long n : numbers) {
            total += n;
        }
        return total;
    }

    @Test
    void aCorruptCopyIsNeverReadAndItsTaskRunsAgain() {
        try (RuntimeImpl ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(2)
                .workDir(work).resources(Map.of("CPU", 2.0)).build())) {
            Node owner = ignis.ownedNodes().get(0);
            Node holder = ignis.ownedNodes().get(1);
            RUNS.set(0);
            ObjectRef<List<Long>> result = ignis.task(CorruptTransferTest::numbers, 100_000)
                    .nodeAffinity(NodeAffinity.hard(holder.id().toString())).remote();
            ignis.wait(List.of(result), 1, null);
            ObjectEntry held = holder.objects().entry(((ObjectRefImpl<?>) result).objectId);
            Encoded encoded = held.encoded();
            assertTrue(encoded != null && encoded.size() > 100_000, "held on the other node in wire form");
            encoded.bytes()[encoded.size() / 2] ^= 0x5A; // a bit flip after the checksum was taken

            long expected = 0;
            for (long i = 0; i < 100_000; i++) {
                expected += i * i;
            }
            assertEquals(expected, sum(ignis.get(result)), "the owner's read is right");
            assertEquals(2, RUNS.get(), "the task ran again");
            assertTrue(owner.stats().get("fetches") >= 1);
        }
    }
}

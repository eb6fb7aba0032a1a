package io.ignis.shuffle.spill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.WorkMemory;
import io.ignis.shuffle.Aggregator;
import io.ignis.shuffle.ShuffleDataCorruptException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * The external sorter and aggregator on a real node with a small store: with data several times
 * their cap they spill, and what they give back is exactly what the same work done in memory
 * gives (stable ties, insertion order without an order, one combiner per key); a corrupt run
 * frame fails the read; run files are gone once read or closed.
 */
class SpillTest {
    private static final long MB = 1 << 20;
    @TempDir
    static Path work;
    static IgnisRuntime ignis;
    static RecordCodec codec;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(1).workDir(work).objectStoreBytes(16 * MB)
                .resources(Map.of("CPU", 2.0)).build());
        codec = RecordCodec.of(ignis);
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    /** {@code count} pairs with keys in [0, keys) and the insertion index as value. */
    static List<Tuple2<Integer, Long>> pairs(int count, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Tuple2<Integer, Long>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Tuple2<>(random.nextInt(keys), (long) i));
        }
        return out;
    }

    static final Comparator<Tuple2<Integer, Long>> BY_KEY = Comparator.comparing(Tuple2::_1);

    static long runFiles(WorkMemory lease) throws IOException {
        try (Stream<Path> files = Files.list(lease.spillDirectory())) {
            return files.filter(f -> f.toString().endsWith(".run")).count();
        }
    }

    @Test
    void aSortLargerThanItsCapSpillsAndEqualsAStableInMemorySort() throws IOException {
        List<Tuple2<Integer, Long>> data = pairs(200_000, 1000, 1);
        try (WorkMemory lease = ignis.workMemory("sort test")) {
            ExternalSorter<Tuple2<Integer, Long>> sorter = new ExternalSorter<>(lease, MB, codec, 1, BY_KEY, "sort-test");
            sorter.insertAll(data.iterator());
            assertTrue(sorter.spills() >= 3, "spills: " + sorter.spills());
            assertTrue(lease.held() <= MB, "held " + lease.held());
            List<Tuple2<Integer, Long>> got = new ArrayList<>();
            sorter.sorted().forEachRemaining(got::add);
            List<Tuple2<Integer, Long>> expected = new ArrayList<>(data);
            expected.sort(BY_KEY); // stable: equal keys keep their insertion order, as in the spilled sort
            assertEquals(expected, got);
            assertEquals(0, runFiles(lease), "run files are deleted once read");
            assertEquals(0, lease.held(), "memory given back");
            assertTrue(sorter.spilledBytes() > 0);
        }
    }

    @Test
    void manyRunsAreMergedInStepsWhenTheCapAllowsFewReaders() throws IOException {
        List<Tuple2<Integer, Long>> data = pairs(100_000, 50_000, 2);
        try (WorkMemory lease = ignis.workMemory("fan-in test")) {
            // 300 KB: two runs merged at a time, so the ~20 runs go through several merge passes.
            ExternalSorter<Tuple2<Integer, Long>> sorter = new ExternalSorter<>(lease, 300 * 1024, codec, 1, BY_KEY, "fan-in");
            sorter.insertAll(data.iterator());
            assertTrue(sorter.spills() >= 8, "spills: " + sorter.spills());
            List<Tuple2<Integer, Long>> got = new ArrayList<>();
            sorter.sorted().forEachRemaining(got::add);
            List<Tuple2<Integer, Long>> expected = new ArrayList<>(data);
            expected.sort(BY_KEY);
            assertEquals(expected, got);
            assertEquals(0, runFiles(lease));
        }
    }

    @Test
    void partitionsWithoutAnOrderKeepInsertionOrderThroughSpills() {
        List<Tuple2<Integer, Long>> data = pairs(150_000, 10_000, 3);
        int partitions = 7;
        try (WorkMemory lease = ignis.workMemory("partition test");
             ExternalSorter<Tuple2<Integer, Long>> sorter = new ExternalSorter<>(lease, MB, codec, partitions, null, "parts")) {
            List<List<Tuple2<Integer, Long>>> expected = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                expected.add(new ArrayList<>());
            }
            for (Tuple2<Integer, Long> pair : data) {
                int p = pair._1() % partitions;
                sorter.insert(p, pair);
                expected.get(p).add(pair);
            }
            assertTrue(sorter.spills() > 0);
            assertEquals(null, sorter.takeInMemory(0), "a spilled sorter has no in-memory partitions");
            for (int p = 1; p < partitions; p += 2) { // every other partition: skipped ones are passed over
                List<Tuple2<Integer, Long>> got = new ArrayList<>();
                sorter.partition(p).forEachRemaining(got::add);
                assertEquals(expected.get(p), got, "partition " + p);
            }
            assertThrows(IllegalArgumentException.class, () -> sorter.partition(2), "partitions are read in order");
        }
    }

    @Test
    void withoutASpillPartitionsAreTheBufferedListsThemselves() {
        try (WorkMemory lease = ignis.workMemory("small");
             ExternalSorter<Tuple2<Integer, Long>> sorter = new ExternalSorter<>(lease, MB, codec, 2, BY_KEY, "small")) {
            List<Tuple2<Integer, Long>> data = pairs(1000, 100, 4);
            data.forEach(pair -> sorter.insert(pair._1() % 2, pair));
            assertEquals(0, sorter.spills());
            for (int p = 0; p < 2; p++) {
                int partition = p;
                List<Tuple2<Integer, Long>> expected = new ArrayList<>(data.stream().filter(x -> x._1() % 2 == partition).toList());
                expected.sort(BY_KEY);
                assertEquals(expected, sorter.takeInMemory(p));
            }
        }
    }

    @Test
    void anAggregatorLargerThanItsCapGivesEachKeyOnceWithEveryValueInOrder() throws Exception {
        List<Tuple2<Integer, Long>> data = pairs(150_000, 40_000, 5);
        Aggregator<Long, ArrayList<Long>> group = new Aggregator<>(v -> new ArrayList<>(List.of(v)), (list, v) -> {
            list.add(v);
            return list;
        }, (a, b) -> {
            a.addAll(b);
            return a;
        });
        Map<Integer, List<Long>> expected = new HashMap<>();
        for (Tuple2<Integer, Long> pair : data) {
            expected.computeIfAbsent(pair._1(), k -> new ArrayList<>()).add(pair._2());
        }
        try (WorkMemory lease = ignis.workMemory("aggregation test")) {
            ExternalAggregator<Integer, Long, ArrayList<Long>> aggregator = new ExternalAggregator<>(lease, MB, codec, 1, group, "agg");
            for (Tuple2<Integer, Long> pair : data) {
                aggregator.insertValue(0, pair._1(), pair._2());
            }
            assertTrue(aggregator.spills() >= 2, "spills: " + aggregator.spills());
            Map<Integer, List<Long>> got = new LinkedHashMap<>();
            for (Iterator<Tuple2<Integer, ArrayList<Long>>> it = aggregator.combined(); it.hasNext(); ) {
                Tuple2<Integer, ArrayList<Long>> entry = it.next();
                assertEquals(null, got.put(entry._1(), entry._2()), "key " + entry._1() + " twice");
            }
            assertEquals(expected, got, "every value, in insertion order, under its key");
            assertEquals(0, runFiles(lease));
            assertEquals(0, lease.held());
        }
    }

    /** Keys whose hash codes collide in pairs, so the merge by hash must still tell them apart. */
    record Colliding(int id) implements java.io.Serializable {
        @Override
        public int hashCode() {
            return id / 2;
        }
    }

    @Test
    void keysOfEqualHashAreCombinedSeparately() throws Exception {
        Aggregator<Long, Long> sum = new Aggregator<>(v -> v, Long::sum, Long::sum);
        Map<Colliding, Long> expected = new HashMap<>();
        try (WorkMemory lease = ignis.workMemory("collision test");
             ExternalAggregator<Colliding, Long, Long> aggregator = new ExternalAggregator<>(lease, 512 * 1024, codec, 3, sum, "hash")) {
            SplittableRandom random = new SplittableRandom(6);
            for (int i = 0; i < 120_000; i++) {
                Colliding key = new Colliding(random.nextInt(20_000));
                int partition = key.id() % 3;
                aggregator.insertValue(partition, key, (long) i);
                expected.merge(key, (long) i, Long::sum);
            }
            assertTrue(aggregator.spills() > 0);
            Map<Colliding, Long> got = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                for (Iterator<Tuple2<Colliding, Long>> it = aggregator.partition(p); it.hasNext(); ) {
                    Tuple2<Colliding, Long> entry = it.next();
                    assertEquals(p, entry._1().id() % 3);
                    assertEquals(null, got.put(entry._1(), entry._2()));
                }
            }
            assertEquals(expected, got);
        }
    }

    @Test
    void aCorruptRunFrameFailsTheReadAndCloseDeletesTheFiles() throws IOException {
        try (WorkMemory lease = ignis.workMemory("corrupt test")) {
            ExternalSorter<Tuple2<Integer, Long>> sorter = new ExternalSorter<>(lease, MB, codec, 1, BY_KEY, "corrupt");
            sorter.insertAll(pairs(100_000, 1000, 7).iterator());
            assertTrue(sorter.spills() > 0);
            Path run;
            try (Stream<Path> files = Files.list(lease.spillDirectory())) {
                run = files.filter(f -> f.getFileName().toString().startsWith("corrupt-")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(run);
            bytes[bytes.length / 2] ^= 0x10;
            Files.write(run, bytes);
            ShuffleDataCorruptException error = assertThrows(ShuffleDataCorruptException.class, () -> {
                CloseableIterator<Tuple2<Integer, Long>> sorted = sorter.sorted();
                while (sorted.hasNext()) {
                    sorted.next();
                }
            });
            assertTrue(error.getMessage().contains(run.getFileName().toString()), error.getMessage());
            sorter.close();
            assertEquals(0, runFiles(lease), "closing deletes the runs, read or not");
        }
    }

    @Test
    void framesRejectAnyFlippedByteAndTruncation() throws IOException {
        byte[] raw = new byte[5000];
        new SplittableRandom(8).nextBytes(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Frames.write(out, 3, 77, raw, raw.length);
        byte[] frame = out.toByteArray();
        Frames.Frame back = Frames.read(new ByteArrayInputStream(frame), "test");
        assertEquals(3, back.partition());
        assertEquals(77, back.records());
        assertEquals(java.util.Arrays.toString(raw), java.util.Arrays.toString(back.raw()));
        for (int at = 0; at < frame.length; at += 97) {
            byte[] bad = frame.clone();
            bad[at] ^= 0x01;
            assertThrows(ShuffleDataCorruptException.class, () -> Frames.read(new ByteArrayInputStream(bad), "test"),
                    "byte " + at + " flipped");
        }
        byte[] shorter = java.util.Arrays.copyOf(frame, frame.length - 1);
        assertThrows(ShuffleDataCorruptException.class, () -> Frames.read(new ByteArrayInputStream(shorter), "test"));
        assertEquals(null, Frames.read(new ByteArrayInputStream(new byte[0]), "test"), "an empty stream has no frame");
    }
}

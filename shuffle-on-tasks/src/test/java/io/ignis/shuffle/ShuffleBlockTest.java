package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.shuffle.spill.RecordCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * A block's wire form: both kinds of block read back as the same records (a list block as a list,
 * an encoded one still encoded), a flipped byte fails reading with ShuffleDataCorruptException,
 * and the object store spills and restores blocks through the same form.
 */
class ShuffleBlockTest {
    @TempDir
    static Path work;
    static IgnisRuntime ignis;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(1).workDir(work).objectStoreBytes(8L << 20)
                .resources(Map.of("CPU", 2.0)).build());
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    static List<Tuple2<String, Long>> records(int count) {
        SplittableRandom random = new SplittableRandom(count);
        List<Tuple2<String, Long>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Tuple2<>("key-" + random.nextInt(1000), random.nextLong()));
        }
        return out;
    }

    static <T> List<T> list(ShuffleBlock<T> block) {
        List<T> out = new ArrayList<>();
        block.iterator(RecordCodec.of(ignis)).forEachRemaining(out::add);
        return out;
    }

    @Test
    void bothFormsRoundTripThroughTheWireForm() {
        List<Tuple2<String, Long>> data = records(30_000);
        @SuppressWarnings("unchecked")
        ShuffleBlock<Tuple2<String, Long>> plain = (ShuffleBlock<Tuple2<String, Long>>) ignis.deserialize(
                ignis.serialize(ShuffleBlock.of(data), "block"));
        assertFalse(plain.isEncoded());
        assertEquals(data, list(plain));

        ShuffleBlock<Tuple2<String, Long>> encoded = ShuffleBlock.encode(data.iterator(), RecordCodec.of(ignis), 1000);
        assertTrue(encoded.isEncoded());
        assertEquals(data.size(), encoded.size());
        assertTrue(encoded.encodedBytes() < 30_000L * 40, "compact: " + encoded.encodedBytes() + " bytes");
        @SuppressWarnings("unchecked")
        ShuffleBlock<Tuple2<String, Long>> back = (ShuffleBlock<Tuple2<String, Long>>) ignis.deserialize(
                ignis.serialize(encoded, "block"));
        assertTrue(back.isEncoded());
        assertEquals(data, list(back));
        assertEquals(List.of(), list((ShuffleBlock<Object>) ignis.deserialize(ignis.serialize(ShuffleBlock.of(List.of()), "empty"))));
    }

    static boolean causedByCorruption(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ShuffleDataCorruptException) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFlippedByteInEitherFormFailsDecoding() {
        List<Tuple2<String, Long>> data = records(30_000);
        for (ShuffleBlock<Tuple2<String, Long>> block : List.of(ShuffleBlock.of(data),
                ShuffleBlock.encode(data.iterator(), RecordCodec.of(ignis), 1000))) {
            byte[] wire = ignis.serialize(block, "block");
            for (int from : new int[] {wire.length / 3, wire.length / 2, wire.length - 20}) {
                byte[] bad = wire.clone();
                bad[from] ^= 0x04;
                Throwable error = assertThrows(RuntimeException.class, () -> ignis.deserialize(bad));
                assertTrue(causedByCorruption(error), "byte " + from + " of " + block + ": " + error);
            }
        }
    }

    @Test
    void theStoreSpillsAndRestoresABlockThroughItsWireForm() {
        // About 24 MB of records against an 8 MB store: the block goes to disk at once and comes back whole.
        List<Tuple2<String, Long>> data = records(300_000);
        ObjectRef<ShuffleBlock<Tuple2<String, Long>>> ref = ignis.put(ShuffleBlock.of(data));
        ShuffleBlock<Tuple2<String, Long>> back = ref.get();
        assertEquals(data, list(back));
    }
}

package io.ignis.rdd.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** XORShiftRandom draws Spark's numbers for Spark's seeds (expected values from Spark 4.2.0, see SparkExpected). */
class XORShiftRandomTest {
    static Stream<SparkExpected.Line> draws() {
        return SparkExpected.lines("XOR").stream();
    }

    static Stream<SparkExpected.Line> reseeds() {
        return SparkExpected.lines("XORRESEED").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draws")
    void drawsSparksSequence(SparkExpected.Line line) {
        XORShiftRandom random = new XORShiftRandom(Long.parseLong(line.argument(0)));
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            drawn.append(random.nextInt()).append(',');
        }
        drawn.append(random.nextLong()).append(',').append(random.nextDouble()).append(',')
                .append(random.nextInt(10)).append(',').append(random.nextInt(1000003)).append(',')
                .append(random.nextBoolean()).append(',').append(random.nextFloat());
        assertEquals(line.result(), drawn.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reseeds")
    void setSeedRestartsAsSparksDoes(SparkExpected.Line line) {
        long seed = Long.parseLong(line.argument(0));
        XORShiftRandom random = new XORShiftRandom(seed);
        random.nextLong();
        random.setSeed(seed + 1);
        assertEquals(line.result(), random.nextInt() + "," + random.nextDouble());
    }

    @Test
    void seedIsHashedNotUsedDirectly() {
        // A zero state would make xorshift return zeros forever; the hash avoids it.
        assertNotEquals(0L, XORShiftRandom.hashSeed(0L));
        assertEquals(new XORShiftRandom(7L).nextLong(), new XORShiftRandom(7L).nextLong());
    }
}

package io.ignis.rdd.random;

import java.nio.ByteBuffer;
import java.util.Random;
import scala.util.hashing.MurmurHash3$;

/**
 * Spark's random number generator for sampling: Marsaglia's xorshift (shifts 21, 35, 4) over one
 * 64-bit state, behind {@link java.util.Random}'s interface, so {@code nextDouble}, {@code nextInt}
 * and the rest draw exactly the numbers Spark's {@code org.apache.spark.util.random.XORShiftRandom}
 * draws for the same seed. The seed is not used as the state directly: it is hashed with Scala's
 * MurmurHash3 over its eight big-endian bytes (twice, for the low and the high 32 bits), as Spark
 * does, so that small seeds still start from a state with bits spread throughout.
 *
 * <p>Not thread-safe, like Spark's: each partition's sampler owns one.
 */
public final class XORShiftRandom extends Random {
    private static final long serialVersionUID = 1L;

    /** Scala's {@code MurmurHash3.arraySeed}, the seed {@code MurmurHash3.bytesHash(bytes)} uses. */
    private static final int ARRAY_SEED = 0x3c074a61;

    // Not final: Random's constructor calls setSeed before this class's fields are assigned.
    private long state;

    /** A generator whose sequence is fixed by {@code seed}. */
    public XORShiftRandom(long seed) {
        super(seed);
        this.state = hashSeed(seed);
    }

    /** A generator seeded from {@link System#nanoTime()}, as Spark's default constructor is. */
    public XORShiftRandom() {
        this(System.nanoTime());
    }

    /**
     * The generator's initial state for {@code seed}: MurmurHash3 of the seed's bytes is the low
     * half, MurmurHash3 of the same bytes seeded with the low half is the high half.
     */
    public static long hashSeed(long seed) {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        int lowBits = MurmurHash3$.MODULE$.bytesHash(bytes, ARRAY_SEED);
        int highBits = MurmurHash3$.MODULE$.bytesHash(bytes, lowBits);
        return ((long) highBits << 32) | (lowBits & 0xFFFFFFFFL);
    }

    @Override
    protected int next(int bits) {
        long nextState = state ^ (state << 21);
        nextState ^= nextState >>> 35;
        nextState ^= nextState << 4;
        state = nextState;
        return (int) (nextState & ((1L << bits) - 1));
    }

    /**
     * Restarts the sequence from {@code seed}. Like Spark's, this leaves {@link Random}'s cached
     * second Gaussian alone.
     */
    @Override
    public void setSeed(long seed) {
        state = hashSeed(seed);
    }
}

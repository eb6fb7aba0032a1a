package io.ignis.benchmarks.core;

/**
 * What the benchmarks run remotely: trivial on purpose, so a figure measures the runtime's cost per
 * call and not the work. Functions are static methods passed as method references (serializable,
 * capturing nothing); actor classes are public static classes, constructed on the node that hosts them.
 */
public final class Work {
    /** 256 MiB: the size of the object the cross-process get figure fetches. */
    public static final int BLOB_BYTES = 256 << 20;

    private Work() {}

    /** The trivial task. */
    public static int inc(int value) {
        return value + 1;
    }

    /** The trivial actor: a counter whose calls run one after another on its node. */
    public static final class Counter {
        private long count;

        public long inc(int by) {
            count += by;
            return count;
        }
    }

    /** An actor that holds one large array on its node and hands it out: the source of the get figure. */
    public static final class Blob {
        private final byte[] bytes;

        public Blob(int size) {
            bytes = new byte[size];
            // Non-zero content, so nothing along the way can get away with treating the array as empty.
            for (int i = 0; i < size; i += 4096) {
                bytes[i] = (byte) (i >>> 12);
            }
        }

        public byte[] bytes() {
            return bytes;
        }
    }
}

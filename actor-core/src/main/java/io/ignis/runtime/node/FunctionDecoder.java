package io.ignis.runtime.node;

import io.ignis.api.function.IgnisFunction;
import io.ignis.runtime.serial.Serializer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes the functions of tasks and actor calls that came from other nodes. A function that
 * captures nothing (a method reference or a lambda without captured values) decodes to an
 * instance with no state, so one instance serves every call that sends the same bytes: the
 * second call of {@code Work::inc} skips Kryo and the lambda's {@code $deserializeLambda$}
 * reflection, which were most of a small call's cost on the receiving node. Functions with
 * captured state are decoded per call, as each call may mutate what it captured.
 */
final class FunctionDecoder {
    /** Stateless functions are few (one per call site); the bound only guards against a pathological program. */
    private static final int MAX_CACHED = 4096;

    private final Serializer serializer;
    private final Map<Key, IgnisFunction> stateless = new ConcurrentHashMap<>();

    FunctionDecoder(Serializer serializer) {
        this.serializer = serializer;
    }

    IgnisFunction decode(byte[] bytes) {
        Key key = new Key(bytes);
        IgnisFunction cached = stateless.get(key);
        if (cached != null) {
            return cached;
        }
        IgnisFunction function = (IgnisFunction) serializer.fromBytes(bytes);
        if (isStateless(function.getClass())) {
            if (stateless.size() >= MAX_CACHED) {
                stateless.clear();
            }
            stateless.put(key, function);
        }
        return function;
    }

    /** The sender caches the encoding of exactly these (see {@code TaskManager.encodeFunction}). */
    static boolean isStateless(Class<?> type) {
        return type.isSynthetic() && type.getDeclaredFields().length == 0;
    }

    /** Bytes compared by content; the hash is computed once. */
    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && Arrays.equals(key.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

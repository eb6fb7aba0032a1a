package io.ignis.runtime.serial;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import com.esotericsoftware.kryo.kryo5.serializers.JavaSerializer;

/**
 * Java serialization inside Kryo (for classes with their own {@code writeObject} or
 * {@code readResolve}, and for exceptions) that lets the objects it writes and reads see which
 * runtime does it: refs and actor handles nested in such objects are written as ids and must be
 * bound to the reading node, which Java serialization has no way to pass. The Kryo instance at
 * work is visible to them through {@link Serializer#javaContext(String)} for the call's duration.
 */
final class ContextJavaSerializer extends JavaSerializer {
    static final ThreadLocal<Kryo> ACTIVE = new ThreadLocal<>();

    @Override
    public void write(Kryo kryo, Output output, Object object) {
        Kryo previous = ACTIVE.get();
        ACTIVE.set(kryo);
        try {
            super.write(kryo, output, object);
        } finally {
            ACTIVE.set(previous);
        }
    }

    @Override
    @SuppressWarnings("rawtypes") // JavaSerializer's signature
    public Object read(Kryo kryo, Input input, Class type) {
        Kryo previous = ACTIVE.get();
        ACTIVE.set(kryo);
        try {
            return super.read(kryo, input, type);
        } finally {
            ACTIVE.set(previous);
        }
    }
}

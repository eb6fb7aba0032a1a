package io.ignis.runtime.serial;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.SerializerFactory;
import com.esotericsoftware.kryo.kryo5.serializers.FieldSerializer;
import com.esotericsoftware.kryo.kryo5.serializers.RecordSerializer;
import java.io.Serializable;

/**
 * Kryo's fallback for classes it has no built-in serializer for. It keeps the contract Spark and
 * Ray users know: a class must be {@link Serializable} to be shipped (else the error names it);
 * classes with their own {@code writeObject}/{@code writeReplace} get Java serialization so their
 * invariants hold; the rest get Kryo's fast field serializer.
 */
final class SerializableOnlyFactory implements SerializerFactory<Serializer<?>> {
    @Override
    public Serializer<?> newSerializer(Kryo kryo, Class type) {
        if (!Serializable.class.isAssignableFrom(type)) {
            // Refuse instances, not the class: Kryo also registers classes it only names (a lambda's capturing class).
            return new Refusing(type.getName());
        }
        if (type.isRecord()) {
            return new RecordSerializer<>(type);
        }
        if (hasCustomSerialization(type)) {
            return new ContextJavaSerializer();
        }
        return new FieldSerializer<>(kryo, type);
    }

    @Override
    public boolean isSupported(Class type) {
        return true;
    }

    /** Fails when an instance of a non-serializable class is written or read, naming the class. */
    private static final class Refusing extends Serializer<Object> {
        private final String className;

        Refusing(String className) {
            this.className = className;
        }

        @Override
        public void write(Kryo kryo, com.esotericsoftware.kryo.kryo5.io.Output output, Object object) {
            throw new NotSerializableClassException(className);
        }

        @Override
        public Object read(Kryo kryo, com.esotericsoftware.kryo.kryo5.io.Input input, Class<?> type) {
            throw new NotSerializableClassException(className);
        }
    }

    private static boolean hasCustomSerialization(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (String name : new String[] {"writeObject", "writeReplace", "readResolve", "readObject"}) {
                for (var method : c.getDeclaredMethods()) {
                    if (method.getName().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

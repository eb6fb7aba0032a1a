package io.ignis.runtime.serial;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Registration;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import com.esotericsoftware.kryo.kryo5.objenesis.strategy.StdInstantiatorStrategy;
import com.esotericsoftware.kryo.kryo5.serializers.ClosureSerializer;
import com.esotericsoftware.kryo.kryo5.util.DefaultClassResolver;
import com.esotericsoftware.kryo.kryo5.util.DefaultInstantiatorStrategy;
import com.esotericsoftware.kryo.kryo5.util.Pool;
import io.ignis.api.exception.RemoteException;
import io.ignis.api.exception.SerializationException;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * One node's serializer: Kryo 5 for objects and closures (lambdas and method references), raw
 * {@code byte[]} and {@code ByteBuffer} passed through, exceptions by Java serialization so their
 * stack traces survive. Kryo instances are pooled; the node's customizer registers the serializers
 * that bind {@code ObjectRef}s and actor handles to this node when they are read.
 */
public final class Serializer {
    /** Set in a Kryo graph context while only checking serializability, so refs are not marked as sent. */
    public static final String CHECK_ONLY = "ignis.checkOnly";

    /**
     * What Java serialization code running inside this serializer may ask for (see
     * {@link #javaContext}): for a key of the Kryo instance's context, the value the node's
     * customizer put there; for {@link #CHECK_ONLY}, whether the write is only a check.
     */
    public static Object javaContext(String key) {
        Kryo kryo = ContextJavaSerializer.ACTIVE.get();
        if (kryo == null) {
            return null;
        }
        return CHECK_ONLY.equals(key) ? kryo.getGraphContext().get(key) : kryo.getContext().get(key);
    }

    private static final ClassValue<Boolean> TRIVIAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (type == String.class || type == Integer.class || type == Long.class || type == Double.class
                    || type == Float.class || type == Short.class || type == Byte.class || type == Character.class
                    || type == Boolean.class || type == byte[].class || type == int[].class || type == long[].class
                    || type == double[].class) {
                return true;
            }
            // A non-capturing lambda or method reference: a synthetic class with no instance fields.
            if (type.isSynthetic() && type.getName().contains("$$Lambda")) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
    };

    private final Pool<PooledKryo> kryos;
    private final Pool<Output> checkOutputs;
    /** Instances of an older generation are dropped when they come back to the pool (see {@link #forgetClasses}). */
    private volatile int generation;

    public Serializer(ClassLoader classLoader, Consumer<Kryo> customizer) {
        this(classLoader, customizer, null);
    }

    /**
     * {@code classWritten}, if not null, is told each class this serializer writes (the class of
     * every object, and classes written as values), so the node can find the code its program
     * ships (see {@code ApplicationCode}); it must be cheap.
     */
    public Serializer(ClassLoader classLoader, Consumer<Kryo> customizer, Consumer<Class<?>> classWritten) {
        this.kryos = new Pool<>(true, false, 64) {
            @Override
            protected PooledKryo create() {
                PooledKryo kryo = new PooledKryo(classWritten == null ? new DefaultClassResolver()
                        : new NotingClassResolver(classWritten), generation);
                kryo.setRegistrationRequired(false);
                kryo.setReferences(true);
                kryo.setClassLoader(classLoader);
                kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
                kryo.register(SerializedLambda.class);
                kryo.register(ClosureSerializer.Closure.class, new ClosureSerializer());
                kryo.addDefaultSerializer(Throwable.class, new ContextJavaSerializer());
                kryo.setDefaultSerializer(new SerializableOnlyFactory());
                customizer.accept(kryo);
                return kryo;
            }
        };
        this.checkOutputs = new Pool<>(true, false, 16) {
            @Override
            protected Output create() {
                return new Output(4096, -1);
            }
        };
    }

    /**
     * Makes this serializer forget every class it has met: Kryo keeps each class it writes or reads
     * registered for good, which would keep a finished job's classes (and its class loader) alive
     * in a serializer that outlives the job. The pooled instances are dropped; new ones are made
     * as needed.
     */
    public synchronized void forgetClasses() {
        generation++;
        kryos.clear();
    }

    private void release(PooledKryo kryo) {
        if (kryo.generation == generation) {
            kryos.free(kryo);
        }
    }

    /** The wire form of {@code value}. */
    public Encoded encode(Object value) {
        if (value instanceof byte[] bytes) {
            return new Encoded(Encoded.RAW, bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] copy = new byte[buffer.remaining()];
            buffer.duplicate().get(copy);
            return new Encoded(Encoded.BUFFER, copy);
        }
        return new Encoded(Encoded.KRYO, toBytes(value));
    }

    /** The value of a wire form. */
    public Object decode(Encoded encoded) {
        return decode(encoded.format(), encoded.bytes());
    }

    public Object decode(byte format, byte[] bytes) {
        return switch (format) {
            case Encoded.RAW -> bytes;
            case Encoded.BUFFER -> ByteBuffer.wrap(bytes);
            case Encoded.KRYO -> fromBytes(bytes);
            default -> throw new IllegalArgumentException("unknown encoding " + format);
        };
    }

    /** Kryo bytes of any object graph (messages, functions, values). */
    public byte[] toBytes(Object value) {
        PooledKryo kryo = kryos.obtain();
        try {
            Output output = new Output(256, -1);
            kryo.writeClassAndObject(output, value);
            return output.toBytes();
        } finally {
            release(kryo);
        }
    }

    /**
     * Kryo bytes of a message: without reference tracking, which messages do not need (user values
     * inside them are encoded on their own) and which costs a table clear per write.
     */
    public byte[] messageBytes(Object message) {
        PooledKryo kryo = kryos.obtain();
        try {
            kryo.setReferences(false);
            Output output = new Output(256, -1);
            kryo.writeClassAndObject(output, message);
            return output.toBytes();
        } finally {
            kryo.setReferences(true);
            release(kryo);
        }
    }

    /** Reads what {@link #messageBytes} wrote. */
    public Object fromMessageBytes(byte[] bytes) {
        PooledKryo kryo = kryos.obtain();
        try {
            kryo.setReferences(false);
            return kryo.readClassAndObject(new Input(bytes));
        } finally {
            kryo.setReferences(true);
            release(kryo);
        }
    }

    public Object fromBytes(byte[] bytes) {
        PooledKryo kryo = kryos.obtain();
        try {
            return kryo.readClassAndObject(new Input(bytes));
        } finally {
            release(kryo);
        }
    }

    /**
     * Fails with a {@link SerializationException} naming the culprit class if {@code value} could not
     * be shipped to another node. Values of plain types and non-capturing lambdas pass without work.
     */
    public void check(Object value, java.util.function.Supplier<String> what) {
        if (value == null || TRIVIAL.get(value.getClass()) || value instanceof ByteBuffer) {
            return;
        }
        PooledKryo kryo = kryos.obtain();
        Output output = checkOutputs.obtain();
        try {
            kryo.getGraphContext().put(CHECK_ONLY, Boolean.TRUE);
            output.reset();
            kryo.writeClassAndObject(output, value);
        } catch (KryoException | IllegalArgumentException e) {
            throw serializationError(what.get(), e);
        } finally {
            kryo.reset();
            checkOutputs.free(output);
            release(kryo);
        }
    }

    private static SerializationException serializationError(String what, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NotSerializableClassException culprit) {
                return new SerializationException(what + " cannot be serialized: " + culprit.getMessage(),
                        culprit.className(), error);
            }
        }
        return new SerializationException(what + " cannot be serialized: " + error.getMessage(), null, error);
    }

    /** The wire form of an exception; one that cannot be serialized travels as a {@link RemoteException} with its trace. */
    public byte[] encodeError(Throwable error) {
        try {
            return toBytes(error);
        } catch (RuntimeException e) {
            RemoteException standIn = new RemoteException(error.getClass().getName(), error.getMessage());
            standIn.setStackTrace(error.getStackTrace());
            return toBytes(standIn);
        }
    }

    /** The exception of a wire form; if its class cannot be read here, a {@link RemoteException} says what it was. */
    public Throwable decodeError(byte[] bytes) {
        try {
            return (Throwable) fromBytes(bytes);
        } catch (RuntimeException e) {
            return new RemoteException("an exception that cannot be read on this node", e.getMessage());
        }
    }

    /** A pooled Kryo instance, with the {@link #generation} it was made in. */
    private static final class PooledKryo extends Kryo {
        final int generation;

        PooledKryo(DefaultClassResolver classResolver, int generation) {
            super(classResolver, null);
            this.generation = generation;
        }
    }

    /** Tells an observer each class written. */
    private static final class NotingClassResolver extends DefaultClassResolver {
        private final Consumer<Class<?>> classWritten;

        NotingClassResolver(Consumer<Class<?>> classWritten) {
            this.classWritten = classWritten;
        }

        @Override
        @SuppressWarnings("rawtypes") // ClassResolver's signature
        public Registration writeClass(Output output, Class type) {
            if (type != null) {
                classWritten.accept(type);
            }
            return super.writeClass(output, type);
        }
    }
}

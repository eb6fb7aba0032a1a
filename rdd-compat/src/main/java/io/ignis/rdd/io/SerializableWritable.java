package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.util.ReflectionUtils;

/**
 * A Hadoop {@link Writable} (an input split, mostly) that can travel inside a task: written as its
 * class and its own {@code write} bytes, and read back into a fresh instance of that class. The
 * class is written as a class object so that the reader resolves it with the task's class loader.
 */
public final class SerializableWritable<T extends Writable> implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient T value;

    public SerializableWritable(T value) {
        this.value = requireNonNull(value, "value is null");
    }

    public T value() {
        return value;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(value.getClass());
        value.write(out);
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        Class<?> type = (Class<?>) in.readObject();
        // ReflectionUtils reaches the non-public no-argument constructors Writables often have (mapred's FileSplit).
        T read = (T) ReflectionUtils.newInstance(type, null);
        read.readFields(in);
        value = read;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

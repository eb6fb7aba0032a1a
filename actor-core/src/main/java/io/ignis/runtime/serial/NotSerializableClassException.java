package io.ignis.runtime.serial;

import com.esotericsoftware.kryo.kryo5.KryoException;

/** Raised inside Kryo when it meets a class that is not {@link java.io.Serializable}; carries the class name. */
final class NotSerializableClassException extends KryoException {
    private final String className;

    NotSerializableClassException(String className) {
        super("class " + className + " is not serializable (it does not implement java.io.Serializable)");
        this.className = className;
    }

    String className() {
        return className;
    }
}

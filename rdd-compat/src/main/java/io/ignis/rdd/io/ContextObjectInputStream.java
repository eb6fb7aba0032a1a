package io.ignis.rdd.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * Java deserialization that finds classes through the thread's context class loader: inside a
 * task that is the loader of the program's shipped code, so objects of the program's own classes
 * (in object files and checkpoints) can be read there. Falls back to the default lookup
 * (primitive types, the runtime's classes).
 */
final class ContextObjectInputStream extends ObjectInputStream {
    ContextObjectInputStream(InputStream in) throws IOException {
        super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader != null) {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException notThere) {
                // a primitive type or a class only the default lookup knows: try that
            }
        }
        return super.resolveClass(description);
    }
}

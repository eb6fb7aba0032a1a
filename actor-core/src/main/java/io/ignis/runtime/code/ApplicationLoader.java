package io.ignis.runtime.code;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How a node reads back classes of its own program that live outside the runtime's class loader:
 * the node's loader first, then every application loader {@link ApplicationCode} has seen the
 * program serialize a class of. A driver whose tasks return instances of a class from a jar it
 * loaded itself gets those instances back as that class, without the runtime being told about the
 * jar.
 */
final class ApplicationLoader extends ClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final List<ClassLoader> loaders = new CopyOnWriteArrayList<>();

    ApplicationLoader(ClassLoader parent) {
        super("ignis-application", parent);
    }

    void note(ClassLoader loader) {
        if (!loaders.contains(loader)) {
            loaders.add(loader);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException notThere) {
                // try the next one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}

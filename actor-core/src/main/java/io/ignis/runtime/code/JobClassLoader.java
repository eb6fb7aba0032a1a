package io.ignis.runtime.code;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The class loader of one job's shipped code on a node: the job's jars, from the node's
 * {@link CodeCache}, over the node's own classes. Delegation is parent first, so the JDK's and the
 * runtime's classes are the node's own in every job (an {@code ObjectRef} is the same class
 * everywhere), and only what the node lacks comes from the job's jars. Jars are added as the
 * driver announces them; one loader per job lets two jobs load different versions of a class.
 */
public final class JobClassLoader extends URLClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    public JobClassLoader(String job, ClassLoader parent) {
        super("ignis-job-" + job, new URL[0], parent);
    }

    /** Adds a jar of the job's code (after those already added). */
    public void add(Path jar) {
        try {
            addURL(jar.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException("not a usable path: " + jar, e);
        }
    }
}

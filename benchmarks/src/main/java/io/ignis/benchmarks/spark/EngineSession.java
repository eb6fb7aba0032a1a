package io.ignis.benchmarks.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * One engine's build of the workloads, loaded in a class loader of its own (the build's classes and
 * runtime classpath, above the platform loader only) so that Spark's and Ignis's
 * {@code org.apache.spark} classes never meet, and the workloads' {@code Session} opened in it. The
 * JVM's own classpath (the benchmarks module, which holds Ignis too) is not seen by the workloads.
 * The loader is also each call's context class loader, as Spark and Ignis look classes up there.
 */
public final class EngineSession implements AutoCloseable {
    static final String SESSION_CLASS = "io.ignis.benchmarks.workloads.Session";

    private final Engine engine;
    private final URLClassLoader loader;
    private final Function<String, Callable<String>> session;

    private EngineSession(Engine engine, URLClassLoader loader, Function<String, Callable<String>> session) {
        this.engine = engine;
        this.loader = loader;
        this.session = session;
    }

    /**
     * Starts {@code engine}'s context ({@code local[2]}) over the data in {@code data}.
     *
     * @param sparkApi the {@code benchmarks/spark-api} folder, whose on-ignis and on-spark builds must exist
     */
    @SuppressWarnings("unchecked")
    public static EngineSession open(Engine engine, Path sparkApi, Path data) throws Exception {
        requireNonNull(engine, "engine is null");
        URLClassLoader loader = new URLClassLoader("bench-" + engine.id(), classpath(engine, sparkApi),
                ClassLoader.getPlatformClassLoader());
        try {
            Object session = withLoader(loader, () -> loader.loadClass(SESSION_CLASS)
                    .getConstructor(Map.class).newInstance(Map.of("data", data.toString(), "master", "local[2]")));
            return new EngineSession(engine, loader, (Function<String, Callable<String>>) session);
        } catch (Exception | Error e) {
            loader.close(); // nothing started in it yet
            throw e;
        }
    }

    public Engine engine() {
        return engine;
    }

    /** {@code workload} with its inputs read or planned; each call of the result runs it once and returns its answer. */
    public Callable<String> prepare(Workload workload) throws Exception {
        Callable<String> prepared = withLoader(loader, () -> session.apply(workload.id()));
        return () -> withLoader(loader, prepared);
    }

    /**
     * Stops the engine's context. The loader stays open: the engine leaves JVM shutdown hooks behind
     * (Hadoop's) that load classes from it when the JVM exits.
     */
    @Override
    public void close() throws Exception {
        withLoader(loader, () -> {
            ((AutoCloseable) session).close();
            return null;
        });
    }

    /** The build's classes folder, then every entry of its runtime-classpath.txt. */
    static URL[] classpath(Engine engine, Path sparkApi) throws IOException {
        Path build = engine.buildFolder(sparkApi);
        Path classes = build.resolve("target/classes");
        Path classpathFile = build.resolve("target/runtime-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("the " + engine.id() + " build of the workloads is missing under " + build
                    + ": build it first (mvn -DskipTests package -pl benchmarks -am)");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : Files.readString(classpathFile, StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static <T> T withLoader(ClassLoader loader, Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

package io.ignis.runtime.node;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.runtime.code.TestJars;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Code that exists only in a jar a test compiles: tasks, an actor and a value class whose answers
 * carry a version tag, so two versions of the same classes tell themselves apart; and a driver
 * that loads such a jar in a class loader of its own and joins a cluster, as a program with its
 * own application jar would.
 */
final class ShippedCode {
    private ShippedCode() {}

    /** The sources of version {@code tag}. */
    static Map<String, String> sources(String tag) {
        return Map.of(
                "shipped.Version", """
                        package shipped;
                        public final class Version {
                            public static String tag() { return "%s"; }
                        }
                        """.formatted(tag),
                "shipped.Greet", """
                        package shipped;
                        public final class Greet implements io.ignis.api.function.IgnisFunc1<Integer, String> {
                            @Override public String apply(Integer x) { return Version.tag() + ":" + (x * 2); }
                        }
                        """,
                "shipped.Result", """
                        package shipped;
                        public final class Result implements java.io.Serializable {
                            private final String text;
                            public Result(String text) { this.text = text; }
                            public String text() { return text; }
                            @Override public String toString() { return "Result(" + text + ")"; }
                        }
                        """,
                "shipped.Counter", """
                        package shipped;
                        import io.ignis.api.function.*;
                        public final class Counter {
                            private int total;
                            public int add(int x) { total += x; return total; }
                            public Result report() { return new Result(Version.tag() + " total " + total); }
                            public static IgnisFunc0<Counter> creator() { return Counter::new; }
                            public static IgnisFunc2<Counter, Integer, Integer> adder() { return Counter::add; }
                            public static IgnisFunc1<Counter, Result> reporter() { return Counter::report; }
                        }
                        """,
                "shipped.Relay", """
                        package shipped;
                        import io.ignis.api.Ignis;
                        import io.ignis.api.NodeAffinity;
                        import io.ignis.api.function.*;
                        /** An actor that has a task of its job run on a given node. */
                        public final class Relay {
                            public String greetOn(String nodeId, int x) throws Exception {
                                return Ignis.task(new Greet(), x).nodeAffinity(NodeAffinity.hard(nodeId)).remote().get();
                            }
                            public static IgnisFunc0<Relay> creator() { return Relay::new; }
                            public static IgnisFunc3<Relay, String, Integer, String> greeter() { return Relay::greetOn; }
                        }
                        """,
                "shipped.Tasks", """
                        package shipped;
                        import io.ignis.api.Ignis;
                        import io.ignis.api.function.*;
                        import java.lang.ref.WeakReference;
                        public final class Tasks {
                            /** Returns a value of a class of this jar. */
                            public static IgnisFunc1<Integer, Result> wrap() { return x -> new Result(Version.tag() + ":" + x); }
                            /** Takes one. */
                            public static IgnisFunc1<Result, String> unwrap() { return r -> r.text() + "!"; }
                            /** Submits a task of its own and waits for it. */
                            public static IgnisFunc1<Integer, String> nested() {
                                return x -> Ignis.task(new Greet(), x + 1).remote().get();
                            }
                            /** Submits {@code n} tasks of its own at once and joins their answers. */
                            public static IgnisFunc1<Integer, String> fanOut() {
                                return n -> {
                                    java.util.List<io.ignis.api.ObjectRef<String>> refs = new java.util.ArrayList<>();
                                    for (int i = 0; i < n; i++) {
                                        refs.add(Ignis.task(new Greet(), i).remote());
                                    }
                                    return String.join(",", Ignis.get(refs));
                                };
                            }
                            /** Leaves a weak reference to the loader of this class under a system property (in-JVM nodes only). */
                            public static IgnisFunc1<String, String> leaveLoader() {
                                return key -> {
                                    System.getProperties().put(key, new WeakReference<>(Tasks.class.getClassLoader()));
                                    return Tasks.class.getClassLoader().getName();
                                };
                            }
                        }
                        """,
                "shipped.Orphan", """
                        package shipped;
                        public final class Orphan implements io.ignis.api.function.IgnisFunc0<String> {
                            @Override public String apply() { return "ran"; }
                        }
                        """);
    }

    static TestJars.Compiled compile(Path dir, String tag) throws IOException {
        return TestJars.compile(dir.resolve(tag), sources(tag));
    }

    /** A driver joined to {@code address}, with {@code jar} in a class loader of its own. */
    static Driver driver(String address, Path jar) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ShippedCode.class.getClassLoader());
        return new Driver(Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(address)).build()), loader);
    }

    record Driver(IgnisRuntime runtime, URLClassLoader loader) implements AutoCloseable {
        /** What static method {@code method} of {@code className} returns (a function of the jar). */
        @SuppressWarnings("unchecked")
        <T> T call(String className, String method) throws ReflectiveOperationException {
            return (T) loader.loadClass(className).getMethod(method).invoke(null);
        }

        /** A new instance of {@code className}, made with its constructor taking {@code args} (strings or none). */
        @SuppressWarnings("unchecked")
        <T> T create(String className, String... args) throws ReflectiveOperationException {
            Class<?>[] types = new Class<?>[args.length];
            java.util.Arrays.fill(types, String.class);
            return (T) loader.loadClass(className).getConstructor(types).newInstance((Object[]) args);
        }

        @Override
        public void close() throws IOException {
            runtime.close();
            loader.close();
        }
    }
}

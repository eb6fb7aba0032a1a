package io.ignis.runtime.code;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Java sources compiled in a test, against this JVM's classpath, into a folder and a jar no class loader of the test sees. */
public final class TestJars {
    private TestJars() {}

    /** A compiled set of sources: the classes folder and a jar of it. */
    public record Compiled(Path classes, Path jar) {
        /** A jar of the same classes plus a resource of the given content: the same code, another hash. */
        public Path variant(String content) throws IOException {
            Path copy = Files.createTempFile(jar.getParent(), "variant", ".jar");
            pack(classes, copy, Map.of("variant.txt", content));
            return copy;
        }

        /** The bytes of a compiled class. */
        public byte[] classBytes(String className) throws IOException {
            return Files.readAllBytes(classes.resolve(className.replace('.', '/') + ".class"));
        }
    }

    /** Compiles {@code sources} (class name to source text) under {@code dir}. */
    public static Compiled compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (compiler.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("test sources did not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        Path jar = dir.resolve("code.jar");
        pack(classes, jar, Map.of());
        return new Compiled(classes, jar);
    }

    private static void pack(Path classes, Path jar, Map<String, String> extra) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            for (Map.Entry<String, String> entry : extra.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** The runtime's classes and its dependencies: what {@code bin/ignis start} runs a node with (no test classes). */
    public static String runtimeClasspath() throws IOException {
        String classes = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> Path.of(entry).endsWith(Path.of("target", "classes")))
                .findFirst().orElseThrow();
        return classes + java.io.File.pathSeparator + Files.readString(Path.of("target", "node-classpath.txt")).trim();
    }
}

package io.ignis.runtime.code;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code of the program running on this node that other nodes may lack, found from the classes
 * the node serializes, and the pieces it ships for it (this node's own job).
 *
 * <p>What is shipped: for a class whose loader is neither the runtime's (or one of its parents:
 * the JDK's) nor a {@link JobClassLoader}, every classpath entry of its loader and of that
 * loader's parents up to the runtime's, plus the class's own code source. The runtime's loader
 * marks what every node has by deployment (the Ignis runtime and whatever was put beside it);
 * code a program loaded on its own (a jar opened in a {@link URLClassLoader}, a
 * {@code bin/ignis run} application, an IDE or notebook loader) is what nodes lack. Shipping a
 * loader's whole classpath rather than the jar of each class covers the classes nested in
 * values, which the serializer writes without naming each one here. A directory (a build's
 * classes folder) is packed into a jar once, with fixed entry times and order, so packing the
 * same folder again gives the same hash. Classes of the runtime's own loader are never shipped:
 * a program started on the runtime's classpath ships nothing and its classes must be on every
 * node, as before.
 *
 * <p>Cost: which pieces a class needs is computed once per class ({@link ClassValue}); hashing and
 * packing happen once per classpath entry. Serializing a class already seen costs one lookup.
 */
public final class ApplicationCode {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationCode.class);
    /** Packed folders get this entry time: a constant, so the same folder packs to the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Set<ClassLoader> runtimeLoaders = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ApplicationLoader loader;
    private final Path packDir;
    private final Map<String, CodePiece> byLocation = new ConcurrentHashMap<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private volatile List<CodePiece> pieces = List.of();
    private final ClassValue<Needs> needs = new ClassValue<>() {
        @Override
        protected Needs computeValue(Class<?> type) {
            return find(type);
        }
    };

    /**
     * {@code base}: the loader this node resolves classes with; {@code packDir}: where folders are
     * packed into jars (created when first needed).
     */
    public ApplicationCode(ClassLoader base, Path packDir) {
        for (ClassLoader l = ApplicationCode.class.getClassLoader(); l != null; l = l.getParent()) {
            runtimeLoaders.add(l);
        }
        this.loader = new ApplicationLoader(base);
        this.packDir = packDir;
    }

    /** The loader this node reads its own program's values with (see {@link ApplicationLoader}). */
    public ClassLoader loader() {
        return loader;
    }

    /** The pieces found so far, in the order found; only ever grows. */
    public List<CodePiece> pieces() {
        return pieces;
    }

    /** The jar of a piece this node ships, or null. */
    public Path file(String sha256) {
        return files.get(sha256);
    }

    /** Called for each class this node serializes: lists the pieces it needs, the first time. */
    public void note(Class<?> type) {
        Needs found = needs.get(type);
        if (!found.listed) {
            list(found);
        }
    }

    private synchronized void list(Needs found) {
        if (found.listed) {
            return;
        }
        List<CodePiece> grown = null;
        for (CodePiece piece : found.pieces) {
            if (!pieces.contains(piece) && (grown == null || !grown.contains(piece))) {
                if (grown == null) {
                    grown = new ArrayList<>(pieces);
                }
                grown.add(piece);
            }
        }
        if (grown != null) {
            pieces = List.copyOf(grown);
        }
        found.listed = true;
    }

    private Needs find(Class<?> type) {
        ClassLoader owner = type.getClassLoader();
        if (owner == null || runtimeLoaders.contains(owner) || owner instanceof JobClassLoader) {
            return Needs.NOTHING;
        }
        loader.note(owner);
        List<ClassLoader> chain = new ArrayList<>();
        for (ClassLoader l = owner; l != null && !runtimeLoaders.contains(l); l = l.getParent()) {
            chain.add(0, l); // root first: the order a parent-first lookup searches them in
        }
        Set<URL> locations = new LinkedHashSet<>();
        for (ClassLoader l : chain) {
            if (l instanceof URLClassLoader urls) {
                Collections.addAll(locations, urls.getURLs());
            }
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            locations.add(source.getLocation());
        }
        List<CodePiece> found = new ArrayList<>();
        for (URL location : locations) {
            CodePiece piece = piece(location);
            if (piece != null) {
                found.add(piece);
            }
        }
        if (found.isEmpty()) {
            LOG.warn("class {} (loaded by {}) has no code source this node can ship; nodes that lack it will fail"
                    + " the work that needs it", type.getName(), owner);
        }
        return new Needs(List.copyOf(found));
    }

    /** The piece of one classpath entry (hashed, and packed if a folder, once); null if it cannot be shipped. */
    private synchronized CodePiece piece(URL location) {
        String key = location.toString();
        CodePiece known = byLocation.get(key);
        if (known != null) {
            return known;
        }
        if (!"file".equals(location.getProtocol())) {
            LOG.warn("cannot ship code from {}: only files and folders are shipped", location);
            return null;
        }
        try {
            Path path = Path.of(location.toURI());
            CodePiece piece;
            if (Files.isDirectory(path)) {
                Path jar = pack(path);
                piece = CodePiece.of(jar, path.getFileName() + ".jar");
                files.putIfAbsent(piece.sha256(), jar);
            } else if (Files.isRegularFile(path)) {
                piece = CodePiece.of(path, path.getFileName().toString());
                files.putIfAbsent(piece.sha256(), path);
            } else {
                return null; // a classpath entry that does not exist holds no classes
            }
            byLocation.put(key, piece);
            return piece;
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            LOG.warn("cannot ship code from {}: {}", location, e.toString());
            return null;
        }
    }

    /** Packs a folder into a jar: entries in name order, all with {@link #ENTRY_TIME}. */
    private Path pack(Path folder) throws IOException {
        Files.createDirectories(packDir);
        Path jar = Files.createTempFile(packDir, folder.getFileName().toString(), ".jar");
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Path file : entries) {
                String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                boolean directory = Files.isDirectory(file);
                JarEntry entry = new JarEntry(directory ? name + "/" : name);
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                if (!directory) {
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** The pieces a class needs; {@code listed} once they are in {@link #pieces}. */
    private static final class Needs {
        static final Needs NOTHING = new Needs(List.of());

        final List<CodePiece> pieces;
        volatile boolean listed;

        Needs(List<CodePiece> pieces) {
            this.pieces = pieces;
            this.listed = pieces.isEmpty();
        }
    }
}

package io.ignis.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where the benchmarks module lies on disk, found from where this class was loaded
 * ({@code benchmarks/target/classes} or a jar in {@code benchmarks/target}), so the bench commands
 * work from any working directory; the working directory when the classes are elsewhere.
 */
public final class BenchmarksFolder {
    private BenchmarksFolder() {}

    /** The {@code benchmarks} module folder. */
    public static Path module() {
        try {
            Path location = Path.of(BenchmarksFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
                return target.getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code benchmarks/results}: reports and JMH's JSON results. */
    public static Path results() {
        return module().resolve("results");
    }
}

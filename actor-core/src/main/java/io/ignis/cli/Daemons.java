package io.ignis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where node daemons this user started are recorded: one pid file each under {@code ~/.ignis/run} (or IGNIS_RUN_DIR). */
final class Daemons {
    private Daemons() {}

    static Path runDir() {
        String override = System.getProperty("ignis.run.dir", System.getenv("IGNIS_RUN_DIR"));
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".ignis", "run");
    }

    static Path pidFile(long pid) {
        return runDir().resolve("node-" + pid + ".pid");
    }

    static List<Path> pidFiles() throws IOException {
        if (!Files.isDirectory(runDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDir())) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".pid")).sorted().toList());
        }
    }
}

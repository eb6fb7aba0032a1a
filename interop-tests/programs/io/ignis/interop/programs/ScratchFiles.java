package io.ignis.interop.programs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * File helpers for the interop programs, plain Java: writing input files into the scratch folder,
 * listing the part files an output folder holds, and reducing a file URI to its name (the scratch
 * folder differs between the two engines' runs, so full paths are never printed).
 */
public final class ScratchFiles {
    private ScratchFiles() {
    }

    /** Writes text to a file (UTF-8), creating its folder; returns the path as a string. */
    public static String write(String file, String text) {
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return path.toString();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Writes bytes to a file, creating its folder; returns the path as a string. */
    public static String write(String file, byte[] bytes) {
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return path.toString();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The names of the files in a folder that start with "part-", sorted. */
    public static List<String> partFileNames(String folder) {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("part-"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The last segment of a path or URI ("file:/a/b/c.txt" gives "c.txt"). */
    public static String fileName(String pathOrUri) {
        return pathOrUri.substring(pathOrUri.lastIndexOf('/') + 1);
    }
}

package io.ignis.interop.compare;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The interop programs: every source file in the programs folder's package
 * {@code io.ignis.interop.programs} that declares a {@code public static void main}, by simple
 * class name, sorted; helpers without a main are not programs. Also tells whether a build compiled
 * a program (its class file exists), which is how an API gap shows on the Ignis side.
 */
public final class ProgramCatalog {
    static final String PACKAGE_PATH = "io/ignis/interop/programs";
    private static final Pattern MAIN = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(");

    private final Path programsFolder;

    public ProgramCatalog(Path programsFolder) {
        this.programsFolder = requireNonNull(programsFolder, "programsFolder is null");
    }

    /** The programs' simple class names, sorted. */
    public List<String> programs() {
        Path packageFolder = programsFolder.resolve(PACKAGE_PATH);
        try (Stream<Path> files = Files.list(packageFolder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".java"))
                    .filter(ProgramCatalog::declaresMain)
                    .map(file -> file.getFileName().toString().replaceFirst("\\.java$", ""))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list the programs in " + packageFolder, failure);
        }
    }

    /** Whether the build whose class output is classesFolder compiled the program. */
    public static boolean compiled(Path classesFolder, String program) {
        return Files.isRegularFile(classesFolder.resolve(PACKAGE_PATH).resolve(program + ".class"));
    }

    private static boolean declaresMain(Path file) {
        try {
            return MAIN.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + file, failure);
        }
    }
}

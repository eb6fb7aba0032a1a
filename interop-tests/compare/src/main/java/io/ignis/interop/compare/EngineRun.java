package io.ignis.interop.compare;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One engine's run of the programs: a child JVM (the engine's JVM flags, its build's classes and
 * runtime classpath) that runs the programs' runner over the given programs one after another, and
 * what came of it. The JVM writes into its own folder: the results file, the programs' scratch
 * folders, its temporary files, and its stdout and stderr (the engine's logs). A JVM still running
 * after the time limit is stopped; programs it had not finished show as unfinished.
 */
public final class EngineRun {
    static final String RUNNER_CLASS = "io.ignis.interop.runner.ProgramRunner";
    /** The runner writes this and a program's name to stderr as the program starts. */
    private static final String RUNNER_MARK = "[interop] running ";

    private final String engine;
    private final Map<String, ProgramRun> runs;
    private final Path stderrFile;
    private final Duration elapsed;
    private final String failure;

    private EngineRun(String engine, Map<String, ProgramRun> runs, Path stderrFile, Duration elapsed, String failure) {
        this.engine = engine;
        this.runs = Map.copyOf(runs);
        this.stderrFile = stderrFile;
        this.elapsed = elapsed;
        this.failure = failure;
    }

    /**
     * Runs the programs in one child JVM and waits for it, at most timeLimit.
     *
     * @param engine a name for messages and the folder under workFolder ("spark", "ignis")
     * @param classesFolder the build's compiled programs and runner
     * @param classpathFile the build's runtime classpath, as maven-dependency-plugin wrote it
     * @param jvmFlags flags for the child JVM (heap, --add-opens, ...)
     * @param dataFolder the programs' input data (their second argument)
     * @param workFolder where this engine's folder is made, emptied first
     * @param programs simple class names, run in this order; none means no JVM is started
     */
    public static EngineRun start(String engine, Path classesFolder, Path classpathFile, List<String> jvmFlags,
            Path dataFolder, Path workFolder, List<String> programs, Duration timeLimit) throws IOException, InterruptedException {
        requireNonNull(engine, "engine is null");
        requireNonNull(classesFolder, "classesFolder is null");
        requireNonNull(classpathFile, "classpathFile is null");
        requireNonNull(jvmFlags, "jvmFlags is null");
        requireNonNull(dataFolder, "dataFolder is null");
        requireNonNull(workFolder, "workFolder is null");
        requireNonNull(programs, "programs is null");
        requireNonNull(timeLimit, "timeLimit is null");
        Path folder = workFolder.resolve(engine);
        deleteRecursively(folder);
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        Path resultsFile = folder.resolve("results.txt");
        Path stderrFile = folder.resolve("stderr.log");
        if (programs.isEmpty()) {
            return new EngineRun(engine, Map.of(), stderrFile, Duration.ZERO, "");
        }
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("no runtime classpath for " + engine + " at " + classpathFile
                    + ": build interop-tests/on-" + engine + " first (mvn -pl interop-tests/compare -am verify)");
        }
        String classpath = classesFolder + File.pathSeparator + Files.readString(classpathFile, StandardCharsets.UTF_8).trim();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Djava.io.tmpdir=" + temporary);
        command.add("-cp");
        command.add(classpath);
        command.add(RUNNER_CLASS);
        command.add(resultsFile.toString());
        command.add(folder.resolve("scratch").toString());
        command.add(dataFolder.toAbsolutePath().toString());
        command.addAll(programs);

        // The exact command, for running programs by hand (README: replace the program names at its end).
        Files.writeString(folder.resolve("command.sh"), shellLine(command) + "\n", StandardCharsets.UTF_8);

        long startNanos = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("stdout.log").toFile())
                .redirectError(stderrFile.toFile())
                .start();
        String failure = "";
        if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
            // Our own child: stop it (and anything it started) so the build does not hang.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            failure = "the " + engine + " JVM was stopped after " + timeLimit.toMinutes() + " minutes";
        } else if (process.exitValue() != 0) {
            failure = "the " + engine + " JVM exited with status " + process.exitValue();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return new EngineRun(engine, RunnerOutput.read(resultsFile), stderrFile, elapsed, failure);
    }

    public String engine() {
        return engine;
    }

    /** The program's run, or an unfinished run with no output if the runner never reached it. */
    public ProgramRun run(String program) {
        ProgramRun run = runs.get(program);
        return run != null ? run : new ProgramRun(program, List.of(), ProgramRun.Ending.UNFINISHED, "");
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** Why the JVM did not end normally, or empty. */
    public String failure() {
        return failure;
    }

    /**
     * What the child JVM wrote to stderr while the program ran (the runner marks where each program
     * starts), at most its last lineCount lines, for failure messages.
     */
    public String stderrOf(String program, int lineCount) {
        List<String> lines;
        try {
            lines = Files.exists(stderrFile) ? Files.readAllLines(stderrFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException failure) {
            return "(cannot read " + stderrFile + ": " + failure + ")";
        }
        List<String> section = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith(RUNNER_MARK)) {
                inside = line.equals(RUNNER_MARK + program);
            }
            if (inside) {
                section.add(line);
            }
        }
        if (section.isEmpty()) {
            section = lines;
        }
        return String.join("\n", section.subList(Math.max(0, section.size() - lineCount), section.size()))
                + "\n(whole log: " + stderrFile + ")";
    }

    private static String shellLine(List<String> command) {
        List<String> quoted = new ArrayList<>();
        for (String argument : command) {
            quoted.add(argument.matches("[A-Za-z0-9_./:=+,@%-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

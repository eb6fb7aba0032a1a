package io.ignis.interop.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The interop test: every program in interop-tests/programs runs on real Spark (the on-spark build)
 * and on Ignis (the on-ignis build), each engine in one JVM of its own, and each program is one
 * dynamic test requiring the same output (see {@link OutputComparator} for the two relaxations). A
 * program the Ignis build could not compile is an API gap and shows as aborted (skipped), never as
 * a pass; so is a program listed in known-differences.txt while it still differs (and its test fails
 * once it no longer does). Settings come from system properties that the module's Surefire configuration sets;
 * {@code -Dinterop.programs=WordCount,PageRank} runs a subset.
 */
class InteropTest {
    /** A bound on one engine's whole run, so a hung program cannot hang the build; not a timing check. */
    private static final Duration ENGINE_TIME_LIMIT = Duration.ofMinutes(20);
    private static final int STDERR_LINES = 60;

    /** Programs that compile against Ignis but still differ, with why; see the file's header. */
    private static final String KNOWN_DIFFERENCES = "interop-tests/compare/known-differences.txt";

    private final OutputComparator comparator = new OutputComparator();
    private Map<String, String> knownDifferences = Map.of();

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsTheSameOnSparkAndOnIgnis() throws Exception {
        Path programsFolder = pathProperty("interop.programs.dir");
        Path dataFolder = pathProperty("interop.data.dir");
        Path sparkClasses = pathProperty("interop.spark.classes");
        Path ignisClasses = pathProperty("interop.ignis.classes");
        Path workFolder = pathProperty("interop.work.dir");
        List<String> jvmFlags = Arrays.stream(property("interop.jvm.flags").trim().split("\\s+"))
                .filter(flag -> !flag.isEmpty()).collect(Collectors.toList());

        List<String> programs = selected(new ProgramCatalog(programsFolder).programs());
        assertFalse(programs.isEmpty(), "no programs found under " + programsFolder);
        knownDifferences = readKnownDifferences(pathProperty("interop.known.differences"), programs);
        List<String> onSpark = programs.stream().filter(program -> ProgramCatalog.compiled(sparkClasses, program)).toList();
        Set<String> onIgnis = programs.stream().filter(program -> ProgramCatalog.compiled(ignisClasses, program))
                .collect(Collectors.toSet());
        List<String> onIgnisInOrder = programs.stream().filter(onIgnis::contains).toList();

        CompletableFuture<EngineRun> spark = CompletableFuture.supplyAsync(() -> start("spark", sparkClasses,
                pathProperty("interop.spark.classpath"), jvmFlags, dataFolder, workFolder, onSpark));
        CompletableFuture<EngineRun> ignis = CompletableFuture.supplyAsync(() -> start("ignis", ignisClasses,
                pathProperty("interop.ignis.classpath"), jvmFlags, dataFolder, workFolder, onIgnisInOrder));
        EngineRun sparkRun = spark.join();
        EngineRun ignisRun = ignis.join();
        System.out.printf("interop: %d programs; spark ran %d in %d s; ignis ran %d in %d s; %d not compiled against Ignis%n",
                programs.size(), onSpark.size(), sparkRun.elapsed().toSeconds(), onIgnisInOrder.size(),
                ignisRun.elapsed().toSeconds(), programs.size() - onIgnisInOrder.size());

        return programs.stream().map(program -> DynamicTest.dynamicTest(program,
                () -> check(program, onSpark.contains(program), onIgnis.contains(program), sparkRun, ignisRun)));
    }

    private void check(String program, boolean compiledOnSpark, boolean compiledOnIgnis, EngineRun spark, EngineRun ignis) {
        if (!compiledOnSpark) {
            fail(program + " is not compiled against Spark: build interop-tests/on-spark");
        }
        ProgramRun reference = spark.run(program);
        if (reference.ending() != ProgramRun.Ending.RETURNED) {
            fail(program + " does not run on real Spark, so there is nothing to compare with (fix the program): "
                    + describe(spark, reference));
        }
        if (!compiledOnIgnis) {
            Assumptions.abort("API gap: does not compile against Ignis (listed in the excludes of interop-tests/on-ignis/pom.xml)");
        }
        ProgramRun candidate = ignis.run(program);
        String problem = null;
        if (candidate.ending() != ProgramRun.Ending.RETURNED) {
            problem = program + " does not run on Ignis: " + describe(ignis, candidate)
                    + "\n--- Spark printed ---\n" + String.join("\n", reference.output());
        } else {
            Optional<String> difference = comparator.difference(reference.output(), candidate.output());
            if (difference.isPresent()) {
                problem = program + " prints differently on Ignis: " + difference.get()
                        + "\n--- Spark printed ---\n" + String.join("\n", reference.output())
                        + "\n--- Ignis printed ---\n" + String.join("\n", candidate.output());
            }
        }
        String knownDifference = knownDifferences.get(program);
        if (knownDifference != null) {
            if (problem == null) {
                fail(program + " now prints what Spark prints: remove its line from " + KNOWN_DIFFERENCES);
            }
            Assumptions.abort("known difference, to be fixed in rdd-compat (" + KNOWN_DIFFERENCES + "): " + knownDifference
                    + "\n" + problem);
        }
        if (problem != null) {
            fail(problem);
        }
    }

    private static String describe(EngineRun engine, ProgramRun run) {
        String how = run.ending() == ProgramRun.Ending.THREW
                ? "main threw " + run.thrown()
                : "it did not finish" + (engine.failure().isEmpty() ? "" : " (" + engine.failure() + ")");
        return how + "\n--- its output ---\n" + String.join("\n", run.output())
                + "\n--- " + engine.engine() + " stderr ---\n" + engine.stderrOf(run.name(), STDERR_LINES);
    }

    private static EngineRun start(String engine, Path classes, Path classpathFile, List<String> jvmFlags, Path dataFolder,
            Path workFolder, List<String> programs) {
        try {
            return EngineRun.start(engine, classes, classpathFile, jvmFlags, dataFolder, workFolder, programs, ENGINE_TIME_LIMIT);
        } catch (Exception failure) {
            throw new IllegalStateException("cannot run the " + engine + " programs", failure);
        }
    }

    /** "Program: reason" lines; # starts a comment. Names must be programs (of the whole catalog). */
    private static Map<String, String> readKnownDifferences(Path file, List<String> selectedPrograms) throws IOException {
        Map<String, String> differences = new HashMap<>();
        if (!Files.exists(file)) {
            return differences;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(KNOWN_DIFFERENCES + ": not \"Program: what differs\": " + line);
            }
            differences.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        if (System.getProperty("interop.programs", "").isBlank()) {
            List<String> unknown = differences.keySet().stream().filter(name -> !selectedPrograms.contains(name)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(KNOWN_DIFFERENCES + " names no such programs: " + unknown);
            }
        }
        return differences;
    }

    private static List<String> selected(List<String> programs) {
        String wanted = System.getProperty("interop.programs", "").trim();
        if (wanted.isEmpty()) {
            return programs;
        }
        List<String> names = Arrays.asList(wanted.split("\\s*,\\s*"));
        List<String> unknown = names.stream().filter(name -> !programs.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("interop.programs names no such programs: " + unknown + "; there are " + programs);
        }
        return names;
    }

    private static Path pathProperty(String name) {
        return Path.of(property(name)).toAbsolutePath().normalize();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run this test through Maven "
                    + "(mvn -pl interop-tests/compare -am verify), whose Surefire configuration sets it");
        }
        return value;
    }
}

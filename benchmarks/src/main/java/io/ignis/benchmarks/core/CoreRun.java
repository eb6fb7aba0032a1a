package io.ignis.benchmarks.core;

import static java.util.Objects.requireNonNull;

import io.ignis.runtime.JvmFlags;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks behind a set of {@link Figure}s through JMH's Runner API, one fork each, and
 * reads the figures from the results. Forks get the JVM flags the build defines (Ignite needs
 * them) and a heap large enough for the 256 MiB arrays; JMH's progress goes to {@code progress} so
 * that standard output carries only the report.
 */
public final class CoreRun {
    /**
     * Heap of each benchmark fork: two 256 MiB arrays, or one fetched while the last awaits
     * collection. Fixed (-Xms = -Xmx), as data-processing JVMs are usually run: a heap that grows
     * and shrinks hands each fetched array freshly committed pages, and their page faults would be
     * measured as transfer time (1.0 against 1.6 GB/s in a probe of the get figure).
     */
    static final List<String> FORK_HEAP = List.of("-Xms3g", "-Xmx3g");

    private final boolean quick;
    private final PrintStream progress;

    /**
     * {@code quick} false: each benchmark class's own {@code @Warmup} and {@code @Measurement} apply
     * (short, but long enough for its figures to settle). True: one short warm-up and measurement
     * iteration everywhere, to check that everything runs; the figures are then rough.
     */
    public CoreRun(boolean quick, PrintStream progress) {
        this.quick = quick;
        this.progress = requireNonNull(progress, "progress is null");
    }

    /** Runs the benchmarks of {@code figures}, writes JMH's JSON result to {@code json}, and returns the figures measured. */
    public Map<Figure, Double> run(List<Figure> figures, Path json) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .timeout(TimeValue.minutes(2))
                .shouldFailOnError(false)
                .jvmArgsAppend(forkJvmArgs())
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        for (String benchmark : benchmarks(figures)) {
            options.include("^" + Pattern.quote(benchmark) + "$");
        }
        Collection<RunResult> results = new Runner(options.build(),
                OutputFormatFactory.createFormatInstance(progress, VerboseMode.NORMAL)).run();
        return figures(figures, results);
    }

    /** The figures among {@code wanted} whose benchmark has a result (a failed benchmark has none). */
    static Map<Figure, Double> figures(List<Figure> wanted, Collection<RunResult> results) {
        Map<Figure, Double> values = new EnumMap<>(Figure.class);
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            for (Figure figure : wanted) {
                if (figure.benchmark().equals(benchmark)) {
                    values.put(figure, figure.valueOf(result));
                }
            }
        }
        return values;
    }

    private static List<String> benchmarks(List<Figure> figures) {
        List<String> names = new ArrayList<>();
        for (Figure figure : figures) {
            if (!names.contains(figure.benchmark())) {
                names.add(figure.benchmark());
            }
        }
        return names;
    }

    private static String[] forkJvmArgs() {
        List<String> args = new ArrayList<>();
        args.addAll(FORK_HEAP);
        for (String flag : JvmFlags.all().split("\\s+")) {
            if (!flag.isBlank()) {
                args.add(flag);
            }
        }
        // Log settings made here (bin/ignis --verbose sets them as system properties) hold in the forks too.
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("org.slf4j.simpleLogger.")) {
                args.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        return args.toArray(String[]::new);
    }
}

package io.ignis.benchmarks.spark;

import static java.util.Objects.requireNonNull;

import io.ignis.runtime.JvmFlags;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Runs {@link SparkApiBenchmarks} for a set of workloads in one JMH invocation and reads the times
 * and the answers. Every fork gets exactly the same JVM arguments: a fixed heap, the flags Ignis
 * needs and the flags Spark's launcher adds (both lists defined once, in the root POM), and where
 * the builds, data and answers are; only the {@code engine} parameter differs.
 */
public final class SparkRun {
    private static final String SPARK_FLAGS_RESOURCE = "/io/ignis/benchmarks/spark/spark-jvm-flags.txt";

    private final boolean quick;
    private final String heap;
    private final PrintStream progress;

    /**
     * @param quick one warm-up and two measured runs per fork (for small_job a 5 s warm-up and two 1 s iterations)
     *     instead of the benchmark's own settings
     * @param heap each fork's -Xms and -Xmx, e.g. {@code 6g}
     */
    public SparkRun(boolean quick, String heap, PrintStream progress) {
        this.quick = quick;
        this.heap = requireNonNull(heap, "heap is null");
        this.progress = requireNonNull(progress, "progress is null");
    }

    /** Runs the workloads' forks (each engine's in turn), writing JMH's JSON to {@code json}; one result per workload, in order. */
    public List<WorkloadResult> run(List<Workload> workloads, Path sparkApi, Path data, Path answers, Path json)
            throws RunnerException, IOException {
        Files.createDirectories(answers);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .timeout(TimeValue.minutes(10))
                .shouldFailOnError(false)
                .jvmArgs(forkJvmArgs(sparkApi, data, answers).toArray(String[]::new))
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON);
        if (quick) {
            // One warm-up: one shot for most workloads, five seconds of small jobs (which need them to settle).
            options.warmupIterations(1).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        for (Workload workload : workloads) {
            options.include("^" + Pattern.quote(workload.benchmark()) + "$");
        }
        Collection<RunResult> runs = new Runner(options.build(),
                OutputFormatFactory.createFormatInstance(progress, VerboseMode.NORMAL)).run();
        return results(workloads, runs, answers);
    }

    /** Each workload's times (seconds per run, from the JMH results) and the answers its forks wrote. */
    static List<WorkloadResult> results(List<Workload> workloads, Collection<RunResult> runs, Path answers) throws IOException {
        Map<Workload, Map<Engine, Double>> seconds = new EnumMap<>(Workload.class);
        for (RunResult run : runs) {
            Workload workload = Workload.ofBenchmark(run.getParams().getBenchmark());
            Engine engine = Engine.of(run.getParams().getParam("engine"));
            seconds.computeIfAbsent(workload, w -> new EnumMap<>(Engine.class)).put(engine, run.getPrimaryResult().getScore());
        }
        List<WorkloadResult> results = new ArrayList<>();
        for (Workload workload : workloads) {
            Map<Engine, Double> times = seconds.getOrDefault(workload, Map.of());
            results.add(new WorkloadResult(workload, times.get(Engine.IGNIS), times.get(Engine.SPARK),
                    answer(answers, workload, Engine.IGNIS), answer(answers, workload, Engine.SPARK)));
        }
        return results;
    }

    private static String answer(Path answers, Workload workload, Engine engine) throws IOException {
        Path file = answers.resolve(SparkApiBenchmarks.answerFile(workload, engine));
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private List<String> forkJvmArgs(Path sparkApi, Path data, Path answers) {
        List<String> args = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
        for (String flag : (JvmFlags.all() + " " + sparkFlags()).split("\\s+")) {
            if (!flag.isBlank()) {
                args.add(flag);
            }
        }
        args.add("-D" + SparkApiBenchmarks.SPARK_API + "=" + sparkApi.toAbsolutePath());
        args.add("-D" + SparkApiBenchmarks.DATA + "=" + data.toAbsolutePath());
        args.add("-D" + SparkApiBenchmarks.ANSWERS + "=" + answers.toAbsolutePath());
        return args;
    }

    /** The flags Spark's launcher adds on Java 17, as the build wrote them (the root POM's spark.jvm.flags). */
    static String sparkFlags() {
        try (InputStream in = SparkRun.class.getResourceAsStream(SPARK_FLAGS_RESOURCE)) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (text.isEmpty() || text.startsWith("${")) {
                throw new IllegalStateException("the Spark JVM flags were not filtered into " + SPARK_FLAGS_RESOURCE
                        + ": build the benchmarks module with Maven");
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SPARK_FLAGS_RESOURCE, e);
        }
    }
}

package io.ignis.benchmarks.spark;

import io.ignis.benchmarks.BenchmarksFolder;
import io.ignis.benchmarks.core.CoreReport;
import io.ignis.benchmarks.core.CoreRun;
import io.ignis.benchmarks.core.Figure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/ignis bench spark [--quick]}: generates (or reuses) the input data, runs every workload
 * on Ignis and on Spark in one JMH invocation ({@link SparkRun}), prints the rows, runs
 * {@code bench core}'s quick set for the report's second table, and writes
 * {@code benchmarks/results/spark-<timestamp>[-quick].md} and its PNG chart. Exits with 1 if a
 * workload has no ratio (a fork failed, or the engines' answers differ).
 */
@Command(name = "spark", description = "Run the Spark-API workloads on Ignis and on Spark 4.2.0 (local[2]) and compare.")
public final class SparkCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--quick", description = "A twentieth of the data and fewer runs: a few minutes; the figures are rough.")
    boolean quick;

    @Option(names = "--only", paramLabel = "REGEX", description = "Run only the workloads whose name matches REGEX.")
    Pattern only;

    @Option(names = "--no-core", description = "Leave out the core benchmarks' table (saves about a minute).")
    boolean noCore;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "6g",
            description = "-Xms and -Xmx of every engine's JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--results-dir", paramLabel = "DIR", description = "Where to write the report (default: benchmarks/results).")
    Path resultsDir;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the generated input data is kept, one folder per size (default: benchmarks/target/bench-data).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        List<Workload> workloads = new ArrayList<>();
        for (Workload workload : Workload.values()) {
            if (only == null || only.matcher(workload.id()).find()) {
                workloads.add(workload);
            }
        }
        if (workloads.isEmpty()) {
            System.err.println("no workload matches " + only);
            return 2;
        }
        DataSize size = quick ? DataSize.QUICK : DataSize.FULL;
        Path module = BenchmarksFolder.module();
        System.err.println("bench spark: input data (" + size.id() + ")...");
        Path data = DataGenerator.ensure(dataDir != null ? dataDir : module.resolve("target/bench-data"), size);
        Path results = Files.createDirectories(resultsDir != null ? resultsDir : BenchmarksFolder.results());
        String name = "spark-" + LocalDateTime.now().format(STAMP) + (quick ? "-quick" : "");
        Path answers = Files.createDirectories(module.resolve("target/bench-answers").resolve(name));

        List<WorkloadResult> measured = new SparkRun(quick, heap, System.err)
                .run(workloads, module.resolve("spark-api"), data, answers, results.resolve(name + ".json"));
        System.out.print(SparkReport.rows(measured));

        String coreTable = null;
        if (!noCore) {
            Map<Figure, Double> core = new CoreRun(true, System.err).run(List.of(Figure.values()), results.resolve(name + "-core.json"));
            coreTable = CoreReport.table(core);
        }
        String title = "bin/ignis bench spark" + (quick ? " --quick" : "") + (only != null ? " --only " + only : "");
        List<String> setup = List.of(
                "run " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("os.name") + ", Java " + System.getProperty("java.version"),
                "Spark `local[2]` and an embedded Ignis node with 2 CPUs (master `local[2]`), each in its own JVM with -Xms/-Xmx "
                        + heap + " and the same flags (the root POM's `ignis.jvm.flags` and `spark.jvm.flags`)",
                "one JMH invocation, one fork per engine per workload, alternating Ignis and Spark; "
                        + (quick ? "1 warm-up and 2 measured runs" : "1 warm-up and 3 measured runs")
                        + " per fork (small_job: " + (quick ? "5 s of warm-up, 2 one-second iterations" : "5 + 5 one-second iterations") + ")",
                "input generated deterministically (`DataGenerator`, " + size.id() + " size), read from local files on every run");
        SparkChart.write(measured, title, results.resolve(name + ".png"));
        Path report = results.resolve(name + ".md");
        Files.writeString(report, SparkReport.markdown(measured, size, title, setup, name + ".png", coreTable), StandardCharsets.UTF_8);
        System.err.println("report: " + report);
        return measured.stream().allMatch(result -> result.ratio() != null) ? 0 : 1;
    }
}

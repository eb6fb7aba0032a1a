package io.ignis.benchmarks.core;

import io.ignis.benchmarks.BenchmarksFolder;
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
 * {@code bin/ignis bench core}: runs the core JMH benchmarks with short settings, prints one
 * {@code name<TAB>value<TAB>unit} row per figure and then the comparison table, and keeps JMH's raw
 * JSON result under {@code benchmarks/results/core-<timestamp>.json}. Exits with 1 if a figure
 * could not be measured.
 */
@Command(name = "core",
        description = "Run the core benchmarks (tasks, actor calls, get; in process and across processes) and compare.")
public final class CoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--quick", description = "Shorter iterations: checks every benchmark runs; the figures are rough.")
    boolean quick;

    @Option(names = "--only", paramLabel = "REGEX", description = "Run only the figures whose name matches REGEX (e.g. 'inprocess').")
    Pattern only;

    @Option(names = "--results-dir", paramLabel = "DIR",
            description = "Where to write the JMH JSON result (default: the benchmarks module's results folder).")
    Path resultsDir;

    @Override
    public Integer call() throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            if (only == null || only.matcher(figure.figureName()).find()) {
                figures.add(figure);
            }
        }
        if (figures.isEmpty()) {
            System.err.println("no figure matches " + only);
            return 2;
        }
        Path dir = Files.createDirectories(resultsDir != null ? resultsDir : BenchmarksFolder.results());
        Path json = dir.resolve("core-" + LocalDateTime.now().format(STAMP) + ".json");
        Map<Figure, Double> values = new CoreRun(quick, System.err).run(figures, json);
        System.out.print(CoreReport.rows(values));
        System.out.println();
        System.out.print(CoreReport.table(values));
        System.out.println();
        System.out.println("JMH result: " + json);
        return values.keySet().containsAll(figures) ? 0 : 1;
    }
}

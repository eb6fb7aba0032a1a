package io.ignis.benchmarks;

import io.ignis.benchmarks.core.CoreCommand;
import io.ignis.benchmarks.spark.SparkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/ignis bench}: the benchmark suites, one subcommand each; alone it lists them. */
@Command(name = "bench", description = "Run benchmarks (JMH): the core against baselines and Ray's figures, the Spark API against Spark.",
        subcommands = {CoreCommand.class, SparkCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

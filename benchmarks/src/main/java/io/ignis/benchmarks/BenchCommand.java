package io.ignis.benchmarks;

import io.ignis.benchmarks.core.CoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/ignis bench}: the benchmark suites, one subcommand each; alone it lists them. */
@Command(name = "bench", description = "Run benchmarks (JMH) and compare with baselines and Ray's figures.",
        subcommands = CoreCommand.class)
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

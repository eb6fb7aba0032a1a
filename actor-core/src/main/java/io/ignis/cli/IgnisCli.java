package io.ignis.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/ignis}: run examples, start and stop node processes, show a cluster, run benchmarks. */
@Command(name = "ignis", mixinStandardHelpOptions = true, version = "Ignis 0.1.0",
        description = "Spark's Java API on a Ray-style task/actor runtime backed by Apache Ignite.",
        subcommands = {ExampleCommand.class, RunCommand.class, StartCommand.class, StopCommand.class, StatusCommand.class})
public final class IgnisCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Turns logging up before anything logs (picocli calls this while parsing, ahead of any subcommand). */
    @Option(names = {"-v", "--verbose"}, description = "Log what the runtime and Ignite do.", scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.ignite", "info");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new IgnisCli());
        // Everything after an example's name is the example's own, options included.
        commandLine.getSubcommands().get("example").setUnmatchedOptionsArePositionalParams(true).setStopAtPositional(true);
        for (CliPlugin plugin : ServiceLoader.load(CliPlugin.class)) {
            commandLine.addSubcommand(plugin.name(), plugin.command());
        }
        return commandLine;
    }
}

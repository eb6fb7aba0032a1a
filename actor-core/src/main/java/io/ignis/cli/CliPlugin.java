package io.ignis.cli;

/**
 * A subcommand another module adds to {@code bin/ignis} (the benchmarks module adds {@code bench}),
 * found through {@link java.util.ServiceLoader}. {@link #command()} returns a picocli command object.
 */
public interface CliPlugin {
    String name();

    Object command();
}

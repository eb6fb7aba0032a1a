package io.ignis.benchmarks;

import io.ignis.cli.CliPlugin;

/**
 * Adds {@code bench} to {@code bin/ignis}; found through {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/io.ignis.cli.CliPlugin}), so the launcher does not depend on this module.
 */
public final class BenchPlugin implements CliPlugin {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public Object command() {
        return new BenchCommand();
    }
}

package io.ignis.interop.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one program did in one engine's run: the lines it printed and how its main ended
 * (returned, threw, or never ended because the engine's JVM died or was stopped).
 */
public record ProgramRun(String name, List<String> output, Ending ending, String thrown) {
    /** How a program's main ended. */
    public enum Ending {
        RETURNED, THREW, UNFINISHED
    }

    public ProgramRun {
        requireNonNull(name, "name is null");
        output = List.copyOf(requireNonNull(output, "output is null"));
        requireNonNull(ending, "ending is null");
        requireNonNull(thrown, "thrown is null");
    }
}

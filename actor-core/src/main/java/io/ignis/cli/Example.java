package io.ignis.cli;

/**
 * A program {@code bin/ignis example NAME} can run, found through {@link java.util.ServiceLoader}
 * so every module can ship its own. It runs on an embedded node unless given {@code --address}.
 */
public interface Example {
    /** The name {@code bin/ignis example} knows it by. */
    String name();

    /** One line for the list of examples. */
    String description();

    /** Runs the example; {@code args} are what followed its name on the command line. */
    void run(String[] args) throws Exception;
}

package io.ignis.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ignis example NAME [args]}: runs a shipped example program. */
@Command(name = "example", description = "Run an example program (on an embedded node unless given --address).")
final class ExampleCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "The example to run; none lists them.")
    String name;

    @Parameters(index = "1..*", description = "Arguments for the example.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Example> examples = new ArrayList<>();
        ServiceLoader.load(Example.class).forEach(examples::add);
        for (Example example : examples) {
            if (example.name().equals(name)) {
                example.run(args.toArray(String[]::new));
                return 0;
            }
        }
        System.out.println(name == null ? "Examples:" : "No example named '" + name + "'. Examples:");
        for (Example example : examples) {
            System.out.printf("  %-12s %s%n", example.name(), example.description());
        }
        return name == null ? 0 : 2;
    }
}

package io.ignis.interop.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs interop programs one after another in this JVM, the way the compare test runs one engine:
 * each program's {@code main} gets a fresh scratch folder and the data folder as its arguments, and
 * what it prints to {@code System.out} is captured and written to the results file between
 * delimiter lines, followed by how main ended (returned, or the exception that escaped it).
 *
 * <p>Usage: {@code ProgramRunner <results file> <scratch root> <data folder> <program class>...}.
 * A class name without a package is taken from {@code io.ignis.interop.programs}. The results are
 * written and flushed program by program, so a JVM that is killed leaves the finished ones behind.
 * The delimiter format is read by the compare module's {@code RunnerOutput}; change both together.
 */
public final class ProgramRunner {
    static final String PROGRAM_PREFIX = "==== interop program ";
    static final String END_PREFIX = "==== interop end ";
    static final String DELIMITER_SUFFIX = " ====";
    private static final String PROGRAM_PACKAGE = "io.ignis.interop.programs.";

    private ProgramRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ProgramRunner <results file> <scratch root> <data folder> <program class>...");
            System.exit(2);
        }
        Path resultsFile = Path.of(args[0]);
        Path scratchRoot = Path.of(args[1]);
        Path dataFolder = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(scratchRoot);
        PrintStream realOut = System.out;
        try (Writer results = Files.newBufferedWriter(resultsFile, StandardCharsets.UTF_8)) {
            for (String program : Arrays.copyOfRange(args, 3, args.length)) {
                String className = program.contains(".") ? program : PROGRAM_PACKAGE + program;
                String name = className.substring(className.lastIndexOf('.') + 1);
                Path scratch = Files.createTempDirectory(scratchRoot.toAbsolutePath(), name + "-");
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                String ending;
                long startNanos = System.nanoTime();
                System.err.println("[interop] running " + name);
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                try {
                    runMain(className, new String[] {scratch.toString(), dataFolder.toString()});
                    ending = "ok";
                } catch (Throwable escaped) {
                    ending = "threw " + describe(escaped);
                    System.err.println("[interop] " + name + " threw:");
                    escaped.printStackTrace();
                } finally {
                    System.out.flush();
                    System.setOut(realOut);
                }
                long millis = (System.nanoTime() - startNanos) / 1_000_000;
                System.err.println("[interop] " + name + " ended (" + ending.split("\n", 2)[0] + ") in " + millis + " ms");
                results.write(PROGRAM_PREFIX + name + DELIMITER_SUFFIX + "\n");
                String output = captured.toString(StandardCharsets.UTF_8);
                results.write(output);
                if (!output.isEmpty() && !output.endsWith("\n")) {
                    results.write("\n");
                }
                results.write(END_PREFIX + name + " " + ending + DELIMITER_SUFFIX + "\n");
                results.flush();
            }
        }
        // Threads a program left behind (a context not stopped) must not keep the JVM alive.
        System.exit(0);
    }

    private static void runMain(String className, String[] arguments) throws Throwable {
        Method main = Class.forName(className).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    /** The exception and its causes as one line: class and message of each. */
    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (text.length() > 0) {
                text.append(" / caused by ");
            }
            String message = String.valueOf(current.getMessage()).replace('\n', ' ');
            text.append(current.getClass().getName()).append(": ").append(message);
            if (current.getCause() == current) {
                break;
            }
        }
        return text.toString();
    }
}

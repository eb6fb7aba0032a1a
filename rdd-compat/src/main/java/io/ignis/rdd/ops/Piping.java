package io.ignis.rdd.ops;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

/**
 * RDD.pipe: each partition's elements, one per line, into an external command's standard input,
 * whose output lines are the new partition; a non-zero exit fails the task with Spark's message.
 */
public final class Piping {
    private Piping() {}

    /** Splits a command line on whitespace, as Spark's pipe(String) does. */
    public static List<String> tokenize(String command) {
        List<String> out = new ArrayList<>();
        StringTokenizer tokens = new StringTokenizer(command);
        while (tokens.hasMoreTokens()) {
            out.add(tokens.nextToken());
        }
        return out;
    }

    public static <T> Iterator<String> pipe(Iterator<T> items, List<String> command, Map<String, String> env, int bufferSize,
                                          String encoding) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        Charset charset = Charset.forName(encoding);
        Thread feeder = new Thread(() -> {
            try (BufferedWriter in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), charset), bufferSize)) {
                while (items.hasNext()) {
                    in.write(String.valueOf(items.next()));
                    in.newLine();
                }
            } catch (IOException e) {
                // The command stopped reading; its exit status reports what happened.
            }
        }, "stdin writer for " + command.get(0));
        feeder.setDaemon(true);
        feeder.start();
        Thread stderr = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(System.err);
            } catch (IOException ignored) {
                // the process went away
            }
        }, "stderr reader for " + command.get(0));
        stderr.setDaemon(true);
        stderr.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), charset))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int status = process.waitFor();
        feeder.join();
        if (status != 0) {
            throw new IllegalStateException("Subprocess exited with status " + status + ". Command ran: " + String.join(" ", command));
        }
        return lines.iterator();
    }
}

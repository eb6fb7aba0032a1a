package io.ignis.cli;

import io.ignis.runtime.JvmFlags;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A node in a separate process, started the way {@code bin/ignis start} starts one (same main
 * class and options, this JVM's classpath and the build's JVM flags). For tests and benchmarks
 * that need real process boundaries; {@link #close()} stops it.
 */
public final class NodeProcess implements AutoCloseable {
    private final Process process;
    private final String address;
    private final String nodeId;
    private final StringBuffer output = new StringBuffer();

    private NodeProcess(Process process, String address, String nodeId) {
        this.process = process;
        this.address = address;
        this.nodeId = nodeId;
    }

    /**
     * Starts a node on {@code port} (0: a free one) joining {@code join} (may be empty), declaring
     * {@code resources} ({@code CPU=2,...}, null: detected), with a fixed heap of
     * {@code heap} (-Xms and -Xmx; null: the JVM's default). A heap that does not shrink keeps its
     * pages: with a growing one, every large object arrives in freshly committed memory, and the
     * page faults cost about a third of a 256 MiB fetch's time on the development machine.
     */
    public static NodeProcess start(int port, List<String> join, String resources, String heap) throws IOException {
        return start(port, join, resources, heap, System.getProperty("java.class.path"));
    }

    /** Like {@link #start(int, List, String, String)}, with the node's classpath given. */
    public static NodeProcess start(int port, List<String> join, String resources, String heap, String classpath)
            throws IOException {
        return start(port, join, resources, heap, classpath, List.of());
    }

    /** Like {@link #start(int, List, String, String, String)}, with more {@code ignis start} options. */
    public static NodeProcess start(int port, List<String> join, String resources, String heap, String classpath,
                                    List<String> moreOptions) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(port, join, resources, heap, classpath, moreOptions);
            } catch (IOException e) {
                // A port found free can be taken before the node binds it; with port 0, take another.
                if (port != 0 || attempt == 3 || e.getMessage() == null || !e.getMessage().contains("Failed to bind")) {
                    throw e;
                }
            }
        }
    }

    private static NodeProcess startOnce(int port, List<String> join, String resources, String heap, String classpath,
                                         List<String> moreOptions) throws IOException {
        List<String> options = new ArrayList<>(List.of("--port", Integer.toString(port == 0 ? freePort() : port)));
        options.addAll(moreOptions);
        if (!join.isEmpty()) {
            options.addAll(List.of("--join", String.join(",", join)));
        }
        if (resources != null) {
            options.addAll(List.of("--resources", resources));
        }
        List<String> command = command(heap == null ? List.of() : List.of("-Xms" + heap, "-Xmx" + heap), classpath, options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    log.append(line).append('\n');
                    if (line.startsWith(StartCommand.READY)) {
                        ready.complete(line.substring(StartCommand.READY.length()).trim());
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            ready.completeExceptionally(new IOException("node process exited before it was up:\n" + log));
        }, "node-process-output");
        reader.setDaemon(true);
        reader.start();
        String line;
        try {
            line = ready.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("node process did not come up: " + e.getMessage() + "\n" + log, e);
        }
        String[] parts = line.split(" ", 3);
        NodeProcess node = new NodeProcess(process, parts[1], parts[0]);
        node.output.append(log);
        return node;
    }

    /**
     * The command line of a node process: this JVM's java, {@code jvmOptions}, the build's JVM flags,
     * {@code classpath}, and {@code ignis start} with {@code startOptions}.
     */
    static List<String> command(List<String> jvmOptions, String classpath, List<String> startOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        for (String flag : JvmFlags.all().split("\\s+")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.add("-cp");
        command.add(classpath);
        command.add(IgnisCli.class.getName());
        command.add("start");
        command.addAll(startOptions);
        return command;
    }

    /** The node's discovery address, {@code host:port}, to join or connect a driver to. */
    public String address() {
        return address;
    }

    public String nodeId() {
        return nodeId;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

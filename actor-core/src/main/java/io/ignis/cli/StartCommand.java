package io.ignis.cli;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ignis start}: runs one node process, in the foreground (until stopped by a signal) or as
 * a daemon ({@code --daemon}: a background process whose pid file {@code ignis stop} finds).
 */
@Command(name = "start", description = "Start a node process (foreground, or --daemon).")
final class StartCommand implements Callable<Integer> {
    /** The line a node prints once it has joined; the daemon launcher and tests wait for it. */
    static final String READY = "ignis node up:";

    @Option(names = "--port", description = "Discovery port of this node (default: 47500 for a new cluster, a free port when joining).")
    Integer port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind and advertise (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--join", split = ",", description = "host:port of nodes of the cluster to join.")
    List<String> join = new ArrayList<>();

    @Option(names = "--resources", split = ",", paramLabel = "NAME=AMOUNT",
            description = "Resources this node declares, e.g. CPU=2,GPU=1,name=4 (default: detected).")
    Map<String, Double> resources;

    @Option(names = "--work-dir", description = "Folder for the node's files (default: a temporary folder).")
    Path workDir;

    @Option(names = "--object-store-memory", paramLabel = "BYTES", converter = ByteSize.class,
            description = "Bytes of objects kept in memory before spilling to disk, e.g. 512m or 2g (default: a quarter of the heap).")
    Long objectStoreBytes;

    @Option(names = "--failure-detection-ms", paramLabel = "MS",
            description = "How long a silent node stays a member before the others drop it (default: 10000).")
    Long failureDetectionMillis;

    @Option(names = "--daemon", description = "Run in the background; write a pid file for 'ignis stop'.")
    boolean daemon;

    @Override
    public Integer call() throws Exception {
        if (resources != null) {
            io.ignis.api.Resources.check(resources);
        }
        int discoveryPort = port != null ? port : join.isEmpty() ? 47500 : 0;
        if (daemon) {
            return startDaemon(discoveryPort);
        }
        IgnisConfig.Builder config = IgnisConfig.builder().host(host).port(discoveryPort).join(join).workDir(workDir);
        if (resources != null) {
            config.resources(resources);
        }
        if (objectStoreBytes != null) {
            config.objectStoreBytes(objectStoreBytes);
        }
        if (failureDetectionMillis != null) {
            config.failureDetectionTimeout(java.time.Duration.ofMillis(failureDetectionMillis));
        }
        IgnisRuntime runtime = Ignis.init(config.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "ignis-shutdown"));
        NodeInfo self = runtime.nodes().stream().filter(n -> n.id().equals(runtime.nodeId())).findFirst().orElseThrow();
        System.out.println(READY + " " + self.id() + " " + self.address() + " " + self.totalResources());
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** Starts this command again without --daemon, in the background, and waits until the node is up. */
    private int startDaemon(int discoveryPort) throws IOException, InterruptedException {
        Path run = Files.createDirectories(Daemons.runDir());
        List<String> options = new ArrayList<>(List.of("--port", Integer.toString(discoveryPort == 0 ? freePort() : discoveryPort),
                "--host", host));
        if (!join.isEmpty()) {
            options.addAll(List.of("--join", String.join(",", join)));
        }
        if (resources != null) {
            StringBuilder spec = new StringBuilder();
            resources.forEach((k, v) -> spec.append(spec.length() == 0 ? "" : ",").append(k).append('=').append(v));
            options.addAll(List.of("--resources", spec.toString()));
        }
        if (workDir != null) {
            options.addAll(List.of("--work-dir", workDir.toString()));
        }
        if (objectStoreBytes != null) {
            options.addAll(List.of("--object-store-memory", Long.toString(objectStoreBytes)));
        }
        if (failureDetectionMillis != null) {
            options.addAll(List.of("--failure-detection-ms", Long.toString(failureDetectionMillis)));
        }
        List<String> command = NodeProcess.command(List.of(), System.getProperty("java.class.path"), options);
        Path log = Files.createTempFile(run, "node-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path pidFile = Daemons.pidFile(process.pid());
        Files.writeString(pidFile, Long.toString(process.pid()));
        Path named = run.resolve("node-" + process.pid() + ".log");
        Files.move(log, named);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                Files.deleteIfExists(pidFile);
                System.err.println("the node exited during start; its log " + named + ":");
                System.err.println(Files.readString(named));
                return 1;
            }
            try (BufferedReader reader = Files.newBufferedReader(named, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(READY)) {
                        System.out.println("started node (pid " + process.pid() + ", log " + named + "): "
                                + line.substring(READY.length()).trim());
                        return 0;
                    }
                }
            }
            Thread.sleep(100);
        }
        System.err.println("the node did not come up within 60 s; see " + named);
        return 1;
    }

    /** A byte count with an optional k, m or g suffix (powers of 1024). */
    static final class ByteSize implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            int shift = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
                case 'k' -> 10;
                case 'm' -> 20;
                case 'g' -> 30;
                default -> 0;
            };
            String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
            try {
                long value = Long.parseLong(digits);
                if (value <= 0) {
                    throw new picocli.CommandLine.TypeConversionException("must be positive: " + text);
                }
                return value << shift;
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("not a byte count (like 512m or 2g): " + text);
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

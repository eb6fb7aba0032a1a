package io.ignis.runtime;

import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.Resources;
import io.ignis.api.exception.StartupException;
import io.ignis.api.spi.RuntimeFactory;
import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts what an {@link IgnisConfig} asks for: a new cluster of N nodes in this JVM (the first on
 * the given or a free port, the others joining it), nodes joining an existing cluster, or a driver
 * alone. Found by {@link io.ignis.api.Ignis#init} through {@link java.util.ServiceLoader}.
 */
public final class RuntimeFactoryImpl implements RuntimeFactory {
    @Override
    public IgnisRuntime create(IgnisConfig config) {
        JvmFlags.check();
        Map<String, Double> resources = config.resources() != null ? config.resources() : NodeResources.detect();
        List<Integer> detected = config.resources() != null && !config.resources().containsKey(Resources.GPU)
                ? List.of() : NodeResources.detectGpus();
        List<Integer> gpuIds = NodeResources.gpuIds(resources.getOrDefault(Resources.GPU, 0.0), detected);
        Path workDir = workDir(config);
        long storeBytes = config.objectStoreBytes() > 0 ? config.objectStoreBytes()
                : Runtime.getRuntime().maxMemory() / 4 / Math.max(1, config.localNodes());
        List<Node> nodes = new ArrayList<>();
        try {
            List<String> join = new ArrayList<>(config.join());
            if (config.localNodes() == 0) {
                nodes.add(Node.start(new Node.Settings(config.host(), config.port(), join, true, Map.of(), List.of(),
                        workDir.resolve("driver"), config.loadReportInterval(), storeBytes,
                        config.failureDetectionTimeout())));
            }
            for (int i = 0; i < config.localNodes(); i++) {
                boolean chosen = i == 0 && config.port() != 0;
                for (int attempt = 1; ; attempt++) {
                    int port = chosen ? config.port() : freePort(config.host());
                    try {
                        nodes.add(Node.start(new Node.Settings(config.host(), port, join, false, resources, gpuIds,
                                workDir.resolve("node-" + i), config.loadReportInterval(), storeBytes,
                                config.failureDetectionTimeout())));
                    } catch (StartupException e) {
                        // A port found free can be taken before the node binds it (by an outgoing
                        // connection of any process: both draw from the ephemeral range); take another.
                        if (chosen || attempt == 3 || !portTaken(e)) {
                            throw e;
                        }
                        continue;
                    }
                    if (join.isEmpty()) {
                        join.add(config.host() + ":" + port);
                    }
                    break;
                }
            }
        } catch (RuntimeException e) {
            for (int i = nodes.size() - 1; i >= 0; i--) {
                nodes.get(i).close();
            }
            throw e;
        }
        Runnable afterClose = config.workDir() == null ? () -> deleteTree(workDir) : () -> { };
        return new RuntimeImpl(nodes.get(0), nodes, afterClose);
    }

    private static Path workDir(IgnisConfig config) {
        try {
            if (config.workDir() != null) {
                return Files.createDirectories(config.workDir());
            }
            return Files.createTempDirectory("ignis-");
        } catch (IOException e) {
            throw new StartupException("cannot create the work directory", e);
        }
    }

    private static boolean portTaken(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Failed to bind")) {
                return true;
            }
        }
        return false;
    }

    static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StartupException("cannot find a free port on " + host, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}

package io.ignis.runtime;

import io.ignis.api.Resources;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a node declares when the user does not say: CPUs = cores, GPUs found by nvidia-smi, memory = max heap. */
public final class NodeResources {
    private NodeResources() {}

    public static Map<String, Double> detect() {
        Map<String, Double> resources = new HashMap<>();
        resources.put(Resources.CPU, (double) Runtime.getRuntime().availableProcessors());
        resources.put(Resources.GPU, (double) detectGpus().size());
        resources.put(Resources.MEMORY, (double) Runtime.getRuntime().maxMemory());
        return resources;
    }

    /** GPU indices as nvidia-smi numbers them; empty when it is absent or fails. */
    public static List<Integer> detectGpus() {
        return detectGpus("nvidia-smi");
    }

    /** GPU indices as the nvidia-smi at {@code command} (a name on the PATH, or a path) lists them. */
    static List<Integer> detectGpus(String command) {
        List<Integer> ids = new ArrayList<>();
        try {
            Process process = new ProcessBuilder(command, "--query-gpu=index", "--format=csv,noheader")
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    line = line.trim();
                    if (line.matches("\\d+")) {
                        ids.add(Integer.parseInt(line));
                    }
                }
            }
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return List.of();
            }
        } catch (java.io.IOException e) {
            return List.of(); // no nvidia-smi: no GPUs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        return ids;
    }

    /** GPU ids for a node declaring {@code count} GPUs: the detected ones if there are that many, else 0..count-1. */
    public static List<Integer> gpuIds(double count, List<Integer> detected) {
        int n = (int) Math.floor(count);
        if (detected.size() >= n) {
            return detected.subList(0, n);
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(i);
        }
        return ids;
    }
}

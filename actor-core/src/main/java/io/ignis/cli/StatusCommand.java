package io.ignis.cli;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ignis status}: joins a cluster as a driver and prints its nodes with total and available resources. */
@Command(name = "status", description = "Print a cluster's nodes with their total and available resources.")
final class StatusCommand implements Callable<Integer> {
    @Option(names = "--address", defaultValue = "127.0.0.1:47500", description = "host:port of a node of the cluster (default: ${DEFAULT-VALUE}).")
    String address;

    @Override
    public Integer call() {
        try (IgnisRuntime runtime = Ignis.init(IgnisConfig.builder().localNodes(0).join(List.of(address)).build())) {
            waitForLoadReports();
            System.out.print(table(runtime.nodes()));
        }
        return 0;
    }

    /** Nodes report their free resources every second at the latest; give the first reports time to arrive. */
    private static void waitForLoadReports() {
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String table(List<NodeInfo> nodes) {
        TreeSet<String> names = new TreeSet<>();
        nodes.forEach(n -> names.addAll(n.totalResources().keySet()));
        StringBuilder out = new StringBuilder(String.format("%-10s %-22s", "NODE", "ADDRESS"));
        for (String name : names) {
            out.append(String.format(" %-20s", name + " (free/total)"));
        }
        out.append('\n');
        for (NodeInfo node : nodes) {
            out.append(String.format("%-10s %-22s", node.id().substring(0, 8), node.driver() ? "(driver)" : node.address()));
            for (String name : names) {
                out.append(String.format(" %-20s", amount(node.availableResources(), name) + "/" + amount(node.totalResources(), name)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String amount(Map<String, Double> resources, String name) {
        double value = resources.getOrDefault(name, 0.0);
        if (name.equals("memory")) {
            return (long) (value / (1 << 20)) + "M";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.2f", value);
    }
}

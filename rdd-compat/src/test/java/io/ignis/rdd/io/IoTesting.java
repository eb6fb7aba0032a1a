package io.ignis.rdd.io;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.function.IgnisFunc1;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.ops.MapPartitionsRdd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What the io tests share: a real two-node runtime, collecting partitions, and listing output folders. */
final class IoTesting {
    private IoTesting() {}

    /** A context over two embedded nodes, so partitions and their splits travel between nodes. */
    static RddContext newContext() {
        return new RddContext(Ignis.init(IgnisConfig.builder().localNodes(2).resources(Map.of("CPU", 2.0)).build()), true, 4);
    }

    /** Every partition's elements, in partition order. */
    static <T> List<List<T>> partitions(RddContext context, Rdd<T> rdd) {
        return context.runJob(rdd, (scope, items) -> {
            List<T> list = new ArrayList<>();
            items.forEachRemaining(list::add);
            return list;
        });
    }

    static <T> List<T> collect(RddContext context, Rdd<T> rdd) {
        List<T> all = new ArrayList<>();
        partitions(context, rdd).forEach(all::addAll);
        return all;
    }

    /** Maps each element inside the task (Writables must become Serializable values before they travel). */
    static <T, U> Rdd<U> map(Rdd<T> rdd, IgnisFunc1<T, U> function) {
        return new MapPartitionsRdd<T, U>(rdd, (scope, index, items) -> io.ignis.rdd.ops.Functions.map(items, function), false);
    }

    /** The names in {@code folder}, Hadoop's hidden checksum files left out. */
    static TreeSet<String> visibleNames(Path folder) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).forEach(names::add);
        }
        return names;
    }
}

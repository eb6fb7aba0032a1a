package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * A broadcast variable's life: read in tasks, unpersisted (tasks still read it: it is sent
 * again), unpersisted blocking, then destroyed, after which reading it on the driver or using it
 * in a task fails.
 */
public final class BroadcastLifecycle {
    private BroadcastLifecycle() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("BroadcastLifecycle").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int[] table = IntStream.range(0, 1000).map(index -> index * index % 97).toArray();
            Broadcast<int[]> lookup = sc.broadcast(table);
            JavaRDD<Integer> indexes = sc.parallelize(IntStream.range(0, 20).map(index -> index * 37).boxed()
                    .collect(Collectors.toList()), 4);

            System.out.println("lookups: " + indexes.map(index -> lookup.value()[index]).collect());
            System.out.println("table length seen by tasks: " + indexes.map(index -> lookup.value().length).distinct().collect());

            lookup.unpersist();
            System.out.println("after unpersist: " + indexes.map(index -> lookup.value()[index] + 1).reduce(Integer::sum));
            lookup.unpersist(true);
            System.out.println("after blocking unpersist: " + indexes.filter(index -> lookup.value()[index] > 50).count());

            Broadcast<List<String>> words = sc.broadcast(List.of("zero", "one", "two", "three"));
            System.out.println("second broadcast: " + sc.parallelize(List.of(3, 1, 2, 0), 2).map(index -> words.value().get(index)).collect());

            lookup.destroy();
            try {
                System.out.println("value after destroy: " + lookup.value().length);
            } catch (Exception expected) {
                System.out.println("value after destroy: " + expected.getClass().getName());
            }
            try {
                System.out.println("task after destroy: " + indexes.map(index -> lookup.value()[index]).collect());
            } catch (Exception expected) {
                System.out.println("task after destroy: " + expected.getClass().getName());
            }
            System.out.println("other broadcast still usable: " + sc.parallelize(List.of(2), 1).map(index -> words.value().get(index)).first());
        }
    }
}

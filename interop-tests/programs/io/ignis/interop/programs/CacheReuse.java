package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Cache reuse, observed through an accumulator that counts how often the map function runs:
 * without cache two actions compute every element twice, with cache() once; persist levels,
 * getPersistentRDDs with the names set by setName, unpersist (after which actions compute again),
 * and the error for changing a persisted RDD's storage level.
 */
public final class CacheReuse {
    private CacheReuse() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("CacheReuse").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 100).boxed().collect(Collectors.toList());
            LongAccumulator computed = sc.sc().longAccumulator("computed");

            JavaRDD<Integer> plain = sc.parallelize(numbers, 4).map(number -> {
                computed.add(1);
                return number * number;
            });
            System.out.println("plain: count " + plain.count() + ", sum " + plain.reduce(Integer::sum) + ", computed " + computed.value());
            System.out.println("plain storage level: " + plain.getStorageLevel().description());

            computed.reset();
            JavaRDD<Integer> cached = sc.parallelize(numbers, 4).map(number -> {
                computed.add(1);
                return number * 3;
            }).setName("tripled").cache();
            System.out.println("cached: count " + cached.count() + ", sum " + cached.reduce(Integer::sum)
                    + ", max " + cached.max(java.util.Comparator.naturalOrder()) + ", computed " + computed.value());
            System.out.println("cached name: " + cached.name() + ", level " + cached.getStorageLevel()
                    + ", is MEMORY_ONLY: " + cached.getStorageLevel().equals(StorageLevel.MEMORY_ONLY()));

            JavaRDD<String> onDisk = sc.parallelize(numbers, 2).map(number -> "n" + number).setName("labels")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            System.out.println("persisted: " + onDisk.count() + " labels, level " + onDisk.getStorageLevel().description());
            System.out.println("persistent RDDs: " + persistentNames(sc));

            cached.unpersist();
            System.out.println("after unpersist: level " + cached.getStorageLevel().description() + ", persistent RDDs: " + persistentNames(sc));
            computed.reset();
            System.out.println("count after unpersist: " + cached.count() + ", computed again " + computed.value());

            try {
                onDisk.persist(StorageLevel.DISK_ONLY());
                System.out.println("changing the level: allowed");
            } catch (Exception expected) {
                Show.failureMessage("changing the level of a persisted RDD", expected);
            }
            onDisk.persist(StorageLevel.MEMORY_AND_DISK());
            System.out.println("persisting again at the same level: allowed, " + onDisk.getStorageLevel().description());
            onDisk.unpersist(true);
            System.out.println("at the end: " + persistentNames(sc));
        }
    }

    private static List<String> persistentNames(JavaSparkContext sc) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<Integer, JavaRDD<?>> entry : sc.getPersistentRDDs().entrySet()) {
            names.add(entry.getValue().name());
        }
        names.sort(null);
        return names;
    }
}

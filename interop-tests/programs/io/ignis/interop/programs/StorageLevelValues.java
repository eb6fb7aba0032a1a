package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

/**
 * StorageLevel values: the constants' flags, descriptions and string forms, fromString (and its
 * error for an unknown name), StorageLevels.create, equality; RDDs persisted at several levels
 * give the same results.
 */
public final class StorageLevelValues {
    private StorageLevelValues() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("StorageLevelValues").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            StorageLevel[] levels = {StorageLevel.NONE(), StorageLevel.DISK_ONLY(), StorageLevel.DISK_ONLY_2(),
                StorageLevel.MEMORY_ONLY(), StorageLevel.MEMORY_ONLY_2(), StorageLevel.MEMORY_ONLY_SER(),
                StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK_SER_2(), StorageLevel.OFF_HEAP()};
            for (StorageLevel level : levels) {
                System.out.println(level + ": disk " + level.useDisk() + ", memory " + level.useMemory() + ", offHeap " + level.useOffHeap()
                        + ", deserialized " + level.deserialized() + ", replication " + level.replication() + ", valid " + level.isValid()
                        + ", description " + level.description());
            }
            System.out.println("fromString MEMORY_AND_DISK equals the constant: "
                    + StorageLevel.fromString("MEMORY_AND_DISK").equals(StorageLevel.MEMORY_AND_DISK()));
            try {
                StorageLevel.fromString("MEMORY_SOMETIMES");
                System.out.println("unknown level: accepted");
            } catch (Exception expected) {
                Show.failureMessage("unknown level", expected);
            }
            StorageLevel created = org.apache.spark.api.java.StorageLevels.create(true, true, false, false, 2);
            System.out.println("created: " + created + ", equals MEMORY_AND_DISK_SER_2: " + created.equals(StorageLevel.MEMORY_AND_DISK_SER_2())
                    + ", Java constant MEMORY_ONLY: " + org.apache.spark.api.java.StorageLevels.MEMORY_ONLY);

            List<Integer> numbers = IntStream.rangeClosed(1, 50).boxed().collect(Collectors.toList());
            for (StorageLevel level : new StorageLevel[] {StorageLevel.MEMORY_ONLY(), StorageLevel.MEMORY_ONLY_SER(),
                StorageLevel.MEMORY_AND_DISK(), StorageLevel.DISK_ONLY()}) {
                JavaRDD<Integer> persisted = sc.parallelize(numbers, 3).map(number -> number * 7 % 50).persist(level);
                System.out.println("persisted at " + level.description() + ": sum " + persisted.reduce(Integer::sum)
                        + ", again " + persisted.reduce(Integer::sum) + ", level kept " + persisted.getStorageLevel().equals(level));
                persisted.unpersist();
            }
        }
    }
}

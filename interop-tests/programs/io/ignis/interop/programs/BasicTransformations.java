package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The narrow transformations, whose results keep parallelize's partitions and order: map, flatMap,
 * filter, mapPartitions, mapPartitionsWithIndex, glom, keyBy, mapToPair, flatMapToPair,
 * mapToDouble, flatMapToDouble, and chains of them.
 */
public final class BasicTransformations {
    private BasicTransformations() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("BasicTransformations").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 3);
            System.out.println("partitions: " + rdd.getNumPartitions());
            System.out.println("glom: " + rdd.glom().collect());
            System.out.println("map: " + rdd.map(number -> number * 10).collect());
            System.out.println("flatMap: " + rdd.flatMap(number -> Collections3.repeat(number, number % 3)).collect());
            System.out.println("filter: " + rdd.filter(number -> number % 3 != 0).collect());
            System.out.println("mapPartitions (sum per partition): " + rdd.mapPartitions(elements -> {
                int sum = 0;
                while (elements.hasNext()) {
                    sum += elements.next();
                }
                return List.of(sum).iterator();
            }).collect());
            System.out.println("mapPartitionsWithIndex: " + rdd.mapPartitionsWithIndex((index, elements) -> {
                List<String> tagged = new ArrayList<>();
                elements.forEachRemaining(element -> tagged.add(index + ":" + element));
                return tagged.iterator();
            }, true).collect());
            System.out.println("keyBy: " + rdd.keyBy(number -> number % 4).collect());
            System.out.println("mapToPair: " + rdd.mapToPair(number -> new Tuple2<>("k" + number % 2, number)).take(4));
            System.out.println("flatMapToPair: " + rdd.flatMapToPair(number -> List.of(new Tuple2<>(number, "a"), new Tuple2<>(number, "b")).iterator()).take(5));
            System.out.println("mapToDouble: " + rdd.mapToDouble(number -> number / 4.0).collect());
            System.out.println("flatMapToDouble: " + rdd.flatMapToDouble(number -> List.of((double) number, -number / 2.0).iterator()).take(6));
            System.out.println("chain: " + rdd.map(number -> number * number).filter(square -> square % 2 == 1)
                    .map(square -> "odd square " + square).collect());
            System.out.println("strings: " + sc.parallelize(Arrays.asList("spark", "on", "tasks", "and", "actors"), 2)
                    .map(String::toUpperCase).filter(word -> word.length() > 2).glom().collect());
            System.out.println("empty partitions: " + sc.parallelize(List.of(1, 2), 5).glom().collect());
            System.out.println("count after flatMap to nothing: " + rdd.flatMap(number -> new ArrayList<Integer>().iterator()).count());
        }
    }

    /** A tiny list helper, to keep the lambdas short. */
    static final class Collections3 {
        private Collections3() {
        }

        static java.util.Iterator<Integer> repeat(int value, int times) {
            List<Integer> copies = new ArrayList<>();
            for (int index = 0; index < times; index++) {
                copies.add(value);
            }
            return copies.iterator();
        }
    }
}

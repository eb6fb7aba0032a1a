package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The built-in accumulators, updated in actions (foreach, foreachPartition) where each task's
 * update counts once: LongAccumulator (value, sum, count, avg), DoubleAccumulator,
 * CollectionAccumulator, named and unnamed, added to on the driver too, and reset.
 */
public final class Accumulators {
    private Accumulators() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Accumulators").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 4);

            LongAccumulator evens = sc.sc().longAccumulator("evens");
            DoubleAccumulator halves = sc.sc().doubleAccumulator("halves");
            CollectionAccumulator<String> multiplesOfSeven = sc.sc().collectionAccumulator("multiples of seven");
            LongAccumulator partitions = sc.sc().longAccumulator();
            System.out.println("before: evens " + evens.value() + " zero " + evens.isZero() + ", halves " + halves.value()
                    + ", multiples " + multiplesOfSeven.value() + " zero " + multiplesOfSeven.isZero());

            rdd.foreach(number -> {
                if (number % 2 == 0) {
                    evens.add(number);
                }
                halves.add(number / 2.0);
                if (number % 7 == 0) {
                    multiplesOfSeven.add("seven x " + number / 7);
                }
            });
            rdd.foreachPartition(elements -> partitions.add(1));

            System.out.println("evens: value " + evens.value() + ", sum " + evens.sum() + ", count " + evens.count()
                    + ", avg " + evens.avg() + ", zero " + evens.isZero());
            System.out.println("halves: value " + halves.value() + ", count " + halves.count() + ", avg " + halves.avg());
            System.out.println("multiples of seven: " + Show.sorted(multiplesOfSeven.value()));
            System.out.println("partitions seen: " + partitions.value());
            System.out.println("names: " + evens.name().get() + " / " + halves.name().get() + " / "
                    + multiplesOfSeven.name().get() + " / unnamed has a name: " + partitions.name().isDefined());

            evens.add(1000);
            System.out.println("after a driver-side add: " + evens.value() + " over " + evens.count() + " adds");
            rdd.filter(number -> number > 35).foreach(number -> evens.add(number));
            System.out.println("after a second action: " + evens.value());
            evens.reset();
            System.out.println("after reset: " + evens.value() + ", zero " + evens.isZero());

            LongAccumulator copy = evens.copy();
            copy.add(5);
            System.out.println("copy is independent: copy " + copy.value() + ", original " + evens.value());
            evens.merge(copy);
            System.out.println("after merging the copy: " + evens.value());
        }
    }
}

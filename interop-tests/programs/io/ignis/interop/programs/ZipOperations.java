package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Zipping: zip of two RDDs of the same shape, zipPartitions over two RDDs' iterators,
 * zipWithIndex (indexes follow partition order) and zipWithUniqueId (k, n+k, 2n+k in partition k).
 */
public final class ZipOperations {
    private ZipOperations() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("ZipOperations").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<String> letters = sc.parallelize(List.of("a", "b", "c", "d", "e", "f", "g"), 3);
            JavaRDD<Integer> numbers = sc.parallelize(IntStream.rangeClosed(1, 7).boxed().collect(Collectors.toList()), 3);

            System.out.println("zip: " + letters.zip(numbers).collect());
            System.out.println("zip with a mapped self: " + numbers.zip(numbers.map(number -> number * number)).collect());
            System.out.println("zipPartitions: " + letters.zipPartitions(numbers, (letterIterator, numberIterator) -> {
                StringBuilder joined = new StringBuilder();
                while (letterIterator.hasNext()) {
                    joined.append(letterIterator.next());
                }
                int sum = 0;
                while (numberIterator.hasNext()) {
                    sum += numberIterator.next();
                }
                return List.of(joined + "/" + sum).iterator();
            }).collect());
            System.out.println("zipWithIndex: " + letters.zipWithIndex().collect());
            System.out.println("zipWithUniqueId: " + letters.zipWithUniqueId().collect());
            JavaRDD<Integer> uneven = sc.parallelize(IntStream.range(0, 10).boxed().collect(Collectors.toList()), 4)
                    .filter(number -> number != 3 && number != 4);
            System.out.println("uneven partitions: " + uneven.glom().collect());
            System.out.println("zipWithIndex of uneven: " + uneven.zipWithIndex().collect());
            System.out.println("zipWithUniqueId of uneven: " + uneven.zipWithUniqueId().collect());
            System.out.println("index of the last element: " + uneven.zipWithIndex().values().reduce(Math::max));
        }
    }
}

package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The actions of plain RDDs: collect, count, first, take, reduce, treeReduce, fold (its zero used
 * once per partition and once more when merging), aggregate, treeAggregate, isEmpty, foreach and
 * foreachPartition (seen through accumulators), toLocalIterator, collectPartitions, countByValue,
 * max and min.
 */
public final class Actions {
    private Actions() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Actions").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 25).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 4);

            System.out.println("collect: " + rdd.collect());
            System.out.println("count: " + rdd.count() + ", first: " + rdd.first());
            System.out.println("take(0): " + rdd.take(0) + ", take(3): " + rdd.take(3) + ", take(8): " + rdd.take(8) + ", take(100): " + rdd.take(100).size());
            System.out.println("reduce: " + rdd.reduce(Integer::sum) + ", treeReduce: " + rdd.treeReduce(Integer::sum)
                    + ", treeReduce depth 3: " + rdd.treeReduce(Math::max, 3));
            System.out.println("fold(0): " + rdd.fold(0, Integer::sum) + ", fold(1) over 4 partitions: " + rdd.fold(1, Integer::sum));
            Tuple2<Integer, Integer> sumAndCount = rdd.aggregate(new Tuple2<>(0, 0),
                    (accumulated, number) -> new Tuple2<>(accumulated._1() + number, accumulated._2() + 1),
                    (left, right) -> new Tuple2<>(left._1() + right._1(), left._2() + right._2()));
            System.out.println("aggregate (sum, count): " + sumAndCount);
            System.out.println("treeAggregate sum of squares: " + rdd.treeAggregate(0L,
                    (accumulated, number) -> accumulated + (long) number * number, Long::sum)
                    + ", depth 3: " + rdd.treeAggregate(0L, (accumulated, number) -> accumulated + number, Long::sum, 3));
            System.out.println("isEmpty: " + rdd.isEmpty() + ", filtered to nothing: " + rdd.filter(number -> number > 100).isEmpty()
                    + ", emptyRDD: " + sc.emptyRDD().isEmpty());

            LongAccumulator seen = sc.sc().longAccumulator("seen");
            LongAccumulator partitionSizes = sc.sc().longAccumulator("partition sizes");
            rdd.foreach(number -> seen.add(1));
            rdd.foreachPartition(elements -> {
                long size = 0;
                while (elements.hasNext()) {
                    elements.next();
                    size++;
                }
                partitionSizes.add(size * size);
            });
            System.out.println("foreach saw " + seen.value() + ", foreachPartition sum of squared sizes " + partitionSizes.value());

            List<Integer> iterated = new ArrayList<>();
            Iterator<Integer> local = rdd.map(number -> number * 2).toLocalIterator();
            while (local.hasNext()) {
                iterated.add(local.next());
            }
            System.out.println("toLocalIterator: " + iterated);
            List<Integer>[] partitions = rdd.collectPartitions(new int[] {0, 3});
            System.out.println("collectPartitions(0, 3): " + Arrays.toString(partitions));
            System.out.println("countByValue: " + Show.sortedMap(rdd.map(number -> number % 4).countByValue()));
            System.out.println("max: " + rdd.max(java.util.Comparator.naturalOrder()) + ", min: " + rdd.min(java.util.Comparator.naturalOrder()));
            System.out.println("strings reduce: " + sc.parallelize(List.of("a", "b", "c", "d"), 1).reduce(String::concat));
            System.out.println("count of a union: " + rdd.union(rdd).count());
        }
    }
}

package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Per-key aggregation with combiners: combineByKey (an average per key from sum and count, with a
 * partition count and with a partitioner), aggregateByKey (min and max), foldByKey, and the
 * per-key results printed sorted.
 */
public final class CombineAggregate {
    private CombineAggregate() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("CombineAggregate").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaPairRDD<String, Double> temperatures = sc.parallelizePairs(List.of(
                    new Tuple2<>("oslo", -3.5), new Tuple2<>("lima", 19.0), new Tuple2<>("oslo", 1.5),
                    new Tuple2<>("kyoto", 8.25), new Tuple2<>("lima", 21.5), new Tuple2<>("oslo", -7.0),
                    new Tuple2<>("kyoto", 12.75), new Tuple2<>("lima", 18.0), new Tuple2<>("quito", 14.0)), 3);

            JavaPairRDD<String, Tuple2<Double, Integer>> sumCount = temperatures.combineByKey(
                    value -> new Tuple2<>(value, 1),
                    (combined, value) -> new Tuple2<>(combined._1() + value, combined._2() + 1),
                    (left, right) -> new Tuple2<>(left._1() + right._1(), left._2() + right._2()));
            System.out.println("sum and count: " + Show.sorted(sumCount.collect()));
            System.out.println("average: " + Show.sorted(sumCount.mapValues(pair -> pair._1() / pair._2()).collect()));

            JavaPairRDD<String, Integer> countsInTwo = temperatures.combineByKey(value -> 1, (count, value) -> count + 1, Integer::sum, 2);
            System.out.println("combineByKey into 2: " + Show.sorted(countsInTwo.collect()) + ", partitions " + countsInTwo.getNumPartitions());
            JavaPairRDD<String, String> joinedText = temperatures.combineByKey(String::valueOf,
                    (text, value) -> text + ";" + value, (left, right) -> left + ";" + right, new HashPartitioner(3));
            System.out.println("combineByKey with a partitioner: partitioner " + joinedText.partitioner().get().equals(new HashPartitioner(3))
                    + ", lengths " + Show.sorted(joinedText.mapValues(text -> text.split(";").length).collect()));

            JavaPairRDD<String, Tuple2<Double, Double>> minMax = temperatures.aggregateByKey(
                    new Tuple2<>(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                    (range, value) -> new Tuple2<>(Math.min(range._1(), value), Math.max(range._2(), value)),
                    (left, right) -> new Tuple2<>(Math.min(left._1(), right._1()), Math.max(left._2(), right._2())));
            System.out.println("aggregateByKey min and max: " + Show.sorted(minMax.collect()));
            JavaPairRDD<String, Integer> aggregatedFour = temperatures.aggregateByKey(0, 4, (count, value) -> count + 1, Integer::sum);
            System.out.println("aggregateByKey into 4: " + Show.sorted(aggregatedFour.collect()) + ", partitions " + aggregatedFour.getNumPartitions());

            System.out.println("foldByKey sum: " + Show.sorted(temperatures.foldByKey(0.0, Double::sum).collect()));
            System.out.println("foldByKey max: " + Show.sorted(temperatures.foldByKey(Double.NEGATIVE_INFINITY, Math::max).collect()));
            System.out.println("foldByKey into 2: " + temperatures.foldByKey(0.0, 2, Double::sum).getNumPartitions() + " partitions");
        }
    }
}

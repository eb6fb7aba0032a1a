package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaDoubleRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.partial.BoundedDouble;
import org.apache.spark.partial.PartialResult;
import scala.Tuple2;

/**
 * Approximate actions given time to finish: countApprox, countByValueApprox, countByKeyApprox,
 * meanApprox and sumApprox, whose final values are exact (mean = low = high, confidence 1).
 */
public final class ApproximateActions {
    private static final long TIMEOUT_MILLIS = 60_000;

    private ApproximateActions() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("ApproximateActions").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<Integer> numbers = sc.parallelize(IntStream.range(0, 1000).boxed().collect(Collectors.toList()), 4);

            PartialResult<BoundedDouble> count = numbers.countApprox(TIMEOUT_MILLIS);
            System.out.println("countApprox: " + describe(count.getFinalValue()) + ", final " + count.isInitialValueFinal());
            System.out.println("countApprox(timeout, 0.9): " + describe(numbers.countApprox(TIMEOUT_MILLIS, 0.9).getFinalValue()));

            Map<Integer, BoundedDouble> byValue = numbers.map(number -> number % 3).countByValueApprox(TIMEOUT_MILLIS).getFinalValue();
            List<String> values = new ArrayList<>();
            byValue.forEach((value, bounded) -> values.add(value + "=" + describe(bounded)));
            System.out.println("countByValueApprox: " + Show.sorted(values));

            JavaPairRDD<String, Integer> pairs = numbers.mapToPair(number -> new Tuple2<>(number % 2 == 0 ? "even" : "odd", number));
            List<String> keys = new ArrayList<>();
            pairs.countByKeyApprox(TIMEOUT_MILLIS).getFinalValue().forEach((key, bounded) -> keys.add(key + "=" + describe(bounded)));
            System.out.println("countByKeyApprox: " + Show.sorted(keys));

            JavaDoubleRDD doubles = numbers.mapToDouble(number -> number * 0.5);
            System.out.println("meanApprox: " + describe(doubles.meanApprox(TIMEOUT_MILLIS).getFinalValue()));
            System.out.println("sumApprox: " + describe(doubles.sumApprox(TIMEOUT_MILLIS, 0.8).getFinalValue()));
            System.out.println("exact: count " + numbers.count() + ", mean " + doubles.mean() + ", sum " + doubles.sum());
        }
    }

    private static String describe(BoundedDouble bounded) {
        return "mean " + bounded.mean() + " low " + bounded.low() + " high " + bounded.high() + " confidence " + bounded.confidence();
    }
}

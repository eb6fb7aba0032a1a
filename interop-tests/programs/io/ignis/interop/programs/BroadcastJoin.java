package io.ignis.interop.programs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;
import scala.Tuple3;

/**
 * A map-side (broadcast) join: a small dimension table is broadcast and looked up in map, which
 * keeps the large side's order and partitioning; the result is checked against the same join done
 * with a shuffle (join).
 */
public final class BroadcastJoin {
    private BroadcastJoin() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("BroadcastJoin").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Map<String, String> countries = new HashMap<>();
            countries.put("NO", "Norway");
            countries.put("PE", "Peru");
            countries.put("JP", "Japan");
            countries.put("EC", "Ecuador");
            Broadcast<Map<String, String>> countryNames = sc.broadcast(countries);
            System.out.println("broadcast value on the driver: " + Show.sortedMap(countryNames.value()));

            JavaRDD<Tuple3<Integer, String, Integer>> orders = sc.parallelize(List.of(
                    new Tuple3<>(1, "NO", 120), new Tuple3<>(2, "JP", 75), new Tuple3<>(3, "PE", 40),
                    new Tuple3<>(4, "NO", 15), new Tuple3<>(5, "XX", 99), new Tuple3<>(6, "JP", 300),
                    new Tuple3<>(7, "EC", 64), new Tuple3<>(8, "PE", 8)), 3);

            JavaRDD<String> labelled = orders.map(order -> "order " + order._1() + " to "
                    + countryNames.value().getOrDefault(order._2(), "unknown") + ": " + order._3());
            System.out.println("labelled (map side, in order):");
            labelled.collect().forEach(line -> System.out.println("  " + line));

            JavaPairRDD<String, Integer> totalsByBroadcast = orders
                    .filter(order -> countryNames.value().containsKey(order._2()))
                    .mapToPair(order -> new Tuple2<>(countryNames.value().get(order._2()), order._3()))
                    .reduceByKey(Integer::sum);
            System.out.println("totals by broadcast lookup: " + Show.sorted(totalsByBroadcast.collect()));

            JavaPairRDD<String, String> countryTable = sc.parallelizePairs(List.of(
                    new Tuple2<>("NO", "Norway"), new Tuple2<>("PE", "Peru"),
                    new Tuple2<>("JP", "Japan"), new Tuple2<>("EC", "Ecuador")), 2);
            JavaPairRDD<String, Integer> totalsByShuffle = orders.mapToPair(order -> new Tuple2<>(order._2(), order._3()))
                    .join(countryTable)
                    .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()))
                    .reduceByKey(Integer::sum);
            System.out.println("totals by shuffle join: " + Show.sorted(totalsByShuffle.collect()));
            System.out.println("same: " + Show.sorted(totalsByBroadcast.collect()).equals(Show.sorted(totalsByShuffle.collect())));
        }
    }
}

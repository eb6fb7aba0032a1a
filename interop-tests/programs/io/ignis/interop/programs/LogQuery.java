package io.ignis.interop.programs;

import java.io.Serializable;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The classic log query over an Apache access log: each line is parsed with a regular expression,
 * keyed by (client, user, path) and reduced into request and byte totals; the program also counts
 * responses per status, finds the busiest paths and counts the lines that do not parse.
 */
public final class LogQuery {
    private static final Pattern ENTRY = Pattern.compile(
            "^(\\S+) \\S+ (\\S+) \\[([^\\]]+)\\] \"(\\S+) (\\S+) [^\"]*\" (\\d{3}) (\\d+) \"[^\"]*\" \"([^\"]*)\"$");

    private LogQuery() {
    }

    public static void main(String[] args) {
        String data = args[1];
        SparkConf conf = new SparkConf().setAppName("LogQuery").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<String> lines = sc.textFile(data + "/access.log", 3);
            JavaRDD<String> entries = lines.filter(line -> ENTRY.matcher(line).matches()).cache();
            System.out.println("lines: " + lines.count() + ", entries: " + entries.count()
                    + ", unparsed: " + lines.filter(line -> !ENTRY.matcher(line).matches()).count());

            JavaPairRDD<Tuple3<String, String, String>, Stats> byClient = entries.mapToPair(line -> {
                Matcher matcher = ENTRY.matcher(line);
                matcher.matches();
                Tuple3<String, String, String> key = new Tuple3<>(matcher.group(1), matcher.group(2), matcher.group(5));
                return new Tuple2<>(key, new Stats(1, Long.parseLong(matcher.group(7))));
            }).reduceByKey(Stats::merge);
            Show.sortedLines("per client, user and path", byClient.collect());

            JavaPairRDD<String, Integer> statuses = entries.mapToPair(line -> {
                Matcher matcher = ENTRY.matcher(line);
                matcher.matches();
                return new Tuple2<>(matcher.group(6), 1);
            }).reduceByKey(Integer::sum, 2);
            System.out.println("per status: " + Show.sorted(statuses.collect()));

            JavaPairRDD<String, Long> bytesPerPath = entries.mapToPair(line -> {
                Matcher matcher = ENTRY.matcher(line);
                matcher.matches();
                String path = matcher.group(5);
                int query = path.indexOf('?');
                return new Tuple2<>(query < 0 ? path : path.substring(0, query), Long.parseLong(matcher.group(7)));
            }).reduceByKey(Long::sum);
            System.out.println("busiest paths by bytes: " + bytesPerPath.takeOrdered(3, new ByBytesThenPath()));
            System.out.println("POST requests: " + entries.filter(line -> line.contains("\"POST ")).count());
        }
    }

    /** Requests and bytes of one key; merged by addition. */
    static final class Stats implements Serializable {
        private final long requests;
        private final long bytes;

        Stats(long requests, long bytes) {
            this.requests = requests;
            this.bytes = bytes;
        }

        Stats merge(Stats other) {
            return new Stats(requests + other.requests, bytes + other.bytes);
        }

        @Override
        public String toString() {
            return "requests=" + requests + " bytes=" + bytes;
        }
    }

    /** Most bytes first; equal totals in path order. */
    private static final class ByBytesThenPath implements Comparator<Tuple2<String, Long>>, Serializable {
        @Override
        public int compare(Tuple2<String, Long> left, Tuple2<String, Long> right) {
            int byBytes = Long.compare(right._2(), left._2());
            return byBytes != 0 ? byBytes : left._1().compareTo(right._1());
        }
    }
}

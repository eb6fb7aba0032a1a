package io.ignis.interop.programs;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.AccumulatorV2;

/**
 * Accumulators of the program's own: a longest-word accumulator and a word-length histogram, both
 * AccumulatorV2 subclasses registered with the context and updated from foreach.
 */
public final class CustomAccumulator {
    private CustomAccumulator() {
    }

    public static void main(String[] args) {
        String data = args[1];
        SparkConf conf = new SparkConf().setAppName("CustomAccumulator").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            LongestWord longest = new LongestWord();
            LengthHistogram histogram = new LengthHistogram();
            System.out.println("registered before: " + longest.isRegistered());
            sc.sc().register(longest, "longest word");
            sc.sc().register(histogram, "length histogram");
            System.out.println("registered after: " + longest.isRegistered() + ", name " + longest.name().get());

            JavaRDD<String> words = sc.textFile(data + "/words.txt", 3)
                    .flatMap(line -> java.util.Arrays.asList(line.split("[^A-Za-z]+")).iterator())
                    .filter(word -> !word.isEmpty());
            words.foreach(word -> {
                longest.add(word);
                histogram.add(word.length());
            });
            System.out.println("longest word: " + longest.value());
            System.out.println("length histogram: " + histogram.value());
            System.out.println("words counted: " + histogram.value().values().stream().mapToLong(Long::longValue).sum()
                    + " = " + words.count());
            System.out.println("zero after use: " + histogram.isZero());
            LengthHistogram fresh = (LengthHistogram) histogram.copyAndReset();
            System.out.println("copyAndReset zero: " + fresh.isZero() + ", original kept: " + histogram.value().size() + " lengths");
        }
    }

    /** Keeps the longest string added; equal lengths keep the alphabetically first. */
    static final class LongestWord extends AccumulatorV2<String, String> {
        private String longest = "";

        @Override
        public boolean isZero() {
            return longest.isEmpty();
        }

        @Override
        public AccumulatorV2<String, String> copy() {
            LongestWord copy = new LongestWord();
            copy.longest = longest;
            return copy;
        }

        @Override
        public void reset() {
            longest = "";
        }

        @Override
        public void add(String word) {
            if (word.length() > longest.length() || (word.length() == longest.length() && word.compareTo(longest) < 0)) {
                longest = word;
            }
        }

        @Override
        public void merge(AccumulatorV2<String, String> other) {
            add(other.value());
        }

        @Override
        public String value() {
            return longest;
        }
    }

    /** Counts how many added words have each length. */
    static final class LengthHistogram extends AccumulatorV2<Integer, Map<Integer, Long>> {
        private final TreeMap<Integer, Long> counts = new TreeMap<>();

        @Override
        public boolean isZero() {
            return counts.isEmpty();
        }

        @Override
        public AccumulatorV2<Integer, Map<Integer, Long>> copy() {
            LengthHistogram copy = new LengthHistogram();
            copy.counts.putAll(counts);
            return copy;
        }

        @Override
        public void reset() {
            counts.clear();
        }

        @Override
        public void add(Integer length) {
            counts.merge(length, 1L, Long::sum);
        }

        @Override
        public void merge(AccumulatorV2<Integer, Map<Integer, Long>> other) {
            other.value().forEach((length, count) -> counts.merge(length, count, Long::sum));
        }

        @Override
        public Map<Integer, Long> value() {
            return counts;
        }
    }
}

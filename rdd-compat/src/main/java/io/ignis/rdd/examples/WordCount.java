package io.ignis.rdd.examples;

import io.ignis.cli.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * {@code bin/ignis example wordcount [file]}: a word count written against Spark's Java API, run
 * on an embedded Ignis runtime; prints the most frequent words of the file (the project's README
 * when none is given).
 */
public final class WordCount implements Example {
    @Override
    public String name() {
        return "wordcount";
    }

    @Override
    public String description() {
        return "Spark-API word count on the embedded runtime: wordcount [file] [top-n]";
    }

    @Override
    public void run(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : defaultFile();
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        SparkConf conf = new SparkConf().setAppName("wordcount").setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long started = System.nanoTime();
            JavaRDD<String> lines = sc.textFile(file.toAbsolutePath().toUri().toString());
            JavaPairRDD<String, Integer> counts = lines
                    .flatMap(line -> Arrays.asList(line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")).iterator())
                    .filter(word -> !word.isEmpty())
                    .mapToPair(word -> new Tuple2<>(word, 1))
                    .reduceByKey(Integer::sum);
            List<Tuple2<Integer, String>> topWords = counts
                    .mapToPair(pair -> new Tuple2<>(pair._2(), pair._1()))
                    .sortByKey(false)
                    .take(top);
            long words = counts.values().reduce(Integer::sum);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s: %d words, %d distinct, in %d partitions (%.2f s)%n", file, words, counts.count(),
                    lines.getNumPartitions(), seconds);
            for (Tuple2<Integer, String> entry : topWords) {
                System.out.printf("%8d  %s%n", entry._1(), entry._2());
            }
        }
    }

    private static Path defaultFile() {
        String home = System.getProperty("ignis.home");
        Path root = home != null ? Path.of(home) : Path.of(".");
        return root.resolve("README.md");
    }
}

package io.ignis.interop.programs;

import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * pipe(): each partition's elements are written, one per line, to an external command started per
 * partition, and its output lines become the new partition; a command given as one string or as a
 * list, with extra environment variables, and a command that exits non-zero failing the job.
 */
public final class Pipe {
    private Pipe() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Pipe").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<String> words = sc.parallelize(List.of("alpha", "beta", "gamma", "delta", "epsilon"), 2);
            System.out.println("tr a-z A-Z: " + words.pipe("tr a-z A-Z").collect());
            System.out.println("sed as a list: " + words.pipe(List.of("sed", "s/a/4/g")).collect());
            System.out.println("wc -l per partition: " + words.pipe("wc -l").map(String::trim).collect());
            System.out.println("with environment: " + words.pipe(List.of("sh", "-c", "echo \"$GREETING\"; cat"),
                    Map.of("GREETING", "hello from the environment")).collect());
            System.out.println("numbers through sort -n: " + sc.parallelize(List.of(10, 9, 100, 1), 1).pipe("sort -n").collect());
            try {
                words.pipe(List.of("sh", "-c", "cat > /dev/null; exit 3")).collect();
                System.out.println("failing command: no error");
            } catch (Exception expected) {
                Show.failure("failing command", expected);
            }
        }
    }
}

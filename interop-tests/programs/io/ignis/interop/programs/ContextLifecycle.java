package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A context's life: SparkConf settings read back, a second context in the same JVM is refused
 * while the first runs, a stopped context refuses work, and a new context can be created after
 * stop().
 */
public final class ContextLifecycle {
    private ContextLifecycle() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("ContextLifecycle").setMaster("local[2]")
                .set("interop.example.setting", "forty-two")
                .set("interop.example.count", "42");
        System.out.println("conf before start: app " + conf.get("spark.app.name") + ", master " + conf.get("spark.master")
                + ", contains setting " + conf.contains("interop.example.setting")
                + ", count " + conf.getInt("interop.example.count", 0)
                + ", missing " + conf.get("interop.example.missing", "default")
                + ", boolean " + conf.getBoolean("interop.example.flag", true));
        conf.setIfMissing("interop.example.setting", "ignored");
        conf.setIfMissing("interop.example.added", "added");
        System.out.println("setIfMissing: " + conf.get("interop.example.setting") + ", " + conf.get("interop.example.added"));
        SparkConf cloned = conf.clone().remove("interop.example.added");
        System.out.println("clone without added: " + cloned.contains("interop.example.added") + ", original still has it: "
                + conf.contains("interop.example.added"));
        System.out.println("interop settings: " + java.util.Arrays.stream(conf.getAll())
                .filter(entry -> entry._1().startsWith("interop."))
                .map(Object::toString).sorted().collect(Collectors.toList()));

        JavaSparkContext first = new JavaSparkContext(conf);
        try {
            System.out.println("running: " + first.appName() + " on " + first.master() + ", local " + first.isLocal()
                    + ", setting " + first.getConf().get("interop.example.setting"));
            JavaRDD<Integer> numbers = first.parallelize(List.of(1, 2, 3), 2);
            System.out.println("first context sum: " + numbers.reduce(Integer::sum));
            try {
                JavaSparkContext second = new JavaSparkContext(new SparkConf().setAppName("second").setMaster("local[2]"));
                System.out.println("second context: created");
                second.stop();
            } catch (Exception expected) {
                System.out.println("second context while the first runs: " + expected.getClass().getName());
            }
            System.out.println("first context still works: " + numbers.count());
        } finally {
            first.stop();
        }
        try {
            first.parallelize(List.of(1, 2, 3), 2).count();
            System.out.println("stopped context: still works");
        } catch (Exception expected) {
            System.out.println("stopped context: " + expected.getClass().getName());
        }
        first.stop();
        System.out.println("stopping twice: fine");

        try (JavaSparkContext again = new JavaSparkContext(new SparkConf().setAppName("ContextLifecycleAgain").setMaster("local[2]"))) {
            System.out.println("new context after stop: " + again.appName() + ", sum " + again.parallelize(List.of(4, 5, 6), 2).reduce(Integer::sum));
        }
    }
}

package io.ignis.benchmarks.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** {@code small_job}: count of a 1,000-element RDD (parallelized once, counted per call): the cost of a job itself. */
final class SmallJob implements Callable<String> {
    static final int ELEMENTS = 1_000;

    private final JavaRDD<Integer> numbers;

    SmallJob(JavaSparkContext sc) {
        List<Integer> list = new ArrayList<>(ELEMENTS);
        for (int i = 0; i < ELEMENTS; i++) {
            list.add(i);
        }
        this.numbers = sc.parallelize(list);
    }

    @Override
    public String call() {
        return "count=" + numbers.count();
    }
}

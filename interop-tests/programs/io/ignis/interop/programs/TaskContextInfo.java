package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * TaskContext inside tasks: partitionId (from the context and the static getPartitionId),
 * attemptNumber, isCompleted and isInterrupted while running, local properties set on the driver
 * seen by tasks; no TaskContext on the driver.
 */
public final class TaskContextInfo {
    private TaskContextInfo() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("TaskContextInfo").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            System.out.println("TaskContext on the driver: " + TaskContext.get() + ", partition id " + TaskContext.getPartitionId());
            JavaRDD<String> letters = sc.parallelize(List.of("a", "b", "c", "d", "e", "f", "g"), 3);
            System.out.println("partition ids: " + letters.map(letter -> letter + TaskContext.get().partitionId()).collect());
            System.out.println("static partition ids: " + letters.map(letter -> letter + TaskContext.getPartitionId()).collect());
            System.out.println("per partition: " + letters.mapPartitions(elements -> {
                TaskContext context = TaskContext.get();
                int count = 0;
                while (elements.hasNext()) {
                    elements.next();
                    count++;
                }
                return List.of("partition " + context.partitionId() + " attempt " + context.attemptNumber()
                        + " completed " + context.isCompleted() + " interrupted " + context.isInterrupted() + " elements " + count).iterator();
            }).collect());
            sc.setLocalProperty("interop.tenant", "blue");
            System.out.println("local property in tasks: " + letters.map(letter -> TaskContext.get().getLocalProperty("interop.tenant")).distinct().collect());
            sc.setLocalProperty("interop.tenant", null);
            System.out.println("after clearing: " + letters.map(letter -> String.valueOf(TaskContext.get().getLocalProperty("interop.tenant"))).distinct().collect());
            System.out.println("partition ids after a shuffle: " + Show.sorted(letters.mapToPair(letter -> new scala.Tuple2<>(letter, 1))
                    .reduceByKey(Integer::sum, 2).map(pair -> pair._1() + TaskContext.getPartitionId()).collect()));
        }
    }
}

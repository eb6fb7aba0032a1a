package org.apache.spark.resource;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The resources a stage's executors and tasks need, as Spark's stage-level scheduling states
 * them; attached to an RDD with {@code JavaRDD.withResources}. On Ignis the task requests become
 * each task's resource request ({@code cpus} becomes {@code CPU}, {@code gpu} becomes
 * {@code GPU}, other names stay as they are); executor requests are recorded only. Two profiles
 * are equal when their ids and requests are, as in Spark.
 */
public class ResourceProfile implements Serializable {
    private static final long serialVersionUID = 1L;

    // Profile ids are unique within the JVM, as Spark's are; 0 is the default profile's.
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);

    private final Map<String, ExecutorResourceRequest> executorResources;
    private final Map<String, TaskResourceRequest> taskResources;
    private volatile int id;

    public ResourceProfile(scala.collection.immutable.Map<String, ExecutorResourceRequest> executorResources,
            scala.collection.immutable.Map<String, TaskResourceRequest> taskResources) {
        Objects.requireNonNull(executorResources, "executorResources is null");
        Objects.requireNonNull(taskResources, "taskResources is null");
        this.executorResources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(CollectionConverters.asJava(executorResources)));
        this.taskResources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(CollectionConverters.asJava(taskResources)));
        this.id = NEXT_ID.getAndIncrement();
    }

    public static int DEFAULT_RESOURCE_PROFILE_ID() {
        return 0;
    }

    public static int UNKNOWN_RESOURCE_PROFILE_ID() {
        return -1;
    }

    public static String[] allSupportedExecutorResources() {
        return new String[] {CORES(), MEMORY(), OVERHEAD_MEM(), PYSPARK_MEM(), OFFHEAP_MEM()};
    }

    public static String PYSPARK_MEM() {
        return "pyspark.memory";
    }

    public static String OVERHEAD_MEM() {
        return "memoryOverhead";
    }

    public static String OFFHEAP_MEM() {
        return "offHeap";
    }

    public static String MEMORY() {
        return "memory";
    }

    public static String CORES() {
        return "cores";
    }

    public static String CPUS() {
        return "cpus";
    }

    public int id() {
        return id;
    }

    public void setResourceProfileId(int id) {
        this.id = id;
    }

    public void setToDefaultProfile() {
        this.id = DEFAULT_RESOURCE_PROFILE_ID();
    }

    public scala.collection.immutable.Map<String, ExecutorResourceRequest> executorResources() {
        return immutableScalaMap(executorResources);
    }

    public scala.collection.immutable.Map<String, TaskResourceRequest> taskResources() {
        return immutableScalaMap(taskResources);
    }

    public Map<String, TaskResourceRequest> taskResourcesJMap() {
        return taskResources;
    }

    public Map<String, ExecutorResourceRequest> executorResourcesJMap() {
        return executorResources;
    }

    public Option<Object> getExecutorCores() {
        ExecutorResourceRequest cores = executorResources.get(CORES());
        return cores == null ? Option.empty() : Option.apply((int) cores.amount());
    }

    public Option<Object> getTaskCpus() {
        TaskResourceRequest cpus = taskResources.get(CPUS());
        return cpus == null ? Option.empty() : Option.apply((int) cpus.amount());
    }

    public Option<Object> getExecutorMemory() {
        return executorAmount(MEMORY());
    }

    public Option<Object> getPySparkMemory() {
        return executorAmount(PYSPARK_MEM());
    }

    public Option<Object> getOverheadMemory() {
        return executorAmount(OVERHEAD_MEM());
    }

    public Option<Object> getExecutorOffHeap() {
        return executorAmount(OFFHEAP_MEM());
    }

    /** The task requests other than CPUs. */
    public scala.collection.immutable.Map<String, TaskResourceRequest> getCustomTaskResources() {
        Map<String, TaskResourceRequest> custom = new LinkedHashMap<>(taskResources);
        custom.remove(CPUS());
        return immutableScalaMap(custom);
    }

    /** The executor requests other than cores and memory. */
    public scala.collection.immutable.Map<String, ExecutorResourceRequest> getCustomExecutorResources() {
        Map<String, ExecutorResourceRequest> custom = new LinkedHashMap<>(executorResources);
        for (String name : allSupportedExecutorResources()) {
            custom.remove(name);
        }
        return immutableScalaMap(custom);
    }

    public boolean resourcesEqual(ResourceProfile other) {
        return other.taskResources.equals(taskResources) && other.executorResources.equals(executorResources);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ResourceProfile) other).id == id
                && resourcesEqual((ResourceProfile) other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskResources, executorResources);
    }

    @Override
    public String toString() {
        return "Profile: id = " + id + ", executor resources: " + pairs(executorResources) + ", task resources: " + pairs(taskResources);
    }

    private Option<Object> executorAmount(String name) {
        ExecutorResourceRequest request = executorResources.get(name);
        return request == null ? Option.empty() : Option.apply(request.amount());
    }

    // Scala's Map.mkString(","): "name -> request" pairs.
    private static String pairs(Map<String, ?> requests) {
        StringJoiner text = new StringJoiner(",");
        requests.forEach((name, request) -> text.add(name + " -> " + request));
        return text.toString();
    }

    static <V> scala.collection.immutable.Map<String, V> immutableScalaMap(Map<String, V> map) {
        return scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(map));
    }
}

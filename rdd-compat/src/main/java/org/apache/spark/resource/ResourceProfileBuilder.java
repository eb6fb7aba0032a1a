package org.apache.spark.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects task and executor resource requests and {@link #build builds} an immutable
 * {@link ResourceProfile} from them, for {@code JavaRDD.withResources}. Requiring a set again
 * replaces earlier requests of the same names.
 */
public class ResourceProfileBuilder {
    private final Map<String, TaskResourceRequest> taskResources = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, ExecutorResourceRequest> executorResources = Collections.synchronizedMap(new LinkedHashMap<>());

    public ResourceProfileBuilder() {
    }

    public scala.collection.immutable.Map<String, TaskResourceRequest> taskResources() {
        return ResourceProfile.immutableScalaMap(taskResourcesJMap());
    }

    public scala.collection.immutable.Map<String, ExecutorResourceRequest> executorResources() {
        return ResourceProfile.immutableScalaMap(executorResourcesJMap());
    }

    public Map<String, TaskResourceRequest> taskResourcesJMap() {
        synchronized (taskResources) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(taskResources));
        }
    }

    public Map<String, ExecutorResourceRequest> executorResourcesJMap() {
        synchronized (executorResources) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(executorResources));
        }
    }

    public ResourceProfileBuilder require(ExecutorResourceRequests requests) {
        executorResources.putAll(requests.requestsJMap());
        return this;
    }

    public ResourceProfileBuilder require(TaskResourceRequests requests) {
        taskResources.putAll(requests.requestsJMap());
        return this;
    }

    public ResourceProfileBuilder clearExecutorResourceRequests() {
        executorResources.clear();
        return this;
    }

    public ResourceProfileBuilder clearTaskResourceRequests() {
        taskResources.clear();
        return this;
    }

    @Override
    public String toString() {
        return "Profile executor resources: " + entries(executorResourcesJMap()) + ", task resources: " + entries(taskResourcesJMap());
    }

    public ResourceProfile build() {
        return new ResourceProfile(executorResources(), taskResources());
    }

    // Spark prints the mapped pairs as a Scala collection of "name=request" strings.
    private static String entries(Map<String, ?> requests) {
        StringBuilder text = new StringBuilder("ArrayBuffer(");
        String separator = "";
        for (Map.Entry<String, ?> entry : requests.entrySet()) {
            text.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
            separator = ", ";
        }
        return text.append(')').toString();
    }
}

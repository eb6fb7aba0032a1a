package org.apache.spark.resource;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mutable set of task resource requests, one per resource name (a later request for a name
 * replaces the earlier one), to {@link ResourceProfileBuilder#require(TaskResourceRequests) require}
 * in a profile.
 */
public class TaskResourceRequests implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, TaskResourceRequest> requests = Collections.synchronizedMap(new LinkedHashMap<>());

    public TaskResourceRequests() {
    }

    public scala.collection.immutable.Map<String, TaskResourceRequest> requests() {
        return ResourceProfile.immutableScalaMap(requestsJMap());
    }

    public Map<String, TaskResourceRequest> requestsJMap() {
        synchronized (requests) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(requests));
        }
    }

    /** Each task's CPUs (Spark's {@code spark.task.cpus} for this stage). */
    public TaskResourceRequests cpus(int amount) {
        return addRequest(new TaskResourceRequest(ResourceProfile.CPUS(), amount));
    }

    /** Each task's amount of a custom resource, e.g. {@code resource("gpu", 1)}. */
    public TaskResourceRequests resource(String resourceName, double amount) {
        return addRequest(new TaskResourceRequest(resourceName, amount));
    }

    public TaskResourceRequests addRequest(TaskResourceRequest request) {
        requests.put(request.resourceName(), request);
        return this;
    }

    @Override
    public String toString() {
        return "Task resource requests: " + requestsJMap();
    }
}

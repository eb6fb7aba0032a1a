package org.apache.spark.resource;

import java.io.Serializable;
import java.util.Objects;

/**
 * One resource an executor asks for: name, amount (memory in MiB, cores or units of a custom
 * resource), and for custom resources the discovery script and vendor ({@code ""} when none).
 * Ignis records it with the profile; its nodes are not sized by it.
 */
public class ExecutorResourceRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String resourceName;
    private final long amount;
    private final String discoveryScript;
    private final String vendor;

    public ExecutorResourceRequest(String resourceName, long amount, String discoveryScript, String vendor) {
        this.resourceName = resourceName;
        this.amount = amount;
        this.discoveryScript = discoveryScript;
        this.vendor = vendor;
    }

    public String resourceName() {
        return resourceName;
    }

    public long amount() {
        return amount;
    }

    public String discoveryScript() {
        return discoveryScript;
    }

    public String vendor() {
        return vendor;
    }

    @Override
    public boolean equals(Object other) {
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        ExecutorResourceRequest that = (ExecutorResourceRequest) other;
        return Objects.equals(that.resourceName, resourceName) && that.amount == amount
                && Objects.equals(that.discoveryScript, discoveryScript) && Objects.equals(that.vendor, vendor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resourceName, amount, discoveryScript, vendor);
    }

    @Override
    public String toString() {
        return "name: " + resourceName + ", amount: " + amount + ", script: " + discoveryScript + ", vendor: " + vendor;
    }
}

package org.apache.spark.resource;

import java.io.Serializable;
import java.util.Objects;

/**
 * One resource each task of a stage asks for: its name ({@code "cpus"}, {@code "gpu"}, ...) and
 * amount. As in Spark, an amount is a fraction of at most 1.0 (tasks sharing a unit) or a whole
 * number; anything else fails with Spark's assertion.
 */
public class TaskResourceRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String resourceName;
    private final double amount;

    public TaskResourceRequest(String resourceName, double amount) {
        if (!(amount <= 1.0 || amount % 1 == 0)) {
            throw new AssertionError("assertion failed: The resource amount " + amount + " must be either <= 1.0, or a whole number.");
        }
        this.resourceName = resourceName;
        this.amount = amount;
    }

    public String resourceName() {
        return resourceName;
    }

    public double amount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && Objects.equals(((TaskResourceRequest) other).resourceName, resourceName)
                && ((TaskResourceRequest) other).amount == amount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(resourceName, amount);
    }

    @Override
    public String toString() {
        return "name: " + resourceName + ", amount: " + amount;
    }
}

package org.apache.spark.resource;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import scala.collection.immutable.ArraySeq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A resource given to a task or executor: its name ({@code "gpu"}) and the addresses of the units
 * given ({@code ["0", "1"]}), as {@code TaskContext.resources()} reports them. Prints, compares
 * and hashes as Spark's.
 */
public class ResourceInformation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String[] addresses;

    public ResourceInformation(String name, String[] addresses) {
        this.name = name;
        this.addresses = addresses.clone();
    }

    public String name() {
        return name;
    }

    /** The addresses (a copy). */
    public String[] addresses() {
        return addresses.clone();
    }

    @Override
    public String toString() {
        return "[name: " + name + ", addresses: " + String.join(",", addresses) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceInformation that
                && that.getClass() == getClass()
                && Objects.equals(name, that.name)
                && Arrays.equals(addresses, that.addresses);
    }

    // Spark hashes the Scala list (name, addresses as a sequence); the same here, so the value matches.
    @Override
    public int hashCode() {
        Object addressSequence = ArraySeq.unsafeWrapArray(addresses);
        return CollectionConverters.asScala(Arrays.asList(name, addressSequence)).toList().hashCode();
    }
}

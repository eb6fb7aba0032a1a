package io.ignis.benchmarks.spark;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two builds of the workloads: against Ignis ({@code benchmarks/spark-api/on-ignis}) and
 * against Spark 4.2.0 ({@code benchmarks/spark-api/on-spark}). Each build's classes and its runtime
 * classpath (written by the build) are what {@link EngineSession} loads.
 */
public enum Engine {
    IGNIS,
    SPARK;

    /** {@code ignis} or {@code spark}: the JMH parameter value and the build's folder suffix. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The build's folder, {@code on-<id>}, under the spark-api folder. */
    Path buildFolder(Path sparkApi) {
        return sparkApi.resolve("on-" + id());
    }

    public static Engine of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

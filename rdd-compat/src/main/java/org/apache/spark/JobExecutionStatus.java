package org.apache.spark;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The state of a job, as {@link SparkJobInfo#status()} reports it. */
public enum JobExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    UNKNOWN;

    /**
     * The status of this name, in any case; null for null, and {@link IllegalArgumentException}
     * naming the accepted values for anything else (Spark's behaviour and message).
     */
    public static JobExecutionStatus fromString(String name) {
        if (name == null) {
            return null;
        }
        for (JobExecutionStatus status : values()) {
            if (status.name().equalsIgnoreCase(name)) {
                return status;
            }
        }
        String accepted = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                String.format("Illegal type='%s'. Supported type values: %s", name, accepted));
    }
}
